using System.Globalization;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Cli.Views;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>
/// <c>triage PATH…</c>: the main job for one incident — inputs and time assumptions, the verdict, the findings with
/// evidence and fix, the checklist and the unexplained signals; the exit code says whether a finding reached --fail-on.
/// </summary>
public sealed class TriageCommand(CliOutput output, TimeProvider clock) : Command<TriageSettings>
{
    public override int Execute(CommandContext context, TriageSettings settings, CancellationToken cancellationToken)
    {
        var options = OptionsFactory.Create(settings, settings.Paths);
        var failOn = FailOn(settings.FailOn);
        var reports = settings.Reports.Select(r => ReportTarget(r, options.Paths)).ToList();
        if (RulesSupport.Load(output, options.RuleFolders) is not { } rules)
        {
            return ExitCodes.Usage;
        }

        if (settings.Each)
        {
            return new BatchTriage(output, clock.GetUtcNow()).Run(settings, options, rules, failOn);
        }

        using var session = TimelineSession.Open(options);
        if (!session.HasReadableInput)
        {
            return CommandSupport.NoReadableInput(output, session, settings.Redact);
        }

        DiagnosisResult result;
        var showProgress = ProgressLine.Wanted(settings.Quiet);
        using (var progress = new ProgressLine(output.Error, new ReadProgress(session.ReadableBytes), showProgress))
        {
            result = Diagnoser.Diagnose(session, rules, showProgress ? progress.Observe : null);
        }

        // --redact covers the console too: it is what gets pasted into a ticket first.
        var redactor = settings.Redact ? ReportFiles.Learn(session) : null;
        using var redacted = redactor is null ? null : RedactedConsole.Open(output, redactor);
        var console = redacted?.Console ?? output.Console;
        DiagnosisView.WriteAnswer(console, result, settings.Verbose, options.Paths);
        if (!settings.Quiet)
        {
            DiagnosisView.WriteChecks(console, result, options.Paths);
            ServersView.Write(console, result.Servers, settings.Verbose);
            console.WriteLine();
            if (settings.Verbose)
            {
                console.Write(InventoryView.Create(result.Inputs));
            }
            else
            {
                InventoryView.WriteByHost(console, result.Inputs);
            }

            WriteTimeAssumptions(console, result.Inputs, session);
            WriteClockSkew(console, session, settings);
            WriteTimelineSummary(console, result);
            WriteTransactions(console, result.Transactions);
            WriteDiagnostics(console, result, settings);
        }

        // The console's last line reaches stdout before the report lines go to stderr (the using only covers a throw).
        redacted?.Dispose();
        if (reports.Count > 0)
        {
            ReportFiles.WriteAll(reports, session, result, clock.GetUtcNow(), redactor);
        }

        foreach (var report in reports)
        {
            output.Error.WriteLine(SafeText.ForTerminal($"lyncowadiag: report written to {report}"));
        }

        if (redactor is not null && settings.RedactMap is { } map)
        {
            ReportFiles.WriteMap(map, redactor);
            output.Error.WriteLine(SafeText.ForTerminal($"lyncowadiag: redaction map written to {map} (it holds the real names: keep it private)"));
        }

        return ExitFor(result, failOn);
    }

    /// <summary>
    /// 1 when a finding, or the verdict, reaches --fail-on: a bundle called failing (an essential check failed) is an
    /// error-level result even when no single finding is, and degraded is warning-level; so verdict and exit agree.
    /// </summary>
    internal static int ExitFor(DiagnosisResult result, Severity failOn)
    {
        var verdictLevel = result.Verdict switch
        {
            Verdict.Failing => Severity.Error,
            Verdict.Degraded => Severity.Warning,
            _ => (Severity?)null,
        };
        return result.Findings.Any(f => f.Severity <= failOn) || verdictLevel <= failOn ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static Severity FailOn(string text) => text.ToLowerInvariant() switch
    {
        "info" => Severity.Info,
        "warning" or "warn" => Severity.Warning,
        "error" => Severity.Error,
        "critical" => Severity.Critical,
        _ => throw new UsageException($"--fail-on: expected info, warning, error or critical, got '{text}'"),
    };

    private static string ReportTarget(string path, IReadOnlyList<string> inputs) =>
        ReportFiles.Problem(path, inputs) is { } problem ? throw new UsageException($"--report {path}: {problem}") : path;

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
                $"  {skew.Host} is {Ms(-skew.Offset)} against {skew.Reference} (between {Ms(-skew.High)} and {Ms(-skew.Low)}, {skew.Pairs} message pairs{(skew.Through is { } through ? $" with {through}, which is measured against {skew.Reference}" : string.Empty)}){(skew.Significant ? ", over 1 s" : string.Empty)}; {verb}"));
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
