using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>The built-in checklist: an item fails only where its evidence was collected and there was something to check.</summary>
public class ChecklistTests
{
    private static readonly RuleSet BuiltIn = RuleSet.Load();

    private static ChecklistState Event112(params TimelineEvent[] events) =>
        Assert.Single(Run(BuiltIn, events).Checklist, c => c.Id == "event-112").State;

    [Fact]
    public void Event112_Passes_WhenLogged() =>
        Assert.Equal(ChecklistState.Passed, Event112(EventLog("MSExchange OWA", 112, level: 4), ImRow("sign-in-started", "CreateEndpointAndBeginSignIn")));

    [Fact]
    public void Event112_Fails_WhenTheApplicationLogCoversOwaAtWork_AndLacksIt() =>
        Assert.Equal(ChecklistState.Failed, Event112(EventLog("MSExchange Common", 4999, level: 4), ImRow("sign-in-started", "CreateEndpointAndBeginSignIn")));

    [Fact]
    public void Event112_IsNotChecked_WithoutAnApplicationLog() =>
        Assert.Equal(ChecklistState.NotChecked, Event112(ImRow("sign-in-started", "CreateEndpointAndBeginSignIn")));

    [Fact]
    public void Event112_IsNotChecked_WhenNothingShowsOwaAtWork()
    {
        // An Exchange server's logs with no IM log and no collector manifest: nothing to hold the absence against.
        Assert.Equal(ChecklistState.NotChecked, Event112(EventLog("MSExchange Common", 4999, level: 4)));
    }

    private static ChecklistState SignIns(params TimelineEvent[] events) =>
        Assert.Single(Run(BuiltIn, events).Checklist, c => c.Id == "sign-ins-succeed").State;

    [Fact]
    public void SignIns_AreNotChecked_OnATraceOfFederationTrafficOnly()
    {
        // A Front End trace with a federated INVITE and its 504: no sign-in was attempted in it, so none failed.
        Assert.Equal(ChecklistState.NotChecked, SignIns(
            Sip("INVITE sip:ben@fabrikam.com SIP/2.0", "fed-1", method: "INVITE"),
            Sip("SIP/2.0 504 Server time-out", "fed-1", seconds: 1, status: 504)));
    }

    private const string Owa = "RTCC/5.0.0.0 OWA";
    private const string Lync = "UCCAPI/15.0.4569.1503 OC/15.0.4569.1506 (Microsoft Lync)";

    private const string OwaPeer = "atl-mbx-001.litwareinc.com:5075";

    private const string ClientPeer = "192.168.50.77:51234";

    [Fact]
    public void SignIns_AreNotChecked_WhenAnotherUcmaApplicationRegisters()
    {
        // Mobility, UM and synthetic transactions say RTCC/ too; from a peer that is not OWA's they are not OWA's sign-in.
        Assert.Equal(ChecklistState.NotChecked, SignIns(
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "mcx-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: "RTCC/5.0.0.0 MCXService/5.0.0.0", peer: "atl-cs-001.litwareinc.com:5061"),
            Sip("SIP/2.0 403 Forbidden", "mcx-1", seconds: 1, status: 403, cseqMethod: "REGISTER", requestUserAgent: "RTCC/5.0.0.0 MCXService/5.0.0.0", peer: "atl-cs-001.litwareinc.com:5061")));
    }

    [Fact]
    public void SignIns_Fail_WhenOwasRegisterIsRefused()
    {
        Assert.Equal(ChecklistState.Failed, SignIns(
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "reg-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Owa, peer: OwaPeer),
            Sip("SIP/2.0 403 Forbidden", "reg-1", seconds: 1, status: 403, cseqMethod: "REGISTER", requestUserAgent: Owa, peer: OwaPeer)));
    }

