using LyncOwaDiag.Model;

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

    public static DiagnosisResult Diagnose(TimelineSession session)
    {
        var bySeverity = new Dictionary<Severity, long>();
        var byKind = new Dictionary<string, long>(StringComparer.Ordinal);
        long count = 0;
        DateTimeOffset? first = null, last = null;
        foreach (var e in session.Events())
        {
            count++;
            bySeverity[e.Severity] = bySeverity.GetValueOrDefault(e.Severity) + 1;
            byKind[e.Kind] = byKind.GetValueOrDefault(e.Kind) + 1;
            first = first is null || e.Timestamp < first ? e.Timestamp : first;
            last = last is null || e.Timestamp > last ? e.Timestamp : last;
        }

        return new DiagnosisResult
        {
            Inputs = session.Inputs,
            Diagnostics = session.Diagnostics.Kept,
            Verdict = Verdict.Inconclusive,
            EventCount = count,
            EventsBySeverity = bySeverity,
            EventsByKind = byKind,
            First = first,
            Last = last,
        };
    }
}
