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
        var tally = new EventTally();
        foreach (var e in session.Events())
        {
            tally.Add(e);
        }

        return new DiagnosisResult
        {
            Inputs = session.Inputs,
            Diagnostics = session.Diagnostics.Kept,
            Verdict = Verdict.Inconclusive,
            EventCount = tally.Count,
            EventsBySeverity = tally.BySeverity,
            EventsByKind = tally.ByKind,
            First = tally.First,
            Last = tally.Last,
        };
    }
}
