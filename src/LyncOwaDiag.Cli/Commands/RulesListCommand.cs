using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>rules list</c>: every rule in force, one line each; <c>--format md</c> the whole rule reference.</summary>
public sealed class RulesListCommand(CliOutput output) : Command<RulesListSettings>
{
    public override int Execute(CommandContext context, RulesListSettings settings, CancellationToken cancellationToken)
    {
        if (RulesSupport.Load(output, settings.RuleFolders) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        switch (settings.Format.ToLowerInvariant())
        {
            case "md":
                // Straight to stdout, not through the console: Markdown must not be wrapped at the terminal's width.
                RuleReferenceWriter.Write(output.Out, rules);
                return ExitCodes.Ok;
            case not "text":
                throw new UsageException($"--format: expected text or md, got '{settings.Format}'");
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("id", "severity", "confidence", "versions", "matchers", "title");
        foreach (var rule in rules.Rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                SeverityText.Name(rule.Severity),
                rule.Confidence.ToString().ToLowerInvariant(),
                Markup.Escape(rule.VersionsText),
                string.Join(", ", rule.MatcherKinds),
                Markup.Escape(SafeText.ForTerminal(rule.Title)));
        }

        output.Console.Write(table);
        output.Console.WriteLine($"{rules.Rules.Count} rules, {rules.Checklist.Count} checklist items.");
        return ExitCodes.Ok;
    }
}
