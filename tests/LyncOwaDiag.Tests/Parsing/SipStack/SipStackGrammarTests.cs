using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.SipStack;

namespace LyncOwaDiag.Tests.Parsing.SipStack;

public class SipStackGrammarTests
{
    private static TraceOrigin Origin(string level, string flag, string bracket, uint pid, uint tid, uint? sequence,
        string component, string function, string file, int line, uint? correlation) => new()
    {
        Level = level, Flag = flag, Bracket = bracket, ProcessId = pid, ThreadId = tid, Sequence = sequence,
        Component = component, Function = function, SourceFile = file, SourceLine = line, CorrelationId = correlation,
    };

    public static TheoryData<string, TraceOrigin, string, string> ValidLines => new()
    {
        // OCSLogger: CPU number in the bracket, $$begin_record glued to the code location.
        { @"TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412.0001a2b3 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))$$begin_record",
          Origin("INFO", "PROTOCOL", "0", 0x0A1C, 0x0B2D, 0x0001a2b3u, "SIPStack", "SIPAdminLog::TraceProtocolRecord", "SIPAdminLog.cpp", 125, null),
          "2013-05-14T09:21:07.4120000", "$$begin_record" },
        // CLS: pool\machine bracket, correlation id, space before $$begin_record, upper-case sequence.
        { @"TL_WARN(TF_DIAG) [atl-edge\ATL-EDGE01]0584.0A44::03/02/2017-07:10:46.230.0000773E (SIPStack,SIPAdminLog::WriteDiagnosticEvent:SIPAdminLog.cpp(830)) [156659184] $$begin_record",
          Origin("WARN", "DIAG", @"atl-edge\ATL-EDGE01", 0x0584, 0x0A44, 0x773Eu, "SIPStack", "SIPAdminLog::WriteDiagnosticEvent", "SIPAdminLog.cpp", 830, 156659184u),
          "2017-03-02T07:10:46.2300000", "$$begin_record" },
        // Free text tail with a result code.
        { "TL_ERROR(TF_COMPONENT) [0]0860.0CDC::01/18/2012-05:07:42.622.000d0b31 (SIPStack,CSIPRequest::GetNextHopByRouteHeader:SIPRequest.cpp(2440))( 00000000028FDD70 ) Exit - route headers from untrusted source. Result 0xC3E93C5E(SIPPROXY_E_ROUTING)",
          Origin("ERROR", "COMPONENT", "0", 0x0860, 0x0CDC, 0x000d0b31u, "SIPStack", "CSIPRequest::GetNextHopByRouteHeader", "SIPRequest.cpp", 2440, null),
          "2012-01-18T05:07:42.6220000", "( 00000000028FDD70 ) Exit - route headers from untrusted source. Result 0xC3E93C5E(SIPPROXY_E_ROUTING)" },
        // Another component in CLS output, no sequence number, three-part function, several spaces.
        { @"TL_VERBOSE(TF_SHOW_ALLREQUESTS)  [pool01\FE01]1.2::12/31/2013-23:59:59.999  (S4,CSipAppPlatform::Inner::OnRequest:sipappplatform.cpp(7))  [4294967295]  Dispatching",
          Origin("VERBOSE", "SHOW_ALLREQUESTS", @"pool01\FE01", 1, 2, null, "S4", "CSipAppPlatform::Inner::OnRequest", "sipappplatform.cpp", 7, 4294967295u),
          "2013-12-31T23:59:59.9990000", "Dispatching" },
        // A bracketed number too big for 32 bits is text, not a correlation id.
        { "TL_INFO(TF_COMPONENT) [0]1.2::01/01/2014-00:00:00.000 (C,F:f.cpp(1)) [4294967296] x",
          Origin("INFO", "COMPONENT", "0", 1, 2, null, "C", "F", "f.cpp", 1, null),
          "2014-01-01T00:00:00.0000000", "[4294967296] x" },
    };

    [Theory]
    [MemberData(nameof(ValidLines))]
    public void ValidLine_ParsesEveryPiece(string line, TraceOrigin origin, string time, string tail)
    {
        Assert.True(SipStackLineParser.TryParse(line, out var parsed, out var error), error);
        Assert.Equal(origin, parsed!.Origin);
        Assert.Equal(time, parsed.Timestamp.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(tail, parsed.Tail);
    }

    [Theory]
    [InlineData(@"TL_WARN(TF_DIAG) [atl-edge\ATL-EDGE01]0584.0A44::03/02/2017-07:10:46.230 (C,F:f.cpp(1))", "ATL-EDGE01")]
    [InlineData(@"TL_WARN(TF_DIAG) [ATL-EDGE01]0584.0A44::03/02/2017-07:10:46.230 (C,F:f.cpp(1))", "ATL-EDGE01")]
    [InlineData(@"TL_WARN(TF_DIAG) [3]0584.0A44::03/02/2017-07:10:46.230 (C,F:f.cpp(1))", null)]
    public void Bracket_NamesTheMachine_ButACpuNumberIsNoHost(string line, string? machine)
    {
        Assert.True(SipStackLineParser.TryParse(line, out var parsed, out var error), error);
        Assert.Equal(machine, parsed!.Origin.Machine);
    }

    [Theory]
    [InlineData("TL_INFO TF_PROTOCOL [0]0A1C.0B2D::05/14/2013-09:21:07.412 (C,F:f.cpp(1))", "column 8: expected flag (TF_<NAME>), found ' '")]
    [InlineData("TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::13/14/2013-09:21:07.412 (C,F:f.cpp(1))", "column 36: expected timestamp MM/DD/YYYY-HH:MM:SS.mmm, found '1'")]
    [InlineData("TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07 (C,F:f.cpp(1))", "column 55: expected '.' and milliseconds, found ' '")]
    [InlineData("TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D:05/14/2013-09:21:07.412 (C,F:f.cpp(1))", "column 35: expected ':', found '0'")]
    [InlineData("TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412 (SIPStack,SIPAdminLog::TraceProtocolRecord)", "column 102: expected ':' and the source file, found ')'")]
    [InlineData("TL_INFO(TF_PROTOCOL) [0 0A1C.0B2D::05/14/2013-09:21:07.412 (C,F:f.cpp(1))", "column 74: expected ']', found end of line")]
    [InlineData("TL_info(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412 (C,F:f.cpp(1))", "column 4: expected upper-case letter, found 'i'")]
    public void InvalidLine_SaysWhereAndWhat(string line, string expected)
    {
        Assert.False(SipStackLineParser.TryParse(line, out _, out var error));
        Assert.Equal(expected, error);
    }
}
