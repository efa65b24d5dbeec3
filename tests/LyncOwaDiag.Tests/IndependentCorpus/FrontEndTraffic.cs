namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The SIP traffic a Front End's trace shows (reference/sipstack.md §3.2, BUNDLES.md "SIP across hops"): OWA's UCMA
/// endpoint signing users in and subscribing to presence (no 401 challenge for a trusted application), Lync reaching
/// OWA users on the trusted application's port, and the ordinary failures of other traffic — clients challenged,
/// callees offline or busy, a cancelled call, federation timeouts relayed by the Edge.
/// </summary>
internal sealed class FrontEndTraffic(SipTrace fe, Org org, SipIds ids)
{
    private const int OwaLocalPort = 5075;
    private const int OwaAppPort = 5199;

    /// <summary>The Edge's own trace, when the bundle has it: relayed messages are then logged there too.</summary>
    public SipTrace? Edge { get; init; }

    public SipTrace Trace => fe;

    public static string OwaPeer(CorpusHost mbx, bool byIp) => byIp ? $"{mbx.Ip}:{OwaLocalPort}" : $"{mbx.Fqdn}:{OwaLocalPort}";

    public static string OwaAppPeer(CorpusHost mbx) => $"{mbx.Fqdn}:{OwaAppPort}";

    /// <summary>
    /// How this pool's trace names OWA's trusted application endpoint: its FQDN and 5199 unless the scenario moved
    /// the application to another port or has the pool log the address only.
    /// </summary>
    public Func<CorpusHost, string> AppPeer { get; set; } = OwaAppPeer;

    /// <summary>An OWA user signs in through the mailbox server's UCMA endpoint and gets presence.</summary>
    public void OwaSignIn(CorpusHost mbx, CorpusUser user, DateTime at, bool byIp, IReadOnlyList<CorpusUser> contacts)
    {
        var peer = OwaPeer(mbx, byIp);
        var epid = ids.Epid();
        var register = OwaRegister(mbx, user, at, peer, epid);
        var gruu = $"{user.Sip};opaque=user:epid:{ids.Tag()}{ids.Tag()}AA;gruu";
        Answer(register, at.AddMilliseconds(6), peer, "SIP/2.0 200 OK",
            $"Contact: <sip:{mbx.Fqdn}:{OwaLocalPort};transport=tls;ms-opaque={ids.Tag()}>;expires=7200;gruu=\"{gruu}\"", "Expires: 7200", SipMessages.Server, "Content-Length: 0");

        var roaming = OwaRequest(mbx, user, epid, peer, at.AddMilliseconds(140), "SUBSCRIBE", user.Sip, 1, "Event: vnd-microsoft-roaming-self", "Accept: application/vnd-microsoft-roaming-self+xml", "Content-Length: 0");
        Answer(roaming, at.AddMilliseconds(151), peer, "SIP/2.0 200 OK", "Expires: 38580", SipMessages.Server, "Content-Length: 0");

        var publish = PublishBody(user);
        var service = OwaRequest(mbx, user, epid, peer, at.AddMilliseconds(290), "SERVICE", $"{gruu}", 1, publish, "Content-Type: application/msrtc-category-publish+xml");
        Answer(service, at.AddMilliseconds(304), peer, "SIP/2.0 200 OK", SipMessages.Server, "Content-Length: 0");

        var batch = SipMessages.BatchSubscribe(user, contacts);
        var subscribe = OwaRequest(mbx, user, epid, peer, at.AddMilliseconds(455), "SUBSCRIBE", user.Sip, 2, batch, "Event: presence", "Accept: application/msrtc-event-categories+xml", "Content-Type: application/msrtc-adrl-categorylist+xml", "Supported: eventlist");
        Answer(subscribe, at.AddMilliseconds(470), peer, "SIP/2.0 200 OK", "Expires: 36000", SipMessages.Server, "Content-Length: 0");

        var t = at.AddMilliseconds(900);
        foreach (var contact in contacts)
        {
            var corr = fe.Correlate();
            fe.Message(t, corr, incoming: false, peer, $"BENOTIFY sip:{mbx.Fqdn}:{OwaLocalPort};transport=tls;ms-opaque={ids.Tag()} SIP/2.0",
                [$"Via: SIP/2.0/TLS {org.FrontEnd.Ip}:5061;branch={ids.Branch()}", $"From: <{user.Sip}>;tag={ids.Tag()}", $"To: <{user.Sip}>;tag={ids.Tag()};epid={epid}",
                 $"Call-ID: {subscribe.Leg.CallId}", "CSeq: 3 BENOTIFY", "Event: presence", "Subscription-State: active;expires=36000", "Content-Type: application/msrtc-event-categories+xml", SipMessages.Server],
                SipMessages.PresenceDocument(contact));
            t = t.AddMilliseconds(ids.Between(20, 90));
        }
    }

