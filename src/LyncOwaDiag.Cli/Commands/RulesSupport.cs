using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>What the rules commands share: printing load errors, naming versions.</summary>
internal static class RulesSupport
{
    /// <summary>Each example is a small pipeline run; a folder of hundreds would hold up every triage.</summary>
    private const int MaxUserExamples = 200;

    /// <summary>
    /// The rules in force with the --rules folders, or null (errors printed) when a rule file is invalid or one of
    /// its own rules does not hold on its <c>examples:</c>: a user's rule is verified as it loads, as lnav checks a
    /// format's samples. The built-in rules' examples are checked by the tests, not on every run.
    /// </summary>
    public static RuleSet? Load(CliOutput output, IReadOnlyList<string> folders)
    {
        var rules = RuleSet.Load(folders);
        if (ReportErrors(output, rules))
        {
            return null;
        }

        if (folders.Count == 0)
        {
            return rules;
        }

        var examples = rules.Rules.Where(r => !r.IsBuiltIn).Sum(r => r.Examples.Count);
        if (examples > MaxUserExamples)
        {
            output.Error.WriteLine($"the --rules folder(s) carry {examples} examples; at most {MaxUserExamples} are run as they load ('rules lint <folder>' checks any number)");
            return null;
        }

        var problems = RuleExampleCheck.Check(rules, rule => !rule.IsBuiltIn);
        foreach (var problem in problems)
        {
            output.Error.WriteLine(SafeText.ForTerminal(problem.ToString()));
        }

        if (problems.Count > 0)
        {
            output.Error.WriteLine($"{problems.Count} example(s) in the --rules folder(s) do not hold; 'rules lint <folder>' checks them");
            return null;
        }

        return rules;
    }

    /// <summary>Prints a fix step as triage and 'rules show' do: the words, then the command on its own line.</summary>
    public static IEnumerable<string> FixLines(string text, string? command, string indent) =>
        command is null ? [$"{indent}fix: {text}"] : [$"{indent}fix: {text}", $"{indent}     {command}"];

    /// <summary>Prints each error (file:line:column: field: message) to stderr; true when there were any.</summary>
    public static bool ReportErrors(CliOutput output, RuleSet rules)
    {
        foreach (var error in rules.Errors)
        {
            output.Error.WriteLine(SafeText.ForTerminal(error.ToString()));
        }

        return rules.Errors.Count > 0;
    }
}
