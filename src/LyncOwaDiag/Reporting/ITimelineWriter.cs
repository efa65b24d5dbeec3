using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>Writes timeline events one by one, so that output streams as the inputs are read.</summary>
public interface ITimelineWriter : IDisposable
{
    void Write(TimelineEvent e);

    /// <summary>Pushes what was written out to the reader (--follow flushes after each batch of appended events).</summary>
    void Flush();
}
