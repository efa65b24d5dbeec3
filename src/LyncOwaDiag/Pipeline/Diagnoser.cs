using LyncOwaDiag.Classification.Engine;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// One call from inputs to a <see cref="DiagnosisResult"/>, used by the CLI, the TUI and tests: one pass over the
/// merged timeline feeds the tallies and the classifier, which then names the causes, the checklist and the verdict.
/// </summary>
public static class Diagnoser
{
    public static DiagnosisResult Diagnose(DiagnoseOptions options)
    {
        using var session = TimelineSession.Open(options);
        return Diagnose(session, RuleSet.Load(options.RuleFolders));
    }

    private static string Basis(TimeQuality quality) => quality switch
    {
        TimeQuality.Exact => "UTC as written by the source",
        TimeQuality.AssumedUtc => "no zone in the format: read as UTC",
        TimeQuality.OffsetApplied => "local time converted with a --tz rule",
        TimeQuality.SkewCorrected => "moved onto the reference host's clock by the estimated skew",
        _ => "local time, offset unknown: sorted as if UTC",
    };

    /// <param name="observe">Sees each event as it passes, on the reading thread (the TUI builds its index from it).</param>
    /// <param name="cancellation">Stops the read between events (the TUI quitting while it loads).</param>
    public static DiagnosisResult Diagnose(TimelineSession session, RuleSet rules, Action<TimelineEvent>? observe = null, CancellationToken cancellation = default)
    {
        var tally = new EventTally();
        var transactions = new SipTransactionTally();
        var classifier = new Classifier(rules, session.Servers);
        foreach (var e in session.Events())
        {
            tally.Add(e);
            transactions.Add(e);
            classifier.Observe(e);
            observe?.Invoke(e);
            cancellation.ThrowIfCancellationRequested();
        }

        var inputs = session.Inputs;
        var inferred = session.InferredOffsets.ToDictionary(a => a.File, StringComparer.Ordinal);
        var assumptions = inputs.Where(i => i.TimeQuality is not null)
            .Select(i => inferred.GetValueOrDefault(i.File) ?? new TimeAssumption(i.File, i.TimeQuality!.Value, Basis(i.TimeQuality.Value)))
            .ToList();
        var classification = classifier.Complete(inputs, session.MeasuredSkews, session.Servers);
        return new DiagnosisResult
        {
            Inputs = inputs,
            Servers = session.Servers.Servers,
            TimeAssumptions = assumptions,
            Skews = session.MeasuredSkews,
            SkewsCorrected = session.Options.SkewCorrection,
            Findings = classification.Findings,
            Checklist = classification.Checklist,
            Unexplained = classification.Unexplained,
            OtherErrors = classification.OtherErrors,
            NotChecked = classification.NotChecked,
            Diagnostics = session.Diagnostics.Kept,
            Verdict = classification.Verdict,
            VerdictReason = classification.VerdictReason,
            EventCount = tally.Count,
            EventsBySeverity = tally.BySeverity,
            EventsByKind = tally.ByKind,
            Transactions = transactions.Summary(),
            First = tally.First,
            Last = tally.Last,
        };
    }
}
