using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// What the Markdown and HTML reports show beyond the diagnosis: the failing dialogs' ladders and the timeline
/// around each finding. A replay of the session's timeline gathers them (the same events, placed as the main read
/// placed them, counted by no one), and only when such a report is asked for; past <see cref="ReplayBytesAtMost"/>
/// the ladders are read by the evidence's location instead, and so are the dialogs of evidence that names no Call-ID.
/// </summary>
public static class ReportExtras
{
    /// <summary>Inputs up to this size are read again whole for the ladders; bigger ones by location.</summary>
    public const long ReplayBytesAtMost = 64L * 1024 * 1024;

    public static (IReadOnlyList<DialogLadder> Ladders, IReadOnlyList<TimelineExcerpt> Excerpts) Collect(
        TimelineSession session, DiagnosisResult result, bool ladders, bool excerpts)
    {
        var small = session.ReadableBytes <= ReplayBytesAtMost;
        var dialogs = ladders && small ? new FailingDialogs(result) : null;
        var around = excerpts ? new TimelineExcerpts(result) : null;
        if (dialogs is { Wanted: true } || around is { Wanted: true })
        {
            foreach (var e in session.Replay())
            {
                dialogs?.Observe(e);
                around?.Observe(e);
            }
        }

        var drawn = dialogs?.Ladders().ToList() ?? [];
        if (ladders && drawn.Count < FailingDialogs.MaxDialogs)
        {
            // The findings whose dialogs the replay did not draw (all of them, past the size): by location.
            var callIds = new HashSet<string>(drawn.Select(d => d.CallId), StringComparer.OrdinalIgnoreCase);
            var findings = result.AllFindings.Where(f => !small || f.CallIds.Count == 0);
            drawn.AddRange(DialogsByLocation.Find(session, findings, callIds, FailingDialogs.MaxDialogs - drawn.Count));
        }

        return (drawn, around?.Excerpts() ?? []);
    }
}
