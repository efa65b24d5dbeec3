using LyncOwaDiag.Model;

namespace LyncOwaDiag.Time;

/// <summary>
/// Puts an event's time into UTC when the user told us the zone of its file: an assumed-UTC or unknown-offset
/// wall-clock time becomes offset-applied. Exact UTC times are never touched.
/// </summary>
public static class TimeNormaliser
{
    public static TimelineEvent Apply(TimelineEvent e, TimeZoneSpec? zone)
    {
        if (zone is null || e.TimeQuality is not (TimeQuality.AssumedUtc or TimeQuality.LocalUnknownOffset))
        {
            return e;
        }

        return e with { Timestamp = zone.ToUtc(e.Timestamp.DateTime), TimeQuality = TimeQuality.OffsetApplied };
    }
}
