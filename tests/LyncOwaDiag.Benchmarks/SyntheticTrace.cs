using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// A deterministic generator of SIPStack trace text in the shapes real Lync Front Ends write (OCSLogger and CLS
/// flavours, protocol records with bodies, diagnostic records, free-text entries), for benchmarks and tests. The
/// same seed and size always give the same bytes. Names are fictitious (contoso.com, litwareinc.com, fabrikam.com).
/// </summary>
/// <param name="errorShare">
/// The share of responses that are failures (401, 403, 404, 480, 504, each with its ms-diagnostics), for error-dense
/// traces ("a 504 storm must not be slower than a quiet day"); null keeps the quiet mix (3 in 20) and its bytes.
/// </param>
public sealed class SyntheticTrace(int seed = 42, bool cls = true, double? errorShare = null)
{
    private static readonly string[] Failures = ["401 Unauthorized", "403 Forbidden", "404 Not Found", "480 Temporarily Unavailable", "504 Server time-out"];

    private static readonly string[] Users = ["kim", "pilar", "diego", "ana", "dana", "mike", "lee", "sara"];
    private static readonly string[] Domains = ["litwareinc.com", "contoso.com", "fabrikam.com"];
    private static readonly string[] Machines = [@"atl-cs-001\ATL-CS-001", @"atl-cs-001\ATL-CS-002", @"dmz-edge\DMZ-EDGE01"];
    private static readonly string[] Methods = ["REGISTER", "SUBSCRIBE", "SERVICE", "INVITE", "MESSAGE", "BYE", "NOTIFY", "BENOTIFY", "OPTIONS"];

    private readonly Random _random = new(seed);
    private DateTime _time = new(2013, 5, 14, 9, 0, 0, DateTimeKind.Unspecified);
    private uint _sequence = 0x1000;
    private int _call;

