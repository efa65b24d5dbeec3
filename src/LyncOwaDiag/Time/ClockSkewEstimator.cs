using System.Globalization;
using System.Net;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Time;

/// <summary>
/// Estimates clock skew between hosts from SIP messages both logged: the same message on the same hop (Call-ID,
/// CSeq, method, status and the top Via's branch, which each hop's sender sets anew) seen outgoing on one host and
/// incoming on another. With θ the skew of B against A, a message A→B shows d₁ = delay + θ and one B→A shows
/// d₂ = delay − θ; delays are never negative, so θ lies in [−min d₂, min d₁] and the estimate is the middle (as NTP
/// does). At least three pairs, in both directions, are needed. A host paired only with another non-reference host
/// is placed through it (the bounds add up). Memory is bounded: a fixed number of keys, a few sightings per key.
/// </summary>
public sealed class ClockSkewEstimator
{
    private const int MaxKeys = 200_000;
    private const int MaxSightingsEachWay = 4;
    private const int MinimumPairs = 3;
    private readonly Dictionary<MessageKey, Sighting> _sightings = [];
    private readonly Func<string, string?> _knownName;

    /// <summary>What <c>knownName</c> answers for a name that may stand for any of several hosts (a pool's FQDN).</summary>
    public const string AnyHost = "*";

    /// <param name="knownName">
    /// The host key a name or IP address belongs to when the bundle says so (its servers' names, IPs included),
    /// <see cref="AnyHost"/> for a pool's name, or null when the bundle does not say; then a name is known by its
    /// first DNS label and an IP address only by what the paired hops teach.
    /// </param>
    public ClockSkewEstimator(Func<string, string?>? knownName = null) => _knownName = knownName ?? (_ => null);

    /// <summary>A message on one hop: what both of its ends log alike.</summary>
    public readonly record struct MessageKey(string CallId, long CSeq, string Method, int Status, string? Branch);

    /// <summary>One end's sighting: who logged it, whom it names as the other end, when, and where.</summary>
    public readonly record struct Seen(string Host, string? Peer, string? SentBy, DateTimeOffset Time, SourceLocation Location, TimeQuality Quality);

    private sealed class Sighting
    {
        public List<Seen>? Outgoing;
        public List<Seen>? Incoming;

        /// <summary>Hosts that logged the message twice the same way (a retransmission): which copy the other end saw is unknown.</summary>
        public List<string>? Repeated;
    }

    /// <summary>What the estimate keeps of one SIP message: small enough to gather from many traces at once.</summary>
    public readonly record struct Message(MessageKey Key, bool Outgoing, Seen Seen);

    /// <summary>The message an event is, for the estimate, or null when it is no SIP message with a direction.</summary>
    public static Message? Of(TimelineEvent e)
    {
        if (e.Payload is not SipMessage { CallId: { } callId, CSeqNumber: { } cseq } m || e.Host is null || m.DirectionWord is not ("incoming" or "outgoing"))
        {
            return null;
        }

        return new Message(new MessageKey(callId, cseq, m.TransactionMethod, m.StatusCode ?? 0, m.ViaBranch), m.DirectionWord == "outgoing",
            new Seen(HostKey(e.Host), m.Peer is null ? null : PeerAddress(m.Peer), m.ViaSentBy is null ? null : PeerAddress(m.ViaSentBy), e.Timestamp, e.Location, e.TimeQuality));
    }

    public void Observe(TimelineEvent e)
    {
        if (Of(e) is { } message)
        {
            Observe(message);
        }
    }

    /// <summary>The first sighting of each host each way is kept: feed traces in a fixed order and the estimate is the same every run.</summary>
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

