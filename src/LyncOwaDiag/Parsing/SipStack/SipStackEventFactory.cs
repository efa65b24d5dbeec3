using System.Globalization;
using System.Net;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Sip;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>Makes the timeline event of one finished SIPStack entry: a SIP message, a record, or trace text.</summary>
internal sealed class SipStackEventFactory(ReadContext context)
{
    private readonly StringPool _pool = new();
    private readonly List<EventKey> _keys = new(8);
    private readonly System.Text.StringBuilder _summary = new(256);
    private string? _lastBracket;
    private string? _lastMachine;
    private string? _lastDirection;
    private string? _lastDirectionWord;
    private string? _lastPeer;
    private EventKey? _lastPeerKey;

    /// <summary>REGISTER transactions by Call-ID and CSeq → the request's User-Agent, newer and older generation.</summary>
    private Dictionary<(string CallId, long CSeq), string> _registerAgents = [];
    private Dictionary<(string CallId, long CSeq), string> _olderRegisterAgents = [];

    private const int MaxOpenRegisters = 10_000;

    public TimelineEvent Create(SipStackLine header, SipStackRecordFields f, SourceLocation location)
    {
        var origin = header.Origin;
        var keys = _keys;
        keys.Clear();
        if (origin.CorrelationId is { } correlation)
        {
            // The protocol record usually repeats the CLS id as Trace-Correlation-Id: reuse that text.
            var text = f.TraceCorrelationId is { } traced && uint.TryParse(traced, NumberStyles.None, CultureInfo.InvariantCulture, out var same) && same == correlation
                ? traced
                : correlation.ToString(CultureInfo.InvariantCulture);
            keys.Add(new EventKey(KeyKind.CorrelationId, text));
        }

        var levelSeverity = SipStackSeverity.FromLevel(origin.Level);
        (string Kind, Severity Severity, string Summary, EventPayload Payload) made = f.IsProtocol
            ? SipMessageEvent(origin, f, keys, levelSeverity, location)
            : f.SawBegin || f.Fields is not null
                ? RecordEvent(origin, f, keys, levelSeverity, header)
                : TraceEvent(origin, f, keys, levelSeverity, header);

        return new TimelineEvent
        {
            Timestamp = new DateTimeOffset(header.Timestamp, TimeSpan.Zero),
            TimeQuality = TimeQuality.AssumedUtc,
            Source = EventSource.SipStack,
            Host = MachineOf(origin) ?? context.FileHost,
            Severity = made.Severity,
            Kind = made.Kind,
            Summary = made.Summary,
            Payload = made.Payload,
            Keys = keys.ToArray(),
            Location = location,
        };
    }

    /// <summary>
    /// Remembers a REGISTER's User-Agent by its Call-ID and CSeq (which its responses repeat; the Via branch is not
    /// kept by the main read) and gives it to those responses. Two generations bound the memory: when the newer
    /// fills, the older is dropped, so a transaction open across the turn still pairs.
    /// </summary>
    private string? PairRegister(string? method, int? status, string? cseqMethod, string? callId, long? cseq, string? userAgent)
    {
        if (callId is null || cseq is not { } number)
        {
            return null;
        }

        var transaction = (callId, number);

        if (method is not null)
        {
            if (userAgent is not null && method.Equals("REGISTER", StringComparison.OrdinalIgnoreCase))
            {
                if (_registerAgents.Count >= MaxOpenRegisters)
                {
                    (_olderRegisterAgents, _registerAgents) = (_registerAgents, _olderRegisterAgents);
                    _registerAgents.Clear();
                }

                _registerAgents[transaction] = userAgent;
            }

            return null;
        }

        return status is not null && cseqMethod is not null && cseqMethod.Equals("REGISTER", StringComparison.OrdinalIgnoreCase)
            && (_registerAgents.TryGetValue(transaction, out var agent) || _olderRegisterAgents.TryGetValue(transaction, out agent))
            ? agent
            : null;
    }

