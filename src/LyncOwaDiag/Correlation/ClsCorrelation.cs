using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// Joins CLS records that name no Call-ID (TF_COMPONENT lines, TF_CONNECTION records, most TF_DIAG records) to the
/// SIP messages of a call through the CLS correlation id in their bracket, which the Front End stamps on every
/// record it writes while handling one message. The ids are a server's own counter, so they join only within a host.
/// </summary>
public static class ClsCorrelation
{
    /// <summary>The correlation ids, each with its host, the events carrying <paramref name="callId"/> were logged under.</summary>
    public static HashSet<string> IdsOfCall(IEnumerable<TimelineEvent> events, string callId)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.HasKey(KeyKind.CallId, callId))
            {
                foreach (var key in e.Keys)
                {
                    if (key.Kind == KeyKind.CorrelationId)
                    {
                        ids.Add(Scoped(e.Host, key.Value));
                    }
                }
            }
        }

        return ids;
    }

    /// <summary>
    /// Whether an event that names no Call-ID was logged under one of <paramref name="ids"/>; an event naming
    /// another call is not pulled in, even when a thread reused the id.
    /// </summary>
    public static bool JoinsWithoutCallId(TimelineEvent e, IReadOnlySet<string> ids)
    {
        var joined = false;
        foreach (var key in e.Keys)
        {
            if (key.Kind == KeyKind.CallId)
            {
                return false;
            }

            joined |= key.Kind == KeyKind.CorrelationId && ids.Contains(Scoped(e.Host, key.Value));
        }

        return joined;
    }

    private static string Scoped(string? host, string id) => (host ?? string.Empty).ToUpperInvariant() + "|" + id;
}
