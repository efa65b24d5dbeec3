using System.Globalization;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Cli.Views;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>
/// <c>triage PATH…</c>: the main job for one incident. This version reads the inputs and summarises the timeline;
/// it says plainly that no cause is classified yet rather than pretend to a verdict.
/// </summary>
public sealed class TriageCommand(CliOutput output) : Command<PathSettings>
{
    public override int Execute(CommandContext context, PathSettings settings, CancellationToken cancellationToken)
    {
        var options = OptionsFactory.Create(settings, settings.Paths);
        using var session = TimelineSession.Open(options);
        if (!session.HasReadableInput)
        {
            return CommandSupport.NoReadableInput(output, session);
        }

        var result = Diagnoser.Diagnose(session);
        var console = output.Console;
        console.Write(InventoryView.Create(result.Inputs));
        WriteTimeAssumptions(console, result.Inputs, session);
        WriteClockSkew(console, session, settings);
        WriteTimelineSummary(console, result);
        WriteTransactions(console, result.Transactions);
        WriteDiagnostics(console, result, settings);
        WriteFindings(console, result.Findings);
        console.WriteLine();
        console.WriteLine("Verdict: inconclusive. This version reads and merges the inputs but does not yet classify causes;");
        console.WriteLine(result.Findings.Count == 0
            ? "no finding is claimed. Use 'lyncowadiag timeline' to read the merged events."
            : "the findings above are measurements, not the cause of an IM failure. Use 'lyncowadiag timeline' to read the merged events.");
        return ExitCodes.Ok;
    }

    private static void WriteTimeAssumptions(IAnsiConsole console, IReadOnlyList<InputSummary> inputs, TimelineSession session)
    {
        console.WriteLine();
        console.WriteLine("Time assumptions:");
        foreach (var group in inputs.Where(i => i.TimeQuality is not null).GroupBy(i => i.TimeQuality!.Value))
        {
            var why = group.Key switch
            {
                TimeQuality.AssumedUtc => "read as UTC: the format carries no zone (pass --tz to say otherwise)",
                TimeQuality.OffsetApplied => "local times converted to UTC with --tz or an offset inferred below",
                TimeQuality.LocalUnknownOffset => "local times with unknown offset: sorted as if UTC, flagged with ?",
                TimeQuality.Exact => "UTC as written by the source",
                TimeQuality.SkewCorrected => "moved onto the reference host's clock by the skew estimated below",
                _ => TimeQualityText.Name(group.Key),
            };
            console.WriteLine($"  {TimeQualityText.Name(group.Key)}: {group.Count()} input(s), {why}");
        }

        foreach (var inferred in session.InferredOffsets)
        {
            console.WriteLine("  " + SafeText.ForTerminal($"{inferred.File}: {inferred.How}"));
        }
    }

    private static void WriteClockSkew(IAnsiConsole console, TimelineSession session, CommonSettings settings)
    {
        // Reported even when not applied: the admin should know the clocks differ.
        var skews = session.MeasuredSkews;
        if (skews.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine("Clock skew (from SIP messages both hosts logged):");
        foreach (var skew in skews)
        {
            var verb = settings.NoSkewCorrection ? "not corrected (--no-skew-correction)" : "corrected";
            console.WriteLine(SafeText.ForTerminal(
                $"  {skew.Host} is {Ms(-skew.Offset)} against {skew.Reference} (between {Ms(-skew.High)} and {Ms(-skew.Low)}, {skew.Pairs} message pairs){(skew.Significant ? ", over 1 s" : string.Empty)}; {verb}"));
        }
    }

    private static string Ms(TimeSpan span) =>
        (span >= TimeSpan.Zero ? "+" : "-") + span.Duration().TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    private static void WriteTimelineSummary(IAnsiConsole console, DiagnosisResult result)
    {
        console.WriteLine();
        var span = result.First is { } first && result.Last is { } last
            ? $" from {first.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)} to {last.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)} UTC"
            : string.Empty;
        console.WriteLine($"Timeline: {result.EventCount.ToString("N0", CultureInfo.InvariantCulture)} events{span}");
        var severities = string.Join(", ", result.EventsBySeverity.OrderBy(s => s.Key).Select(s => $"{SeverityText.Name(s.Key)} {s.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
        console.WriteLine($"  by severity: {severities}");
        var kinds = string.Join(", ", result.EventsByKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => $"{k.Key} {k.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
        console.WriteLine($"  by kind: {kinds}");
    }

    private static void WriteTransactions(IAnsiConsole console, SipTransactionSummary t)
    {
        if (t.Answered + t.Unanswered == 0)
        {
            return;
        }

        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        static string Duration(TimeSpan span) => span < TimeSpan.FromSeconds(1)
            ? span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms"
            : span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

        console.WriteLine();
        var failures = t.Failed == 0 ? "none failed" : $"{N(t.Failed)} failed: " + string.Join(", ", t.FailuresByStatus.OrderByDescending(f => f.Value).ThenBy(f => f.Key).Select(f => $"{f.Key} ×{N(f.Value)}"));
        console.WriteLine($"SIP transactions (request to final response, each on its host's clock): {N(t.Answered)} answered, {failures}; {N(t.Unanswered)} unanswered");
        if (t.MeanResponseTime is { } mean && t.Slowest is { ResponseTime: { } slowest } s)
        {
            console.WriteLine(SafeText.ForTerminal($"  response time mean {Duration(mean)}; slowest {Duration(slowest)}: {s.Method} CSeq {s.CSeq} → {s.Status} on {s.Host}, Call-ID {s.CallId} ({s.Request})"));
        }

        foreach (var u in t.UnansweredExamples)
        {
            console.WriteLine(SafeText.ForTerminal($"  unanswered: {u.Method} CSeq {u.CSeq} on {u.Host}, Call-ID {u.CallId} ({u.Request})"));
        }
    }

    private static void WriteFindings(IAnsiConsole console, IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            console.WriteLine();
            console.WriteLine(SafeText.ForTerminal($"Finding {finding.RuleId} ({SeverityText.Name(finding.Severity)}): {finding.Title}"));
            console.WriteLine(SafeText.ForTerminal("  " + finding.Cause));
            foreach (var evidence in finding.Evidence)
            {
                console.WriteLine(SafeText.ForTerminal($"  evidence: {evidence.Location}: {evidence.Excerpt}"));
            }

            foreach (var step in finding.Fix)
            {
                console.WriteLine(SafeText.ForTerminal($"  fix: {step.Text}{(step.Command is null ? string.Empty : ": " + step.Command)}"));
            }
        }
    }

    private static void WriteDiagnostics(IAnsiConsole console, DiagnosisResult result, CommonSettings settings)
    {
        var problems = result.Diagnostics.Where(d => d.Disposition != DiagnosticDisposition.InputSkipped && d.Severity <= Severity.Warning).ToList();
        console.WriteLine();
        console.WriteLine($"Diagnostics: {problems.Count.ToString("N0", CultureInfo.InvariantCulture)} malformed or odd record(s)");
        foreach (var d in problems.Take(settings.Verbose ? int.MaxValue : 10))
        {
            console.WriteLine("  " + SafeText.ForTerminal(d.ToString()));
        }

        if (problems.Count > 10 && !settings.Verbose)
        {
            console.WriteLine($"  … {problems.Count - 10} more (--verbose, or 'lyncowadiag inspect FILE')");
        }
    }
}
