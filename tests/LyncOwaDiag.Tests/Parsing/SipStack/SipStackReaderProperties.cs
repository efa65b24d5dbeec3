using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.SipStack;

/// <summary>No input makes the reader throw, and every line it is given is accounted for.</summary>
public class SipStackReaderProperties
{
    private static readonly string[] Fragments =
    [
        SipStackSome.OcsPrefix + "$$begin_record",
        SipStackSome.ClsPrefix + "$$begin_record",
        SipStackSome.OcsPrefix + "( 0A ) Exit - x. Result 0xC3E93C5E(SIPPROXY_E_ROUTING)",
        "TL_WARN(TF_DIAG) [0]1.2::05/14/2013-09:21:07.412 (C,F:f.cpp(1)) [",
        "TL_", "$$end_record", "$$begin_record", "Start-Line: SIP/2.0 504 Server time-out", "Start-Line: INVITE sip:a@b SIP/2.0",
        "Start-Line: garbage", "Message-Body: -", "Message-Body: <a>", "CSeq: 99999999999999999999 INVITE", "CSeq: x",
        "From: <sip:kim@litwareinc.com;tag=1", "To: \"\" <>", "Call-ID:", "ms-diagnostics: 1010;reason=\"x", "  folded",
        "\t", "", "Text: Result-Code: 0x", "Result-Code: 0xZZ", "LogType: connection", "Severity: bogus", "Peer: [::1]:5061",
        "Peer: :::", "Direction: ;;;", "Data: \u0000\u0001", "Ω€\u00ff", "\u001b[31mred",
    ];

    private static Arbitrary<string[]> Traces() =>
        Gen.Elements(Fragments).ArrayOf().ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property FragmentSoup_NeverThrows_AndEveryLineIsAccounted() =>
        Prop.ForAll(Traces(), lines =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
            var (events, diagnostics) = SipStackRead.Bytes(bytes);
            return LineCoverage.Problem(events, diagnostics, LineCoverage.CountLines(bytes)) is null;
        });

    [Property(MaxTest = 500)]
    public void RandomBytes_NeverThrow_AndEveryLineIsAccounted(NonNull<byte[]> bytes)
    {
        var (events, diagnostics) = SipStackRead.Bytes(bytes.Get);
        Assert.Null(LineCoverage.Problem(events, diagnostics, LineCoverage.CountLines(bytes.Get)));
    }

    [Property(MaxTest = 500)]
    public void RandomText_NeverThrows_AndEveryLineIsAccounted(NonNull<string> text)
    {
        var bytes = Encoding.UTF8.GetBytes(SipStackSome.ProtocolRecord() + text.Get);
        var (events, diagnostics) = SipStackRead.Bytes(bytes);
        Assert.Null(LineCoverage.Problem(events, diagnostics, LineCoverage.CountLines(bytes)));
    }
}
