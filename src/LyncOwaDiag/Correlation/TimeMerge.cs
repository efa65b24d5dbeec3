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
            for (var i = 0; i < streams.Count; i++)
            {
                var enumerator = streams[i].GetEnumerator();
                enumerators.Add(enumerator);
                if (enumerator.MoveNext())
                {
                    queue.Enqueue(i, (enumerator.Current.Timestamp, i, order++));
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
