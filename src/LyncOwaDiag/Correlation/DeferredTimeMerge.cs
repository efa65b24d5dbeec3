using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// The merge of <see cref="TimeMerge"/> over many files, each opened only when the timeline reaches it: a thousand
/// rolled trace files cost the memory of the few that overlap, not of all their first windows at once. Each stream
/// comes with the time of its first event (found by a look ahead); it is opened no later than the merge reaches that
/// time (on equal times, before a later stream's event), so the order is exactly <see cref="TimeMerge"/>'s: a stream
/// contributes nothing before its first event, and ties go to the earlier stream. A few more are opened ahead so
/// that reading overlaps with the merge.
/// </summary>
public static class DeferredTimeMerge
{
    /// <param name="streams">Each stream's first event time (null when the look ahead found none: opened first, so
    /// that what its read reports is reported) and how to open it.</param>
    /// <param name="openAhead">How many streams may be open beyond those the timeline needs now.</param>
    public static IEnumerable<TimelineEvent> Merge(IReadOnlyList<(DateTimeOffset? First, Func<IEnumerable<TimelineEvent>> Open)> streams, int openAhead)
    {
        var pending = new Queue<int>(Enumerable.Range(0, streams.Count).OrderBy(i => streams[i].First ?? DateTimeOffset.MinValue).ThenBy(i => i));
        var open = new IEnumerator<TimelineEvent>?[streams.Count];
        var queue = new PriorityQueue<int, (DateTimeOffset Time, int Stream, long Order)>();
        var active = 0;
        long order = 0;

        void Open(int i)
        {
            var enumerator = streams[i].Open().GetEnumerator();
            if (enumerator.MoveNext())
            {
                open[i] = enumerator;
                active++;
                queue.Enqueue(i, (enumerator.Current.Timestamp, i, order++));
            }
            else
            {
                enumerator.Dispose();
            }
        }

        // A pending stream must be open before the merge hands out an event that would come after its first one.
        bool Needed(int i) =>
            !queue.TryPeek(out _, out var top)
            || (streams[i].First ?? DateTimeOffset.MinValue) < top.Time
            || ((streams[i].First ?? DateTimeOffset.MinValue) == top.Time && i < top.Stream);

        try
        {
            while (true)
            {
                while (pending.TryPeek(out var next) && (active < openAhead || Needed(next)))
                {
                    Open(pending.Dequeue());
                }

                if (!queue.TryDequeue(out var index, out _))
                {
                    yield break;
                }

                var enumerator = open[index]!;
                yield return enumerator.Current;
                if (enumerator.MoveNext())
                {
                    queue.Enqueue(index, (enumerator.Current.Timestamp, index, order++));
                }
                else
                {
                    enumerator.Dispose();
                    open[index] = null;
                    active--;
                }
            }
        }
        finally
        {
            foreach (var enumerator in open)
            {
                enumerator?.Dispose();
            }
        }
    }
}
