using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Sip;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// The field names a rule's event pattern may test, and how each is read from an event. A field the event does not
/// have yields no value (so <c>present: false</c> holds and every value test fails).
/// </summary>
internal static class EventFields
{
    private static readonly Dictionary<string, (string Help, Func<TimelineEvent, IEnumerable<FieldValue>> Read)> Catalog = new(StringComparer.OrdinalIgnoreCase)
    {
        ["source"] = ("sipstack, owa-im, exchange-log, event-log or config", e => One(SourceName(e.Source))),
        ["kind"] = ("the event kind: sip.request, sip.response, sipstack.diagnostic, sipstack.connection, owa.im.error, event, config.fact …", e => One(e.Kind)),
        ["host"] = ("the host that logged the event", e => One(e.Host)),
        ["severity"] = ("critical, error, warning, info or verbose", e => One(e.Severity.ToString().ToLowerInvariant())),
        ["summary"] = ("the one-line summary", e => One(e.Summary)),
        ["text"] = ("everything searchable: message and data, IM context, SIP start line and diagnostics, record text and fields", Text),
        ["user"] = ("a SIP URI or SMTP address the event names", e => e.Keys.Where(k => k.Kind is KeyKind.SipUri or KeyKind.Smtp).Select(k => (FieldValue)k.Value)),
        ["fqdn"] = ("a host name the event names", e => e.Keys.Where(k => k.Kind == KeyKind.Fqdn).Select(k => (FieldValue)k.Value)),
        ["thumbprint"] = ("a certificate thumbprint the event names", e => e.Keys.Where(k => k.Kind == KeyKind.Thumbprint).Select(k => (FieldValue)k.Value)),
        ["callId"] = ("the SIP Call-ID", e => One(e.KeyValue(KeyKind.CallId))),

        ["provider"] = ("event log: provider (source) name", e => One((e.Payload as EventLogRecord)?.Provider)),
        ["eventId"] = ("event log: event id", e => One((e.Payload as EventLogRecord)?.EventId.ToString(CultureInfo.InvariantCulture))),
        ["level"] = ("event log: level (1 critical, 2 error, 3 warning, 4 information); IM log: 1 error, 5 debug", Level),
        ["channel"] = ("event log: channel (log name)", e => One((e.Payload as EventLogRecord)?.Channel)),
        ["message"] = ("event log: formatted message", e => One((e.Payload as EventLogRecord)?.Message)),
        ["data"] = ("event log: each insertion string", e => (e.Payload as EventLogRecord)?.Data.Select(d => (FieldValue)d.Value) ?? []),

        ["im.message"] = ("IM log: the documented message the row is (no-registry-setting, sign-in-failed …)", e => One((e.Payload as OwaImEntry)?.Message)),
        ["im.context"] = ("IM log: the context text", e => One((e.Payload as OwaImEntry)?.Context)),
        ["im.user"] = ("IM log: the user the row names", e => One((e.Payload as OwaImEntry)?.User)),
        ["im.sipAddress"] = ("IM log: the SIP address the row names", e => One((e.Payload as OwaImEntry)?.SipAddress)),
        ["im.lyncServer"] = ("IM log: the Lync server the row names", e => One((e.Payload as OwaImEntry)?.LyncServer)),
        ["im.thumbprint"] = ("IM log: the certificate thumbprint the row names", e => One((e.Payload as OwaImEntry)?.Thumbprint)),

        ["sip.method"] = ("SIP: request method", e => One((e.Payload as SipMessage)?.Method)),
        ["sip.status"] = ("SIP: response status code", e => One((e.Payload as SipMessage)?.StatusCode?.ToString(CultureInfo.InvariantCulture))),
        ["sip.cseqMethod"] = ("SIP: the CSeq method (what a response answers)", e => One((e.Payload as SipMessage)?.CSeqMethod)),
        ["sip.from"] = ("SIP: From URI", e => One((e.Payload as SipMessage)?.FromUri)),
        ["sip.to"] = ("SIP: To URI", e => One((e.Payload as SipMessage)?.ToUri)),
        ["sip.requestUri"] = ("SIP: request URI", e => One((e.Payload as SipMessage)?.RequestUri)),
        ["sip.direction"] = ("SIP: incoming or outgoing", e => One((e.Payload as SipMessage)?.DirectionWord)),
        ["sip.peer"] = ("SIP: the peer the trace names", e => One((e.Payload as SipMessage)?.Peer)),
        ["sip.userAgent"] = ("SIP: User-Agent or Server header", e => One((e.Payload as SipMessage) is { } m ? m.UserAgent ?? m.Server : null)),
        ["sip.msDiagnostics.code"] = ("SIP: each ms-diagnostics code", e => Diagnostics(e).Select(d => (FieldValue)d.Code.ToString(CultureInfo.InvariantCulture))),
        ["sip.msDiagnostics.source"] = ("SIP: each ms-diagnostics source attribute", e => Diagnostics(e).Select(d => (FieldValue)(d.Source ?? string.Empty))),
        ["sip.msDiagnostics.appName"] = ("SIP: each ms-diagnostics appName attribute", e => Diagnostics(e).Select(d => (FieldValue)(d.Attribute("appName") ?? string.Empty))),

        ["record.logType"] = ("SIPStack record: diagnostic or connection", e => One((e.Payload as SipStackRecord)?.LogType)),
        ["record.text"] = ("SIPStack record: the Text field", e => One((e.Payload as SipStackRecord)?.Text)),
        ["record.peer"] = ("SIPStack record: the Peer field", e => One((e.Payload as SipStackRecord)?.Peer)),
        ["resultCode"] = ("a result code (HRESULT as 0x…) from a record or an ms-diagnostics header", e => ResultCodes(e).Select(c => (FieldValue)$"0x{c.Value:X8}")),
        ["resultName"] = ("a result code's name (SEC_E_WRONG_PRINCIPAL …)", e => ResultCodes(e).Where(c => c.Name is not null).Select(c => (FieldValue)c.Name!)),

        ["config.scope"] = ("snapshot: web.config, registry, manifest or the cmdlet name", e => One((e.Payload as ConfigFact)?.Scope)),
        ["config.object"] = ("snapshot: the object (Identity, registry key, folder)", e => One((e.Payload as ConfigFact)?.Object)),
        ["config.name"] = ("snapshot: the property or key name", e => One((e.Payload as ConfigFact)?.Name)),
        ["config.value"] = ("snapshot: the value", e => (e.Payload as ConfigFact) is { } f ? [new FieldValue(f.Value, f.Items, f.Date)] : []),
        ["config.note"] = ("snapshot: what is odd about it (outside appSettings, commented out, absent …)", e => One((e.Payload as ConfigFact)?.Note)),
    };

