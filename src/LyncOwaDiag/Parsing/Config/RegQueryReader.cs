using System.Text.RegularExpressions;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Framing;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Reads <c>reg query</c> output: a key line, then <c>    Name    REG_TYPE    value</c> lines; and the error line that
/// says the key or value is absent, which is a fact too (the rule for a missing UCMA runtime rests on it).
/// </summary>
internal static partial class RegQueryReader
{
    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        var events = new List<TimelineEvent>();
        string? key = null;
        foreach (var (number, offset, line) in TextLine.Read(utf8Text, context.StartOffset))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("HKEY_", StringComparison.OrdinalIgnoreCase))
            {
                key = line.Trim();
                continue;
            }

            var value = ValueLine().Match(line);
            if (value.Success)
            {
                events.Add(Fact(context, key, value.Groups["name"].Value, value.Groups["value"].Value.Trim(), null, number));
                continue;
            }

            if (line.StartsWith("ERROR:", StringComparison.OrdinalIgnoreCase) && line.Contains("unable to find", StringComparison.OrdinalIgnoreCase))
            {
                events.Add(Fact(context, key, "(queried key or value)", string.Empty, ConfigFact.Absent, number));
                continue;
            }

            context.Report(number, number, offset, Severity.Warning, DiagnosticDisposition.Skipped, $"line {number}: not a line of reg query output; ignored");
        }

        return events;
    }

    private static TimelineEvent Fact(ReadContext context, string? key, string name, string value, string? note, long line) =>
        ConfigFactEvents.Create(context, new ConfigFact { Scope = "registry", Object = key, Name = name, Value = value, Note = note }, line);

    // Non-backtracking: the lazy name against the runs of blanks around it took cubic time on a long line of blanks
    // (fuzzing: 10 KB lines ran for minutes). The same matches, in time linear in the line.
    private static readonly Regex ValueLinePattern = new(@"^\s+(?<name>.+?)\s{2,}(?<type>REG_[A-Z_]+)(?:\s{2,}(?<value>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static Regex ValueLine() => ValueLinePattern;
}
