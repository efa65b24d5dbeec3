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

    /// <summary>A REGISTER from the given User-Agent and peer.</summary>
    private static TimelineEvent Register(string callId, string userAgent, string peer, int seconds = 0) =>
        Sip("REGISTER sip:litwareinc.com SIP/2.0", callId, seconds, method: "REGISTER", cseqMethod: "REGISTER", userAgent: userAgent, peer: peer);

    /// <summary>The registrar's answer to that REGISTER, which knows its request's User-Agent.</summary>
    private static TimelineEvent Answer(string callId, int status, string requestUserAgent, string peer, int seconds, string? to = null, params string[] diagnostics) =>
        Sip($"SIP/2.0 {status} {Reason(status)}", callId, seconds, status: status, cseqMethod: "REGISTER", requestUserAgent: requestUserAgent, peer: peer, to: to, diagnostics: diagnostics);

    private static string Reason(int status) => status switch { 200 => "OK", 401 => "Unauthorized", 403 => "Forbidden", 404 => "Not Found", _ => "Error" };

    [Fact]
    public void SignIns_AreNotChecked_WhenAnotherUcmaApplicationRegisters()
    {
        // Mobility, UM and synthetic transactions say RTCC/ too; from a peer that is not OWA's they are not OWA's sign-in.
        Assert.Equal(ChecklistState.NotChecked, SignIns(
            Register("mcx-1", "RTCC/5.0.0.0 MCXService/5.0.0.0", "atl-cs-001.litwareinc.com:5061"),
            Answer("mcx-1", 403, "RTCC/5.0.0.0 MCXService/5.0.0.0", "atl-cs-001.litwareinc.com:5061", seconds: 1)));
    }

    [Fact]
    public void SignIns_Fail_WhenOwasRegisterIsRefused()
    {
        Assert.Equal(ChecklistState.Failed, SignIns(
            Register("reg-1", Owa, OwaPeer),
            Answer("reg-1", 403, Owa, OwaPeer, seconds: 1)));
    }

    [Fact]
    public void SignIns_Fail_WhenOwasRegisterIsRefused_ThoughADesktopClientRegisters()
    {
        // A Lync client's 200 says nothing about OWA's sign-in.
        Assert.Equal(ChecklistState.Failed, SignIns(
            Register("client-1", Lync, ClientPeer),
            Answer("client-1", 200, Lync, ClientPeer, seconds: 1),
            Register("reg-1", Owa, OwaPeer, seconds: 2),
            Answer("reg-1", 404, Owa, OwaPeer, seconds: 3)));
    }

    [Fact]
    public void SignIns_Pass_WhenOwasRegisterIsAnswered200_AfterAChallenge()
    {
        Assert.Equal(ChecklistState.Passed, SignIns(
            Register("reg-1", Owa, OwaPeer),
            Answer("reg-1", 401, Owa, OwaPeer, seconds: 1),
            Answer("reg-1", 200, Owa, OwaPeer, seconds: 2)));
    }

    [Fact]
    public void SignIns_AreNotChecked_OnATraceOfDesktopClientsOnly()
    {
        // The Front End trace shows users' Lync clients signing in, successfully or not; OWA's endpoint is not in it.
        Assert.Equal(ChecklistState.NotChecked, SignIns(
            Register("client-1", Lync, ClientPeer),
            Answer("client-1", 200, Lync, ClientPeer, seconds: 1),
            Register("client-2", Lync, ClientPeer),
            Answer("client-2", 403, Lync, ClientPeer, seconds: 1)));
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
            Register("reg-1", Owa, OwaPeer)));
    }

    [Fact]
    public void PresenceTraffic_IsNotChecked_WhenTheTraceDoesNotCoverOwasSignIns_AndFails_WhenItDoes()
    {
        static ChecklistResult Presence(params TimelineEvent[] events) =>
            Assert.Single(Run(BuiltIn, events).Checklist, c => c.Id == "presence-traffic");

        // A trace of the morning and OWA's sign-ins two hours later: the trace's silence says nothing of them.
        var morning = Presence(
            Register("client-1", Lync, ClientPeer),
            Answer("client-1", 200, Lync, ClientPeer, seconds: 60),
            ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 7200));
        Assert.Equal(ChecklistState.NotChecked, morning.State);
        Assert.Contains("has nothing within 10 minutes of the times OWA was at work (2013-05-14 11:00:00Z", morning.Reason, StringComparison.Ordinal);
        Assert.Contains("2013-05-14 09:00:00Z – 2013-05-14 09:01:00Z", morning.Reason, StringComparison.Ordinal);

        // A trace of two windows appended, the sign-in in the hours between them: still nothing to judge it by.
        Assert.Equal(ChecklistState.NotChecked, Presence(
            Register("client-1", Lync, ClientPeer),
            ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 3600),
            Answer("client-1", 200, Lync, ClientPeer, seconds: 7200)).State);

        // Weeks of earlier sign-ins before the one the trace covers: the covered one decides.
        Assert.Equal(ChecklistState.Failed, Presence(
            [.. Enumerable.Range(1, 5000).Select(k => ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: -k * 300)),
             Register("client-1", Lync, ClientPeer),
             ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 30)]).State);

        // The same sign-in while the trace ran, and no presence in it: that is a failure.
        Assert.Equal(ChecklistState.Failed, Presence(
            Register("client-1", Lync, ClientPeer),
            ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 30),
            Answer("client-1", 200, Lync, ClientPeer, seconds: 60)).State);
    }

    [Fact]
    public void AFailedSignIn_AWarningAccountsFor_MakesTheBundleDegraded_NotFailing()
    {
        // One user's REGISTER refused with 404/4005 (not enabled for Lync): USER-NOT-ENABLED, a warning, holds the
        // failing event, so the failed essential check is as bad as that finding.
        var result = Run(BuiltIn, [
            Register("reg-1", Owa, OwaPeer),
            Answer("reg-1", 404, Owa, OwaPeer, seconds: 1, to: "sip:dana@litwareinc.com",
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
            Register("reg-1", Owa, OwaPeer),
            Answer("reg-1", 403, Owa, OwaPeer, seconds: 1),
        ]);

        Assert.Equal(Verdict.Failing, result.Verdict);
    }
}
