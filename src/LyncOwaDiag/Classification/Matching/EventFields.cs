using System.Globalization;
using LyncOwaDiag.Classification.Vocabulary;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Sip;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// The field names a rule's event pattern may test, and how each is read from an event. A field the event does not
/// have yields no value (so <c>present: false</c> holds and every value test fails).
/// </summary>
internal static class EventFields
{
    private static readonly FieldValue[] None = [];

    private static readonly string[] SeverityNames = Enum.GetValues<Severity>().OrderBy(s => (int)s).Select(s => s.ToString().ToLowerInvariant()).ToArray();

    private static readonly Dictionary<string, (string Help, Func<TimelineEvent, IEnumerable<FieldValue>> Read)> Catalog = new(StringComparer.OrdinalIgnoreCase)
    {
        ["source"] = (EventSourceNames.All, e => One(EventSourceNames.Name(e.Source))),
        ["kind"] = ("the event kind: sip.request, sip.response, sipstack.diagnostic, sipstack.connection, owa.im.error, event, config.fact …", e => One(e.Kind)),
        ["host"] = ("the host that logged the event", e => One(e.Host)),
        ["severity"] = ("critical, error, warning, info or verbose", e => One(SeverityNames[(int)e.Severity])),
        ["summary"] = ("the one-line summary", e => One(e.Summary)),
        ["text"] = ("everything searchable: message and data, IM context, SIP start line and diagnostics, record text and fields", Text),
        ["user"] = ("a SIP URI or SMTP address the event names", e => KeysOf(e, KeyKind.SipUri, KeyKind.Smtp)),
        ["fqdn"] = ("a host name the event names", e => KeysOf(e, KeyKind.Fqdn, KeyKind.Fqdn)),
        ["thumbprint"] = ("a certificate thumbprint the event names", e => KeysOf(e, KeyKind.Thumbprint, KeyKind.Thumbprint)),
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
        ["sip.requestUserAgent"] = ("SIP: a REGISTER response's request's User-Agent (who registered), when the trace logged the request", e => One((e.Payload as SipMessage)?.RequestUserAgent)),
        ["sip.msDiagnostics.code"] = ("SIP: each ms-diagnostics code", DiagnosticCodes),
        ["sip.msDiagnostics.source"] = ("SIP: each ms-diagnostics source attribute", e => Diagnostics(e).Select(d => (FieldValue)(d.Source ?? string.Empty))),
        ["sip.msDiagnostics.appName"] = ("SIP: each ms-diagnostics appName attribute", e => Diagnostics(e).Select(d => (FieldValue)(d.Attribute("appName") ?? string.Empty))),
        // Peer and Port are scanned, not parsed: the scoped rules test them on every 504, and a full parse costs.
        ["sip.msDiagnostics.peer"] = ("SIP: each ms-diagnostics Peer attribute (the server a failed connection was to)", e => DiagnosticAttribute(e, "Peer")),
        ["sip.msDiagnostics.port"] = ("SIP: each ms-diagnostics Port attribute", e => DiagnosticAttribute(e, "Port")),

        ["peer"] = ("the far end of a connection the event is about, each name it gives: a record's fqdn=\"…\", Peer-FQDN, Peer, Peer-IP; a SIP message's Peer (the hop it came from or went to) and its ms-diagnostics Peer (with its Port), PeerServer or tls-target", Peers),
        ["record.logType"] = ("SIPStack record: diagnostic or connection", e => One((e.Payload as SipStackRecord)?.LogType)),
        ["record.text"] = ("SIPStack record: the Text field", e => One((e.Payload as SipStackRecord)?.Text)),
        ["record.peer"] = ("SIPStack record: the Peer field", e => One((e.Payload as SipStackRecord)?.Peer)),
        ["record.peerIp"] = ("SIPStack record: the Peer-IP field of a connection record", e => One((e.Payload as SipStackRecord)?.Connection?.PeerAddress)),
        ["record.localIp"] = ("SIPStack record: the Local-IP field of a connection record (this server's end)", e => One((e.Payload as SipStackRecord)?.Connection?.LocalAddress)),
        ["record.peerFqdn"] = ("SIPStack record: the Peer-FQDN field of a connection record", e => One((e.Payload as SipStackRecord)?.Connection?.PeerFqdn)),
        ["record.fqdn"] = ("SIPStack record: the fqdn=\"…\" of a connection record's Data field (the name on the peer's certificate)", e => One((e.Payload as SipStackRecord)?.Connection?.DataFqdn)),
        ["record.transport"] = ("SIPStack record: the Transport field of a connection record (TLS, MTLS, TCP …)", e => One((e.Payload as SipStackRecord)?.Connection?.Transport)),
        ["record.connectionId"] = ("SIPStack record: the Connection-ID field of a connection record", e => One((e.Payload as SipStackRecord)?.Connection?.ConnectionId)),
        ["record.data"] = ("SIPStack record: the whole Data field", e => One((e.Payload as SipStackRecord)?.Connection?.Data)),
        ["resultCode"] = ("a result code (HRESULT as 0x…) from a record or an ms-diagnostics header", e => CodeTexts(ResultCodesOf(e), names: false)),
        ["resultName"] = ("a result code's name (SEC_E_WRONG_PRINCIPAL …)", e => CodeTexts(ResultCodesOf(e), names: true)),

        ["config.scope"] = ("snapshot: web.config, registry, manifest or the cmdlet name", e => One((e.Payload as ConfigFact)?.Scope)),
        ["config.object"] = ("snapshot: the object (Identity, registry key, folder)", e => One((e.Payload as ConfigFact)?.Object)),
        ["config.name"] = ("snapshot: the property or key name", e => One((e.Payload as ConfigFact)?.Name)),
        ["config.value"] = ("snapshot: the value", e => (e.Payload as ConfigFact) is { } f ? [new FieldValue(f.Value, f.Items, f.Date)] : []),
        ["config.note"] = ("snapshot: what is odd about it (outside appSettings, commented out, absent …)", e => One((e.Payload as ConfigFact)?.Note)),
    };

