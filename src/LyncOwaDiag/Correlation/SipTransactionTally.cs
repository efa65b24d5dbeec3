using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// Pairs requests with their final responses while the timeline streams past, per host (a response time is then
/// read on one clock, so clock skew cannot distort it). A proxy logs a request in and out and its response in and
/// out: the first request leg opens the transaction, the first final response closes it, later legs are not
/// counted again. Memory stays bounded on multi-GB traces: only open requests are held, compactly, and a request
/// unanswered for <see cref="GiveUpAfter"/> of timeline time (or pushed out by <see cref="MaxOpen"/> younger ones)
/// is counted as unanswered and let go.
/// </summary>
public sealed class SipTransactionTally
{
    /// <summary>Longer than any SIP transaction timer (Timer B/F are 32 s) and than an INVITE left ringing.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(5);

    public const int MaxOpen = 100_000;

    private const int Examples = 5;

    private readonly Dictionary<(string Host, string CallId, long CSeq, string Method), OpenRequest> _open = [];
    private readonly Queue<(string Host, string CallId, long CSeq, string Method)> _arrival = new();
    private readonly List<SipTransactionSample> _unansweredExamples = [];
    private readonly Dictionary<int, long> _failures = [];
    private long _answered;
    private long _gaveUp;
    private long _totalTicks;
    private SipTransactionSample? _slowest;

    private readonly record struct OpenRequest(long Ticks, string? Host, string CallId, long CSeq, string Method, SourceLocation Location)
    {
        public SipTransactionSample Sample(TimeSpan? time, int? status) => new(Host, Method, CallId, CSeq, Location, time, status);
    }

    public void Add(TimelineEvent e)
    {
        if (e.Payload is not SipMessage { CallId: { } callId, CSeqNumber: { } cseq } m)
        {
            return;
        }

        GiveUpOlderThan(e.Timestamp.UtcTicks - GiveUpAfter.Ticks);
        var method = m.TransactionMethod;
        var key = (e.Host?.ToUpperInvariant() ?? string.Empty, callId.ToUpperInvariant(), cseq, method);
        if (m.IsRequest)
        {
            // ACK is never answered, and BENOTIFY (Lync's best-effort NOTIFY) by design gets no response either.
            if (method is not ("ACK" or "BENOTIFY") && _open.TryAdd(key, new OpenRequest(e.Timestamp.UtcTicks, e.Host, callId, cseq, method, e.Location)))
            {
                _arrival.Enqueue(key);
                if (_open.Count > MaxOpen)
                {
                    GiveUpOlderThan(long.MinValue, untilCount: MaxOpen);
                }
            }

            return;
        }

        if (m.StatusCode is not >= 200 || !_open.Remove(key, out var request))
        {
            return;
        }

        _answered++;
        var time = TimeSpan.FromTicks(e.Timestamp.UtcTicks - request.Ticks);
        _totalTicks += time.Ticks;
        if (m.StatusCode >= 400)
        {
            _failures[m.StatusCode.Value] = _failures.GetValueOrDefault(m.StatusCode.Value) + 1;
        }

        if (_slowest is null || time > _slowest.ResponseTime)
        {
            _slowest = request.Sample(time, m.StatusCode);
        }
    }

    public SipTransactionSummary Summary()
    {
        var stillOpen = _open.Values.OrderBy(o => o.Ticks).Select(o => o.Sample(null, null));
        return new SipTransactionSummary
        {
            Answered = _answered,
            FailuresByStatus = new Dictionary<int, long>(_failures),
            Unanswered = _gaveUp + _open.Count,
            UnansweredExamples = _unansweredExamples.Concat(stillOpen).Take(Examples).ToList(),
            MeanResponseTime = _answered == 0 ? null : TimeSpan.FromTicks(_totalTicks / _answered),
            Slowest = _slowest,
        };
    }

    /// <summary>Lets go of the oldest open requests: those older than <paramref name="ticks"/>, or beyond a count.</summary>
    private void GiveUpOlderThan(long ticks, int untilCount = int.MaxValue)
    {
        while (_arrival.TryPeek(out var key))
        {
            if (!_open.TryGetValue(key, out var request))
            {
                _arrival.Dequeue();
                continue;
            }

            if (request.Ticks >= ticks && _open.Count <= untilCount)
            {
                return;
            }

            _arrival.Dequeue();
            _open.Remove(key);
            _gaveUp++;
            if (_unansweredExamples.Count < Examples)
            {
                _unansweredExamples.Add(request.Sample(null, null));
            }
        }
    }
}
