using LyncOwaDiag.Cli.Commands;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli;

/// <summary>Wires the commands and maps every outcome to the exit codes of docs/design.md#command-line-and-exit-codes.</summary>
public static class CliApp
{
    /// <param name="width">The console's width when not a terminal (160 unless given: tests draw 80 columns).</param>
    public static int Run(string[] args, TextWriter stdout, Stream rawStdout, TextWriter stderr, bool interactive, int? width = null)
    {
        var noColor = args.Contains("--no-color") || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive && !noColor ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = width ?? 160;
        }

        var output = new CliOutput(console, stdout, rawStdout, stderr);
        var app = new CommandApp(new TypeRegistrar(output));
        app.Configure(Configure(console));
        var verbose = args.Contains("--verbose");
        try
        {
            if (args.Length == 0)
            {
                // No command is a usage error: show what there is, and say so in the exit code.
                app.Run(["--help"]);
                return ExitCodes.Usage;
            }

            if (args is ["--version"] or ["-V"])
            {
                stdout.WriteLine($"lyncowadiag {ToolVersion.Text}");
                return ExitCodes.Ok;
            }

            return app.Run(args);
        }
        catch (CommandAppException e)
        {
            stderr.WriteLine($"lyncowadiag: {SafeText.ForTerminal(e.Message)}");
            if (Suggestions.For(e.Message) is { } suggestion)
            {
                stderr.WriteLine($"Did you mean '{SafeText.ForTerminal(suggestion)}'?");
            }

            stderr.WriteLine("Run 'lyncowadiag --help' for the commands and options.");
            return ExitCodes.Usage;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"lyncowadiag: {SafeText.ForTerminal(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (InvalidInputException e)
        {
            stdout.Flush();
            stderr.WriteLine($"lyncowadiag: invalid input (--on-invalid fail): {SafeText.ForTerminal(e.Diagnostic.ToString())}");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A report that cannot be written, a full disk, a folder that is a file: the user's to fix, not our bug.
            // The runtime's message names the path and the reason.
            stdout.Flush();
            stderr.WriteLine($"lyncowadiag: {SafeText.ForTerminal(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            stdout.Flush();
            stderr.WriteLine($"lyncowadiag: internal error: {SafeText.ForTerminal(e.Message)}");
            if (verbose)
            {
                stderr.WriteLine(e.ToString());
            }

            return ExitCodes.Internal;
        }
        finally
        {
            stdout.Flush();
        }
    }

    internal static Action<IConfigurator> Configure(IAnsiConsole console) => config =>
    {
        config.SetApplicationName("lyncowadiag");
        config.ConfigureConsole(console);
        config.PropagateExceptions();
        config.UseStrictParsing();
        config.AddCommand<TriageCommand>("triage")
            .WithDescription("Name the cause of an OWA IM failure: inputs, time assumptions, verdict, findings with evidence and fix, checklist, unexplained signals.")
            .WithExample("triage", "sample-traces/formats/sipstack")
            .WithExample("triage", "bundle.zip", "--report", "triage.json", "--fail-on", "warning");
        config.AddCommand<TimelineCommand>("timeline")
            .WithDescription("Print every event of the inputs merged in time order, as text, CSV or ECS JSON lines.")
            .WithExample("timeline", "bundle.zip", "--format", "jsonl");
        config.AddCommand<FlowCommand>("flow")
            .WithDescription("Draw the SIP ladder of a dialog (--call-id) or of every dialog of a user (--user): hosts as columns, arrows, time deltas, ms-diagnostics.")
            .WithExample("flow", "trace.txt", "--call-id", "7d6c5b4a39281706f5e4d3c2b1a09f8e");
        config.AddCommand<InspectCommand>("inspect")
            .WithDescription("Show what each file was detected as, its host, counts, time range and every diagnostic.")
            .WithExample("inspect", "trace.txt");
        config.AddCommand<TuiCommand>("tui")
            .WithDescription("Troubleshoot interactively: findings, the timeline (search, filter, next error, evidence), the raw record, SIP ladders, report export.")
            .WithExample("tui", "sample-traces/scenarios/CERT-NAME-MISMATCH/bundle");
        config.AddCommand<SchemaCommand>("schema")
            .WithDescription("Print the JSON Schema of the JSON report (triage --report FILE.json), with its schemaVersion.");
        config.AddBranch("rules", rules =>
        {
            rules.SetDescription("List, show and check the classification rules.");
            rules.AddCommand<RulesListCommand>("list").WithDescription("List every rule in force (built-in plus --rules folders).");
            rules.AddCommand<RulesShowCommand>("show").WithDescription("Show one rule in full: cause, matchers, fix, references.").WithExample("rules", "show", "CERT-NOT-FOUND");
            rules.AddCommand<RulesLintCommand>("lint").WithDescription("Check a folder of rule files; errors name file, line, column and field.").WithExample("rules", "lint", "my-rules");
        });
    };
}
