using LyncOwaDiag.Model;

namespace LyncOwaDiag.Time;

/// <summary>
/// Estimates clock skew between hosts from SIP messages both logged: the same Call-ID, CSeq and method (and status,
/// for responses) seen outgoing on one host and incoming on the other. With θ the skew of B against A, a message
/// A→B shows d₁ = delay + θ and one B→A shows d₂ = delay − θ; delays are never negative, so θ lies in
/// [−min d₂, min d₁] and the estimate is the middle (as NTP does). At least three pairs, in both directions, are
/// needed. Memory is bounded: only the first messages of each direction are kept.
/// </summary>
public sealed class ClockSkewEstimator
{
    private const int MaxKeys = 200_000;
    private const int MinimumPairs = 3;
    private readonly Dictionary<(string, long, string, int), Sighting> _sightings = [];

    private sealed class Sighting
    {
        public (string Host, string? Peer, DateTimeOffset Time, SourceLocation Location, TimeQuality Quality)? Outgoing;
        public (string Host, string? Peer, DateTimeOffset Time, SourceLocation Location, TimeQuality Quality)? Incoming;
    }

    /// <summary>What the estimate keeps of one SIP message: small enough to gather from many traces at once.</summary>
    public readonly record struct Message(
        (string CallId, long CSeq, string Method, int Status) Key,
        bool Outgoing,
        (string Host, string? Peer, DateTimeOffset Time, SourceLocation Location, TimeQuality Quality) Seen);

    /// <summary>The message an event is, for the estimate, or null when it is no SIP message with a direction.</summary>
    public static Message? Of(TimelineEvent e)
    {
        if (e.Payload is not SipMessage { CallId: { } callId, CSeqNumber: { } cseq } m || e.Host is null || m.DirectionWord is not ("incoming" or "outgoing"))
        {
            return null;
        }

        return new Message((callId, cseq, m.TransactionMethod, m.StatusCode ?? 0), m.DirectionWord == "outgoing",
            (HostKey(e.Host), m.Peer is null ? null : HostKey(m.Peer), e.Timestamp, e.Location, e.TimeQuality));
    }

    public void Observe(TimelineEvent e)
    {
        if (Of(e) is { } message)
        {
            Observe(message);
        }
    }

    /// <summary>The first sighting each way is kept: feed traces in a fixed order and the estimate is the same every run.</summary>
    public void Observe(Message message)
    {
        if (!_sightings.TryGetValue(message.Key, out var sighting))
        {
            if (_sightings.Count >= MaxKeys)
            {
                return;
            }

            _sightings[message.Key] = sighting = new Sighting();
        }

        if (message.Outgoing)
        {
            sighting.Outgoing ??= message.Seen;
        }
        else
        {
            sighting.Incoming ??= message.Seen;
        }
    }

    /// <summary>The skew of every host paired with the reference (the host in most pairs), relative to it.</summary>
    public IReadOnlyList<ClockSkew> Estimate()
    {
        // (from, to) → one-way delays as logged
        var delays = new Dictionary<(string From, string To), List<(double Delay, string What, Evidence Sent, Evidence Received)>>();
        foreach (var (key, s) in _sightings)
        {
            if (s.Outgoing is not { } o || s.Incoming is not { } i || o.Host == i.Host)
            {
                continue;
            }

            // The sender must have sent it to the receiver (first DNS label), so forks and relays are not paired.
            if (o.Peer is not null && o.Peer != i.Host)
            {
                continue;
            }

            var pair = (o.Host, i.Host);
            if (!delays.TryGetValue(pair, out var list))
            {
                delays[pair] = list = [];
            }

            var what = $"{key.Item3} {(key.Item4 == 0 ? "request" : key.Item4.ToString(System.Globalization.CultureInfo.InvariantCulture))} Call-ID {key.Item1} CSeq {key.Item2}";
            list.Add(((i.Time - o.Time).TotalMilliseconds, what,
                new Evidence(o.Location, o.Time, o.Quality, $"{what}: sent by {o.Host}"),
                new Evidence(i.Location, i.Time, i.Quality, $"{what}: received by {i.Host}, {(i.Time - o.Time).TotalMilliseconds.ToString("+0;-0", System.Globalization.CultureInfo.InvariantCulture)} ms after it was sent as the two clocks read")));
        }

        var hosts = delays.Keys.SelectMany(k => new[] { k.From, k.To }).Distinct().ToList();
        if (hosts.Count < 2)
        {
            return [];
        }

        var reference = hosts.OrderByDescending(h => delays.Where(d => d.Key.From == h || d.Key.To == h).Sum(d => d.Value.Count)).ThenBy(h => h, StringComparer.Ordinal).First();
        var result = new List<ClockSkew>();
        foreach (var host in hosts.Where(h => h != reference).Order(StringComparer.Ordinal))
        {
            if (!delays.TryGetValue((reference, host), out var toHost) || !delays.TryGetValue((host, reference), out var toReference)
                || toHost.Count + toReference.Count < MinimumPairs)
            {
                continue;
            }

            // θ = host clock − reference clock ∈ [−min d(host→ref), min d(ref→host)].
            var high = toHost.Min(d => d.Delay);
            var low = -toReference.Min(d => d.Delay);
            var theta = (high + low) / 2;
            // The tightest pair each way bounds the skew: those are the evidence.
            var best = toHost.OrderBy(d => d.Delay).Take(2).Concat(toReference.OrderBy(d => d.Delay).Take(2)).ToList();
            result.Add(new ClockSkew(host, reference, TimeSpan.FromMilliseconds(-theta), TimeSpan.FromMilliseconds(-high), TimeSpan.FromMilliseconds(-low),
                toHost.Count + toReference.Count, best.Select(d => d.What).ToList())
            {
                Messages = best.SelectMany(d => new[] { d.Sent, d.Received }).ToList(),
            });
        }

        return result;
    }

    /// <summary>Hosts compare by their first DNS label, in lower case: <c>ATL-CS-001</c> is <c>atl-cs-001.litwareinc.com</c>.</summary>
    public static string HostKey(string host)
    {
        var trimmed = host.Trim();
        var colon = trimmed.LastIndexOf(':');
        if (colon > 0 && trimmed.IndexOf(':') == colon)
        {
            trimmed = trimmed[..colon];
        }

        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        return (dot > 0 && !char.IsAsciiDigit(trimmed[0]) ? trimmed[..dot] : trimmed).ToLowerInvariant();
    }
}
