using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LyncOwaDiag.Classification.Commands;

/// <summary>
/// Puts a value from a bundle into a fix command, which is code handed to an admin while log text is untrusted: the
/// value is validated against what it is (<see cref="CommandValueKind"/>) and then quoted for where it stands — a
/// single-quoted PowerShell string (<c>'</c> doubled), an XML attribute (escaped), or, when the template writes it
/// bare, single quotes around it (a plain token glued to other text, such as <c>{pool}/OutlookWebApp</c>, stays bare:
/// its kind admits nothing that could end it). A value that fails is refused with the reason, never substituted.
/// </summary>
public static partial class CommandValue
{
    /// <summary>Where a placeholder stands in a command template.</summary>
    public enum Place
    {
        Bare,
        Glued,
        SingleQuoted,
        DoubleQuoted,
        XmlAttribute,
    }

    /// <summary>The text to write, or null with the reason the value was refused.</summary>
    public static (string? Text, string? Refusal) Render(string value, CommandValueKind kind, Place place)
    {
        if (Validate(value, kind) is { } invalid)
        {
            return (null, invalid);
        }

        var plain = kind is CommandValueKind.Host or CommandValueKind.Fqdn or CommandValueKind.Integer or CommandValueKind.Thumbprint or CommandValueKind.XmlKey;
        switch (place)
        {
            case Place.XmlAttribute:
                return (System.Security.SecurityElement.Escape(value), null);
            case Place.SingleQuoted:
                return (DoubleSingleQuotes(value), null);
            case Place.DoubleQuoted:
                // PowerShell expands $ and ` inside double quotes, and any of its double-quote characters ends them; a
                // single quote could end a string nested inside (an OPATH -Filter "Name -eq '{x}'"), so none is taken.
                return value.IndexOfAny(['"', '$', '`', '\u201C', '\u201D', '\u201E', '\'', '\u2018', '\u2019', '\u201A', '\u201B']) is var at && at >= 0
                    ? (null, $"it holds {Describe(value[at])}, which a double-quoted PowerShell string could act on")
                    : (value, null);
            case Place.Glued:
                return plain ? (value, null) : (null, $"a {Word(kind)} cannot stand unquoted in this command");
            default:
                return ("'" + DoubleSingleQuotes(value) + "'", null);
        }
    }

    /// <summary>Null when the value is a valid value of its kind, else why not (the value itself is not repeated: it is untrusted).</summary>
    public static string? Validate(string value, CommandValueKind kind)
    {
        if (value.Length == 0)
        {
            return "it is empty";
        }

        if (value.Length > 512)
        {
            return $"it is {value.Length} characters long";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return $"it holds {Describe(c)}";
            }
        }

        var ok = kind switch
        {
            CommandValueKind.Host => IsHost(value),
            CommandValueKind.Fqdn => IsHost(value) && value.Contains('.', StringComparison.Ordinal),
            CommandValueKind.Integer => IntegerPattern().IsMatch(value),
            CommandValueKind.Thumbprint => ThumbprintPattern().IsMatch(value),
            CommandValueKind.Address => value.LastIndexOf('@') is > 0 and var at && LocalPartPattern().IsMatch(value[..at]) && IsHost(value[(at + 1)..]) && value[(at + 1)..].Contains('.', StringComparison.Ordinal),
            CommandValueKind.XmlKey => XmlKeyPattern().IsMatch(value),
            _ => true,
        };
        if (ok)
        {
            return null;
        }

        var odd = value.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '@' or '_'));
        return $"it is not a valid {Word(kind)}" + (odd == default ? string.Empty : $" (it holds {Describe(odd)})");
    }

    private static bool IsHost(string value) =>
        value.Length <= 253 && !value.StartsWith('-') && value.Split('.').All(l => HostLabelPattern().IsMatch(l));

    private static string DoubleSingleQuotes(string value)
    {
        // PowerShell ends a single-quoted string at any of its four single-quote characters; doubling one escapes it.
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            sb.Append(c);
            if (c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Describe(char c) =>
        c is >= ' ' and <= '~' ? $"'{c}'" : $"U+{(int)c:X4}";

    private static string Word(CommandValueKind kind) => kind switch
    {
        CommandValueKind.Host => "host name",
        CommandValueKind.Fqdn => "FQDN",
        CommandValueKind.Integer => "whole number",
        CommandValueKind.Thumbprint => "certificate thumbprint",
        CommandValueKind.Address => "SIP or SMTP address",
        CommandValueKind.XmlKey => "web.config key",
        CommandValueKind.Name => "name",
        _ => "value",
    };

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostLabelPattern();

    [GeneratedRegex("^[0-9]{1,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex("^([0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex ThumbprintPattern();

    [GeneratedRegex("^[A-Za-z0-9._%+'-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPartPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex XmlKeyPattern();
}
