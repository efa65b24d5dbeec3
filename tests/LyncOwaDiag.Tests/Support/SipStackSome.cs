namespace LyncOwaDiag.Tests.Support;

/// <summary>Builders for SIPStack trace text in the OCSLogger and CLS flavours (the <c>Some</c> pattern).</summary>
internal static class SipStackSome
{
    public const string OcsPrefix = "TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412.0001a2b3 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))";

    public const string ClsPrefix = @"TL_INFO(TF_PROTOCOL) [atl-cs-001\ATL-CS-001]0B60.0D6C::05/14/2013-09:21:08.940.0000a5f1 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(160)) [1843281240] ";

    public static string ProtocolRecord(string startLine = "INVITE sip:kim@litwareinc.com SIP/2.0", string callId = "abc123", string extraHeaders = "", string body = "-", bool cls = false) =>
        (cls ? ClsPrefix : OcsPrefix) + "$$begin_record\n" +
        "Trace-Correlation-Id: 1843281234\n" +
        "Instance-Id: 00003F1A\n" +
        "Direction: outgoing;source=\"local\";destination=\"internal\"\n" +
        "Peer: atl-owa-001.litwareinc.com:5199\n" +
        $"Message-Type: {(startLine.StartsWith("SIP/", StringComparison.Ordinal) ? "response" : "request")}\n" +
        $"Start-Line: {startLine}\n" +
        "From: \"Pilar Ackerman\" <sip:pilar@litwareinc.com>;tag=77aa88bb;epid=a1b2c3d4e5\n" +
        "To: <sip:kim@litwareinc.com>;tag=0f1e2d3c\n" +
        $"Call-ID: {callId}\n" +
        "CSeq: 1 INVITE\n" +
        extraHeaders +
        $"Message-Body: {body}\n" +
        "$$end_record\n";

    public static string DiagnosticRecord(string fields, string level = "TL_ERROR", string flag = "TF_DIAG") =>
        $"{level}({flag}) [atl-cs-001\\ATL-CS-001]0B60.0D6C::05/14/2013-09:21:09.025.0000a602 (SIPStack,SIPAdminLog::WriteDiagnosticEvent:SIPAdminLog.cpp(833)) [1843281240] $$begin_record\n" +
        fields +
        "$$end_record\n";

    public static string TraceLine(string text, string level = "TL_INFO") =>
        $"{level}(TF_COMPONENT) [0]0A1C.0B44::05/14/2013-09:21:09.242.0001a2d3 (SIPStack,CSIPRequest::GetNextHopByRouteHeader:SIPRequest.cpp(2440)){text}\n";
}
