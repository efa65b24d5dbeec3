using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Tui;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>tui PATH…</c>: the interactive troubleshooter; it needs a terminal on both ends.</summary>
public sealed class TuiCommand(CliOutput output, TimeProvider clock) : Command<TuiSettings>
{
    public override int Execute(CommandContext context, TuiSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Follow && settings.Redact)
        {
            // Names first written after the read began are not among those the redactor learned.
            throw new UsageException("--follow cannot be used with --redact: names in the appended text would not be known to the redactor; redact a finished bundle instead");
        }

        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            throw new UsageException("tui needs a terminal for input and output; for scripts use 'triage' or 'timeline'");
        }

        var options = OptionsFactory.Create(settings, settings.Paths);
        if (RulesSupport.Load(output, options.RuleFolders) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        // NO_COLOR (any value, https://no-color.org) or --no-color: the words and marks say it all.
        var color = !settings.NoColor && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return TroubleshooterApp.Run(options, rules, settings.Redact, clock, color, settings.Follow);
    }
}
