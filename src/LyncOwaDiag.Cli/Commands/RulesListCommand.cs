using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>rules list</c>: every rule in force, one line each.</summary>
public sealed class RulesListCommand(CliOutput output) : Command<RulesSettings>
{
    public override int Execute(CommandContext context, RulesSettings settings, CancellationToken cancellationToken)
    {
        if (RulesSupport.Load(output, settings.RuleFolders) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "severity", "confidence", "versions", "matchers", "title");
        foreach (var rule in rules.Rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                SeverityText.Name(rule.Severity),
                rule.Confidence.ToString().ToLowerInvariant(),
                Markup.Escape(RulesSupport.Versions(rule)),
                string.Join(", ", rule.MatcherKinds),
                Markup.Escape(SafeText.ForTerminal(rule.Title)));
        }

        output.Console.Write(table);
        output.Console.WriteLine($"{rules.Rules.Count} rules, {rules.Checklist.Count} checklist items.");
        return ExitCodes.Ok;
    }
}
