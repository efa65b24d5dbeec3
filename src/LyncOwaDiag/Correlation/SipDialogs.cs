using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// Groups SIP messages into transactions (Call-ID + CSeq + method) and dialogs (Call-ID), pairing requests with their
/// responses. Works on the events it is given, so a caller can pass one Call-ID's events or a whole timeline.
/// </summary>
public static class SipDialogs
{
    public static IReadOnlyList<SipTransaction> Transactions(IEnumerable<TimelineEvent> events)
    {
        var groups = new Dictionary<(string, long, string), (TimelineEvent? Request, List<TimelineEvent> Responses)>();
        var order = new List<(string, long, string)>();
        foreach (var e in events)
        {
            if (e.Payload is not SipMessage { CallId: { } callId, CSeqNumber: { } cseq } m)
            {
                continue;
            }

            var key = (callId, cseq, m.TransactionMethod);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (null, []);
                order.Add(key);
            }

            group = m.IsRequest ? (group.Request ?? e, group.Responses) : (group.Request, group.Responses);
            if (!m.IsRequest)
            {
                group.Responses.Add(e);
            }

            groups[key] = group;
        }

        return order.Select(k => new SipTransaction(k.Item1, k.Item2, k.Item3, groups[k].Request, groups[k].Responses)).ToList();
    }

    /// <summary>The Call-IDs in which a user (SIP URI or SMTP, any case, <c>sip:</c> optional) takes part.</summary>
    public static IReadOnlySet<string> CallIdsOf(IEnumerable<TimelineEvent> events, string user)
    {
        var filter = new TimelineFilter { User = user };
        return events.Where(e => e.Payload is SipMessage { CallId: not null } && filter.Matches(e))
            .Select(e => ((SipMessage)e.Payload!).CallId!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