        ref var list = ref message.Outgoing ? ref sighting.Outgoing : ref sighting.Incoming;
        list ??= new List<Seen>(2);
        var host = message.Seen.Host;
        if (list.Exists(s => s.Host == host))
        {
            sighting.Repeated ??= [];
            if (!sighting.Repeated.Contains(host))
            {
                sighting.Repeated.Add(host);
            }
        }
        else if (list.Count < MaxSightingsEachWay)
        {
            list.Add(message.Seen);
        }
    }

    /// <summary>
    /// The addresses <see cref="Estimate"/> learned for hosts (an IP address or service name a peer logged for it),
    /// with where the first was seen: names a server has beside those its own files give.
    /// </summary>
    public IReadOnlyList<(string Address, string Host, SourceLocation Where)> LearnedAddresses { get; private set; } = [];

    /// <summary>The skew of every host paired with the reference (the host in most pairs), relative to it.</summary>
    public IReadOnlyList<ClockSkew> Estimate()
    {
        var addresses = LearnAddresses();
        var delays = new Dictionary<(string From, string To), List<(double Delay, string What, Evidence Sent, Evidence Received)>>();
        foreach (var (key, s) in _sightings)
        {
            if (s.Outgoing is not { } outgoing || s.Incoming is not { } incoming)
            {
                continue;
            }

            foreach (var o in outgoing)
            {
                foreach (var i in incoming)
                {
                    // The same message incoming and outgoing on one host is a relay, not a pair; and the sender must
                    // have sent it to the receiver and the receiver have had it from the sender, by any of their names.
                    if (o.Host == i.Host || s.Repeated is { } repeated && (repeated.Contains(o.Host) || repeated.Contains(i.Host))
                        || Contradicts(o.Peer, i.Host, addresses) || Contradicts(i.Peer, o.Host, addresses)
                        || Contradicts(i.SentBy, key.Status == 0 ? o.Host : i.Host, addresses))
                    {
                        continue;
                    }

                    var pair = (o.Host, i.Host);
                    if (!delays.TryGetValue(pair, out var list))
                    {
                        delays[pair] = list = [];
                    }

                    var what = $"{key.Method} {(key.Status == 0 ? "request" : key.Status.ToString(CultureInfo.InvariantCulture))} Call-ID {key.CallId} CSeq {key.CSeq}";
                    var delay = (i.Time - o.Time).TotalMilliseconds;
                    list.Add((delay, what,
                        new Evidence(o.Location, o.Time, o.Quality, $"{what}: sent by {o.Host}"),
                        new Evidence(i.Location, i.Time, i.Quality, $"{what}: received by {i.Host}, {delay.ToString("+0;-0", CultureInfo.InvariantCulture)} ms after it was sent as the two clocks read")));
                }
            }
        }

        return Place(delays);
    }

    /// <summary>
    /// Each host's skew against the reference: first the hosts paired with it, then, through them, the hosts paired
    /// only with those (θ and its bounds add along the way).
    /// </summary>
    private static List<ClockSkew> Place(Dictionary<(string From, string To), List<(double Delay, string What, Evidence Sent, Evidence Received)>> delays)
    {
        var hosts = delays.Keys.SelectMany(k => new[] { k.From, k.To }).Distinct().ToList();
        if (hosts.Count < 2)
        {
            return [];
        }

        var reference = hosts.OrderByDescending(h => delays.Where(d => d.Key.From == h || d.Key.To == h).Sum(d => d.Value.Count)).ThenBy(h => h, StringComparer.Ordinal).First();
        var placed = new Dictionary<string, (double Theta, double Low, double High)>(StringComparer.Ordinal) { [reference] = (0, 0, 0) };
        var result = new List<ClockSkew>();
        var frontier = new Queue<string>([reference]);
        while (frontier.TryDequeue(out var from))
        {
            foreach (var host in hosts.Where(h => !placed.ContainsKey(h)).Order(StringComparer.Ordinal))
            {
                if (!delays.TryGetValue((from, host), out var toHost) || !delays.TryGetValue((host, from), out var toFrom)
                    || toHost.Count + toFrom.Count < MinimumPairs)
                {
                    continue;
                }

                // θ = host clock − the other's clock ∈ [−min d(host→other), min d(other→host)].
                var high = toHost.Min(d => d.Delay);
                var low = -toFrom.Min(d => d.Delay);
                var (baseTheta, baseLow, baseHigh) = placed[from];
                var theta = baseTheta + ((high + low) / 2);
                placed[host] = (theta, baseLow + low, baseHigh + high);
                frontier.Enqueue(host);

                // The tightest pair each way bounds the skew: those are the evidence.
                var best = toHost.OrderBy(d => d.Delay).Take(2).Concat(toFrom.OrderBy(d => d.Delay).Take(2)).ToList();
                result.Add(new ClockSkew(host, reference, TimeSpan.FromMilliseconds(-theta), TimeSpan.FromMilliseconds(-(baseHigh + high)), TimeSpan.FromMilliseconds(-(baseLow + low)),
                    toHost.Count + toFrom.Count, best.Select(d => d.What).ToList())
                {
                    Messages = best.SelectMany(d => new[] { d.Sent, d.Received }).ToList(),
                    Through = from == reference ? null : from,
                });
            }
        }

        return result.OrderBy(s => s.Host, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Addresses learned from the hops whose branch both ends logged: the receiver's peer names the sender and the
    /// sender's peer the receiver; the top Via's sent-by names a request's sender and a response's receiver. So an IP
    /// address, or a service name (a partner's <c>sip.fabrikam.com</c> logged by a machine called otherwise), is known
    /// for the host it stands for. An address seen for two hosts is dropped as ambiguous (NAT, a load balancer).
    /// </summary>
    private Dictionary<string, string> LearnAddresses()
    {
        var learned = new Dictionary<string, (string? Host, SourceLocation Where)>(StringComparer.OrdinalIgnoreCase);
        void Learn(string? address, string host, SourceLocation where)
        {
            if (address is null || _knownName(address) is not null || (!IsAddress(address) && HostKey(address) == host))
            {
                return;
            }

            learned[address] = learned.TryGetValue(address, out var known) ? (known.Host == host ? known.Host : null, known.Where) : (host, where);
        }

        foreach (var (key, s) in _sightings)
        {
            if (key.Branch is null || s.Outgoing is not [var o] || s.Incoming is not [var i] || o.Host == i.Host || s.Repeated is not null)
            {
                continue;
            }

            Learn(i.Peer, o.Host, i.Location);
            Learn(i.SentBy, key.Status == 0 ? o.Host : i.Host, i.Location);
            Learn(o.Peer, i.Host, o.Location);
        }

        LearnedAddresses = learned.Where(l => l.Value.Host is not null).OrderBy(l => l.Key, StringComparer.OrdinalIgnoreCase)
            .Select(l => (l.Key, l.Value.Host!, l.Value.Where)).ToList();
        return LearnedAddresses.ToDictionary(l => l.Address, l => l.Host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether a logged address names a host other than <paramref name="host"/>; an address nothing names contradicts nothing.</summary>
    private bool Contradicts(string? address, string host, Dictionary<string, string> learned)
    {
        if (address is null)
        {
            return false;
        }

        var known = _knownName(address) ?? (learned.TryGetValue(address, out var h) ? h : IsAddress(address) ? null : HostKey(address));
        return known is not null && known != AnyHost && known != host;
    }

    private static bool IsAddress(string text) => IPAddress.TryParse(text.Trim('[', ']'), out _);

    /// <summary>The host part of a peer or sent-by (<c>host:port</c>, <c>[v6]:port</c>), an IPv6 address unbracketed.</summary>
    private static string PeerAddress(string peer) => Parsing.SipStack.SipStackEventFactory.PeerHost(peer).Trim('[', ']');

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
