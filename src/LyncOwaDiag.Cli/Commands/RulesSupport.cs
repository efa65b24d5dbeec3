using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>What the rules commands share: printing load errors, naming versions.</summary>
internal static class RulesSupport
{
    /// <summary>Prints each error (file:line:column: field: message) to stderr; true when there were any.</summary>
    public static bool ReportErrors(CliOutput output, RuleSet rules)
    {
        foreach (var error in rules.Errors)
        {
            output.Error.WriteLine(SafeText.ForTerminal(error.ToString()));
        }

        return rules.Errors.Count > 0;
    }

    public static string Versions(Rule rule) =>
        string.Join("; ", rule.Versions.Select(v => $"{v.Key} {string.Join("/", v.Value)}"));
}
