using LyncOwaDiag.Model;

namespace LyncOwaDiag.Time;

/// <summary>
/// Infers the UTC offset of a local-time export (event CSV/TXT, wevtutil text) when the bundle holds the same
/// events with UTC times: an EVTX or event XML export of the same log, or, for MSExchange OWA 112, the IM log's
/// "EndpointManager initialized successfully" row written right after it. The differences are rounded to whole
/// quarter hours; the offset most pairs agree on wins, unless another is as strong.
/// </summary>
public sealed class LocalOffsetInference
{
    private const int MaxPerSide = 20_000;
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(90);
    private readonly List<(string Key, DateTime Local)> _local = [];
    private readonly Dictionary<string, List<DateTimeOffset>> _utc = new(StringComparer.OrdinalIgnoreCase);

    public void ObserveLocal(TimelineEvent e)
    {
        if (_local.Count < MaxPerSide && e.Payload is EventLogRecord r && e.TimeQuality == TimeQuality.LocalUnknownOffset)
        {
            _local.Add(($"{r.Provider}/{r.EventId}", e.Timestamp.DateTime));
        }
    }

    public void ObserveUtc(TimelineEvent e)
    {
        string? key = e.Payload switch
        {
            EventLogRecord r when e.TimeQuality == TimeQuality.Exact => $"{r.Provider}/{r.EventId}",
            OwaImEntry { Message: "endpoint-manager-initialized" } => "MSExchange OWA/112",
            _ => null,
        };
        if (key is null)
        {
            return;
        }

        if (!_utc.TryGetValue(key, out var list))
        {
            _utc[key] = list = [];
        }

        if (list.Count < MaxPerSide)
        {
            list.Add(e.Timestamp);
        }
    }

    /// <summary>The offset (local − UTC) and how many pairs agree, or null when the evidence is too thin.</summary>
    public (TimeSpan Offset, int Pairs, int Candidates)? Infer()
    {
        var votes = new Dictionary<TimeSpan, int>();
        foreach (var (key, local) in _local)
        {
            if (!_utc.TryGetValue(key, out var times))
            {
                continue;
            }

            // Each local event votes once per quarter-hour offset it fits.
            var fits = new HashSet<TimeSpan>();
            foreach (var utc in times)
            {
                var difference = local - utc.UtcDateTime;
                var quarters = Math.Round(difference.TotalMinutes / 15);
                var rounded = TimeSpan.FromMinutes(quarters * 15);
                if ((difference - rounded).Duration() <= Tolerance && rounded.Duration() <= TimeSpan.FromHours(14))
                {
                    fits.Add(rounded);
                }
            }

            foreach (var fit in fits)
            {
                votes[fit] = votes.GetValueOrDefault(fit) + 1;
            }
        }

        if (votes.Count == 0)
        {
            return null;
        }

        // One pair is enough when nothing contradicts it (event 112 beside the IM log's row is often all there is);
        // a tie between two offsets (a DST change inside the export, say) is not resolved by guessing.
        var ranked = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Duration()).ToList();
        return ranked.Count == 1 || ranked[0].Value > ranked[1].Value ? (ranked[0].Key, ranked[0].Value, _local.Count) : null;
    }
}
