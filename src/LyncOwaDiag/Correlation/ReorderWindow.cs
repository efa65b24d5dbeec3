using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// Sorts a nearly-sorted stream with bounded memory: holds up to <c>capacity</c> events and always releases the
/// oldest. Repairs the out-of-order stretches of one file (several CLS searches appended to one output file,
/// interleaved machines); an event further out of place than the window is emitted late rather than dropped.
/// Stable: equal times keep file order.
/// </summary>
public static class ReorderWindow
{
    public const int DefaultCapacity = 4096;

    public static IEnumerable<TimelineEvent> Sort(IEnumerable<TimelineEvent> events, int capacity = DefaultCapacity)
    {
        var window = new PriorityQueue<TimelineEvent, (DateTimeOffset Time, long Order)>();
        long order = 0;
        foreach (var e in events)
        {
            window.Enqueue(e, (e.Timestamp, order++));
            if (window.Count > capacity)
            {
                yield return window.Dequeue();
            }
        }

        while (window.TryDequeue(out var e, out _))
        {
            yield return e;
        }
    }
}
