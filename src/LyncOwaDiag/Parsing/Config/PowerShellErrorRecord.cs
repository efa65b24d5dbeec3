using System.Text;
using System.Text.RegularExpressions;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// A PowerShell error as the console prints it after a prompt: <c>Cmdlet : message</c>, then <c>At line:…</c>, the
/// echoed command under <c>+</c>, and <c>+ CategoryInfo : …</c> / <c>+ FullyQualifiedErrorId : …</c>. It becomes facts
/// of the scope <see cref="Scope"/>, object the cmdlet: <c>Command</c> (the prompt's command line), <c>Message</c>,
/// <c>CategoryInfo</c>, <c>FullyQualifiedErrorId</c>, and each named parameter of the command line as
/// <c>param.NAME</c>, so a rule can compare the value a failed command was given (a site's display name given as
/// <c>-Site</c>) with the snapshots.
/// </summary>
internal static partial class PowerShellErrorRecord
{
    public const string Scope = "PowerShell error";

    /// <summary>An error record being read: its cmdlet, message (wrapped lines joined), lines and the lines after the message.</summary>
    public sealed record Pending(string Cmdlet, string Message, long First, long Last, IReadOnlyList<string> Lines);

    /// <summary>Whether <paramref name="line"/> opens the error of <paramref name="command"/>: "<c>ItsCmdlet : text</c>".</summary>
    public static bool Opens(string line, string? command, out string cmdlet, out string message)
    {
        (cmdlet, message) = (string.Empty, string.Empty);
        var head = Head().Match(line);
        if (!head.Success || command is null || CommandName(command) is not { } name
            || !name.Equals(head.Groups["cmdlet"].Value, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        (cmdlet, message) = (head.Groups["cmdlet"].Value, head.Groups["message"].Value.Trim());
        return true;
    }

    /// <summary>Whether the line continues an error record (position, echoed command, its <c>+</c> fields, wrapped message).</summary>
    public static bool Continues(string line) => line.StartsWith("At line:", StringComparison.Ordinal) || line.TrimStart().StartsWith('+');

    public static IEnumerable<TimelineEvent> Facts(ReadContext context, string command, Pending error)
    {
        var fields = new List<(string Name, string Value)> { ("Command", command), ("Message", error.Message) };
        foreach (var line in error.Lines)
        {
            if (Field().Match(line) is { Success: true } field)
            {
                fields.Add((field.Groups["name"].Value, field.Groups["value"].Value.Trim()));
            }
        }

        fields.AddRange(Parameters(command).Select(p => ("param." + p.Name, p.Value)));
        return fields.Select(f => ConfigFactEvents.Create(context, new ConfigFact { Scope = Scope, Object = error.Cmdlet, Name = f.Name, Value = f.Value }, error.First, error.Last)).ToList();
    }

    /// <summary>The named parameters of a command line, <c>-Name value</c> or <c>-Name:value</c>, quotes removed; a switch has an empty value.</summary>
    public static IEnumerable<(string Name, string Value)> Parameters(string command)
    {
        var tokens = Tokens(command).ToList();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i] is not { Quoted: false, Text: ['-', _, ..] } token || !char.IsLetter(token.Text[1]))
            {
                continue;
            }

            var colon = token.Text.IndexOf(':');
            if (colon > 0)
            {
                yield return (token.Text[1..colon], token.Text[(colon + 1)..]);
            }
            else if (i + 1 < tokens.Count && !(tokens[i + 1] is { Quoted: false, Text: ['-', var c, ..] } && char.IsLetter(c)))
            {
                yield return (token.Text[1..], tokens[++i].Text);
            }
            else
            {
                yield return (token.Text[1..], string.Empty);
            }
        }
    }

    private static string? CommandName(string command) => Tokens(command).FirstOrDefault() is { Quoted: false } first ? first.Text : null;

    // Splits at blanks outside quotes; a token that was quoted keeps its text without the quotes.
    private static IEnumerable<(string Text, bool Quoted)> Tokens(string command)
    {
        var text = new StringBuilder();
        var quoted = false;
        char? quote = null;
        foreach (var ch in command)
        {
            if (quote is { } q)
            {
                if (ch == q)
                {
                    quote = null;
                }
                else
                {
                    text.Append(ch);
                }
            }
            else if (ch is '"' or '\'')
            {
                // Quoted is a token that starts with a quote: -Site:"Atlanta Datacenter" is still a parameter name.
                (quote, quoted) = (ch, quoted || text.Length == 0);
            }
            else if (char.IsWhiteSpace(ch))
            {
                if (text.Length > 0 || quoted)
                {
                    yield return (text.ToString(), quoted);
                }

                (text, quoted) = (new StringBuilder(), false);
            }
            else
            {
                text.Append(ch);
            }
        }

        if (text.Length > 0 || quoted)
        {
            yield return (text.ToString(), quoted);
        }
    }

    [GeneratedRegex(@"^(?<cmdlet>[A-Za-z]+-[A-Za-z0-9]+)\s+:\s+(?<message>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Head();

    [GeneratedRegex(@"^\s*\+\s*(?<name>CategoryInfo|FullyQualifiedErrorId)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}
