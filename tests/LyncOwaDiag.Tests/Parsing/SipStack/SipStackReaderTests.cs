using LyncOwaDiag.Model;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.SipStackSome;

namespace LyncOwaDiag.Tests.Parsing.SipStack;

public class SipStackReaderTests
{
    [Fact]
    public void ProtocolRequest_BecomesSipRequestWithKeys()
    {
        var e = SipStackRead.Single(ProtocolRecord());

        Assert.Equal("sip.request", e.Kind);
        Assert.Equal(EventSource.SipStack, e.Source);
        Assert.Equal(TimeQuality.AssumedUtc, e.TimeQuality);
        Assert.Equal(new DateTimeOffset(2013, 5, 14, 9, 21, 7, 412, TimeSpan.Zero), e.Timestamp);
        var m = Assert.IsType<SipMessage>(e.Payload);
        Assert.Equal("INVITE", m.Method);
        Assert.Equal("sip:kim@litwareinc.com", m.RequestUri);
        Assert.Equal("abc123", m.CallId);
        Assert.Equal(1, m.CSeqNumber);
        Assert.Equal("INVITE", m.CSeqMethod);
        Assert.Equal("sip:pilar@litwareinc.com", m.FromUri);
        Assert.Equal("77aa88bb", m.FromTag);
        Assert.Equal("0f1e2d3c", m.ToTag);
        Assert.Equal("outgoing", m.DirectionWord);
        Assert.Equal("1843281234", m.TraceCorrelationId);
        Assert.Contains(new EventKey(KeyKind.CallId, "abc123"), e.Keys);
        Assert.Contains(new EventKey(KeyKind.SipUri, "sip:kim@litwareinc.com"), e.Keys);
        Assert.Contains(new EventKey(KeyKind.Fqdn, "atl-owa-001.litwareinc.com"), e.Keys);
        Assert.Equal(new SourceLocation(SipStackRead.File, 1, 13, 0), e.Location);
    }

    [Fact]
    public void ARegisterResponse_KnowsWhoRegistered_FromItsRequest()
    {
        // A registrar answers with its own Server header; the request's User-Agent says whether OWA's UCMA endpoint or
        // a desktop client registered. Responses of another transaction are not paired with it.
        static string Register(string startLine, string callId, string cseq, string agentHeader) =>
            ProtocolRecord(startLine, callId, extraHeaders: agentHeader).Replace("CSeq: 1 INVITE", $"CSeq: {cseq}", StringComparison.Ordinal);

        var (events, _) = SipStackRead.Text(
            Register("REGISTER sip:litwareinc.com SIP/2.0", "reg-1", "7 REGISTER", "User-Agent: RTCC/5.0.0.0 OWA\n") +
            Register("SIP/2.0 200 OK", "reg-1", "7 REGISTER", "Server: RTC/6.0\n") +
            Register("SIP/2.0 200 OK", "reg-1", "8 REGISTER", "Server: RTC/6.0\n") +
            Register("SIP/2.0 200 OK", "other", "7 REGISTER", "Server: RTC/6.0\n"));

        var responses = events.Select(e => e.Payload).OfType<SipMessage>().Where(m => !m.IsRequest).ToList();
        Assert.Equal(["RTCC/5.0.0.0 OWA", null, null], responses.Select(m => m.RequestUserAgent));
        Assert.Equal("RTC/6.0", responses[0].Server);
    }

