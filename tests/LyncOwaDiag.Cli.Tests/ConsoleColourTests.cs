using LyncOwaDiag.Cli.Tests.Support;
using LyncOwaDiag.Cli.Views;
using LyncOwaDiag.Model;
using Spectre.Console;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>triage's answer in colour on a terminal that has it, and as plain words everywhere else.</summary>
public class ConsoleColourTests
{
    private static DiagnosisResult Failing() => new()
    {
        Inputs = [],
        Verdict = Verdict.Failing,
        VerdictReason = "1 cause(s) at error level or worse, first X",
        Findings = [new Finding { RuleId = "X", Title = "Something broke", Severity = Severity.Error, Confidence = Confidence.High, Cause = "because", Count = 1 }],
    };

    [Fact]
    public void OnAColourTerminal_TheVerdictAndFindingAreColoured_TheWordsUnchanged()
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Out = new AnsiConsoleOutput(text) });

        DiagnosisView.WriteAnswer(console, Failing(), verbose: false, inputs: []);

        var output = text.ToString();
        Assert.Contains("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("Verdict: failing", output, StringComparison.Ordinal);
        Assert.Contains("Finding X (error, high confidence): Something broke", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_OrNoColor_IsPlainText()
    {
        var run = CliRun.Of("triage", Path.Combine(CliRun.Root, "sample-traces", "scenarios", "CERT-NAME-MISMATCH", "bundle"), "--quiet", "--no-color");

        Assert.StartsWith("Verdict: failing", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", run.Out, StringComparison.Ordinal);
    }
}
