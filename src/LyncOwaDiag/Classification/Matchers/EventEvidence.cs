using System.Globalization;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>Turns a matched event into evidence and binds the names every event offers (host, user, file, line …).</summary>
internal static class EventEvidence
{
    /// <summary>The event's summary is the excerpt: every reader already makes it one line of at most 240 characters.</summary>
    public static Evidence Of(TimelineEvent e) => new(e.Location, e.Timestamp, e.TimeQuality, e.Summary);

    public static void BindStandard(TimelineEvent e, Bindings bindings)
    {
        bindings.Set("host", e.Host);
        bindings.Set("file", e.Location.File);
        bindings.Set("line", e.Location.FirstLine.ToString(CultureInfo.InvariantCulture));
        bindings.Set("time", e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        bindings.Set("callId", e.KeyValue(KeyKind.CallId));
        bindings.Set("user", e.Keys.FirstOrDefault(k => k.Kind == KeyKind.SipUri).Value ?? e.KeyValue(KeyKind.Smtp));
        bindings.Set("fqdn", e.KeyValue(KeyKind.Fqdn));
        bindings.Set("thumbprint", e.KeyValue(KeyKind.Thumbprint));
        if (e.Payload is EventLogRecord r)
        {
            bindings.Set("eventId", r.EventId.ToString(CultureInfo.InvariantCulture));
            bindings.Set("provider", r.Provider);
        }
    }
}
