using System.Globalization;

namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>How the operators compare a value with their argument: numbers, host names, certificate names and thumbprints.</summary>
internal static class ValueComparison
{
    /// <summary>Numbers compare as numbers (<c>0x</c> hex too, so a result code can be written either way); other text ignoring case.</summary>
    public static bool SameValue(string a, string b)
    {
        if (LooksNumeric(a) && LooksNumeric(b) && TryNumber(a, out var x) && TryNumber(b, out var y))
        {
            return x == y;
        }

        return string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An argument's text with its placeholders filled; null when one is unbound. Constant text costs nothing.</summary>
    public static string? Resolve(string template, Bindings bindings, MatchContext context) =>
        template.IndexOf('{') < 0 ? template : Fill(template, bindings, context);

    // Apart from Resolve: the lambda's closure would otherwise be allocated on every call, constant text or not.
    private static string? Fill(string template, Bindings bindings, MatchContext context) =>
        Placeholders.TryFillStrict(template, n => context.Lookup(bindings, n), out var filled) ? filled : null;

    public static bool LooksNumeric(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length > 0 && (char.IsAsciiDigit(t[0]) || (t[0] is '-' or '+' && t.Length > 1 && char.IsAsciiDigit(t[1])));
    }

    public static bool TryNumber(string text, out double value)
    {
        var t = text.Trim();
        value = 0;
        if (t.Length is 0 or > 18)
        {
            // Long digit strings (thumbprints, ids) are identifiers; as doubles they would lose digits and compare equal.
            return false;
        }

        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && ulong.TryParse(t.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            value = hex;
            return true;
        }

        return double.TryParse(t, NumberStyles.Integer | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Equal as a certificate thumbprint: ignoring case, spaces and the invisible marks copying adds.</summary>
    public static bool SameThumbprint(string a, string b) =>
        string.Equals(NormaliseThumbprint(a), NormaliseThumbprint(b), StringComparison.OrdinalIgnoreCase);

    private static string NormaliseThumbprint(string text) =>
        new(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>Names the same machine: equal ignoring case, or equal in the first label when one side is a bare machine name.</summary>
    public static bool IsSameHost(string a, string b)
    {
        var x = a.Trim().TrimEnd('.');
        var y = b.Trim().TrimEnd('.');
        if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return (!x.Contains('.') || !y.Contains('.')) && string.Equals(x.Split('.')[0], y.Split('.')[0], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether one of the names covers the FQDN (see <see cref="DnsNameCovers"/>); a loop, as it runs for every value tested.</summary>
    public static bool AnyCovers(IReadOnlyList<string> names, string fqdn)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (DnsNameCovers(names[i], fqdn))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the items is the same value as <paramref name="item"/>.</summary>
    public static bool AnySame(IReadOnlyList<string> items, string item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (SameValue(items[i], item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A certificate name covers an FQDN when equal, or when it is <c>*.rest</c> and the FQDN is one label more than <c>rest</c>.</summary>
    private static bool DnsNameCovers(string name, string fqdn)
    {
        var n = name.Trim().TrimEnd('.');
        var f = fqdn.Trim().TrimEnd('.');
        if (string.Equals(n, f, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!n.StartsWith("*.", StringComparison.Ordinal))
        {
            return false;
        }

        var dot = f.IndexOf('.');
        return dot > 0 && string.Equals(f[(dot + 1)..], n[2..], StringComparison.OrdinalIgnoreCase);
    }
}