    private (string, Severity, string, EventPayload) SipMessageEvent(TraceOrigin origin, SipStackRecordFields f, List<EventKey> keys, Severity levelSeverity, SourceLocation location)
    {
        var startLine = f.StartLine ?? string.Empty;
        SipValueScanner.TryStartLine(startLine, out var method, out var requestUri, out var status, out var reason, _pool);
        long? cseqNumber = null;
        string? cseqMethod = null;
        if (f.CSeq is not null && SipValueScanner.TryCSeq(f.CSeq, out var n, out var m))
        {
            cseqNumber = n;
            cseqMethod = _pool.Get(m.AsSpan());
        }

        string? fromUri = null, fromTag = null, toUri = null, toTag = null;
        if (f.From is not null)
        {
            SipValueScanner.NameAddress(f.From, out fromUri, out fromTag);
        }

        if (f.To is not null)
        {
            SipValueScanner.NameAddress(f.To, out toUri, out toTag);
        }

        EventText.AddKey(keys, KeyKind.CallId, f.CallId);
        EventText.AddKey(keys, KeyKind.CSeq, cseqNumber is null ? null : f.CSeq);
        if (origin.CorrelationId is null)
        {
            EventText.AddKey(keys, KeyKind.CorrelationId, f.TraceCorrelationId);
        }

        EventText.AddKey(keys, KeyKind.SipUri, fromUri);
        if (!string.Equals(fromUri, toUri, StringComparison.OrdinalIgnoreCase))
        {
            EventText.AddKey(keys, KeyKind.SipUri, toUri);
        }

        AddPeerKey(keys, f.Peer);
        string? viaSentBy = null, viaBranch = null, viaReceived = null;
        if (f.TopVia is { } via)
        {
            SipValueScanner.TryTopVia(via, out viaSentBy, out viaBranch, out viaReceived);
        }

        var message = new SipMessage
        {
            Origin = origin,
            Direction = f.Direction,
            DirectionWord = DirectionWordOf(f.Direction),
            Peer = f.Peer,
            MessageType = f.MessageType,
            TraceCorrelationId = f.TraceCorrelationId,
            InstanceId = f.InstanceId,
            StartLine = startLine,
            Method = method,
            RequestUri = requestUri,
            StatusCode = status,
            ReasonPhrase = reason,
            CallId = f.CallId,
            CSeqNumber = cseqNumber,
            CSeqMethod = cseqMethod,
            FromUri = fromUri,
            FromTag = fromTag,
            ToUri = toUri,
            ToTag = toTag,
            ViaSentBy = viaSentBy,
            ViaBranch = viaBranch,
            ViaReceived = viaReceived,
            UserAgent = f.UserAgent,
            Server = f.Server,
            RequestUserAgent = PairRegister(method, status, cseqMethod, f.CallId, cseqNumber, f.UserAgent),
            DiagnosticHeaders = f.Diagnostics?.ToArray() ?? [],
            HeaderCount = f.HeaderCount,
            HasBody = f.HasBody,
        };

        var kind = method is not null ? "sip.request" : status is not null ? "sip.response" : "sipstack.record";
        var severity = status is { } code ? SipStackSeverity.Worst(levelSeverity, SipStackSeverity.FromStatus(code)) : levelSeverity;
        if (kind == "sipstack.record")
        {
            context.Diagnostics.Report(new ParseDiagnostic(location, Severity.Warning, DiagnosticDisposition.Noted,
                f.StartLine is null ? "SIP record without a Start-Line" : $"Start-Line is neither a request nor a status line: {EventText.Summary(startLine)}"));
        }

        return (kind, severity, SipSummary(message), message);
    }

