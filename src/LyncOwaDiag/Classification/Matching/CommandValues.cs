namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Which values from a bundle may be written into a fix command: a command is code handed to an admin, and log text
/// is untrusted. Outside quotes a value must be one plain token (a host name, a thumbprint, a SIP address; no comma,
/// which would make a PowerShell array, and no percent sign, which cmd expands); inside
/// the template's quotes it may hold spaces and parentheses (a dial plan's name, a virtual directory), but nothing
/// that ends the quotes, expands (<c>$</c>, backtick), chains a command, or reads as a PowerShell or XML quote. A value
/// that fails is not used: the placeholder's default stands in its place.
/// </summary>
internal static class CommandValues
{
    public static bool IsSafe(string value, bool quoted)
    {
        if (value.Length is 0 or > 512)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '"' or '\'' or '`' or '$' or ';' or '&' or '|' or '<' or '>' or '{' or '}'
                || c is '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u2013' or '\u2014' or '\u2015'
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
            {
                return false;
            }

            if (!quoted && !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '@' or '/' or '\\' or '+' or '='))
            {
                return false;
            }
        }

        // A leading dash would read as a parameter name outside quotes.
        return quoted || value[0] != '-';
    }
}
