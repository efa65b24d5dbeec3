using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli;

/// <summary>
/// "Did you mean": the command or option nearest to one the parser did not know, when one is near enough (an edit
/// distance of at most a third of its length, and at most 2).
/// </summary>
internal static partial class Suggestions
{
    private static readonly string[] Commands = ["triage", "timeline", "flow", "inspect", "tui", "schema", "rules", "list", "show", "lint"];

    // Every long option of every command, read from the settings classes, so a new option is suggested too.
    private static readonly Lazy<string[]> Options = new(() => typeof(Suggestions).Assembly.GetTypes()
        .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
        .SelectMany(t => t.GetProperties())
        .SelectMany(p => p.GetCustomAttribute<CommandOptionAttribute>()?.LongNames ?? [])
        .Append("version").Append("help")
        .Distinct(StringComparer.Ordinal).ToArray());

    public static string? For(string parserMessage)
    {
        if (UnknownCommand().Match(parserMessage) is { Success: true } command)
        {
            return Nearest(command.Groups["name"].Value, Commands);
        }

        if (UnknownOption().Match(parserMessage) is { Success: true } option)
        {
            return Nearest(option.Groups["name"].Value.TrimStart('-'), Options.Value) is { } name ? "--" + name : null;
        }

        return null;
    }

    private static string? Nearest(string typed, IEnumerable<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k))).OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance > 0 && best.Distance <= Math.Min(2, Math.Max(1, typed.Length / 3)) ? best.Name : null;
    }

    /// <summary>Edits from one word to the other, two swapped neighbours counting as one (--quite is one edit from --quiet).</summary>
    private static int Distance(string a, string b)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            beforePrevious = previous;
            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex("^Unknown command '(?<name>[^']+)'")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex("^(?:Unexpected|Unknown) option '(?<name>[^']+)'")]
    private static partial Regex UnknownOption();
}
