using LyncOwaDiag.Inputs;
using LyncOwaDiag.Classification.Rules;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// Runs each rule's <c>examples:</c> through the whole pipeline (sniffing, parsing, servers, the rule alone) and says
/// which do not hold: a rule tests itself, so a user's rule file that cannot fire on its own example is caught by
/// <c>rules lint</c> before it is trusted with a bundle.
/// </summary>
public static class RuleExampleCheck
{
    public static IReadOnlyList<RuleFileError> Check(RuleSet rules) => Check(rules, _ => true);

    /// <summary>The examples of the rules <paramref name="which"/> selects (a user's own files as they load).</summary>
    public static IReadOnlyList<RuleFileError> Check(RuleSet rules, Func<Rule, bool> which)
    {
        var problems = new List<RuleFileError>();
        foreach (var rule in rules.Rules.Where(which))
        {
            var alone = RuleSet.Of([rule, .. rules.Rules.Where(r => rule.Requires.Contains(r.Id, StringComparer.OrdinalIgnoreCase))]);
            foreach (var example in rule.Examples)
            {
                var (file, line) = Split(example.Origin);
                bool fired;
                try
                {
                    fired = Fires(alone, rule.Id, example);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new RuleFileError(file, line, 1, "examples", $"{rule.Id}: the example's files cannot be written: {e.Message}"));
                    continue;
                }

                if (fired != example.Fires)
                {
                    problems.Add(new RuleFileError(file, line, 1, "examples",
                        example.Fires ? $"{rule.Id} does not fire on its example ({string.Join(", ", example.Files.Keys)})" : $"{rule.Id} fires on an example that must leave it quiet ({string.Join(", ", example.Files.Keys)})"));
                }
            }
        }

        return problems;
    }

    private static bool Fires(RuleSet rules, string id, RuleExample example)
    {
        // The run's own kind of temp folder, removed however the process ends (a signal mid-check leaves nothing);
        // the example's files go into a folder of their own, beside the folder's owner mark.
        var temp = RunTempFolders.Create();
        var folder = Path.Combine(temp, "example");
        try
        {
            foreach (var (name, text) in example.Files)
            {
                var path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [folder] });
            return Diagnoser.Diagnose(session, rules).AllFindings.Any(f => f.RuleId.Equals(id, StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            RunTempFolders.Remove(temp);
        }
    }

    private static (string File, long Line) Split(string origin)
    {
        var colon = origin.LastIndexOf(':');
        return colon > 0 && long.TryParse(origin[(colon + 1)..], out var line) ? (origin[..colon], line) : (origin, 0);
    }
}
