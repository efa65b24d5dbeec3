using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// For each finding, the events from shortly before its first evidence to shortly after (snapshot facts left out:
/// their time is a file's), at most <see cref="MaxEvents"/>: one more read of the inputs, done only for the HTML report.
/// </summary>
public static class TimelineExcerpts
{
    public const int MaxEvents = 40;

    private static readonly TimeSpan Before = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan After = TimeSpan.FromSeconds(30);

    public static IReadOnlyList<TimelineExcerpt> Collect(DiagnoseOptions options, DiagnosisResult result)
    {
        var windows = result.Findings
            .Select(f => (f.RuleId, Anchor: f.Evidence.Where(e => !e.Location.File.EndsWith("web.config", StringComparison.OrdinalIgnoreCase)).Select(e => (DateTimeOffset?)e.Time).Min() ?? f.FirstSeen))
            .Where(w => w.Anchor is not null)
            .Select(w => (w.RuleId, From: w.Anchor!.Value - Before, To: w.Anchor.Value + After, Events: new List<TimelineEvent>()))
            .ToList();
        if (windows.Count == 0)
        {
            return [];
        }

        using var session = TimelineSession.Open(options);
        foreach (var e in session.Events())
        {
            if (e.Source == EventSource.Config)
            {
                continue;
            }

            foreach (var w in windows)
            {
                if (e.Timestamp >= w.From && e.Timestamp <= w.To && w.Events.Count < MaxEvents)
                {
                    w.Events.Add(e);
                }
            }
        }

        return windows.Select(w => new TimelineExcerpt(w.RuleId, w.Events)).ToList();
    }
}
