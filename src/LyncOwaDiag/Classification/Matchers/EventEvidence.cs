using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>Turns a matched event into evidence and offers the names every event has (host, user, file, line …).</summary>
internal static class EventEvidence
{
    /// <summary>The event's summary is the excerpt: every reader already makes it one line of at most 240 characters.</summary>
    public static Evidence Of(TimelineEvent e) => new(e.Location, e.Timestamp, e.TimeQuality, e.Summary);

    /// <summary>Offers the event's standard names to the rule's text; they are read only if a finding uses them.</summary>
    public static void BindStandard(TimelineEvent e, Bindings bindings) => bindings.BindStandard(e);
}
