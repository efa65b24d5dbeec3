using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Sip;

/// <summary>
/// Parses a SIP message in wire layout (start line, headers, blank line, body), joining folded header lines.
/// Used for messages quoted outside SIPStack records (tests, tickets) and by the SIPStack reader's raw-body path.
/// </summary>
internal static class RawSipMessageParser
{
    public static bool TryParse(string text, out RawSipMessage? message, out string? error)
    {
        message = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        if (first == lines.Length)
        {
            error = "line 1: empty message";
            return false;
        }

        if (!SipValueParser.TryParseStartLine(lines[first].TrimEnd(), out var startLine, out var startError))
        {
            error = $"line {first + 1}: start line: {startError}";
            return false;
        }

        var headers = new List<SipHeaderValue>();
        var i = first + 1;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            var line = lines[i];
            if (line[0] is ' ' or '\t')
            {
                if (headers.Count == 0)
                {
                    error = $"line {i + 1}: continuation line before any header";
                    return false;
                }

                var last = headers[^1];
                headers[^1] = last with { Value = last.Value + " " + line.Trim() };
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].Any(c => !SipStack.SipStackFieldLine.IsNameChar(c)))
            {
                error = $"line {i + 1}: header without a name";
                return false;
            }

            headers.Add(new SipHeaderValue(line[..colon], line[(colon + 1)..].Trim()));
        }

        var body = i < lines.Length ? string.Join("\n", lines[(i + 1)..]) : string.Empty;
        message = new RawSipMessage(startLine!, headers, body);
        error = null;
        return true;
    }
}
