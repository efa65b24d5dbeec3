using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Causes seen while the integration runs (KNOWLEDGE.md: wrong IMServerName, unreachable ports, users not enabled,
/// payloads not picked up, the app pool not recycled, the endpoint manager never started, the IM log folder
/// missing, clock skew, UM dial plans, Exchange 2010, a trace that cannot show the failure).
/// </summary>
internal static class RuntimeScenarios
{
    private const string NotInitialised = "ENDPOINT-MANAGER-NOT-INITIALISED";
    private const string TraceInsufficient = "TRACE-INSUFFICIENT";

    public static IEnumerable<CorpusScenario> All()
    {
        yield return CorpusScenario.Failing("WRONG-IMSERVERNAME/another-pool-403-and-event-88", "WRONG-IMSERVERNAME",
            "IMServerName is lyncpool02 while OWA's trusted application pool is registered on lyncpool01: 112, then SignInCallback failed … Lyncserver=lyncpool02 and event 88 per user; no OWA traffic on lyncpool01; a second mailbox server configured right works",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(501, BundleLayout.CollectorZips, withFrontEnd: false, federationTimeouts: true);
                var mbx2 = i.Mailbox(i.Org.Mailbox2, "mbx02");
                i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1, i.Org.Mailbox2]);
                var other = $"lyncpool02.{i.Org.Domain}";
                mbx.WebConfig = mbx.WebConfig!.With("IMServerName", other);
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar, i.Diego, i.Dana], IncidentDay.At(13, 2, 11, 300),
                    $"Microsoft.Rtc.Internal.Ucweb.UcwebException: Register failed (SipEndpointRegister). A 403 (Forbidden) response was received from {other}.\r\n   at Microsoft.Rtc.Internal.Ucweb.UcwebEndpoint.EndEstablish(IAsyncResult result)",
                    lyncServer: other, event88: true);
                i.HealthyIm(mbx2, IncidentDay.At(13, 15, 40, 120), [i.Adele, i.Lee]);
                return i;
            });

        yield return CorpusScenario.Failing("WRONG-IMSERVERNAME/typo-create-endpoint-failed-csv", "WRONG-IMSERVERNAME",
            "IMServerName 'atl-cs-01' (a typo for atl-cs-001): CreateEndpoint failed (no such host) and event 88 in an Event Viewer CSV; the Lync shell output beside it names atl-cs-001 as the registrar",
            () =>
            {
                var i = new Incident(Org.Litware, 502, BundleLayout.HandFolders, "owa im not available");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventFormat = EventExportFormat.ViewerCsvEnglish;
                var typo = i.Org.Pool.Replace("-001.", "-01.", StringComparison.Ordinal);
                mbx.WebConfig = mbx.WebConfig!.With("IMServerName", typo);
                i.SetLyncShell(mbx, [mbx.Host.Fqdn]);
                Incident.ImStarts(mbx, IncidentDay.At(13, 7, 29, 800));
                const string exception = "Microsoft.Rtc.Internal.Ucweb.UcwebException: CreateEndpointFailure ---> System.Net.Sockets.SocketException: No such host is known";
                var t = IncidentDay.At(13, 7, 30, 400);
                foreach (var user in new[] { i.Kim, i.Pilar, i.Diego })
                {
                    Incident.ImLog(mbx).Debug(t, 31, ImText.BeginSignIn).Error(t.AddMilliseconds(2300), 31, ImText.CreateEndpointFailed(exception))
                        .Error(t.AddMilliseconds(2304), 31, ImText.Unavailable(user, typo, "CreateEndpointAndBeginSignIn", "CreateEndpointFailure", exception));
                    mbx.Events.Add(OwaEvents.CreateEndpointFailed(mbx.Host, t.AddMilliseconds(2302), user, exception));
                    t = t.AddMinutes(6).AddSeconds(17);
                }

                return i;
            });

        yield return CorpusScenario.Failing("LYNC-UNREACHABLE/owa-port-5199-timeout", "LYNC-UNREACHABLE",
            "sign-ins work, but the pool cannot reach OWA on 5199: TF_DIAG WSAETIMEDOUT (0x8007274c) and 504 + ms-diagnostics 1046 WinsockFailureCode 10060 for IMs to OWA users",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(503, BundleLayout.CollectorZips, withFrontEnd: true, federationTimeouts: true);
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignIns(mbx, [i.Kim, i.Pilar, i.Diego], IncidentDay.At(13, 2, 11, 300), byIp: true);
                var diag = $"ms-diagnostics: 1046;reason=\"Failed to connect to a peer server\";WinsockFailureCode=\"10060(WSAETIMEDOUT)\";WinsockFailureDescription=\"The peer did not respond to the connection attempt\";Peer=\"{mbx.Host.Fqdn}\";Port=\"5199\";source=\"{i.Org.Pool}\"";
                foreach (var (from, to, at) in new[] { (i.Adele, i.Kim, IncidentDay.At(13, 33, 1)), (i.Lee, i.Pilar, IncidentDay.At(13, 52, 40)), (i.Adele, i.Diego, IncidentDay.At(14, 16, 12)) })
                {
                    i.Traffic.LyncToOwaFails(mbx.Host, from, to, at, diag, (t, corr, startLine, leg) =>
                        i.Traffic.Trace.Diagnostic(t.AddSeconds(20), corr, "warning", "Failed to connect to a peer server", "0x8007274c WSAETIMEDOUT", startLine, leg.CallId, leg.CSeqText, FrontEndTraffic.OwaAppPeer(mbx.Host)));
                }

                return i;
            });

        yield return CorpusScenario.Failing("LYNC-UNREACHABLE/app-port-5198-address-only", "LYNC-UNREACHABLE",
            "OWA's trusted application listens on 5198 (Get-CsTrustedApplication Port 5198): the pool's connections to 192.168.x.x:5198 are refused (TF_CONNECTION WSAECONNREFUSED naming the address only) and callers get 504 with ms-diagnostics 1046 Port 5198; sign-ins work",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(505, BundleLayout.CollectorFolders, withFrontEnd: true, federationTimeouts: true);
                i.TrustedApplicationPort = 5198;
                i.SetLyncShell(i.Parts.Single(p => p.Kind == ServerKind.FrontEnd), [mbx.Host.Fqdn]);
                var address = $"{mbx.Host.Ip}:5198";
                i.Traffic.AppPeer = _ => address;
                Incident.ImStarts(mbx, IncidentDay.At(10, 40, 2, 150));
                i.OwaSignIns(mbx, [i.Kim, i.Pilar], IncidentDay.At(10, 40, 3), byIp: true);
                var diag = $"ms-diagnostics: 1046;reason=\"Failed to connect to a peer server\";WinsockFailureCode=\"10061(WSAECONNREFUSED)\";WinsockFailureDescription=\"The peer actively refused the connection attempt\";Peer=\"{mbx.Host.Ip}\";Port=\"5198\";source=\"{i.Org.Pool}\"";
                foreach (var (from, to, at) in new[] { (i.Adele, i.Kim, IncidentDay.At(11, 2, 44)), (i.Lee, i.Pilar, IncidentDay.At(11, 19, 5)) })
                {
                    i.Traffic.LyncToOwaFails(mbx.Host, from, to, at, diag, (t, corr, _, _) =>
                        i.Traffic.Trace.Connection(t, corr, "error", "Failed to connect to a peer server", address, "0x8007274d WSAECONNREFUSED"));
                }

                return i;
            });

        yield return CorpusScenario.Failing("LYNC-UNREACHABLE/pool-refuses-5061-owa-side-only", "LYNC-UNREACHABLE",
            "the mailbox side only: SignInCallback failed with 'actively refused it 192.168.10.11:5061' (WSAECONNREFUSED) and event 88 per user; IMServerName is the registrar the attached Lync shell output names",
            () =>
            {
                var i = new Incident(Org.Litware, 504, BundleLayout.HandFolders, "Ticket-1313");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                i.SetLyncShell(mbx, [mbx.Host.Fqdn]);
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar, i.Diego], IncidentDay.At(13, 2, 11, 300),
                    $"Microsoft.Rtc.Internal.Ucweb.UcwebException: Unable to connect to {i.Org.Pool}:5061 (SipEndpointConnectionFailure). ---> System.Net.Sockets.SocketException (0x80004005): No connection could be made because the target machine actively refused it {i.Org.FrontEnd.Ip}:5061\r\n   at Microsoft.Rtc.Internal.Ucweb.UcwebEndpoint.EndEstablish(IAsyncResult result)",
                    event88: true, serviceError: "SipEndpointConnectionFailure");
                return i;
            });

        yield return new CorpusScenario
        {
            Name = "USER-NOT-ENABLED/register-404-4005-one-user",
            ExpectedTop = "USER-NOT-ENABLED",
            Shows = "OWA's REGISTER for one user answered 404 with ms-diagnostics 4005; Get-CsUser shows her Enabled False; other users sign in and get presence",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(505, BundleLayout.CollectorZips, withFrontEnd: false, federationTimeouts: true);
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                i.SetLyncShell(fe, [mbx.Host.Fqdn], null, ($"Get-CsUser {i.Dana.Smtp} | fl", FormatList.Objects([LyncSnapshots.CsUser(i.Dana, enabled: false, i.Org.Pool)])));
                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego]);
                var at = IncidentDay.At(14, 20, 5, 0);
                Incident.ImLog(mbx).Debug(at, 33, ImText.BeginSignIn)
                    .Error(at.AddMilliseconds(380), 33, ImText.SignInFailed(i.Dana, i.Org.Pool, "Microsoft.Rtc.Internal.Ucweb.UcwebException: Register failed (SipEndpointRegister). The remote server returned an error: (404) Not Found."));
                i.Traffic.OwaRegisterRejected(mbx.Host, i.Dana, at.AddMilliseconds(60), byIp: true, "SIP/2.0 404 Not Found",
                    $"ms-diagnostics: 4005;reason=\"Destination URI either not enabled for SIP or does not exist\";source=\"{i.Org.Pool}\"");
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "USER-NOT-ENABLED/no-sip-address-snapshots",
            ExpectedTop = "USER-NOT-ENABLED",
            Shows = "Get-Mailbox shows no SIP: proxy address for one user and Get-CsUser does not find her; the IM log has no row for her while others sign in",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var i = new Incident(Org.Litware, 506, BundleLayout.HandFolders, "dana no presence");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.SetSnapshot("Get-Mailbox", "mailboxes.txt", FormatList.Transcript(FormatList.ExchangePrompt,
                    ("Get-Mailbox kim | fl Alias,PrimarySmtpAddress,EmailAddresses", FormatList.Objects([ExchangeSnapshots.Mailbox(i.Kim, withSip: true)])),
                    ("Get-Mailbox dana | fl Alias,PrimarySmtpAddress,EmailAddresses", FormatList.Objects([ExchangeSnapshots.Mailbox(i.Dana, withSip: false)]))));
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                i.SetLyncShell(fe, [mbx.Host.Fqdn], null,
                    ($"Get-CsUser {i.Kim.Smtp} | fl", FormatList.Objects([LyncSnapshots.CsUser(i.Kim, enabled: true, i.Org.Pool)])),
                    ($"Get-CsUser {i.Dana.Smtp} | fl", $"Get-CsUser : Management object not found for identity \"{i.Dana.Smtp}\".\nAt line:1 char:1\n+ Get-CsUser {i.Dana.Smtp} | fl\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidData: ({i.Dana.Smtp}:UserIdParameter) [Get-CsUser], ManagementException\n    + FullyQualifiedErrorId : Identity,Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet\n\n"));
                i.HealthyIm(mbx, IncidentDay.At(13, 4, 0, 0), [i.Kim, i.Pilar, i.Diego]);
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "IM-PAYLOAD-NOT-PICKED/event-74-one-user",
            ExpectedTop = "IM-PAYLOAD-NOT-PICKED",
            Shows = "event 74 and the IM log's 'Payload has grown too large without being picked up. User: sip:diego@…' while the integration works",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(507, BundleLayout.CollectorZips, withFrontEnd: true);
                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego]);
                var at = IncidentDay.At(14, 40, 12, 880);
                Incident.ImLog(mbx).Error(at, 52, ImText.PayloadNotPicked(i.Diego));
                mbx.Events.Add(OwaEvents.PayloadNotPicked(mbx.Host, at.AddMilliseconds(1), i.Diego));
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "IM-PAYLOAD-NOT-PICKED/im-log-only-flat",
            ExpectedTop = "IM-PAYLOAD-NOT-PICKED",
            Shows = "only the IM log (healthy sign-ins, then 'Payload has grown too large…' twice for one user) and web.config, in one folder",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var i = new Incident(Org.Litware, 508, BundleLayout.HandFlat, "payload");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventsCollected = false;
                mbx.Snapshots.Clear();
                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego]);
                Incident.ImLog(mbx).Error(IncidentDay.At(14, 40, 12, 880), 52, ImText.PayloadNotPicked(i.Pilar))
                    .Error(IncidentDay.At(14, 52, 3, 10), 52, ImText.PayloadNotPicked(i.Pilar));
                return i;
            },
        };

        yield return CorpusScenario.Failing("APPPOOL-NOT-RECYCLED/imservername-fixed-not-recycled", "APPPOOL-NOT-RECYCLED",
            "web.config was corrected at 14:10 (manifest lastWriteTime) but the IM log has no new header block and no fresh 112 after it: sign-ins still fail with the old Lyncserver value",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(509, BundleLayout.CollectorZips, withFrontEnd: true);
                mbx.WebConfigWritten = IncidentDay.At(14, 10, 4);
                var old = i.Org.FrontEnd.Fqdn;
                const string exception = "Microsoft.Rtc.Internal.Ucweb.UcwebException: Register failed (SipEndpointRegister). A 403 (Forbidden) response was received.";
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar], IncidentDay.At(13, 2, 11, 300), exception, lyncServer: old, event88: true);
                i.OwaSignInsFail(mbx, [i.Diego, i.Kim], IncidentDay.At(14, 22, 40, 0), exception, lyncServer: old, event88: true);
                return i;
            },
            "WRONG-IMSERVERNAME");

        yield return CorpusScenario.Failing("APPPOOL-NOT-RECYCLED/thumbprint-fixed-not-recycled", "APPPOOL-NOT-RECYCLED",
            "web.config got the renewed certificate's thumbprint at 14:05, but at 14:30 the IM log and event 103 still name the old thumbprint; no new header block, no 112",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(510, BundleLayout.CollectorFolders, withFrontEnd: true);
                var old = Incident.Thumbprint(mbx.Host, "old");
                mbx.WebConfigWritten = IncidentDay.At(14, 5, 31);
                foreach (var at in new[] { IncidentDay.At(13, 2, 11, 300), IncidentDay.At(14, 30, 2, 0) })
                {
                    Incident.ImLog(mbx).Debug(at, 19, ImText.CertificateNotFound(old)).Debug(at.AddMilliseconds(3), 19, ImText.GlobalsFailed);
                    mbx.Events.Add(OwaEvents.CertificateNotFound(mbx.Host, at.AddMilliseconds(1), old));
                }

                return i;
            },
            "CERT-NOT-FOUND", NotInitialised);

        yield return CorpusScenario.Failing("ENDPOINT-MANAGER-NOT-INITIALISED/restart-then-silence", "ENDPOINT-MANAGER-NOT-INITIALISED",
            "112 at 08:00, the app pool restarted at 12:58 (Disposing EndpointManager, a new header block), 'Initializing Endpoint … 5075' and then nothing; users use OWA all afternoon (HttpProxy) and no 112 follows",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(511, BundleLayout.CollectorZips, withFrontEnd: true);
                Incident.ImStarts(mbx, IncidentDay.At(8, 0, 5, 0));
                i.OwaSignIns(mbx, [i.Kim, i.Pilar], IncidentDay.At(8, 0, 5, 600), byIp: true);
                var log = Incident.ImLog(mbx);
                log.Debug(IncidentDay.At(12, 58, 0, 10), 27, ImText.Disposing);
                log.Block(IncidentDay.At(13, 5, 2, 0)).Debug(IncidentDay.At(13, 5, 2, 10), 27, ImText.Initializing(5075));
                mbx.Extras.Add(SupportingLogs.HttpProxyItem(mbx.Host, Requests(i, IncidentDay.At(13, 5, 0), 14), IncidentDay.At(14, 59, 0)));
                return i;
            });

        yield return CorpusScenario.Failing("ENDPOINT-MANAGER-NOT-INITIALISED/no-112-event-xml-hand", "ENDPOINT-MANAGER-NOT-INITIALISED",
            "an event XML export (UTC) covering the afternoon without any MSExchange OWA 112 or IM error while HttpProxy shows users in OWA; no OWA traffic in the pool's trace; configuration correct",
            () =>
            {
                var i = new Incident(Org.Litware, 512, BundleLayout.HandFolders, "no presence since noon");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventFormat = EventExportFormat.EventViewerXml;
                mbx.ImLogsCollected = false;
                mbx.Extras.Add(SupportingLogs.HttpProxyItem(mbx.Host, Requests(i, IncidentDay.At(13, 1, 0), 12), IncidentDay.At(14, 59, 0)));
                i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                return i;
            },
            TraceInsufficient);

        yield return CorpusScenario.Failing("IM-LOG-FOLDER-MISSING/listing-says-absent-collector", "IM-LOG-FOLDER-MISSING",
            "the collector's listing: Logging\\OWA\\InstantMessaging does not exist; configuration looks right; users use OWA (HttpProxy); no 112",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(513, BundleLayout.CollectorZips, withFrontEnd: true);
                mbx.ImFolderExists = false;
                mbx.Extras.Add(SupportingLogs.HttpProxyItem(mbx.Host, Requests(i, IncidentDay.At(13, 2, 0), 10), IncidentDay.At(14, 59, 0)));
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("IM-LOG-FOLDER-MISSING/owa-logging-listing-without-im-folders", "IM-LOG-FOLDER-MISSING",
            "collector folders: Logging\\OWA lists Client, ClientTrace and Server but no InstantMessaging, whose own listing says absent",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(514, BundleLayout.CollectorFolders, withFrontEnd: false);
                mbx.ImFolderExists = false;
                mbx.ExtraListings.Add(new FolderListing(@"C:\Program Files\Microsoft\Exchange Server\V15\Logging\OWA", true, ["Client", "ClientTrace", "Server"]));
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return new CorpusScenario
        {
            Name = "EXCHANGE-2010-LIMITS/exchange-2010-cas-in-org",
            ExpectedTop = "EXCHANGE-2010-LIMITS",
            Shows = "Get-ExchangeServer lists an Exchange 2010 server (Version 14.3) beside the 2013 servers; the integration works",
            Verdicts = new HashSet<Verdict> { Verdict.Verified, Verdict.Degraded },
            Build = () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(515, BundleLayout.CollectorFolders, withFrontEnd: true);
                var legacy = new CorpusHost("EX10-CAS-01", $"ex10-cas-01.{i.Org.Domain}", "10.0.1.9");
                mbx.SetSnapshot("Get-ExchangeServer", "exchange servers.txt", FormatList.Transcript(FormatList.ExchangePrompt,
                    ("Get-ExchangeServer | fl Name,Fqdn,ServerRole,AdminDisplayVersion", FormatList.Objects(
                    [
                        ExchangeSnapshots.ExchangeServer(i.Org.Mailbox1, "Mailbox, ClientAccess", IncidentDay.ExchangeDisplayVersion),
                        ExchangeSnapshots.ExchangeServer(legacy, "ClientAccess, HubTransport", "Version 14.3 (Build 123.4)"),
                    ]))));
                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego]);
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "UM-DIALPLAN-ROUTING/servers-not-in-sip-dial-plan",
            ExpectedTop = "UM-DIALPLAN-ROUTING",
            Shows = "Get-UMDialPlan has a SipName dial plan; Get-UMService shows both mailbox servers with no dial plan; IM itself works",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(516, BundleLayout.CollectorZips, withFrontEnd: true);
                LyncTopologyScenarios.SipNameDialPlan(mbx, [i.Org.Mailbox1, i.Org.Mailbox2], []);
                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego]);
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "UM-DIALPLAN-ROUTING/exumrouting-500-15000-and-snapshots",
            ExpectedTop = "UM-DIALPLAN-ROUTING",
            Shows = "the same snapshots plus 500 + ms-diagnostics 15000 appName=\"ExumRouting\" for calls to voice mail in the pool's trace; IM works",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var i = new Incident(Org.Litware, 517, BundleLayout.HandFolders, "um and im");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                LyncTopologyScenarios.SipNameDialPlan(mbx, [i.Org.Mailbox1], []);
                i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                foreach (var at in new[] { IncidentDay.At(13, 12, 0), IncidentDay.At(14, 1, 30) })
                {
                    i.Traffic.ClientCallServerError(i.Adele, $"{i.Kim.Sip};opaque=app:voicemail", at, "SIP/2.0 500 Server Internal Error",
                        $"ms-diagnostics: 15000;reason=\"Unable to read the user properties publication for the user or contact object.\";source=\"{i.Org.FrontEnd.Fqdn.ToUpperInvariant()}\";appName=\"ExumRouting\"");
                }

                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar]);
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "CLOCK-SKEW/edge-clock-ahead-paired-messages",
            ExpectedTop = "CLOCK-SKEW",
            Shows = "the Edge's trace runs about 4 s ahead of the Front End's: federated requests and answers both logged, pairable by Call-ID, CSeq and Via branch; IM works",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(518, BundleLayout.CollectorZips, withFrontEnd: false);
                var edge = i.EdgeServer("edge");
                edge.Trace = new SipTrace(SipTraceFlavor.Cls, i.Org.Edge.Short, i.Org.Edge) { Ahead = TimeSpan.FromMilliseconds(4180) };
                i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1], edge);
                var t = IncidentDay.At(13, 20, 0);
                foreach (var k in Enumerable.Range(0, 6))
                {
                    i.Traffic.Federated(i.Users[k % 6], $"sip:partner{k}@{i.Org.FederatedDomain}", t.AddMinutes(k * 4), "SUBSCRIBE", "SIP/2.0 200 OK", null);
                }

                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego]);
                return i;
            },
        };

        yield return CorpusScenario.Failing("CLOCK-SKEW/sec-e-time-skew-toward-owa", "CLOCK-SKEW",
            "TF_CONNECTION records SEC_E_TIME_SKEW (0x80090324) on OWA's connections and 504 + 1010 HRESULT 0x80090324 toward OWA; the mailbox server's System log has the time service's warning; sign-ins fail",
            () =>
            {
                var i = new Incident(Org.Contoso, 519, BundleLayout.HandFolders, "time");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.Extras.Add(SupportingLogs.EventLogItem("System", "EX15-MBX-01-System",
                    [SupportingLogs.TimeNotSynchronised(mbx.Host, IncidentDay.At(9, 14, 2)), SupportingLogs.TimeNotSynchronised(mbx.Host, IncidentDay.At(13, 14, 2))],
                    EventExportFormat.Evtx, TimeSpan.FromHours(i.Org.LocalOffsetHours)));
                i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                foreach (var began in i.OwaSignInsFail(mbx, [i.Kim, i.Pilar, i.Diego], IncidentDay.At(13, 2, 11, 300),
                    "Microsoft.Rtc.Internal.Ucweb.UcwebException: The remote server returned an error: (504) Server time-out."))
                {
                    i.Traffic.OwaConnectionRefused(mbx.Host, began.AddMilliseconds(70), "TLS negotiation failed: the clocks on the client and server machines are skewed", "0x80090324 SEC_E_TIME_SKEW", null);
                }

                var diag = $"ms-diagnostics: 1010;reason=\"Certificate trust with another server could not be established\";tls-target=\"{mbx.Host.Fqdn}\";PeerServer=\"{mbx.Host.Fqdn}\";HRESULT=\"0x80090324(SEC_E_TIME_SKEW)\";source=\"{i.Org.Pool}\"";
                i.Traffic.LyncServiceToOwa(mbx.Host, IncidentDay.At(13, 4, 0), diag, (t, corr, _, _) =>
                    i.Traffic.Trace.Connection(t, corr, "error", "TLS negotiation failed: the clocks on the client and server machines are skewed", FrontEndTraffic.OwaAppPeer(mbx.Host), "0x80090324 SEC_E_TIME_SKEW"));
                return i;
            });

        yield return new CorpusScenario
        {
            Name = "TRACE-INSUFFICIENT/trace-misses-the-failures",
            ExpectedTop = "TRACE-INSUFFICIENT",

            // SignInCallback failures are listed as WRONG-IMSERVERNAME's evidence: a low-confidence candidate may
            // appear, but the bundle cannot show why the sign-ins failed, which is what must be said first.
            MayAlsoAppear = ["WRONG-IMSERVERNAME"],
            Shows = "the pool's trace (TF_PROTOCOL only) covers 13:00–14:05; the IM log's sign-in failures are at 15:0x; no Application log of the mailbox server",
            Verdicts = new HashSet<Verdict> { Verdict.Inconclusive, Verdict.Failing },
            Build = () =>
            {
                var i = new Incident(Org.Contoso, 520, BundleLayout.HandFolders, "trace");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventsCollected = false;
                mbx.Snapshots.Clear();
                i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]).Snapshots.Clear();
                Incident.ImStarts(mbx, IncidentDay.At(15, 1, 59, 800));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar], IncidentDay.At(15, 2, 0, 400), "Microsoft.Rtc.Internal.Ucweb.UcwebException: SignInFailure");
                return i;
            },
        };
    }

    /// <summary>Users' OWA requests through HttpProxy: proof that people used OWA while IM was silent.</summary>
    private static IEnumerable<(DateTime At, CorpusUser User, string Action)> Requests(Incident i, DateTime from, int count) =>
        Enumerable.Range(0, count).Select(k => (from.AddMinutes(k * 7).AddSeconds(k * 13 % 60), i.Users[k % 4], k % 3 == 0 ? "GetOwaUserConfiguration" : "FindItem"));
}
