using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>Turns a matched event into evidence.</summary>
internal static class EventEvidence
{
    /// <summary>The event's summary is the excerpt: every reader already makes it one line of at most 240 characters.</summary>
    public static Evidence Of(TimelineEvent e) => new(e.Location, e.Timestamp, e.TimeQuality, e.Summary);
}
