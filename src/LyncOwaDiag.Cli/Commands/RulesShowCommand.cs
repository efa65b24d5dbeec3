using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>rules show ID</c>: one rule in full, placeholders as written.</summary>
public sealed class RulesShowCommand(CliOutput output) : Command<RulesShowSettings>
{
    public override int Execute(CommandContext context, RulesShowSettings settings, CancellationToken cancellationToken)
    {
        if (RulesSupport.Load(output, settings.RuleFolders) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        var rule = rules.Find(settings.Id) ?? throw new UsageException($"no rule '{settings.Id}' (see 'lyncowadiag rules list')");
        var console = output.Console;
        void Line(string text) => console.WriteLine(SafeText.ForTerminal(text));
        Line($"{rule.Id}: {rule.Title}");
        Line($"  severity {SeverityText.Name(rule.Severity)}, confidence {rule.Confidence.ToString().ToLowerInvariant()}; applies to {rule.VersionsText}");
        Line($"  defined at {rule.Origin}");
        Line("  cause: " + rule.Cause);
        if (rule.Scope is not null)
        {
            Line("  scope: " + rule.Scope);
        }

        if (rule.Confirm is not null)
        {
            Line("  to confirm: " + rule.Confirm);
        }

        Line($"  recognised by: {string.Join(", ", rule.MatcherKinds)} ({rule.Matchers.Count} matcher(s))");
        if (rule.Explains.Count > 0)
        {
            Line("  explains:");
            foreach (var edge in rule.ExplainsEdges)
            {
                Line($"    {edge.RuleId}: {edge.Because}");
            }
        }

        if (rule.Requires.Count > 0)
        {
            Line("  stands only beside: " + string.Join(" or ", rule.Requires));
        }

        foreach (var line in rule.Fix.SelectMany(step => RulesSupport.FixLines(step.Text, step.Command, "  ")))
        {
            Line(line);
        }

        foreach (var reference in rule.References)
        {
            Line("  see: " + reference);
        }

        return ExitCodes.Ok;
    }
}
