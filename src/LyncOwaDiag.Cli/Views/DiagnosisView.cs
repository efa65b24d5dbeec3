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
    public static void WriteAnswer(IAnsiConsole console, DiagnosisResult result, bool verbose)
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
            WriteFinding(console, finding, ++number + ". ", "", verbose);
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
    public static void WriteChecks(IAnsiConsole console, DiagnosisResult result)
    {
        WriteChecklist(console, result.Checklist);
        WriteNotChecked(console, result.NotChecked);
        WriteUnexplained(console, result);
    }

    private static void WriteFinding(IAnsiConsole console, Finding finding, string prefix, string indent, bool verbose)
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

        foreach (var line in finding.Fix.SelectMany(step => Commands.RulesSupport.FixLines(step.Text, step.Command, "   ")))
        {
            Line(line);
        }

        foreach (var reference in finding.References)
        {
            Line("   see: " + reference);
        }

        foreach (var evidence in finding.Evidence.Take(verbose ? int.MaxValue : EvidenceShown))
        {
            Line($"   evidence: {evidence.Location} [{TimeQualityText.Format(evidence.Time, evidence.TimeQuality)}] {SafeText.Clip(evidence.Excerpt, ExcerptShown)}");
        }

        if (finding.Evidence.Count > EvidenceShown && !verbose)
        {
            Line($"   … {finding.Evidence.Count - EvidenceShown} more evidence (--verbose or --report)");
        }

        foreach (var consequence in finding.Consequences)
        {
            WriteFinding(console, consequence, "explains → ", indent + "   ", verbose);
        }
    }

    private static void WriteChecklist(IAnsiConsole console, IReadOnlyList<ChecklistResult> checklist)
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
                console.WriteLine(SafeText.ForTerminal($"      evidence: {evidence.Location}: {SafeText.Clip(evidence.Excerpt, ExcerptShown)}"));
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

    private static void WriteUnexplained(IAnsiConsole console, DiagnosisResult result)
    {
        console.WriteLine();
        console.WriteLine($"Unexplained signals: {result.Unexplained.Count.ToString(CultureInfo.InvariantCulture)}"
            + (result.OtherErrors > 0 ? $" (and {result.OtherErrors.ToString("N0", CultureInfo.InvariantCulture)} error(s) of unrelated providers, not listed)" : string.Empty));
        foreach (var signal in result.Unexplained.Take(20))
        {
            var first = signal.Evidence.Count > 0 ? $", first at {signal.Evidence[0].Location}" : string.Empty;
            console.WriteLine(SafeText.ForTerminal($"  {SeverityText.Name(signal.Severity)} ×{signal.Count.ToString("N0", CultureInfo.InvariantCulture)}: {signal.Signature}{first}"));
        }
    }
}
