namespace LyncOwaDiag.Model;

/// <summary>One thing that happened, from any source, placed on the common timeline.</summary>
public sealed record TimelineEvent
{
    /// <summary>UTC whenever the offset is known; see <see cref="TimeQuality"/>.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    public required TimeQuality TimeQuality { get; init; }

    public required EventSource Source { get; init; }

    /// <summary>The host that logged the event, or null when nothing tells us.</summary>
    public string? Host { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Dotted kind such as <c>sip.request</c>, <c>sipstack.diagnostic</c>, <c>owa.im.error</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>One line, for lists and tables.</summary>
    public required string Summary { get; init; }

    public EventPayload? Payload { get; init; }

    public IReadOnlyList<EventKey> Keys { get; init; } = [];

    public required SourceLocation Location { get; init; }

    public string? KeyValue(KeyKind kind)
    {
        foreach (var key in Keys)
        {
            if (key.Kind == kind)
            {
                return key.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the event carries this key; values compare ignoring case (Call-IDs, URIs and host names do).</summary>
    public bool HasKey(KeyKind kind, string value)
    {
        foreach (var key in Keys)
        {
            if (key.Kind == kind && string.Equals(key.Value, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