    /// <summary>Writes at least <paramref name="bytes"/> bytes of trace (whole entries) as UTF-8 with CRLF.</summary>
    public void Write(Stream output, long bytes)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        long written = 0;
        var builder = new StringBuilder(4096);
        while (written < bytes)
        {
            builder.Clear();
            NextEntry(builder);
            writer.Write(builder);
            written += builder.Length;
        }
    }

    public string Text(long bytes)
    {
        using var memory = new MemoryStream();
        Write(memory, bytes);
        return Encoding.UTF8.GetString(memory.ToArray());
    }

    /// <summary>One first line of a trace entry, for grammar and scanner tests.</summary>
    public string EntryLine()
    {
        var builder = new StringBuilder();
        Prefix(builder, Pick(["INFO", "WARN", "ERROR", "VERBOSE"]), Pick(["PROTOCOL", "DIAG", "COMPONENT", "CONNECTION"]), Pick(["SIPStack", "S4", "UserServices"]), "Cls::Method:file.cpp(" + _random.Next(1, 9999) + ")");
        builder.Append(_random.Next(3) switch { 0 => "$$begin_record", 1 => "( 000000000A1B2C30 ) Exit - done. Result 0xC3E93C5E(SIPPROXY_E_ROUTING)", _ => "" });
        return builder.ToString();
    }

    private void NextEntry(StringBuilder b)
    {
        _time = _time.AddMilliseconds(_random.Next(0, 40));
        var roll = _random.Next(100);
        if (roll < 70)
        {
            ProtocolPair(b);
        }
        else if (roll < 80)
        {
            Diagnostic(b);
        }
        else
        {
            FreeText(b);
        }
    }

    private void ProtocolPair(StringBuilder b)
    {
        var method = Pick(Methods);
        var callId = $"{_random.NextInt64():x16}{_call++:x8}";
        var from = $"sip:{Pick(Users)}@{Pick(Domains)}";
        var to = $"sip:{Pick(Users)}@{Pick(Domains)}";
        var correlation = (uint)_random.Next();
        var hasBody = method is "SERVICE" or "INVITE" or "MESSAGE";

        // A request and its response: one server logs both, with the same CSeq, as a real trace does.
        var machine = cls ? Pick(Machines) : _random.Next(4).ToString(CultureInfo.InvariantCulture);
        var cseq = _random.Next(1, 20);
        Protocol(b, correlation, "incoming", $"{method} {to} SIP/2.0", from, to, null, callId, cseq, method, hasBody, machine);
        _time = _time.AddMilliseconds(_random.Next(1, 30));
        var status = errorShare is { } share
            ? (_random.NextDouble() < share ? Pick(Failures) : "200 OK")
            : _random.Next(20) switch { 0 => "504 Server time-out", 1 => "404 Not Found", 2 => "500 Server Internal Error", _ => "200 OK" };
        Protocol(b, correlation, "outgoing", $"SIP/2.0 {status}", from, to, "tag" + _random.Next(), callId, cseq, method, false, machine);
    }

    private void Protocol(StringBuilder b, uint correlation, string direction, string startLine, string from, string to, string? toTag, string callId, int cseq, string method, bool body, string machine)
    {
        Prefix(b, "INFO", "PROTOCOL", "SIPStack", "SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125)", correlation, machine);
        b.Append("$$begin_record\r\n");
        b.Append("Trace-Correlation-Id: ").Append(correlation).Append("\r\n");
        b.Append("Instance-Id: ").Append(_random.Next(0x10000).ToString("X8", CultureInfo.InvariantCulture)).Append("\r\n");
        b.Append("Direction: ").Append(direction).Append(";source=\"internal\";destination=\"local\"\r\n");
        b.Append("Peer: atl-owa-001.litwareinc.com:").Append(_random.Next(2) == 0 ? "5075" : "5199").Append("\r\n");
        b.Append("Message-Type: ").Append(startLine.StartsWith("SIP/", StringComparison.Ordinal) ? "response" : "request").Append("\r\n");
        b.Append("Start-Line: ").Append(startLine).Append("\r\n");
        b.Append("From: <").Append(from).Append(">;tag=").Append(_random.Next().ToString("x8", CultureInfo.InvariantCulture)).Append(";epid=01020304\r\n");
        b.Append("To: <").Append(to).Append('>').Append(toTag is null ? string.Empty : ";tag=" + toTag).Append("\r\n");
        b.Append("Call-ID: ").Append(callId).Append("\r\n");
        b.Append("CSeq: ").Append(cseq).Append(' ').Append(method).Append("\r\n");
        b.Append("Via: SIP/2.0/TLS 192.168.10.25:5075;branch=z9hG4bK").Append(_random.Next().ToString("x8", CultureInfo.InvariantCulture)).Append(";ms-received-port=5075;ms-received-cid=1A00\r\n");
        b.Append("Max-Forwards: 70\r\n");
        b.Append("User-Agent: RTCC/5.0.0.0 OWA\r\n");
        if (startLine.Contains("504", StringComparison.Ordinal))
        {
            b.Append("ms-diagnostics: 1046;reason=\"Failed to connect to a peer server\";WinsockFailureCode=\"10061(WSAECONNREFUSED)\";source=\"atl-cs-001.litwareinc.com\"\r\n");
        }
        else if (errorShare is not null && startLine.StartsWith("SIP/2.0 4", StringComparison.Ordinal))
        {
            b.Append("ms-diagnostics: 4005;reason=\"Destination URI either not enabled for SIP or does not exist\";source=\"atl-cs-001.litwareinc.com\"\r\n");
        }

        if (body)
        {
            b.Append("Content-Type: application/sdp\r\nContent-Length: 120\r\n");
            b.Append("Message-Body: v=0\r\no=- 0 0 IN IP4 192.168.10.41\r\ns=session\r\nc=IN IP4 192.168.10.41\r\nt=0 0\r\nm=message 5060 sip null\r\na=accept-types:text/plain\r\n");
        }
        else
        {
            b.Append("Content-Length: 0\r\nMessage-Body: -\r\n");
        }

        b.Append("$$end_record\r\n");
    }

    private void Diagnostic(StringBuilder b)
    {
        Prefix(b, "ERROR", "DIAG", "SIPStack", "SIPAdminLog::WriteDiagnosticEvent:SIPAdminLog.cpp(833)", (uint)_random.Next());
        b.Append("$$begin_record\r\n");
        b.Append("Severity: error\r\n");
        b.Append("Text: Message cannot be routed because the peer's certificate does not contain a matching FQDN Result-Code: 0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH\r\n");
        b.Append("SIP-Call-ID: ").Append(_random.NextInt64().ToString("x16", CultureInfo.InvariantCulture)).Append("\r\n");
        b.Append("SIP-CSeq: 3 SERVICE\r\n");
        b.Append("Peer: atl-owa-001.litwareinc.com:5199\r\n");
        b.Append("$$end_record\r\n");
    }

    private void FreeText(StringBuilder b)
    {
        Prefix(b, "INFO", "COMPONENT", Pick(["SIPStack", "S4", "UserServices"]), "CSIPTransportLayer::OnConnectionClosed:SIPTransport.cpp(1882)", (uint)_random.Next());
        b.Append("( 000000000A1B2C48 ) Connection closed. Peer: atl-owa-001.litwareinc.com:5199\r\n");
    }

    private void Prefix(StringBuilder b, string level, string flag, string component, string location, uint? correlation = null, string? machine = null)
    {
        b.Append("TL_").Append(level).Append("(TF_").Append(flag).Append(") [");
        b.Append(machine ?? (cls ? Pick(Machines) : _random.Next(4).ToString(CultureInfo.InvariantCulture)));
        b.Append(']').Append(_random.Next(0x1000, 0x2000).ToString("X4", CultureInfo.InvariantCulture)).Append('.').Append(_random.Next(0x1000, 0x2000).ToString("X4", CultureInfo.InvariantCulture));
        b.Append("::").Append(_time.ToString("MM/dd/yyyy-HH:mm:ss.fff", CultureInfo.InvariantCulture)).Append('.').Append((_sequence++).ToString("x8", CultureInfo.InvariantCulture));
        b.Append(" (").Append(component).Append(',').Append(location).Append(')');
        if (cls && correlation is { } c)
        {
            b.Append(" [").Append(c).Append("] ");
        }
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