    [Fact]
    public void ProtocolResponse_CarriesStatusAndDiagnosticsAndRanksAsError()
    {
        var e = SipStackRead.Single(ProtocolRecord("SIP/2.0 504 Server time-out",
            extraHeaders: "ms-diagnostics: 1010;reason=\"Certificate trust with another server could not be established\";source=\"atl-cs-001.litwareinc.com\"\n"));

        Assert.Equal("sip.response", e.Kind);
        Assert.Equal(Severity.Error, e.Severity);
        var m = Assert.IsType<SipMessage>(e.Payload);
        Assert.Equal(504, m.StatusCode);
        Assert.Equal("Server time-out", m.ReasonPhrase);
        var header = Assert.Single(m.DiagnosticHeaders);
        Assert.StartsWith("1010;", header.Value, StringComparison.Ordinal);
        Assert.Contains("ms-diagnostics 1010", e.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SIP/2.0 200 OK", Severity.Info)]
    [InlineData("SIP/2.0 401 Unauthorized", Severity.Info)]
    [InlineData("SIP/2.0 404 Not Found", Severity.Warning)]
    [InlineData("SIP/2.0 503 Service Unavailable", Severity.Error)]
    public void ResponseSeverity_FollowsTheStatus(string startLine, Severity expected) =>
        Assert.Equal(expected, SipStackRead.Single(ProtocolRecord(startLine)).Severity);

    [Fact]
    public void CompactAndUpperCaseHeaders_AreRecognised()
    {
        var text = OcsPrefix + "$$begin_record\nDirection: incoming\nPeer: 10.0.0.5:5061\nStart-Line: SIP/2.0 200 OK\n" +
                   "f: <sip:a@contoso.com>;tag=1\nt: <sip:b@contoso.com>;tag=2\ni: compact-id\nCSEQ: 7 SUBSCRIBE\nl: 0\nMessage-Body: -\n$$end_record\n";
        var e = SipStackRead.Single(text);
        var m = Assert.IsType<SipMessage>(e.Payload);
        Assert.Equal("compact-id", m.CallId);
        Assert.Equal("sip:a@contoso.com", m.FromUri);
        Assert.Equal("sip:b@contoso.com", m.ToUri);
        Assert.Equal(7, m.CSeqNumber);
        Assert.Contains(new EventKey(KeyKind.IpEndpoint, "10.0.0.5:5061"), e.Keys);
    }

    [Fact]
    public void FoldedHeader_IsJoinedToItsValue()
    {
        var e = SipStackRead.Single(ProtocolRecord("SIP/2.0 481 Call leg unavailable",
            extraHeaders: "ms-diagnostics: 1004;reason=\"Route set is no longer valid\"\n  ;ErrorType=\"Connection identifier encoded into the route set\"\n"));
        var m = Assert.IsType<SipMessage>(e.Payload);
        Assert.Equal("1004;reason=\"Route set is no longer valid\" ;ErrorType=\"Connection identifier encoded into the route set\"", m.DiagnosticHeaders[0].Value);
    }

    [Fact]
    public void MultiLineBody_StaysInsideTheRecord()
    {
        var text = ProtocolRecord(body: "v=0\no=- 0 0 IN IP4 192.168.10.41\nm=message 5060 sip null\na=accept-types:text/plain") + TraceLine("after");
        var (events, diagnostics) = SipStackRead.Text(text);

        Assert.Equal(2, events.Count);
        Assert.True(Assert.IsType<SipMessage>(events[0].Payload).HasBody);
        Assert.Equal(16, events[0].Location.LastLine);
        Assert.Equal(17, events[1].Location.FirstLine);
        Assert.DoesNotContain(diagnostics, d => d.Severity <= Severity.Warning);
    }

    [Fact]
    public void DiagnosticRecord_WithResultCodeInsideText()
    {
        var e = SipStackRead.Single(DiagnosticRecord(
            "Severity: error\nText: Message cannot be routed because the peer's certificate does not contain a matching FQDN Result-Code: 0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH\n" +
            "SIP-Start-Line: SERVICE sip:atl-cs-001.litwareinc.com@litwareinc.com SIP/2.0\nSIP-Call-ID: 5f1e2d3c\nSIP-CSeq: 3 SERVICE\nPeer: atl-owa-001.litwareinc.com:5199\n" +
            "Data: expected-fqdn =\" atl-owa-001.litwareinc.com \"; certName =\" mail.litwareinc.com \"\n"));

        Assert.Equal("sipstack.diagnostic", e.Kind);
        Assert.Equal(Severity.Error, e.Severity);
        var r = Assert.IsType<SipStackRecord>(e.Payload);
        Assert.Equal(new ResultCode(0xC3E93D67, "SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH"), r.ResultCode);
        Assert.Equal("5f1e2d3c", r.SipCallId);
        Assert.Equal("expected-fqdn =\" atl-owa-001.litwareinc.com \"; certName =\" mail.litwareinc.com \"", r.Field("Data"));
        Assert.Contains(new EventKey(KeyKind.CorrelationId, "1843281240"), e.Keys);
        Assert.Contains(new EventKey(KeyKind.CallId, "5f1e2d3c"), e.Keys);
    }

    [Fact]
    public void DiagnosticRecord_WithLogTypeAndResultCodeOnItsOwnLine()
    {
        var e = SipStackRead.Single(DiagnosticRecord("LogType: diagnostic\nSeverity: warning\nText: Routing error occurred\nResult-Code: 0xc3e93c5e SIPPROXY_E_ROUTING\n", "TL_WARN"));
        Assert.Equal("sipstack.diagnostic", e.Kind);
        Assert.Equal(Severity.Warning, e.Severity);
        Assert.Equal(new ResultCode(0xC3E93C5E, "SIPPROXY_E_ROUTING"), Assert.IsType<SipStackRecord>(e.Payload).ResultCode);
    }

    [Fact]
    public void ConnectionRecord_IsAConnectionEvent()
    {
        var e = SipStackRead.Single(DiagnosticRecord("LogType: connection\nSeverity: error\nText: The peer certificate was not trusted\nTransport: TLS\nResult-Code: 0x80090325 SEC_E_UNTRUSTED_ROOT\n", flag: "TF_CONNECTION"));
        Assert.Equal("sipstack.connection", e.Kind);
        Assert.Equal("SEC_E_UNTRUSTED_ROOT", Assert.IsType<SipStackRecord>(e.Payload).ResultCode?.Name);
    }

    [Fact]
    public void FreeText_WithResultAndEndRecordWithoutBegin()
    {
        var text = TraceLine("( 000000000A1B2C30 ) Exit - route headers from untrusted source. Result 0xC3E93C5E(SIPPROXY_E_ROUTING)", "TL_ERROR") + "$$end_record\n";
        var (events, diagnostics) = SipStackRead.Text(text);

        var e = Assert.Single(events);
        Assert.Equal("sipstack.trace", e.Kind);
        Assert.Equal(Severity.Error, e.Severity);
        Assert.Equal("Exit - route headers from untrusted source. Result 0xC3E93C5E(SIPPROXY_E_ROUTING)", e.Summary);
        Assert.Equal(new ResultCode(0xC3E93C5E, "SIPPROXY_E_ROUTING"), Assert.IsType<SipStackRecord>(e.Payload).ResultCode);
        Assert.Equal(2, e.Location.LastLine);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void FreeText_FollowedByFields_KeepsThem()
    {
        var text = TraceLine("( 0A ) Exit - failed", "TL_WARN") + "SIP-Call-ID: xyz\nPeer: atl-owa-001.litwareinc.com:5199\n$$end_record\n";
        var e = SipStackRead.Single(text);
        var r = Assert.IsType<SipStackRecord>(e.Payload);
        Assert.Equal("xyz", r.SipCallId);
        Assert.Equal(4, e.Location.LastLine);
    }

    [Fact]
    public void ClsHost_ComesFromTheBracketOfEachEntry_OcsLoggerUsesTheFileHost()
    {
        var (events, _) = SipStackRead.Text(ProtocolRecord(cls: true) + ProtocolRecord(), fileHost: "FE-FROM-FOLDER");
        Assert.Equal("ATL-CS-001", events[0].Host);
        Assert.Equal("FE-FROM-FOLDER", events[1].Host);
    }

    [Fact]
    public void AppendedSearches_KeepEveryEntryEvenWhenTimeGoesBack()
    {
        var later = ProtocolRecord(callId: "later");
        var earlier = ProtocolRecord(callId: "earlier").Replace("09:21:07.412", "09:20:00.000", StringComparison.Ordinal);
        var (events, _) = SipStackRead.Text(later + earlier);
        Assert.Equal(["later", "earlier"], events.Select(e => e.KeyValue(KeyKind.CallId)));
    }

    [Fact]
    public void TruncatedLastRecord_IsKeptAndNoted()
    {
        var text = ProtocolRecord() + ProtocolRecord(callId: "cut")[..^"Message-Body: -\n$$end_record\n".Length];
        var (events, diagnostics) = SipStackRead.Text(text);

        Assert.Equal(2, events.Count);
        Assert.Equal("cut", events[1].KeyValue(KeyKind.CallId));
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticDisposition.Noted, d.Disposition);
        Assert.Equal("record starting at line 14 has no $$end_record (truncated?); read as far as it goes", d.Message);
    }

    [Fact]
    public void JunkBeforeTheFirstEntry_IsReportedWithItsLines()
    {
        var (events, diagnostics) = SipStackRead.Text("Search-CsClsLogging output\nsecond line\n" + ProtocolRecord());
        Assert.Single(events);
        var d = Assert.Single(diagnostics);
        Assert.Equal((1, 2), (d.Location.FirstLine, d.Location.LastLine));
        Assert.Equal(DiagnosticDisposition.Skipped, d.Disposition);
        Assert.Equal("text before the first trace entry (no TL_ line); skipped", d.Message);
    }

    [Fact]
    public void MalformedEntryLine_IsSkippedWithTheGrammarsReason_AndReadingGoesOn()
    {
        var bad = "TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::13/14/2013-09:21:07.412 (C,F:f.cpp(1))$$begin_record\nCall-ID: lost\n$$end_record\n";
        var (events, diagnostics) = SipStackRead.Text(ProtocolRecord() + bad + ProtocolRecord(callId: "next"));

        Assert.Equal(["abc123", "next"], events.Select(e => e.KeyValue(KeyKind.CallId)));
        var d = Assert.Single(diagnostics);
        Assert.Equal("trace.txt:14-16: error: line 14, column 36: expected timestamp MM/DD/YYYY-HH:MM:SS.mmm, found '1'; entry skipped", d.ToString());
    }

    [Fact]
    public void TextAfterEndRecord_IsReportedSeparately()
    {
        var (events, diagnostics) = SipStackRead.Text(ProtocolRecord() + "\nstray words\n" + ProtocolRecord());
        Assert.Equal(2, events.Count);
        Assert.Equal(14, events[0].Location.LastLine);
        var d = Assert.Single(diagnostics);
        Assert.Equal((15, 15), (d.Location.FirstLine, d.Location.LastLine));
        Assert.Equal("text after $$end_record that is not a trace entry; skipped", d.Message);
    }

    [Fact]
    public void NonHeaderLineInsideSipRecord_IsNotedButTheRecordIsKept()
    {
        var e = ProtocolRecord(extraHeaders: "this is not a header\n");
        var (events, diagnostics) = SipStackRead.Text(e);
        Assert.Single(events);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticDisposition.Noted, d.Disposition);
        Assert.Equal("line 12: not a 'Name: value' header inside a SIP record; kept as part of the record", d.Message);
    }

    [Fact]
    public void CrLfAndByteOffsets_PointAtEachEntry()
    {
        var text = (ProtocolRecord() + ProtocolRecord(callId: "second")).Replace("\n", "\r\n", StringComparison.Ordinal);
        var (events, _) = SipStackRead.Text(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var second = events[1].Location.ByteOffset;
        Assert.Equal("TL_INFO", System.Text.Encoding.UTF8.GetString(bytes, (int)second, 7));
        Assert.Equal(bytes.Length / 2, second);
    }
}
