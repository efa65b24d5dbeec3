using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// For each finding, the events from shortly before its first evidence to shortly after (snapshot facts left out:
/// their time is a file's), at most <see cref="MaxEvents"/>. Fed by the one extra read <see cref="ReportExtras"/> makes.
/// </summary>
internal sealed class TimelineExcerpts
{
    public const int MaxEvents = 40;

    private static readonly TimeSpan Around = TimeSpan.FromSeconds(30);

    private readonly List<(string RuleId, DateTimeOffset From, DateTimeOffset To, List<TimelineEvent> Events)> _windows;

    public TimelineExcerpts(DiagnosisResult result) =>
        // FirstSeen is dated by events, not by a snapshot's file time, wherever the finding has events.
        _windows = result.Findings
            .Where(f => f.FirstSeen is not null)
            .Select(f => (f.RuleId, f.FirstSeen!.Value - Around, f.FirstSeen.Value + Around, new List<TimelineEvent>()))
            .ToList();

    public bool Wanted => _windows.Count > 0;

    public void Observe(TimelineEvent e)
    {
        if (e.Source == EventSource.Config)
        {
            return;
        }

        foreach (var w in _windows)
        {
            if (e.Timestamp >= w.From && e.Timestamp <= w.To && w.Events.Count < MaxEvents)
            {
                w.Events.Add(e);
            }
        }
    }

    public IReadOnlyList<TimelineExcerpt> Excerpts() => _windows.Select(w => new TimelineExcerpt(w.RuleId, w.Events)).ToList();
}