    /// <summary>OWA's REGISTER for <paramref name="user"/> answered with a failure (e.g. 404 and ms-diagnostics 4005).</summary>
    public void OwaRegisterRejected(CorpusHost mbx, CorpusUser user, DateTime at, bool byIp, string statusLine, params string[] headers)
    {
        var peer = OwaPeer(mbx, byIp);
        var register = OwaRegister(mbx, user, at, peer, ids.Epid());
        Answer(register, at.AddMilliseconds(9), peer, statusLine, [.. headers, SipMessages.Server, "Content-Length: 0"]);
    }

    /// <summary>A Lync client sends an IM to an OWA user; the pool reaches OWA on the trusted application's port.</summary>
    public void ImToOwaUser(CorpusHost mbx, CorpusUser from, CorpusUser to, DateTime at)
    {
        var (inbound, clientPeer, corr) = ClientRequest(from, $"sip:{to.Alias}@{org.Domain}", at, "INVITE", 1);
        var outbound = inbound with { Vias = [$"SIP/2.0/TLS {org.FrontEnd.Ip}:5061;branch={ids.Branch()}", .. inbound.Vias] };
        var owa = AppPeer(mbx);
        fe.Message(at.AddMilliseconds(12), corr, incoming: false, owa, $"INVITE {to.Sip};opaque=user:epid:{ids.Tag()};gruu SIP/2.0", outbound.RequestHeaders("Content-Type: application/sdp"), "v=0\no=- 0 0 IN IP4 10.0.5.40\ns=session\nc=IN IP4 10.0.5.40\nt=0 0\nm=message 5060 sip null\na=accept-types:text/plain");
        var tag = ids.Tag();
        fe.Message(at.AddMilliseconds(310), corr, incoming: true, owa, "SIP/2.0 200 OK", outbound.ResponseHeaders(tag, $"Contact: <sip:{mbx.Fqdn}:{AppPeer(mbx).Split(':')[^1]};transport=tls>", SipMessages.OwaUserAgent.Replace("User-Agent", "Server", StringComparison.Ordinal), "Content-Length: 0"));
        fe.Message(at.AddMilliseconds(316), corr, incoming: false, clientPeer, "SIP/2.0 200 OK", inbound.ResponseHeaders(tag, "Content-Length: 0"));
    }

    /// <summary>
    /// The pool cannot deliver a request to OWA on its application port: it logs what went wrong through
    /// <paramref name="failure"/> (a TF_DIAG or TF_CONNECTION record) and answers the caller 504 with
    /// <paramref name="msDiagnostics"/>.
    /// </summary>
    public void LyncToOwaFails(CorpusHost mbx, CorpusUser from, CorpusUser to, DateTime at, string msDiagnostics, Action<DateTime, int, string, SipLeg> failure)
    {
        var (inbound, clientPeer, corr) = ClientRequest(from, to.Sip, at, "INVITE", 1);
        var outbound = inbound with { Vias = [$"SIP/2.0/TLS {org.FrontEnd.Ip}:5061;branch={ids.Branch()}", .. inbound.Vias] };
        var owa = AppPeer(mbx);
        var startLine = $"INVITE {to.Sip};opaque=user:epid:{ids.Tag()};gruu SIP/2.0";
        fe.Message(at.AddMilliseconds(11), corr, incoming: false, owa, startLine, outbound.RequestHeaders("Content-Type: application/sdp"), "v=0\no=- 0 0 IN IP4 10.0.5.40\ns=session\nc=IN IP4 10.0.5.40\nt=0 0\nm=message 5060 sip null");
        failure(at.AddMilliseconds(ids.Between(40, 2100)), corr, startLine, outbound);
        fe.Message(at.AddMilliseconds(2150), corr, incoming: false, clientPeer, "SIP/2.0 504 Server time-out", inbound.ResponseHeaders(ids.Tag(), msDiagnostics, SipMessages.Server, "Content-Length: 0"));
    }