    private string SipSummary(SipMessage m)
    {
        var b = _summary.Clear();
        if (m.DirectionWord is { } direction)
        {
            b.Append(direction).Append(' ');
        }

        if (m.IsRequest)
        {
            b.Append(m.Method).Append(' ').Append(m.RequestUri);
        }
        else
        {
            b.Append(m.StartLine);
            if (m.CSeqNumber is { } number)
            {
                b.Append(" (").Append(number).Append(' ').Append(m.CSeqMethod).Append(')');
            }
        }

        if (m.Peer is not null)
        {
            b.Append(m.DirectionWord switch { "incoming" => " from ", "outgoing" => " to ", _ => " peer " }).Append(m.Peer);
        }

        if (m.DiagnosticHeaders.Count > 0)
        {
            b.Append("; ").Append(m.DiagnosticHeaders[0].Name).Append(' ').Append(LeadingCode(m.DiagnosticHeaders[0].Value));
        }

        if (b.Length > EventText.MaxSummaryChars)
        {
            b.Length = EventText.MaxSummaryChars - 1;
            b.Append('…');
        }

        return b.ToString();
    }

    private string? DirectionWordOf(string? direction)
    {
        if (direction is null)
        {
            return null;
        }

        if (!ReferenceEquals(direction, _lastDirection))
        {
            var end = direction.IndexOf(';');
            _lastDirection = direction;
            _lastDirectionWord = _pool.Get((end < 0 ? direction.AsSpan() : direction.AsSpan(0, end)).Trim());
        }

        return _lastDirectionWord;
    }

    private (string, Severity, string, EventPayload) RecordEvent(TraceOrigin origin, SipStackRecordFields f, List<EventKey> keys, Severity levelSeverity, SipStackLine header)
    {
        ResultCode? resultCode = null;
        if (f.ResultCode is not null && ResultCodeParser.TryParse(f.ResultCode, out var code))
        {
            resultCode = code;
        }
        else if (f.Text is not null && ResultCodeParser.TryFind(f.Text, out var inText))
        {
            resultCode = inText;
        }
        else if (!header.BeginsRecord && ResultCodeParser.TryFind(header.Tail, out var inTail))
        {
            resultCode = inTail;
        }

        EventText.AddKey(keys, KeyKind.CallId, f.SipCallId);
        EventText.AddKey(keys, KeyKind.CSeq, f.SipCSeq);
        AddPeerKey(keys, f.Peer);
        var logType = f.LogType?.Trim().ToLowerInvariant();
        var kind = logType switch
        {
            "connection" => "sipstack.connection",
            "diagnostic" => "sipstack.diagnostic",
            _ when origin.Flag == "CONNECTION" => "sipstack.connection",
            _ when origin.Flag == "DIAG" || f.Severity is not null || f.Text is not null => "sipstack.diagnostic",
            _ => header.BeginsRecord || f.SawBegin ? "sipstack.record" : "sipstack.trace",
        };
        var text = f.Text ?? (header.BeginsRecord ? f.ContinuationText : JoinText(header.Tail, f.ContinuationText));
        var connection = SipStackConnectionReader.Read(f.Fields);
        if (connection is not null)
        {
            // The names a connection record gives are who the peer is: correlate on them as on a Peer field.
            if (!string.Equals(connection.PeerAddress, f.Peer, StringComparison.OrdinalIgnoreCase))
            {
                AddPeerKey(keys, connection.PeerAddress);
            }

            EventText.AddKey(keys, KeyKind.Fqdn, connection.PeerFqdn?.ToLowerInvariant());
            if (!string.Equals(connection.DataFqdn, connection.PeerFqdn, StringComparison.OrdinalIgnoreCase))
            {
                EventText.AddKey(keys, KeyKind.Fqdn, connection.DataFqdn?.ToLowerInvariant());
            }
        }

        var record = new SipStackRecord
        {
            Origin = origin,
            LogType = f.LogType,
            Text = text,
            ResultCode = resultCode,
            SipCallId = f.SipCallId,
            SipCSeq = f.SipCSeq,
            SipStartLine = f.SipStartLine,
            Peer = f.Peer,
            Connection = connection,
            Fields = f.Fields?.ToArray() ?? [],
        };
        var severity = SipStackSeverity.FromWord(f.Severity) ?? levelSeverity;
        var summary = text ?? f.SipStartLine ?? $"{origin.Component} {origin.Function}";
        if (resultCode is { } rc && !summary.Contains(rc.Name ?? "\u0000", StringComparison.Ordinal))
        {
            summary += $" [{rc}]";
        }

        // The summary is the evidence a finding quotes: a connection failure says nothing without its two ends.
        if (connection is not null && connection.Describe() is { Length: > 0 } ends)
        {
            summary += $" ({ends})";
        }

        return (kind, severity, EventText.Summary(summary), record);
    }

