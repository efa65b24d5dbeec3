using LyncOwaDiag.Correlation;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.SipStackSome;

namespace LyncOwaDiag.Tests.Correlation;

public class SipDialogsTests
{
    [Fact]
    public void RequestAndFinalResponse_PairIntoATransaction_WithItsResponseTime()
    {
        var text = ProtocolRecord() + ProtocolRecord("SIP/2.0 100 Trying").Replace("09:21:07.412", "09:21:07.500", StringComparison.Ordinal)
            + ProtocolRecord("SIP/2.0 504 Server time-out").Replace("09:21:07.412", "09:21:08.419", StringComparison.Ordinal)
            + ProtocolRecord(callId: "other");
        var (events, _) = SipStackRead.Text(text);

        var transactions = SipDialogs.Transactions(events);

        Assert.Equal(2, transactions.Count);
        var first = transactions[0];
        Assert.Equal(("abc123", 1L, "INVITE", 2), (first.CallId, first.CSeq, first.Method, first.Responses.Count));
        Assert.Equal(504, ((Model.SipMessage)first.Final!.Payload!).StatusCode);
        Assert.Equal(TimeSpan.FromMilliseconds(1007), first.ResponseTime);
        Assert.Null(transactions[1].ResponseTime);
    }

    [Fact]
    public void CallIdsOfAUser_BySipUriOrSmtpInAnyCase()
    {
        var (events, _) = SipStackRead.Text(ProtocolRecord() + ProtocolRecord(callId: "two").Replace("pilar@", "diego@", StringComparison.Ordinal).Replace("kim@", "lee@", StringComparison.Ordinal));
        Assert.Equal(["abc123"], SipDialogs.CallIdsOf(events, "KIM@litwareinc.com"));
        Assert.Equal(["two"], SipDialogs.CallIdsOf(events, "sip:diego@litwareinc.com"));
    }
}