    /// <summary>
    /// The pool's own SERVICE to OWA's application endpoint fails: <paramref name="failure"/> writes the TF_DIAG or
    /// TF_CONNECTION record, then the 504 the pool logs on that leg with <paramref name="msDiagnostics"/>.
    /// </summary>
    public void LyncServiceToOwa(CorpusHost mbx, DateTime at, string msDiagnostics, Action<DateTime, int, string, SipLeg> failure)
    {
        var owa = AppPeer(mbx);
        var corr = fe.Correlate();
        var startLine = $"SERVICE sip:{mbx.Fqdn}@{org.Domain};gruu;opaque=srvr:OutlookWebApp:{ids.Tag()}{ids.Tag()} SIP/2.0";
        var leg = new SipLeg(ids.CallId(), $"<sip:{org.Pool}@{org.Domain};gruu;opaque=srvr:HomeServer:{ids.Tag()}>;tag={ids.Tag()}", $"<sip:{mbx.Fqdn}@{org.Domain};gruu;opaque=srvr:OutlookWebApp>", 3, "SERVICE",
            [$"SIP/2.0/TLS {org.FrontEnd.Ip}:5061;branch={ids.Branch()}"]);
        fe.Message(at, corr, incoming: false, owa, startLine, leg.RequestHeaders("Content-Length: 0"));
        failure(at.AddMilliseconds(ids.Between(30, 90)), corr, startLine, leg);
        fe.Message(at.AddMilliseconds(95), corr, incoming: true, owa, "SIP/2.0 504 Server time-out", leg.ResponseHeaders(ids.Tag(), msDiagnostics, "Server: RTC/5.0", "Content-Length: 0"));
    }

    /// <summary>OWA's connection to the pool is refused at the TLS layer: a TF_CONNECTION record naming OWA's address.</summary>
    public void OwaConnectionRefused(CorpusHost mbx, DateTime at, string text, string? resultCode, string? data) =>
        fe.Connection(at, fe.Correlate(), "error", text, $"{mbx.Ip}:{OwaLocalPort}", resultCode, data);

    /// <summary>A client's call answered with a server error and a diagnostic (e.g. 500 and 15000 from Exchange UM routing).</summary>
    public void ClientCallServerError(CorpusUser from, string toUri, DateTime at, string statusLine, string msDiagnostics)
    {
        var (leg, peer, corr) = ClientRequest(from, toUri, at, "INVITE", 1, "Content-Type: application/sdp");
        fe.Message(at.AddMilliseconds(ids.Between(40, 300)), corr, incoming: false, peer, statusLine, leg.ResponseHeaders(ids.Tag(), msDiagnostics, SipMessages.Server, "Content-Length: 0"));
    }

    /// <summary>A Lync client signs in: challenged with 401 first, then registered.</summary>
    public void ClientSignIn(CorpusUser user, DateTime at)
    {
        var ip = ids.ClientIp();
        var port = ids.EphemeralPort();
        var peer = $"{ip}:{port}";
        var via = $"SIP/2.0/TLS {ip}:{port};branch={ids.Branch()};ms-received-port={port};ms-received-cid={ids.Cid()}";
        var first = new SipLeg(ids.CallId(), $"<{user.Sip}>;tag={ids.Tag()};epid={ids.Epid()}", $"<{user.Sip}>", 1, "REGISTER", [via]);
        var corr = fe.Correlate();
        fe.Message(at, corr, incoming: true, peer, $"REGISTER sip:{org.Domain} SIP/2.0", first.RequestHeaders(SipMessages.ClientUserAgent, "Supported: gruu-10, adhoclist, msrtc-event-categories", "Event: registration", "Content-Length: 0"));
        fe.Message(at.AddMilliseconds(4), corr, incoming: false, peer, "SIP/2.0 401 Unauthorized", first.ResponseHeaders(ids.Tag(),
            $"WWW-Authenticate: NTLM realm=\"SIP Communications Service\", targetname=\"{org.FrontEnd.Fqdn}\", version=4",
            $"WWW-Authenticate: Kerberos realm=\"SIP Communications Service\", targetname=\"sip/{org.FrontEnd.Fqdn}\", version=4",
            $"WWW-Authenticate: TLS-DSK realm=\"SIP Communications Service\", targetname=\"{org.FrontEnd.Fqdn}\", version=4, sts-uri=\"https://{org.Pool}:443/CertProv/CertProvisioningService.svc\"",
            SipMessages.Server, "Content-Length: 0"));
        var second = first with { CSeq = 2 };
        var corr2 = fe.Correlate();
        fe.Message(at.AddMilliseconds(180), corr2, incoming: true, peer, $"REGISTER sip:{org.Domain} SIP/2.0", second.RequestHeaders(SipMessages.ClientUserAgent, $"Authorization: TLS-DSK qop=\"auth\", realm=\"SIP Communications Service\", opaque=\"{ids.Tag()}\", targetname=\"{org.FrontEnd.Fqdn}\", version=4, sspi-signature=\"{ids.CallId()}\"", "Event: registration", "Content-Length: 0"));
        fe.Message(at.AddMilliseconds(187), corr2, incoming: false, peer, "SIP/2.0 200 OK", second.ResponseHeaders(ids.Tag(), "Expires: 7200", SipMessages.Server, "Content-Length: 0"));
    }