    public static IEnumerable<string> Names => Catalog.Keys;

    public static string Help(string name) => Catalog[name].Help;

    public static bool IsKnown(string name) => Catalog.ContainsKey(name);

    public static IReadOnlyList<FieldValue> Read(TimelineEvent e, string name) => Catalog[name].Read(e).ToList();

    public static string SourceName(EventSource source) => source switch
    {
        EventSource.SipStack => "sipstack",
        EventSource.OwaIm => "owa-im",
        EventSource.ExchangeLog => "exchange-log",
        EventSource.EventLog => "event-log",
        _ => "config",
    };

    public static EventSource? ParseSource(string name) =>
        Enum.GetValues<EventSource>().Cast<EventSource?>().FirstOrDefault(s => string.Equals(SourceName(s!.Value), name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<FieldValue> One(string? value) => value is null ? [] : [value];

    private static IEnumerable<FieldValue> Level(TimelineEvent e) => e.Payload switch
    {
        EventLogRecord r when r.Level is { } l => [l.ToString(CultureInfo.InvariantCulture)],
        OwaImEntry i when i.Level is { } l => [l.ToString(CultureInfo.InvariantCulture)],
        _ => [],
    };

    private static IEnumerable<MsDiagnostic> Diagnostics(TimelineEvent e)
    {
        if (e.Payload is not SipMessage m)
        {
            yield break;
        }

        foreach (var header in m.DiagnosticHeaders)
        {
            if (SipValueParser.TryParseMsDiagnostic(header.Value, out var d, out _) && d is not null)
            {
                yield return d;
            }
        }
    }

    private static IEnumerable<ResultCode> ResultCodes(TimelineEvent e)
    {
        if (e.Payload is SipStackRecord { ResultCode: { } code })
        {
            yield return code;
        }

        if (e.Payload is SipStackRecord record)
        {
            foreach (var field in record.Fields)
            {
                if (ResultCodeParser.TryFind(field.Name + " " + field.Value, out var inField) || ResultCodeParser.TryParse(field.Value, out inField))
                {
                    yield return inField;
                }
            }
        }

        foreach (var d in Diagnostics(e))
        {
            if (d.ResultCode is { } c)
            {
                yield return c;
            }
        }
    }

    private static IEnumerable<FieldValue> Text(TimelineEvent e)
    {
        switch (e.Payload)
        {
            case EventLogRecord r:
                if (r.Message is not null)
                {
                    yield return r.Message;
                }

                foreach (var d in r.Data)
                {
                    yield return d.Value;
                }

                break;
            case OwaImEntry i:
                yield return i.Context;
                break;
            case SipMessage m:
                yield return m.StartLine;
                foreach (var h in m.DiagnosticHeaders)
                {
                    yield return h.Value;
                }

                break;
            case SipStackRecord s:
                if (s.Text is not null)
                {
                    yield return s.Text;
                }

                foreach (var f in s.Fields)
                {
                    yield return $"{f.Name}: {f.Value}";
                }

                break;
            case ConfigFact f:
                yield return $"{f.Name}: {f.Value}";
                break;
            default:
                yield return e.Summary;
                break;
        }
    }
}
