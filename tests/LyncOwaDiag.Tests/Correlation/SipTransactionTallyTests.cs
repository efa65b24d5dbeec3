using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Correlation;

public class SipTransactionTallyTests
{
    private static readonly TraceOrigin Origin = new()
    {
        Level = "TL_INFO", Flag = "TF_PROTOCOL", Bracket = "0", ProcessId = 1, ThreadId = 2,
        Component = "SIPStack", Function = "SIPAdminLog::TraceProtocolRecord", SourceFile = "SIPAdminLog.cpp", SourceLine = 160,
    };

    private static int _line;

    private static TimelineEvent Sip(string host, double seconds, string callId, long cseq, string method, int? status = null)
    {
        _line++;
        return new TimelineEvent
        {
            Timestamp = new DateTimeOffset(2013, 5, 14, 9, 21, 0, TimeSpan.Zero).AddSeconds(seconds),
            TimeQuality = TimeQuality.AssumedUtc,
            Source = EventSource.SipStack,
            Host = host,
            Severity = Severity.Info,
            Kind = status is null ? "sip.request" : "sip.response",
            Summary = method,
            Payload = new SipMessage
            {
                Origin = Origin,
                StartLine = status is null ? $"{method} sip:x SIP/2.0" : $"SIP/2.0 {status} X",
                Method = status is null ? method : null,
                StatusCode = status,
                CallId = callId,
                CSeqNumber = cseq,
                CSeqMethod = method,
            },
            Location = new SourceLocation($"{host}.txt", _line, _line, 0),
        };
    }

    private static SipTransactionSummary Tally(params TimelineEvent[] events)
    {
        var tally = new SipTransactionTally();
        foreach (var e in events)
        {
            tally.Add(e);
        }

        return tally.Summary();
    }

    [Fact]
    public void ProxyLegs_CountOnce_AndTheResponseTimeIsThatHostsOwn()
    {
        // FE01 logs the INVITE in and out, a 100 Trying, and the 504 in and out; the Edge (clock 2.5 s ahead) logs its legs.
        var t = Tally(
            Sip("FE01", 0.000, "c1", 1, "INVITE"),
            Sip("FE01", 0.002, "c1", 1, "INVITE"),
            Sip("EDGE01", 2.510, "c1", 1, "INVITE"),
            Sip("FE01", 0.050, "c1", 1, "INVITE", 100),
            Sip("EDGE01", 3.510, "c1", 1, "INVITE", 504),
            Sip("FE01", 1.020, "c1", 1, "INVITE", 504),
            Sip("FE01", 1.021, "c1", 1, "INVITE", 504));

        Assert.Equal(2, t.Answered);
        Assert.Equal(new Dictionary<int, long> { [504] = 2 }, t.FailuresByStatus);
        Assert.Equal(0, t.Unanswered);
        Assert.Equal(("FE01", TimeSpan.FromMilliseconds(1020)), (t.Slowest!.Host, t.Slowest.ResponseTime));
        Assert.Equal(TimeSpan.FromMilliseconds(1010), t.MeanResponseTime);
    }

    [Fact]
    public void Unanswered_ListsOpenRequestsOldestFirst_ButNotAckOrBenotify()
    {
        var t = Tally(
            Sip("FE01", 5, "late", 2, "SERVICE"),
            Sip("FE01", 1, "early", 1, "SUBSCRIBE"),
            Sip("FE01", 2, "a", 1, "ACK"),
            Sip("FE01", 3, "b", 7, "BENOTIFY"),
            Sip("FE01", 4, "ok", 1, "REGISTER"),
            Sip("FE01", 4.2, "ok", 1, "REGISTER", 200));

        Assert.Equal((1L, 0L, 2L), (t.Answered, t.Failed, t.Unanswered));
        Assert.Equal(["early", "late"], t.UnansweredExamples.Select(u => u.CallId));
        Assert.Equal(TimeSpan.FromMilliseconds(200), t.Slowest!.ResponseTime);
    }

    [Fact]
    public void ResponseWithoutItsRequest_IsNotATransaction()
    {
        var t = Tally(Sip("FE01", 1, "c", 1, "INVITE", 486), Sip("FE01", 2, "c", 2, "BYE"), Sip("FE02", 2.1, "c", 2, "BYE", 200));
        Assert.Equal((0L, 1L), (t.Answered, t.Unanswered));
        Assert.Null(t.MeanResponseTime);
    }

    [Fact]
    public void ARequestOpenPastTheGiveUpTime_IsUnanswered_AndALateResponseMatchesNothing()
    {
        var late = SipTransactionTally.GiveUpAfter.TotalSeconds + 1;
        var t = Tally(
            Sip("FE01", 0, "slow", 1, "INVITE"),
            Sip("FE01", late, "other", 1, "OPTIONS"),
            Sip("FE01", late + 0.1, "other", 1, "OPTIONS", 200),
            Sip("FE01", late + 0.2, "slow", 1, "INVITE", 408));

        Assert.Equal((1L, 0L, 1L), (t.Answered, t.Failed, t.Unanswered));
        Assert.Equal("slow", Assert.Single(t.UnansweredExamples).CallId);
    }

    [Fact]
    public void BeyondTheOpenLimit_TheOldestAreLetGo_AndStillCounted()
    {
        var tally = new SipTransactionTally();
        for (var i = 0; i <= SipTransactionTally.MaxOpen + 10; i++)
        {
            tally.Add(Sip("FE01", i * 0.001, $"c{i}", 1, "SUBSCRIBE"));
        }

        tally.Add(Sip("FE01", 200, $"c{SipTransactionTally.MaxOpen}", 1, "SUBSCRIBE", 200));
        var t = tally.Summary();

        Assert.Equal(1, t.Answered);
        Assert.Equal(SipTransactionTally.MaxOpen + 10, t.Unanswered);
        Assert.Equal(["c0", "c1", "c2", "c3", "c4"], t.UnansweredExamples.Select(u => u.CallId));
    }
}