    /// <summary>A client calls a colleague who does not pick up: offline (480), busy (486), declined (603).</summary>
    public void ClientCall(CorpusUser from, CorpusUser to, DateTime at, string statusLine, params string[] headers)
    {
        var (leg, peer, corr) = ClientRequest(from, to.Sip, at, "INVITE", 1, "Content-Type: application/sdp");
        fe.Message(at.AddMilliseconds(ids.Between(300, 9000)), corr, incoming: false, peer, statusLine, leg.ResponseHeaders(ids.Tag(), [.. headers, SipMessages.Server, "Content-Length: 0"]));
    }

    /// <summary>A client cancels its call before it is answered: 200 for the CANCEL, 487 for the INVITE.</summary>
    public void ClientCancelled(CorpusUser from, CorpusUser to, DateTime at)
    {
        var (leg, peer, corr) = ClientRequest(from, to.Sip, at, "INVITE", 1, "Content-Type: application/sdp");
        var cancel = leg with { Method = "CANCEL" };
        fe.Message(at.AddSeconds(4), corr, incoming: true, peer, $"CANCEL {to.Sip} SIP/2.0", cancel.RequestHeaders("Content-Length: 0"));
        fe.Message(at.AddSeconds(4).AddMilliseconds(3), corr, incoming: false, peer, "SIP/2.0 200 OK", cancel.ResponseHeaders(ids.Tag(), "Content-Length: 0"));
        fe.Message(at.AddSeconds(4).AddMilliseconds(9), corr, incoming: false, peer, "SIP/2.0 487 Request Terminated", leg.ResponseHeaders(ids.Tag(), SipMessages.Server, "Content-Length: 0"));
    }

    /// <summary>A client subscribes to an address that does not exist (a typo, someone who left).</summary>
    public void ClientSubscribeNotFound(CorpusUser from, string toUri, DateTime at, params string[] headers)
    {
        var (leg, peer, corr) = ClientRequest(from, toUri, at, "SUBSCRIBE", 3, "Event: presence", "Accept: application/msrtc-event-categories+xml");
        fe.Message(at.AddMilliseconds(7), corr, incoming: false, peer, "SIP/2.0 404 Not Found", leg.ResponseHeaders(ids.Tag(), [.. headers, SipMessages.Server, "Content-Length: 0"]));
    }

