using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>Writes timeline events one by one, so that output streams as the inputs are read.</summary>
public interface ITimelineWriter : IDisposable
{
    void Write(TimelineEvent e);
}
