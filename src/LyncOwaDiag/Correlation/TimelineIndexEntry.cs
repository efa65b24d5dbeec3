using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// One event of a <see cref="TimelineIndex"/>: when, how bad, from where; 48 bytes where the event with its
/// strings and payload takes a kilobyte or more. The rest is re-read from the file when it is looked at.
/// </summary>
public readonly record struct TimelineIndexEntry(long UtcTicks, long FirstLine, long ByteOffset, int File, int LineCount, Severity Severity, EventSource Source, TimeQuality TimeQuality)
{
    public DateTimeOffset Timestamp => new(UtcTicks, TimeSpan.Zero);
}
