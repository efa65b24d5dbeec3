using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;
using Spectre.Console;

namespace LyncOwaDiag.Cli.Views;

/// <summary>
/// What triage concluded, as console text. The answer comes first — the verdict, then each finding with its cause and
/// fix before its evidence — so that on an 80×24 terminal the first screen says what is wrong and what to run.
/// </summary>
internal static class DiagnosisView
{
    private const int EvidenceShown = 5;

    /// <summary>An evidence line's excerpt on the console (the reports and --format json keep it whole).</summary>
    private const int ExcerptShown = 240;

    /// <summary>The verdict and the findings (what <c>--quiet</c> prints).</summary>
    /// <param name="inputs">The paths the user gave: evidence locations are shown without those folders.</param>
    public static void WriteAnswer(IAnsiConsole console, DiagnosisResult result, bool verbose, IReadOnlyList<string> inputs)
    {
        // Colour where the console has it (a terminal, no NO_COLOR or --no-color): the word says it without.
        console.Write(new Text(SafeText.ForTerminal($"Verdict: {result.Verdict.ToString().ToLowerInvariant()} — {result.VerdictReason}"), VerdictStyle(result.Verdict)));
        console.WriteLine();
        if (result.Findings.Count == 0)
        {
            console.WriteLine("Findings: none");
        }

        var number = 0;
        foreach (var finding in result.Findings)
        {
            WriteFinding(console, finding, ++number + ". ", "", verbose, inputs);
        }
    }

    internal static Style VerdictStyle(Verdict verdict) => verdict switch
    {
        Verdict.Failing => new Style(Color.Red, decoration: Decoration.Bold),
        Verdict.Degraded => new Style(Color.Yellow, decoration: Decoration.Bold),
        Verdict.Verified => new Style(Color.Green, decoration: Decoration.Bold),
        _ => new Style(decoration: Decoration.Bold),
    };

    internal static Style SeverityStyle(Severity severity) => severity switch
    {
        Severity.Critical or Severity.Error => new Style(Color.Red, decoration: Decoration.Bold),
        Severity.Warning => new Style(Color.Yellow, decoration: Decoration.Bold),
        _ => new Style(decoration: Decoration.Bold),
    };

    /// <summary>What backs the verdict: the checklist, the rules not checked, the unexplained signals.</summary>
    public static void WriteChecks(IAnsiConsole console, DiagnosisResult result, IReadOnlyList<string> inputs)
    {
        WriteChecklist(console, result.Checklist, inputs);
        WriteNotChecked(console, result.NotChecked);
        WriteUnexplained(console, result, inputs);
    }

    private static void WriteFinding(IAnsiConsole console, Finding finding, string prefix, string indent, bool verbose, IReadOnlyList<string> inputs)
    {
        static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?";
        void Line(string text) => console.WriteLine(SafeText.ForTerminal(indent + text));

        console.WriteLine();
        console.Write(new Text(SafeText.ForTerminal($"{indent}{prefix}Finding {finding.RuleId} ({SeverityText.Name(finding.Severity)}, {finding.Confidence.ToString().ToLowerInvariant()} confidence): {finding.Title}"), SeverityStyle(finding.Severity)));
        console.WriteLine();
        Line($"   seen {finding.Count.ToString("N0", CultureInfo.InvariantCulture)}×, {Time(finding.FirstSeen)} – {Time(finding.LastSeen)}");
        Line("   cause: " + finding.Cause);
        if (finding.Confirm is not null)
        {
            Line("   to confirm: " + finding.Confirm);
        }

        foreach (var step in finding.Fix)
        {
            Line("   fix: " + step.Text);
            if (step.Command is { } command)
            {
                // Never wrapped by the console: a command broken over two lines and pasted into PowerShell runs half
                // of itself. The terminal folds it for the eye only.
                console.Profile.Out.Writer.WriteLine(SafeText.ForTerminal($"{indent}        {command}"));
            }
        }

        foreach (var reference in finding.References)
        {
            Line("   see: " + reference);
        }

        foreach (var evidence in finding.Evidence.Take(verbose ? int.MaxValue : EvidenceShown))
        {
            Line($"   evidence: {InputRelative.Shorten(evidence.Location.ToString(), inputs)} [{TimeQualityText.Format(evidence.Time, evidence.TimeQuality)}] {SafeText.Clip(evidence.Excerpt, ExcerptShown)}");
        }

        if (finding.Evidence.Count > EvidenceShown && !verbose)
        {
            Line($"   … {finding.Evidence.Count - EvidenceShown} more evidence (--verbose or --report)");
        }

        foreach (var consequence in finding.Consequences)
        {
            WriteFinding(console, consequence, "explains → ", indent + "   ", verbose, inputs);
        }
    }

    private static void WriteChecklist(IAnsiConsole console, IReadOnlyList<ChecklistResult> checklist, IReadOnlyList<string> inputs)
    {
        if (checklist.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine("Verification checklist:");
        foreach (var item in checklist)
        {
            var state = item.State switch { ChecklistState.Passed => "passed", ChecklistState.Failed => "FAILED", _ => "not checked" };
            console.WriteLine(SafeText.ForTerminal($"  [{state}] {item.Id}: {item.Title} — {item.Reason}"));
            foreach (var evidence in item.Evidence.Take(1))
            {
                console.WriteLine(SafeText.ForTerminal($"      evidence: {InputRelative.Shorten(evidence.Location.ToString(), inputs)}: {SafeText.Clip(evidence.Excerpt, ExcerptShown)}"));
            }
        }
    }

    private static void WriteNotChecked(IAnsiConsole console, IReadOnlyList<NotCheckedRule> notChecked)
    {
        if (notChecked.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine("Not checked (the evidence was not collected):");
        foreach (var n in notChecked)
        {
            console.WriteLine(SafeText.ForTerminal($"  {n.RuleId}: {n.Reason}"));
        }
    }

    private static void WriteUnexplained(IAnsiConsole console, DiagnosisResult result, IReadOnlyList<string> inputs)
    {
        console.WriteLine();
        console.WriteLine($"Unexplained signals: {result.Unexplained.Count.ToString(CultureInfo.InvariantCulture)}"
            + (result.OtherErrors > 0 ? $" (and {result.OtherErrors.ToString("N0", CultureInfo.InvariantCulture)} error(s) of unrelated providers, not listed)" : string.Empty));
        foreach (var signal in result.Unexplained.Take(20))
        {
            var first = signal.Evidence.Count > 0 ? $", first at {InputRelative.Shorten(signal.Evidence[0].Location.ToString(), inputs)}" : string.Empty;
            console.WriteLine(SafeText.ForTerminal($"  {SeverityText.Name(signal.Severity)} ×{signal.Count.ToString("N0", CultureInfo.InvariantCulture)}: {signal.Signature}{first}"));
        }
    }
}
