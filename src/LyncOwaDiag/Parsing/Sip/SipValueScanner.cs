namespace LyncOwaDiag.Parsing.Sip;

/// <summary>
/// Hot-path twins of <see cref="SipGrammar"/> for the few values every SIP record needs (start line, CSeq, the URI and
/// tag of From/To). They accept what the grammar accepts for well-formed input; differential tests hold them to it.
/// </summary>
internal static class SipValueScanner
{
    public static bool TryStartLine(string line, out string? method, out string? requestUri, out int? status, out string? reason, StringPool? pool = null)
    {
        method = requestUri = reason = null;
        status = null;
        if (line.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase))
        {
            var space = line.IndexOf(' ');
            if (space < 0 || !IsVersion(line.AsSpan(0, space)))
            {
                return false;
            }

            var p = space;
            while (p < line.Length && line[p] == ' ')
            {
                p++;
            }

            if (line.Length - p < 3 || !char.IsAsciiDigit(line[p]) || !char.IsAsciiDigit(line[p + 1]) || !char.IsAsciiDigit(line[p + 2]))
            {
                return false;
            }

            status = ((line[p] - '0') * 100) + ((line[p + 1] - '0') * 10) + (line[p + 2] - '0');
            p += 3;
            if (p < line.Length && line[p] != ' ')
            {
                status = null;
                return false;
            }

            var reasonText = line.AsSpan(p).Trim();
            reason = pool is null ? reasonText.ToString() : pool.Get(reasonText);
            return true;
        }

        var first = line.IndexOf(' ');
        if (first <= 0)
        {
            return false;
        }

        var uriStart = first;
        while (uriStart < line.Length && line[uriStart] == ' ')
        {
            uriStart++;
        }

        var uriEnd = line.IndexOf(' ', uriStart);
        if (uriEnd <= uriStart)
        {
            return false;
        }

        var versionStart = uriEnd;
        while (versionStart < line.Length && line[versionStart] == ' ')
        {
            versionStart++;
        }

        var version = line.AsSpan(versionStart).TrimEnd(" \t");
        if (!IsVersion(version) || !IsToken(line.AsSpan(0, first)))
        {
            return false;
        }