    /// <summary>
    /// A client reaches a federated partner through the Edge. The Edge answers <paramref name="statusLine"/> itself
    /// when it cannot reach the partner (with <paramref name="msDiagnostics"/>), else relays the partner's answer.
    /// When the Edge's trace is collected it logs the request in and out and the answer back, on its own clock.
    /// </summary>
    public void Federated(CorpusUser from, string partnerUri, DateTime at, string method, string statusLine, string? msDiagnostics)
    {
        var (inbound, clientPeer, corr) = ClientRequest(from, partnerUri, at, method, 1, method == "SUBSCRIBE" ? "Event: presence" : "Content-Type: application/sdp");
        var edgePeer = $"{org.Edge.Fqdn}:5061";
        var toEdge = inbound with { Vias = [$"SIP/2.0/TLS {org.FrontEnd.Ip}:5061;branch={ids.Branch()};ms-internal-info=\"{ids.Tag()}\"", .. inbound.Vias] };
        var sent = at.AddMilliseconds(9);
        fe.Message(sent, corr, incoming: false, edgePeer, $"{method} {partnerUri} SIP/2.0", toEdge.RequestHeaders());
        var answered = sent.AddMilliseconds(ids.Between(60, 400));
        var tag = ids.Tag();
        string[] extra = msDiagnostics is null ? ["Content-Length: 0"] : [msDiagnostics, "Content-Length: 0"];
        if (Edge is { } edge)
        {
            var feLeg = $"{org.FrontEnd.Ip}:{ids.EphemeralPort()}";
            var edgeCorr = edge.Correlate();
            var arrived = sent.AddMilliseconds(ids.Between(2, 9));
            edge.Message(arrived, edgeCorr, incoming: true, feLeg, $"{method} {partnerUri} SIP/2.0", toEdge.RequestHeaders());
            var toPartner = toEdge with { Vias = [$"SIP/2.0/TLS {org.Edge.Ip}:5061;branch={ids.Branch()}", .. toEdge.Vias] };
            var partner = $"sip.{org.FederatedDomain}:5061";
            edge.Message(arrived.AddMilliseconds(2), edgeCorr, incoming: false, partner, $"{method} {partnerUri} SIP/2.0", toPartner.RequestHeaders());
            if (msDiagnostics is null)
            {
                edge.Message(answered.AddMilliseconds(-8), edgeCorr, incoming: true, partner, statusLine, toPartner.ResponseHeaders(tag, "Server: RTC/6.0", "Content-Length: 0"));
            }

            edge.Message(answered.AddMilliseconds(-5), edgeCorr, incoming: false, feLeg, statusLine, toEdge.ResponseHeaders(tag, extra));
        }

        fe.Message(answered, corr, incoming: true, edgePeer, statusLine, toEdge.ResponseHeaders(tag, extra));
        fe.Message(answered.AddMilliseconds(3), corr, incoming: false, clientPeer, statusLine, inbound.ResponseHeaders(tag, extra));
    }

    /// <summary>A federation timeout as BUNDLES.md lists it: 504 with ms-diagnostics 1046 or 1047 from the Edge.</summary>
    public string FederationDiagnostics(bool tlsReset) => tlsReset
        ? $"ms-diagnostics: 1047;reason=\"Failed to complete TLS negotiation with a federated peer server\";WinsockFailureCode=\"10054(WSAECONNRESET)\";WinsockFailureDescription=\"The peer forced closure of the connection\";Peer=\"sip.{org.FederatedDomain}\";Port=\"5061\";source=\"{org.Edge.Fqdn}\""
        : $"ms-diagnostics: 1046;reason=\"Failed to connect to a federated peer server\";WinsockFailureCode=\"10060(WSAETIMEDOUT)\";WinsockFailureDescription=\"The peer did not respond to the connection attempt\";Peer=\"sip.{org.FederatedDomain}\";Port=\"5061\";source=\"{org.Edge.Fqdn}\"";

    /// <summary>
    /// The failures every Front End trace has that have nothing to do with OWA (BUNDLES.md): challenges, offline,
    /// busy, cancelled and declined calls, an unknown federated address, an offline federated contact. With
    /// <paramref name="federationTimeouts"/>, also a federated partner's 504s: after a connection timeout (1046,
    /// WSAETIMEDOUT) and after a TLS reset (1047, WSAECONNRESET).
    /// </summary>
    public void RoutineNoise(DateTime from, bool federationTimeouts)
    {
        var u = org.Users;
        ClientSignIn(u[4], from.AddMinutes(1));
        ClientSignIn(u[5], from.AddMinutes(2).AddSeconds(13));
        ClientCall(u[4], u[5], from.AddMinutes(9), "SIP/2.0 480 Temporarily Unavailable");
        ClientCall(u[5], u[4], from.AddMinutes(17), "SIP/2.0 486 Busy Here");
        ClientCancelled(u[4], u[5], from.AddMinutes(23));
        ClientCall(u[5], u[4], from.AddMinutes(31), "SIP/2.0 603 Decline");
        ClientSubscribeNotFound(u[5], $"sip:nobody@{org.FederatedDomain}", from.AddMinutes(44), $"ms-diagnostics: 1003;reason=\"User does not exist\";source=\"sip.{org.FederatedDomain}\"");
        Federated(u[4], $"sip:ben@{org.FederatedDomain}", from.AddMinutes(63), "SUBSCRIBE", "SIP/2.0 200 OK", null);
        Federated(u[5], $"sip:carla@{org.FederatedDomain}", from.AddMinutes(51), "INVITE", "SIP/2.0 480 Temporarily Unavailable", null);
        if (federationTimeouts)
        {
            Federated(u[4], $"sip:ana@{org.FederatedDomain}", from.AddMinutes(36), "INVITE", "SIP/2.0 504 Server time-out", FederationDiagnostics(tlsReset: false));
            Federated(u[5], $"sip:ana@{org.FederatedDomain}", from.AddMinutes(58), "INVITE", "SIP/2.0 504 Server time-out", FederationDiagnostics(tlsReset: true));
        }
    }

