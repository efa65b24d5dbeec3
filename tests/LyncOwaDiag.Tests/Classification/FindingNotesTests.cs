using LyncOwaDiag.Classification.Rules;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>A finding two matchers made says what each of them saw, not only the first one's note.</summary>
public class FindingNotesTests
{
    [Fact]
    public void TraceInsufficient_NamesBothGaps_WhenTheTraceLacksDiagnosticsAndNoApplicationLogWasCollected()
    {
        // A trace with SIP messages only (no TF_DIAG/TF_CONNECTION), and IM log errors with no event log beside them.
        var result = Run(RuleSet.Load(),
        [
            Sip("INVITE sip:ben@litwareinc.com SIP/2.0", "c-1", method: "INVITE"),
            Sip("SIP/2.0 200 OK", "c-1", seconds: 1, status: 200),
            ImRow("sign-in-failed", "InstantMessageOCSProvider.SignInCallback failed", seconds: 30),
        ]);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "TRACE-INSUFFICIENT");
        Assert.Contains("no TF_DIAG or TF_CONNECTION records (tracing was not set to All Flags); the IM log shows errors but no Application log", finding.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void OneNote_IsSaidOnce_HoweverManyEventsMatchedIt()
    {
        var result = Run(RuleSet.Load(),
        [
            Sip("INVITE sip:ben@litwareinc.com SIP/2.0", "c-1", method: "INVITE"),
            Sip("SIP/2.0 200 OK", "c-1", seconds: 1, status: 200),
            Sip("INVITE sip:ray@litwareinc.com SIP/2.0", "c-2", seconds: 2, method: "INVITE"),
        ]);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "TRACE-INSUFFICIENT");
        Assert.Equal(1, finding.Cause.Split("All Flags").Length - 1);
        Assert.DoesNotContain("; ", finding.Cause, StringComparison.Ordinal);
    }
}