    [Fact]
    public void SignIns_Fail_WhenOwasRegisterIsRefused_ThoughADesktopClientRegisters()
    {
        // A Lync client's 200 says nothing about OWA's sign-in.
        Assert.Equal(ChecklistState.Failed, SignIns(
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "client-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Lync, peer: ClientPeer),
            Sip("SIP/2.0 200 OK", "client-1", seconds: 1, status: 200, cseqMethod: "REGISTER", requestUserAgent: Lync, peer: ClientPeer),
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "reg-1", seconds: 2, method: "REGISTER", cseqMethod: "REGISTER", userAgent: Owa, peer: OwaPeer),
            Sip("SIP/2.0 404 Not Found", "reg-1", seconds: 3, status: 404, cseqMethod: "REGISTER", requestUserAgent: Owa, peer: OwaPeer)));
    }

    [Fact]
    public void SignIns_Pass_WhenOwasRegisterIsAnswered200_AfterAChallenge()
    {
        Assert.Equal(ChecklistState.Passed, SignIns(
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "reg-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Owa, peer: OwaPeer),
            Sip("SIP/2.0 401 Unauthorized", "reg-1", seconds: 1, status: 401, cseqMethod: "REGISTER", requestUserAgent: Owa, peer: OwaPeer),
            Sip("SIP/2.0 200 OK", "reg-1", seconds: 2, status: 200, cseqMethod: "REGISTER", requestUserAgent: Owa, peer: OwaPeer)));
    }

    [Fact]
    public void SignIns_AreNotChecked_OnATraceOfDesktopClientsOnly()
    {
        // The Front End trace shows users' Lync clients signing in, successfully or not; OWA's endpoint is not in it.
        Assert.Equal(ChecklistState.NotChecked, SignIns(
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "client-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Lync, peer: ClientPeer),
            Sip("SIP/2.0 200 OK", "client-1", seconds: 1, status: 200, cseqMethod: "REGISTER", requestUserAgent: Lync, peer: ClientPeer),
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "client-2", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Lync, peer: ClientPeer),
            Sip("SIP/2.0 403 Forbidden", "client-2", seconds: 1, status: 403, cseqMethod: "REGISTER", requestUserAgent: Lync, peer: ClientPeer)));
    }

    [Fact]
    public void PresenceTraffic_IsNotChecked_WithoutOwasSignIn_AndFails_WhenOwaSignedInAndNothingFlows()
    {
        static ChecklistState Presence(params TimelineEvent[] events) =>
            Assert.Single(Run(BuiltIn, events).Checklist, c => c.Id == "presence-traffic").State;

        var federated = Sip("INVITE sip:ben@fabrikam.com SIP/2.0", "fed-1", method: "INVITE");
        var clientSubscribe = Sip("SUBSCRIBE sip:kim@litwareinc.com SIP/2.0", "sub-1", method: "SUBSCRIBE", cseqMethod: "SUBSCRIBE", userAgent: Lync, peer: ClientPeer);
        Assert.Equal(ChecklistState.NotChecked, Presence(federated, clientSubscribe));
        Assert.Equal(ChecklistState.Failed, Presence(federated, clientSubscribe,
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "reg-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Owa, peer: OwaPeer)));
    }

    [Fact]
    public void AFailedSignIn_AWarningAccountsFor_MakesTheBundleDegraded_NotFailing()
    {
        // One user's REGISTER refused with 404/4005 (not enabled for Lync): USER-NOT-ENABLED, a warning, holds the
        // failing event, so the failed essential check is as bad as that finding.
        var result = Run(BuiltIn, [
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "reg-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Owa, peer: OwaPeer),
            Sip("SIP/2.0 404 Not Found", "reg-1", seconds: 1, status: 404, cseqMethod: "REGISTER", requestUserAgent: Owa, peer: OwaPeer, to: "sip:dana@litwareinc.com",
                diagnostics: "4005;reason=\"Destination URI either not enabled for SIP or does not exist\""),
        ]);

        Assert.Equal(ChecklistState.Failed, Assert.Single(result.Checklist, c => c.Id == "sign-ins-succeed").State);
        Assert.Contains(result.Findings, f => f.RuleId == "USER-NOT-ENABLED" && f.Severity == Severity.Warning);
        Assert.Equal(Verdict.Degraded, result.Verdict);
    }

    [Fact]
    public void AFailedSignIn_NoFindingAccountsFor_MakesTheBundleFailing()
    {
        var result = Run(BuiltIn, [
            Sip("REGISTER sip:litwareinc.com SIP/2.0", "reg-1", method: "REGISTER", cseqMethod: "REGISTER", userAgent: Owa, peer: OwaPeer),
            Sip("SIP/2.0 403 Forbidden", "reg-1", seconds: 1, status: 403, cseqMethod: "REGISTER", requestUserAgent: Owa, peer: OwaPeer),
        ]);

        Assert.Equal(Verdict.Failing, result.Verdict);
    }
}