    private (SipLeg Leg, string Peer, int Correlation) ClientRequest(CorpusUser from, string toUri, DateTime at, string method, int cseq, params string[] headers)
    {
        var ip = ids.ClientIp();
        var port = ids.EphemeralPort();
        var peer = $"{ip}:{port}";
        var leg = new SipLeg(ids.CallId(), $"\"{from.DisplayName}\" <{from.Sip}>;tag={ids.Tag()};epid={ids.Epid()}", $"<{toUri}>", cseq, method,
            [$"SIP/2.0/TLS {ip}:{port};branch={ids.Branch()};ms-received-port={port};ms-received-cid={ids.Cid()}"]);
        var corr = fe.Correlate();
        fe.Message(at, corr, incoming: true, peer, $"{method} {toUri} SIP/2.0", leg.RequestHeaders([SipMessages.ClientUserAgent, .. headers]));
        return (leg, peer, corr);
    }

    private (SipLeg Leg, int Correlation) OwaRegister(CorpusHost mbx, CorpusUser user, DateTime at, string peer, string epid)
    {
        var leg = new SipLeg(ids.CallId(), $"<{user.Sip}>;tag={ids.Tag()};epid={epid}", $"<{user.Sip}>", 1, "REGISTER",
            [$"SIP/2.0/TLS {mbx.Ip}:{OwaLocalPort};branch={ids.Branch()};ms-received-port={OwaLocalPort};ms-received-cid={ids.Cid()}"]);
        var corr = fe.Correlate();
        fe.Message(at, corr, incoming: true, peer, $"REGISTER sip:{org.Domain} SIP/2.0", leg.RequestHeaders(
            $"Contact: <sip:{mbx.Fqdn}:{OwaLocalPort};transport=tls;ms-opaque={ids.Tag()}>;methods=\"INVITE, MESSAGE, INFO, OPTIONS, BYE, CANCEL, NOTIFY, ACK, REFER, BENOTIFY\";proxy=replace;+sip.instance=\"<urn:uuid:{ids.Guid()}>\"",
            SipMessages.OwaUserAgent, "Supported: gruu-10, adhoclist, msrtc-event-categories", "Event: registration", "Content-Length: 0"));
        return (leg, corr);
    }

    private (SipLeg Leg, int Correlation) OwaRequest(CorpusHost mbx, CorpusUser user, string epid, string peer, DateTime at, string method, string requestUri, int cseq, params string[] headersOrBody)
    {
        var body = headersOrBody.Length > 0 && headersOrBody[0].StartsWith('<') ? headersOrBody[0] : null;
        var headers = body is null ? headersOrBody : headersOrBody[1..];
        var leg = new SipLeg(ids.CallId(), $"<{user.Sip}>;tag={ids.Tag()};epid={epid}", $"<{user.Sip}>", cseq, method,
            [$"SIP/2.0/TLS {mbx.Ip}:{OwaLocalPort};branch={ids.Branch()};ms-received-port={OwaLocalPort};ms-received-cid={ids.Cid()}"]);
        var corr = fe.Correlate();
        fe.Message(at, corr, incoming: true, peer, $"{method} {requestUri} SIP/2.0", leg.RequestHeaders([.. headers, SipMessages.OwaUserAgent]), body);
        return (leg, corr);
    }

    private void Answer((SipLeg Leg, int Correlation) request, DateTime at, string peer, string statusLine, params string[] headers) =>
        fe.Message(at, request.Correlation, incoming: false, peer, statusLine, request.Leg.ResponseHeaders(ids.Tag(), headers));

    private static string PublishBody(CorpusUser user) => SipMessages.PresencePublish(user);
}
