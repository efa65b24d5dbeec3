using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// k-way merge of per-file event streams by timestamp. Stable: on equal times the earlier stream wins, and within a
/// stream the order of the file is kept. Only one event per stream is held at a time.
/// </summary>
public static class TimeMerge
{
    public static IEnumerable<TimelineEvent> Merge(IReadOnlyList<IEnumerable<TimelineEvent>> streams)
    {
        if (streams.Count == 1)
        {
            foreach (var e in streams[0])
            {
                yield return e;
            }

            yield break;
        }

        var enumerators = new List<IEnumerator<TimelineEvent>>(streams.Count);
        var queue = new PriorityQueue<int, (DateTimeOffset Time, int Stream, long Order)>();
        long order = 0;
        try
        {
            // Every stream is started before any is waited on, so streams that read ahead all read at once.
            foreach (var stream in streams)
            {
                enumerators.Add(stream.GetEnumerator());
            }

            for (var i = 0; i < enumerators.Count; i++)
            {
                if (enumerators[i].MoveNext())
                {
                    queue.Enqueue(i, (enumerators[i].Current.Timestamp, i, order++));
                }
            }

            while (queue.TryDequeue(out var index, out _))
            {
                var enumerator = enumerators[index];
                yield return enumerator.Current;
                if (enumerator.MoveNext())
                {
                    queue.Enqueue(index, (enumerator.Current.Timestamp, index, order++));
                }
            }
        }
        finally
        {
            foreach (var enumerator in enumerators)
            {
                enumerator.Dispose();
            }
        }
    }
}
