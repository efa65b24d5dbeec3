using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// One call from inputs to a <see cref="DiagnosisResult"/>, used by the CLI, the TUI and tests. Until the classifier
/// exists it reports the inventory and a timeline summary and claims no verdict beyond <c>inconclusive</c>.
/// </summary>
public static class Diagnoser
{
    public static DiagnosisResult Diagnose(DiagnoseOptions options)
    {
        using var session = TimelineSession.Open(options);
        return Diagnose(session);
    }

    private static string Basis(TimeQuality quality) => quality switch
    {
        TimeQuality.Exact => "UTC as written by the source",
        TimeQuality.AssumedUtc => "no zone in the format: read as UTC",
        TimeQuality.OffsetApplied => "local time converted with a --tz rule",
        TimeQuality.SkewCorrected => "moved onto the reference host's clock by the estimated skew",
        _ => "local time, offset unknown: sorted as if UTC",
    };

    public static DiagnosisResult Diagnose(TimelineSession session)
    {
        var tally = new EventTally();
        var transactions = new SipTransactionTally();
        foreach (var e in session.Events())
        {
            tally.Add(e);
            transactions.Add(e);
        }

        var inputs = session.Inputs;
        var inferred = session.InferredOffsets.ToDictionary(a => a.File, StringComparer.Ordinal);
        var assumptions = inputs.Where(i => i.TimeQuality is not null)
            .Select(i => inferred.GetValueOrDefault(i.File) ?? new TimeAssumption(i.File, i.TimeQuality!.Value, Basis(i.TimeQuality.Value)))
            .ToList();
        return new DiagnosisResult
        {
            Inputs = inputs,
            TimeAssumptions = assumptions,
            Skews = session.Skews,
            Findings = session.MeasuredSkews.Where(s => s.Significant).Select(ClockSkewFinding.From).ToList(),
            Diagnostics = session.Diagnostics.Kept,
            Verdict = Verdict.Inconclusive,
            EventCount = tally.Count,
            EventsBySeverity = tally.BySeverity,
            EventsByKind = tally.ByKind,
            Transactions = transactions.Summary(),
            First = tally.First,
            Last = tally.Last,
        };
    }
}