        method = pool is null ? line[..first] : pool.Get(line.AsSpan(0, first));
        requestUri = line[uriStart..uriEnd];
        return true;
    }

    /// <summary>Splits <c>"Name" &lt;sip:u@h;p&gt;;tag=x</c> into the address of record and the tag.</summary>
    public static void NameAddress(string value, out string? addressOfRecord, out string? tag)
    {
        addressOfRecord = null;
        tag = null;
        var open = value.IndexOf('<');
        int uriStart, uriEnd, paramsStart;
        if (open >= 0)
        {
            var close = value.IndexOf('>', open + 1);
            if (close < 0)
            {
                return;
            }

            uriStart = open + 1;
            uriEnd = close;
            paramsStart = close + 1;
        }
        else
        {
            uriStart = 0;
            while (uriStart < value.Length && value[uriStart] is ' ' or '\t')
            {
                uriStart++;
            }

            var semicolon = value.IndexOf(';', uriStart);
            uriEnd = semicolon < 0 ? value.Length : semicolon;
            paramsStart = uriEnd;
        }

        var uri = value.AsSpan(uriStart, uriEnd - uriStart).Trim();
        var uriParams = uri.IndexOfAny(';', '?');
        if (uriParams >= 0)
        {
            uri = uri[..uriParams];
        }

        var colon = uri.IndexOf(':');
        if (colon > 0)
        {
            var scheme = uri[..colon];
            addressOfRecord = scheme.ContainsAnyInRange('A', 'Z')
                ? string.Concat(scheme.ToString().ToLowerInvariant(), uri[colon..])
                : uri.ToString();
        }

        var tagAt = value.IndexOf(";tag=", paramsStart, StringComparison.OrdinalIgnoreCase);
        if (tagAt >= 0)
        {
            var start = tagAt + 5;
            var end = value.IndexOf(';', start);
            tag = (end < 0 ? value[start..] : value[start..end]).Trim();
        }
    }

    public static bool TryCSeq(string value, out long number, out string? method)
    {
        number = 0;
        method = null;
        var span = value.AsSpan().Trim();
        var space = span.IndexOfAny(' ', '\t');
        if (space <= 0 || space > 18 || !long.TryParse(span[..space], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        var rest = span[space..].Trim();
        if (rest.IsEmpty || !IsToken(rest))
        {
            return false;
        }

        method = rest.ToString();
        return true;
    }

    /// <summary>
    /// The top hop of a Via value (the first of a comma-separated list): its sent-by host (IPv6 in brackets), and its
    /// <c>branch</c> and <c>received</c> parameters. False when the value is not <c>SIP/2.0/transport host…</c>.
    /// </summary>
    public static bool TryTopVia(string value, out string? sentBy, out string? branch, out string? received)
    {
        sentBy = branch = received = null;
        var span = value.AsSpan().TrimStart();
        var space = span.IndexOfAny(' ', '\t');
        if (space < 0)
        {
            return false;
        }

        var protocol = span[..space];
        var slash = protocol.LastIndexOf('/');
        if (slash <= 0 || !IsVersion(protocol[..slash]) || !IsToken(protocol[(slash + 1)..]))
        {
            return false;
        }

        var rest = span[space..].TrimStart();
        var comma = rest.IndexOf(',');
        var hop = comma < 0 ? rest : rest[..comma];
        var semicolon = hop.IndexOf(';');
        var address = (semicolon < 0 ? hop : hop[..semicolon]).Trim();
        if (address.IsEmpty)
        {
            return false;
        }

        if (address[0] == '[')
        {
            var close = address.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            address = address[..(close + 1)];
        }
        else if (address.IndexOf(':') is var colon and > 0)
        {
            address = address[..colon];
        }

        sentBy = address.ToString();
        var parameters = semicolon < 0 ? ReadOnlySpan<char>.Empty : hop[(semicolon + 1)..];
        while (!parameters.IsEmpty)
        {
            var next = parameters.IndexOf(';');
            var parameter = (next < 0 ? parameters : parameters[..next]).Trim();
            var equals = parameter.IndexOf('=');
            if (equals > 0)
            {
                var name = parameter[..equals].Trim();
                var text = parameter[(equals + 1)..].Trim().Trim('"');
                if (name.Equals("branch", StringComparison.OrdinalIgnoreCase))
                {
                    branch = text.ToString();
                }
                else if (name.Equals("received", StringComparison.OrdinalIgnoreCase))
                {
                    received = text.ToString();
                }
            }

            parameters = next < 0 ? ReadOnlySpan<char>.Empty : parameters[(next + 1)..];
        }

        return true;
    }

    /// <summary>
    /// One attribute of an ms-diagnostics value (<c>1046;reason="…";Port="5199"</c>) without parsing the whole header:
    /// the first <c>;name=</c> outside quotes, its quoted value unquoted or its bare token; null when absent.
    /// </summary>
    public static string? MsDiagnosticAttribute(string value, string name)
    {
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (quoted || c != ';')
            {
                continue;
            }

            var start = i + 1;
            while (start < value.Length && value[start] is ' ' or '\t')
            {
                start++;
            }

            if (string.Compare(value, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var at = start + name.Length;
            while (at < value.Length && value[at] is ' ' or '\t')
            {
                at++;
            }

            if (at >= value.Length || value[at] != '=')
            {
                continue;
            }

            at++;
            while (at < value.Length && value[at] is ' ' or '\t')
            {
                at++;
            }

            if (at < value.Length && value[at] == '"')
            {
                var close = value.IndexOf('"', at + 1);
                return close < 0 ? value[(at + 1)..] : value[(at + 1)..close];
            }

            var end = value.IndexOf(';', at);
            return (end < 0 ? value[at..] : value[at..end]).Trim();
        }

        return null;
    }

    private static bool IsVersion(ReadOnlySpan<char> text)
    {
        if (text.Length < 7 || !text.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[4..];
        var dot = rest.IndexOf('.');
        return dot > 0 && dot < rest.Length - 1 && AllDigits(rest[..dot]) && AllDigits(rest[(dot + 1)..]);
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsToken(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "-.!%*_+`'~".Contains(c)))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }
}
