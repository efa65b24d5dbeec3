using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>rules lint DIR</c>: checks a folder of rule files; every problem with file, line, column and field.</summary>
public sealed class RulesLintCommand(CliOutput output) : Command<RulesLintSettings>
{
    public override int Execute(CommandContext context, RulesLintSettings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Folder))
        {
            throw new UsageException($"rules lint: '{settings.Folder}' is not a folder");
        }

        var rules = RuleSet.LoadFolderOnly(settings.Folder);
        if (RulesSupport.ReportErrors(output, rules))
        {
            output.Error.WriteLine($"{rules.Errors.Count} problem(s) in {settings.Folder}");
            return ExitCodes.Failed;
        }

        var examples = RuleExampleCheck.Check(rules);
        foreach (var problem in examples)
        {
            output.Error.WriteLine(problem.ToString());
        }

        if (examples.Count > 0)
        {
            output.Error.WriteLine($"{examples.Count} example(s) in {settings.Folder} do not hold");
            return ExitCodes.Failed;
        }

        var checkedExamples = rules.Rules.Sum(r => r.Examples.Count);
        output.Console.WriteLine($"{settings.Folder}: {rules.Rules.Count} rule(s), {rules.Checklist.Count} checklist item(s), all valid{(checkedExamples > 0 ? $"; {checkedExamples} example(s) hold" : string.Empty)}");
        return ExitCodes.Ok;
    }
}
