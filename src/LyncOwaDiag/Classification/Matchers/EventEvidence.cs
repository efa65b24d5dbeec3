using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>Turns a matched event into evidence.</summary>
internal static class EventEvidence
{
    /// <summary>The event's summary is the excerpt: every reader already makes it one line (its whole message; views cut it when they draw).</summary>
    public static Evidence Of(TimelineEvent e) => new(e.Location, e.Timestamp, e.TimeQuality, e.Summary);
}
