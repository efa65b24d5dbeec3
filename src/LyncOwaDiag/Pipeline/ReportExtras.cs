using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// What the Markdown and HTML reports show beyond the diagnosis: the failing dialogs' ladders and the timeline
/// around each finding. A replay of the session's timeline gathers both (the same events, placed as the main read
/// placed them, counted by no one), and only when such a report is asked for.
/// </summary>
public static class ReportExtras
{
    public static (IReadOnlyList<DialogLadder> Ladders, IReadOnlyList<TimelineExcerpt> Excerpts) Collect(
        TimelineSession session, DiagnosisResult result, bool ladders, bool excerpts)
    {
        var dialogs = ladders ? new FailingDialogs(result) : null;
        var around = excerpts ? new TimelineExcerpts(result) : null;
        if (dialogs is not { Wanted: true } && around is not { Wanted: true })
        {
            return ([], []);
        }

        foreach (var e in session.Replay())
        {
            dialogs?.Observe(e);
            around?.Observe(e);
        }

        return (dialogs?.Ladders() ?? [], around?.Excerpts() ?? []);
    }
}
