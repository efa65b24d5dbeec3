using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// Everything about one user, host or certificate in one lookup: every key of every event (SIP URIs, SMTP
/// addresses, FQDNs, IP:port, thumbprints, Call-IDs, event ids) with how often and when it was seen and where. Bounded:
/// at most <see cref="MaxKeys"/> keys and <see cref="MaxLocations"/> locations per key are kept; counts are exact.
/// </summary>
public sealed class EntityIndex
{
    public const int MaxKeys = 200_000;
    public const int MaxLocations = 64;
    private readonly Dictionary<EventKey, Entry> _entries = [];

    public sealed class Entry(EventKey key)
    {
        public EventKey Key { get; } = key;

        public long Count { get; internal set; }

        public DateTimeOffset First { get; internal set; } = DateTimeOffset.MaxValue;

        public DateTimeOffset Last { get; internal set; } = DateTimeOffset.MinValue;

        public List<SourceLocation> Locations { get; } = [];

        public HashSet<string> Hosts { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    public int Count => _entries.Count;

    public void Add(TimelineEvent e)
    {
        foreach (var key in e.Keys)
        {
            var normalised = Normalise(key);
            if (!_entries.TryGetValue(normalised, out var entry))
            {
                if (_entries.Count >= MaxKeys)
                {
                    continue;
                }

                _entries[normalised] = entry = new Entry(normalised);
            }

            entry.Count++;
            entry.First = e.Timestamp < entry.First ? e.Timestamp : entry.First;
            entry.Last = e.Timestamp > entry.Last ? e.Timestamp : entry.Last;
            if (entry.Locations.Count < MaxLocations)
            {
                entry.Locations.Add(e.Location);
            }

            if (e.Host is not null && entry.Hosts.Count < 16)
            {
                entry.Hosts.Add(e.Host);
            }
        }
    }

    /// <summary>
    /// The entries a person means by <paramref name="text"/>: a user as <c>kim@contoso.com</c> or
    /// <c>sip:kim@contoso.com</c> (both SIP and SMTP), a host by FQDN or its first label, a thumbprint with any
    /// spacing or case, a Call-ID or an event id as written.
    /// </summary>
    public IReadOnlyList<Entry> Lookup(string text)
    {
        var trimmed = text.Trim();
        var bare = trimmed.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
        var thumbprint = string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return _entries.Values.Where(entry => entry.Key.Kind switch
            {
                KeyKind.SipUri => string.Equals(entry.Key.Value, "sip:" + bare, StringComparison.OrdinalIgnoreCase),
                KeyKind.Smtp => string.Equals(entry.Key.Value, bare, StringComparison.OrdinalIgnoreCase),
                KeyKind.Fqdn => string.Equals(entry.Key.Value, trimmed, StringComparison.OrdinalIgnoreCase)
                    || entry.Key.Value.StartsWith(trimmed + ".", StringComparison.OrdinalIgnoreCase),
                KeyKind.IpEndpoint => entry.Key.Value.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase),
                KeyKind.Thumbprint => entry.Key.Value == thumbprint,
                _ => string.Equals(entry.Key.Value, trimmed, StringComparison.OrdinalIgnoreCase),
            })
            .OrderBy(entry => entry.Key.Kind)
            .ToList();
    }

    private static EventKey Normalise(EventKey key) => key.Kind switch
    {
        KeyKind.SipUri or KeyKind.Smtp or KeyKind.Fqdn => key with { Value = key.Value.ToLowerInvariant() },
        KeyKind.Thumbprint => key with { Value = string.Concat(key.Value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant() },
        _ => key,
    };
}