    private (string, Severity, string, EventPayload) TraceEvent(TraceOrigin origin, SipStackRecordFields f, List<EventKey> keys, Severity levelSeverity, SipStackLine header)
    {
        var text = JoinText(header.Tail, f.ContinuationText);
        ResultCode? resultCode = ResultCodeParser.TryFind(text, out var code) ? code : null;
        var record = new SipStackRecord { Origin = origin, Text = text, ResultCode = resultCode };
        var shown = WithoutObjectPointer(text);
        return ("sipstack.trace", levelSeverity, EventText.Summary(shown.Length == 0 ? $"{origin.Component} {origin.Function}" : shown), record);
    }

    /// <summary>
    /// Free-text entries start with the address of the C++ object that wrote them, <c>( 000000000A1B2C30 )</c>:
    /// noise in a one-line summary, kept in the payload's text.
    /// </summary>
    private static string WithoutObjectPointer(string text)
    {
        if (!text.StartsWith('('))
        {
            return text;
        }

        var close = text.IndexOf(')');
        var inside = close > 0 ? text.AsSpan(1, close - 1).Trim() : default;
        return !inside.IsEmpty && !inside.ContainsAnyExcept("0123456789abcdefABCDEF") ? text[(close + 1)..].TrimStart() : text;
    }

    private static string JoinText(string tail, string? continuation) =>
        continuation is null ? tail : tail.Length == 0 ? continuation : tail + " " + continuation;

    private string? MachineOf(TraceOrigin origin)
    {
        if (!ReferenceEquals(origin.Bracket, _lastBracket))
        {
            _lastBracket = origin.Bracket;
            _lastMachine = origin.Machine;
        }

        return _lastMachine;
    }

    /// <summary>Peers repeat from record to record (and are pooled): work out the key once per distinct peer.</summary>
    private void AddPeerKey(List<EventKey> keys, string? peer)
    {
        if (string.IsNullOrWhiteSpace(peer))
        {
            return;
        }

        if (!ReferenceEquals(peer, _lastPeer))
        {
            _lastPeer = peer;
            _lastPeerKey = PeerKey(peer);
        }

        if (_lastPeerKey is { } key)
        {
            keys.Add(key);
        }
    }

    private static EventKey? PeerKey(string peer)
    {

        var host = PeerHost(peer);
        if (IPAddress.TryParse(host.Trim('[', ']'), out _))
        {
            return new EventKey(KeyKind.IpEndpoint, peer.Trim());
        }

        return host.Length > 0 ? new EventKey(KeyKind.Fqdn, host.ToLowerInvariant()) : null;
    }

    /// <summary><c>host:port</c>, <c>[v6]:port</c> or a bare host → the host.</summary>
    internal static string PeerHost(string peer)
    {
        var trimmed = peer.Trim();
        if (trimmed.StartsWith('['))
        {
            var close = trimmed.IndexOf(']');
            return close > 0 ? trimmed[..(close + 1)] : trimmed;
        }

        var colon = trimmed.LastIndexOf(':');
        return colon > 0 && trimmed.IndexOf(':') == colon ? trimmed[..colon] : trimmed;
    }

    private static string LeadingCode(string value)
    {
        var span = value.AsSpan().TrimStart();
        var end = 0;
        while (end < span.Length && (char.IsAsciiDigit(span[end]) || span[end] == '.'))
        {
            end++;
        }

        return end == 0 ? "?" : span[..end].ToString();
    }

}