    public static IEnumerable<string> Names => Catalog.Keys;

    private static readonly HashSet<string> Costly = new(StringComparer.OrdinalIgnoreCase)
    {
        "text", "summary", "message", "data", "im.context", "record.text", "resultCode", "resultName",
        "sip.msDiagnostics.code", "sip.msDiagnostics.source", "sip.msDiagnostics.appName", "sip.msDiagnostics.peer", "sip.msDiagnostics.port", "peer", "user", "fqdn", "thumbprint",
    };

    /// <summary>0 for fields read straight off the event, 1 for those that build text, parse headers or search.</summary>
    public static int Cost(string name) => Costly.Contains(name) ? 1 : 0;

    public static string Help(string name) => Catalog[name].Help;

    public static bool IsKnown(string name) => Catalog.ContainsKey(name);

    private static readonly string[] Indexed = [.. Catalog.Keys];

    [ThreadStatic]
    private static (TimelineEvent? Event, IReadOnlyList<FieldValue> Values)[]? _memo;

    private static readonly Dictionary<string, Func<TimelineEvent, IReadOnlyList<FieldValue>>> Readers =
        Indexed.ToDictionary(n => n, BuildReader, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<FieldValue> Read(TimelineEvent e, string name) => Readers[name](e);

    /// <summary>
    /// How to read a field, built once per field. Every rule asks about the same event in turn, so each field
    /// keeps the last event's values (per thread): a header is parsed, a value boxed, once per event, not once per rule.
    /// </summary>
    public static Func<TimelineEvent, IReadOnlyList<FieldValue>> Reader(string name) => Readers[name];

    private static Func<TimelineEvent, IReadOnlyList<FieldValue>> BuildReader(string name)
    {
        var read = Catalog[name].Read;
        var slot = Array.FindIndex(Indexed, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        return e =>
        {
            var memo = _memo ??= new (TimelineEvent?, IReadOnlyList<FieldValue>)[Indexed.Length];
            if (ReferenceEquals(memo[slot].Event, e))
            {
                return memo[slot].Values;
            }

            var values = Materialise(read(e));
            memo[slot] = (e, values);
            return values;
        };
    }

    private static IReadOnlyList<FieldValue> Materialise(IEnumerable<FieldValue> values) => values as FieldValue[] ?? (IReadOnlyList<FieldValue>)values.ToList();


    private static FieldValue[] One(string? value) => value is null ? None : [value];

    private static IEnumerable<FieldValue> Level(TimelineEvent e) => e.Payload switch
    {
        EventLogRecord r when r.Level is { } l => [l.ToString(CultureInfo.InvariantCulture)],
        OwaImEntry i when i.Level is { } l => [l.ToString(CultureInfo.InvariantCulture)],
        _ => [],
    };

    [ThreadStatic]
    private static (TimelineEvent? Event, List<MsDiagnostic>? Parsed) _lastDiagnostics;

    /// <summary>The event's diagnostics headers through the grammar, once per event whatever the number of fields asking.</summary>
    private static List<MsDiagnostic> Diagnostics(TimelineEvent e)
    {
        if (ReferenceEquals(_lastDiagnostics.Event, e))
        {
            return _lastDiagnostics.Parsed!;
        }

        var parsed = new List<MsDiagnostic>();
        if (e.Payload is SipMessage m)
        {
            foreach (var header in m.DiagnosticHeaders)
            {
                if (SipValueParser.TryParseMsDiagnostic(header.Value, out var d, out _) && d is not null)
                {
                    parsed.Add(d);
                }
            }
        }

        _lastDiagnostics = (e, parsed);
        return parsed;
    }

    /// <summary>Whether the event can carry a result code at all: most SIP messages have no diagnostics header.</summary>
    // Loops rather than LINQ: these run for every event a rule asks about, and most have no such value.
    private static FieldValue[] KeysOf(TimelineEvent e, KeyKind kind, KeyKind orKind)
    {
        var keys = e.Keys;
        var count = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            count += keys[i].Kind == kind || keys[i].Kind == orKind ? 1 : 0;
        }

        if (count == 0)
        {
            return None;
        }

        var values = new FieldValue[count];
        for (int i = 0, j = 0; i < keys.Count; i++)
        {
            if (keys[i].Kind == kind || keys[i].Kind == orKind)
            {
                values[j++] = keys[i].Value;
            }
        }

        return values;
    }

    [ThreadStatic]
    private static (TimelineEvent? Event, ResultCode[] Codes) _lastResultCodes;

    /// <summary>The event's result codes, found once per event for both the code and the name field.</summary>
    private static ResultCode[] ResultCodesOf(TimelineEvent e)
    {
        if (!ReferenceEquals(_lastResultCodes.Event, e))
        {
            _lastResultCodes = (e, HasResultCodes(e) ? ResultCodes(e).ToArray() : []);
        }

        return _lastResultCodes.Codes;
    }

    private static FieldValue[] CodeTexts(ResultCode[] codes, bool names)
    {
        if (codes.Length == 0)
        {
            return None;
        }

        var values = new List<FieldValue>(codes.Length);
        foreach (var code in codes)
        {
            if (!names)
            {
                values.Add($"0x{code.Value:X8}");
            }
            else if (code.Name is not null)
            {
                values.Add(code.Name);
            }
        }

        return values.Count == 0 ? None : [.. values];
    }

    private static bool HasResultCodes(TimelineEvent e) => e.Payload switch
    {
        SipStackRecord r => r.ResultCode is not null,
        SipMessage m => m.DiagnosticHeaders.Count > 0,
        _ => false,
    };

    /// <summary>The code of each diagnostics header: the digits it starts with, read without the full grammar (responses of 400 and above all ask).</summary>
    private static IEnumerable<FieldValue> DiagnosticCodes(TimelineEvent e)
    {
        if (e.Payload is not SipMessage { DiagnosticHeaders.Count: > 0 } m)
        {
            yield break;
        }

        foreach (var header in m.DiagnosticHeaders)
        {
            var value = header.Value.AsSpan().TrimStart();
            var digits = 0;
            while (digits < value.Length && char.IsAsciiDigit(value[digits]))
            {
                digits++;
            }

            if (digits > 0)
            {
                yield return value[..digits].ToString();
            }
        }
    }

    private static IEnumerable<ResultCode> ResultCodes(TimelineEvent e)
    {
        // The reader already normalised the record's result code, from whichever field printed it.
        if (e.Payload is SipStackRecord { ResultCode: { } code })
        {
            yield return code;
        }

        if (e.Payload is not SipMessage { DiagnosticHeaders.Count: > 0 } m)
        {
            yield break;
        }

        // Only some attributes carry a code (HRESULT=, WinsockFailureCode=): scanned where they stand with the reader's
        // hot-path scanner (held to the grammar by differential tests), not by parsing every header with the grammar.
        foreach (var header in m.DiagnosticHeaders)
        {
            for (var i = 0; i < ProductVocabulary.ResultCodeAttributes.Count; i++)
            {
                var attribute = ProductVocabulary.ResultCodeAttributes[i];
                var at = header.Value.IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    continue;
                }

                var rest = header.Value.AsSpan(at + attribute.Length).TrimStart();
                if (rest.Length == 0 || rest[0] != '=')
                {
                    continue;
                }

                rest = rest[1..].TrimStart().TrimStart('"');
                if (ResultCodeParser.TryScan(rest, out var scanned, out _))
                {
                    yield return scanned;
                    break;
                }
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

    /// <summary>Every name the event gives for the far end of its connection, so a rule can scope to OWA's (docs/rules.md).</summary>
    private static IEnumerable<FieldValue> Peers(TimelineEvent e)
    {
        if (e.Payload is SipStackRecord record)
        {
            foreach (var name in (string?[])[record.Connection?.DataFqdn, record.Connection?.PeerFqdn, record.Peer, record.Connection?.PeerAddress])
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    yield return new FieldValue(name.Trim());
                }
            }

            yield break;
        }

        if (e.Payload is not SipMessage m)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(m.Peer))
        {
            yield return new FieldValue(m.Peer.Trim());
        }

        foreach (var header in m.DiagnosticHeaders)
        {
            if (SipValueScanner.MsDiagnosticAttribute(header.Value, "Peer") is { Length: > 0 } peer)
            {
                yield return new FieldValue(SipValueScanner.MsDiagnosticAttribute(header.Value, "Port") is { Length: > 0 } port ? $"{peer}:{port}" : peer);
            }

            foreach (var name in (string[])["PeerServer", "tls-target"])
            {
                if (SipValueScanner.MsDiagnosticAttribute(header.Value, name) is { Length: > 0 } value)
                {
                    yield return new FieldValue(value);
                }
            }
        }
    }

    private static IEnumerable<FieldValue> DiagnosticAttribute(TimelineEvent e, string name)
    {
        if (e.Payload is not SipMessage { DiagnosticHeaders.Count: > 0 } m)
        {
            yield break;
        }

        foreach (var header in m.DiagnosticHeaders)
        {
            yield return new FieldValue(SipValueScanner.MsDiagnosticAttribute(header.Value, name) ?? string.Empty);
        }
    }
}
