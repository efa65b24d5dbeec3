namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Causes on the Lync side (KNOWLEDGE.md: certificate name and trust, trusted application pool missing, duplicated,
/// not published, created with the wrong site). OWA's own side is healthy in these bundles: event 112 is logged and
/// sign-ins fail afterwards.
/// </summary>
internal static class LyncTopologyScenarios
{
    private const string NotConfigured = "The peer is not a configured server on this network interface";
    private const string SignInTimeout = "Microsoft.Rtc.Internal.Ucweb.UcwebException: The remote server returned an error: (504) Server time-out.\r\n   at Microsoft.Rtc.Internal.Ucweb.UcwebEndpoint.EndEstablish(IAsyncResult result)\r\n   at Microsoft.Exchange.Clients.Owa2.Server.Core.InstantMessageOCSProvider.SignInCallback(IAsyncResult result)";
    private const string RegisterRejected = "Microsoft.Rtc.Internal.Ucweb.UcwebException: Register failed (SipEndpointRegister). The connection was closed by the remote server.\r\n   at Microsoft.Rtc.Internal.Ucweb.UcwebEndpoint.EndEstablish(IAsyncResult result)";

    public static IEnumerable<CorpusScenario> All()
    {
        yield return CorpusScenario.Failing("CERT-NAME-MISMATCH/cert-mismatch-records-cls", "CERT-NAME-MISMATCH",
            "the pool's TF_DIAG 'peer's certificate does not contain a matching FQDN' (SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH) and 504 + ms-diagnostics 1010 SEC_E_WRONG_PRINCIPAL toward OWA; OWA's certificate is mail.contoso.com only",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(401, BundleLayout.CollectorZips, withFrontEnd: true);
                MailOnlyCertificate(i, mbx);
                var diag = Diag1010(i, mbx.Host, "0x80090322(SEC_E_WRONG_PRINCIPAL)", "The peer certificate does not contain a matching FQDN");
                void Mismatch(DateTime at, int corr, string startLine, SipLeg leg) =>
                    i.Traffic.Trace.Diagnostic(at, corr, "error", "Message cannot be routed because the peer's certificate does not contain a matching FQDN Result-Code: 0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH",
                        null, startLine, leg.CallId, leg.CSeqText, FrontEndTraffic.OwaAppPeer(mbx.Host), $"expected-fqdn =\" {mbx.Host.Fqdn} \"; certName =\" mail.{i.Org.Domain} \"");
                i.Traffic.LyncServiceToOwa(mbx.Host, IncidentDay.At(13, 3, 4, 200), diag, Mismatch);
                i.Traffic.LyncToOwaFails(mbx.Host, i.Adele, i.Kim, IncidentDay.At(13, 31, 10), diag, Mismatch);
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar, i.Diego], IncidentDay.At(13, 2, 11, 300), SignInTimeout);
                return i;
            });

        yield return CorpusScenario.Failing("CERT-NAME-MISMATCH/not-configured-plus-14428-and-snapshots", "CERT-NAME-MISMATCH",
            "'not a configured server' records with fqdn=\"mail.contoso.com\" (the certificate's name), event 14428 SEC_E_WRONG_PRINCIPAL, the pool's FQDN not in the certificate's CertificateDomains while the trusted application pool exists",
            () =>
            {
                var i = new Incident(Org.Contoso, 402, BundleLayout.HandFolders, "Ticket-9001");
                var mbx = i.Mailbox(i.Org.Mailbox1, "exchange");
                MailOnlyCertificate(i, mbx);
                var fe = i.FrontEnd("lync fe", SipTraceFlavor.OcsLogger, [i.Org.Mailbox1]);
                fe.Events.Add(LyncEvents.TlsOutgoingFailure(i.Org.FrontEnd, IncidentDay.At(13, 5, 0), mbx.Host.Fqdn, $"{mbx.Host.Ip}:5199", "0x80090322(SEC_E_WRONG_PRINCIPAL)"));
                NotConfiguredAtEachSignIn(i, mbx, $"fqdn=\"mail.{i.Org.Domain}\"");
                return i;
            });

        yield return CorpusScenario.Failing("CERT-UNTRUSTED/untrusted-root-connection-record-and-14428", "CERT-UNTRUSTED",
            "OWA uses Exchange's self-signed certificate: TF_CONNECTION SEC_E_UNTRUSTED_ROOT toward OWA:5199, 504 + 1010 HRESULT 0x80090325, event 14428",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(403, BundleLayout.CollectorZips, withFrontEnd: true);
                var self = CertificateSpec.SelfSigned(mbx.Host, Incident.Thumbprint(mbx.Host, "self"), IncidentDay.Shifted(new DateTime(2019, 6, 17, 8, 2, 11))) with { Services = "IIS, SMTP, UM, UMCallRouter" };
                Incident.SetCertificates(mbx, self);
                mbx.WebConfig = WebConfigSpec.Integrated(i.Org.Pool, self.Thumbprint);
                var fe = i.Parts.First(p => p.Kind == ServerKind.FrontEnd);
                fe.Events.Add(LyncEvents.TlsOutgoingFailure(i.Org.FrontEnd, IncidentDay.At(13, 5, 0), mbx.Host.Fqdn, $"{mbx.Host.Ip}:5199", "0x80090325(SEC_E_UNTRUSTED_ROOT)"));
                var diag = Diag1010(i, mbx.Host, "0x80090325(SEC_E_UNTRUSTED_ROOT)", "The peer certificate chain is not trusted");
                void Untrusted(DateTime at, int corr, string startLine, SipLeg leg) =>
                    i.Traffic.Trace.Connection(at, corr, "error", "The peer certificate was not trusted", FrontEndTraffic.OwaAppPeer(mbx.Host), "0x80090325 SEC_E_UNTRUSTED_ROOT", $"fqdn=\"{mbx.Host.Fqdn}\"");
                i.Traffic.LyncServiceToOwa(mbx.Host, IncidentDay.At(13, 3, 1, 0), diag, Untrusted);
                i.Traffic.LyncToOwaFails(mbx.Host, i.Lee, i.Pilar, IncidentDay.At(13, 44, 0), diag, Untrusted);
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar], IncidentDay.At(13, 2, 11, 300), SignInTimeout);
                return i;
            });

        yield return CorpusScenario.Failing("CERT-UNTRUSTED/cert-e-untrustedroot-diag-and-viewer-csv", "CERT-UNTRUSTED",
            "TF_DIAG Result-Code 0x800b0109 CERT_E_UNTRUSTEDROOT on the pool's INVITE to OWA, and 14428 naming 0x800B0109 in an Event Viewer CSV; no snapshots",
            () =>
            {
                var i = new Incident(Org.Litware, 404, BundleLayout.HandFolders, "lync owa cert");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.Snapshots.Clear();
                var fe = i.FrontEnd("FE01", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                fe.RemoveSnapshot("lync-shell");
                fe.EventFormat = EventExportFormat.ViewerCsvEnglish;
                fe.Events.Add(LyncEvents.TlsOutgoingFailure(i.Org.FrontEnd, IncidentDay.At(13, 25, 0), mbx.Host.Fqdn, $"{mbx.Host.Ip}:5199", "0x800B0109(CERT_E_UNTRUSTEDROOT)"));
                var diag = Diag1010(i, mbx.Host, "0x800B0109(CERT_E_UNTRUSTEDROOT)", "The peer certificate chain is not trusted");
                foreach (var (from, to, at) in new[] { (i.Adele, i.Kim, IncidentDay.At(13, 24, 30)), (i.Lee, i.Diego, IncidentDay.At(14, 2, 5)) })
                {
                    i.Traffic.LyncToOwaFails(mbx.Host, from, to, at, diag, (t, corr, startLine, leg) =>
                        i.Traffic.Trace.Diagnostic(t, corr, "error", "Failed to establish a TLS connection with the peer: the certificate chain terminated in an untrusted root", "0x800b0109 CERT_E_UNTRUSTEDROOT", startLine, leg.CallId, leg.CSeqText, FrontEndTraffic.OwaAppPeer(mbx.Host)));
                }

                Incident.ImStarts(mbx, IncidentDay.At(13, 19, 59, 900));
                i.OwaSignInsFail(mbx, [i.Kim, i.Diego], IncidentDay.At(13, 20, 0, 500), SignInTimeout);
                return i;
            });

        yield return CorpusScenario.Failing("TRUSTED-APP-MISSING/no-pool-not-configured-collector", "TRUSTED-APP-MISSING",
            "the pool refuses OWA as 'not a configured server' (fqdn = the mailbox server's own FQDN, on its certificate); Get-CsTrustedApplicationPool returns nothing; 14492 without the OWA server",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(405, BundleLayout.CollectorZips, withFrontEnd: false, federationTimeouts: true);
                i.FrontEnd("fe", SipTraceFlavor.Cls, []);
                NotConfiguredAtEachSignIn(i, mbx, $"fqdn=\"{mbx.Host.Fqdn}\"");
                return i;
            });

        yield return CorpusScenario.Failing("TRUSTED-APP-MISSING/trace-and-14492-csv-no-snapshots", "TRUSTED-APP-MISSING",
            "hand-gathered: the 'not a configured server' records and an Event Viewer CSV whose 14492 lists no OWA server; no shell output to tell trust from name problems",
            () =>
            {
                var i = new Incident(Org.Litware, 406, BundleLayout.HandFolders, "owa presence");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.Snapshots.Clear();
                var fe = i.FrontEnd("FE", SipTraceFlavor.Cls, []);
                fe.RemoveSnapshot("lync-shell");
                fe.EventFormat = EventExportFormat.ViewerCsvEnglish;
                NotConfiguredAtEachSignIn(i, mbx, $"fqdn=\"{mbx.Host.Fqdn}\"");
                return i;
            },
            "CERT-NAME-MISMATCH", "CERT-UNTRUSTED", "TOPOLOGY-NOT-ENABLED");

        yield return CorpusScenario.Failing("TOPOLOGY-NOT-ENABLED/pool-in-shell-not-in-kst", "TOPOLOGY-NOT-ENABLED",
            "Get-CsTrustedApplicationPool and Get-CsTrustedApplication show OWA's pool, but 14492 does not list it, no 14493 followed, and the pool refuses OWA as 'not a configured server'",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(407, BundleLayout.CollectorZips, withFrontEnd: false);
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, []);
                i.SetLyncShell(fe, [mbx.Host.Fqdn]);
                NotConfiguredAtEachSignIn(i, mbx, $"fqdn=\"{mbx.Host.Fqdn}\"");
                return i;
            });

        yield return CorpusScenario.Failing("TOPOLOGY-NOT-ENABLED/transcript-warning-event-xml", "TOPOLOGY-NOT-ENABLED",
            "the admin's transcript: New-CsTrustedApplicationPool and New-CsTrustedApplication with the warning that Enable-CsTopology must still be run, and no Enable-CsTopology; no 14493 in the event XML",
            () =>
            {
                var i = new Incident(Org.Litware, 408, BundleLayout.HandFolders, "lync side");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                var fe = i.FrontEnd("lync", SipTraceFlavor.OcsLogger, []);
                fe.EventFormat = EventExportFormat.EventViewerXml;
                fe.TraceEncoding = TextEncoding.Utf16LeBom;
                fe.TraceHandName = "snooper save.txt";
                const string warning = "WARNING: The following changes must be made in order for the operation to be complete.\nEnable-CsTopology must still be run for all changes to take effect.\n\n";
                i.SetLyncShell(fe, [mbx.Host.Fqdn], null,
                    ($"New-CsTrustedApplicationPool -Identity {mbx.Host.Fqdn} -Registrar {i.Org.Pool} -Site {i.Org.SiteId} -RequiresReplication $False", warning + FormatList.Objects([LyncSnapshots.TrustedApplicationPool(mbx.Host.Fqdn, i.Org.Pool, i.Org.SiteIdentity, 1)])),
                    ($"New-CsTrustedApplication -ApplicationId OutlookWebApp -TrustedApplicationPoolFqdn {mbx.Host.Fqdn} -Port 5199", warning + FormatList.Objects([LyncSnapshots.TrustedApplication(mbx.Host.Fqdn, i.Org.Domain, 5199)])));
                NotConfiguredAtEachSignIn(i, mbx, $"fqdn=\"{mbx.Host.Fqdn}\"");
                return i;
            });

        yield return CorpusScenario.Failing("TRUSTED-APP-DUPLICATE/sipname-dial-plan-and-pool-collector", "TRUSTED-APP-DUPLICATE",
            "the mailbox server serves a SipName UM dial plan (Get-UMDialPlan, Get-UMService) and also has a trusted application pool; 44024 and 14492 name it twice",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(409, BundleLayout.CollectorZips, withFrontEnd: false);
                SipNameDialPlan(mbx, [mbx.Host], ["Contoso SIP URI"]);
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                fe.Events.RemoveAll(e => e.Id == 14492);
                fe.Events.Add(LyncEvents.KnownServersAtStart(i.Org.FrontEnd, IncidentDay.At(6, 0, 12), [.. i.KnownServers([mbx.Host]), $"{mbx.Host.Fqdn} (version 0)"]));
                fe.Events.Add(LyncEvents.UmRoutingServers(i.Org.FrontEnd, IncidentDay.At(6, 0, 40), [mbx.Host.Fqdn]));
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar, i.Diego], IncidentDay.At(13, 2, 11, 300), RegisterRejected);
                return i;
            });

        yield return CorpusScenario.Failing("TRUSTED-APP-DUPLICATE/44024-and-14493-evtx-hand", "TRUSTED-APP-DUPLICATE",
            "Lync events only: 44024 names the mailbox server (UM routing, version 0) and 14493 adds the same FQDN again as the trusted application pool; Get-CsTrustedApplicationPool shows that pool",
            () =>
            {
                var i = new Incident(Org.Litware, 410, BundleLayout.HandFolders, "OWA IM stopped");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, []);
                fe.Events.Add(LyncEvents.UmRoutingServers(i.Org.FrontEnd, IncidentDay.At(6, 0, 40), [mbx.Host.Fqdn]));
                fe.Events.Add(LyncEvents.ServerAdded(i.Org.FrontEnd, IncidentDay.At(6, 0, 41), mbx.Host.Fqdn, 0));
                fe.Events.Add(LyncEvents.ServerAdded(i.Org.FrontEnd, IncidentDay.At(11, 12, 5), mbx.Host.Fqdn, 6));
                i.SetLyncShell(fe, [mbx.Host.Fqdn]);
                Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
                i.OwaSignInsFail(mbx, [i.Kim, i.Pilar], IncidentDay.At(13, 2, 11, 300), RegisterRejected);
                return i;
            });

        yield return CorpusScenario.Failing("SITE-ID-WRONG/cmdlet-error-with-display-name", "SITE-ID-WRONG",
            "New-CsTrustedApplicationPool -Site \"Atlanta Datacenter\" (the display name) failed with an error; Get-CsSite shows SiteId 1 for that display name; no pool exists",
            () =>
            {
                var org = Org.Contoso with { SiteIdentity = "Site:ATL", SiteDisplayName = "Atlanta Datacenter" };
                var i = new Incident(org, 411, BundleLayout.HandFolders, "case 411");
                var mbx = i.Mailbox(org.Mailbox1, "mbx");
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, []);
                var command = $"New-CsTrustedApplicationPool -Identity {mbx.Host.Fqdn} -Registrar {org.Pool} -Site \"Atlanta Datacenter\" -RequiresReplication $False";
                var error = $"New-CsTrustedApplicationPool : Cannot find site \"Atlanta Datacenter\". Specify the site by its SiteId.\nAt line:1 char:1\n+ {command[..Math.Min(command.Length, 60)]} ...\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidArgument: (:) [New-CsTrustedApplicationPool], ArgumentException\n    + FullyQualifiedErrorId : InvalidSite,Microsoft.Rtc.Management.Deployment.NewTrustedApplicationPoolCmdlet\n\n";
                i.SetLyncShell(fe, [], null, (command, error));
                NotConfiguredAtEachSignIn(i, mbx, $"fqdn=\"{mbx.Host.Fqdn}\"");
                return i;
            },
            "TRUSTED-APP-MISSING");

        yield return CorpusScenario.Failing("SITE-ID-WRONG/pool-site-is-display-name-collector", "SITE-ID-WRONG",
            "Get-CsTrustedApplicationPool shows SiteId 'Site:Atlanta Datacenter' — the site's display name — while Get-CsSite's SiteId is 1 (Site:ATL); the pool refuses OWA",
            () =>
            {
                var org = Org.Contoso with { SiteIdentity = "Site:ATL", SiteDisplayName = "Atlanta Datacenter" };
                var i = new Incident(org, 412, BundleLayout.CollectorZips, "case 412");
                var mbx = i.Mailbox(org.Mailbox1, "mbx");
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, []);
                i.SetLyncShell(fe, [mbx.Host.Fqdn], "Site:Atlanta Datacenter");
                NotConfiguredAtEachSignIn(i, mbx, $"fqdn=\"{mbx.Host.Fqdn}\"");
                return i;
            },
            "TRUSTED-APP-MISSING", "TOPOLOGY-NOT-ENABLED");
    }

    /// <summary>OWA's certificate carries only the namespace names, not the server's FQDN the pool was created with.</summary>
    private static void MailOnlyCertificate(Incident i, ServerPart mbx) =>
        Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with
        {
            Subject = $"CN=mail.{i.Org.Domain}, OU=IT, O=Corp, L=Atlanta, S=GA, C=US",
            Domains = [$"mail.{i.Org.Domain}", $"autodiscover.{i.Org.Domain}"],
        });

    private static string Diag1010(Incident i, CorpusHost mbx, string hresult, string errorType) =>
        $"ms-diagnostics: 1010;reason=\"Certificate trust with another server could not be established\";ErrorType=\"{errorType}\";tls-target=\"{mbx.Fqdn}\";PeerServer=\"{mbx.Fqdn}\";HRESULT=\"{hresult}\";source=\"{i.Org.Pool}\"";

    /// <summary>OWA starts, then each user's sign-in is refused at the pool's door: the TF_CONNECTION record and the IM log's failure.</summary>
    private static void NotConfiguredAtEachSignIn(Incident i, ServerPart mbx, string data)
    {
        Incident.ImStarts(mbx, IncidentDay.At(13, 2, 10, 700));
        foreach (var began in i.OwaSignInsFail(mbx, [i.Kim, i.Pilar, i.Diego, i.Dana], IncidentDay.At(13, 2, 11, 300), SignInTimeout))
        {
            i.Traffic.OwaConnectionRefused(mbx.Host, began.AddMilliseconds(80), NotConfigured, null, data);
        }
    }

    internal static void SipNameDialPlan(ServerPart mbx, IReadOnlyList<CorpusHost> umServers, IReadOnlyList<string> servedPlans)
    {
        mbx.SetSnapshot("Get-UMDialPlan", "um dial plans.txt", FormatList.Transcript(FormatList.ExchangePrompt,
            ("Get-UMDialPlan | fl Name,URIType,NumberOfDigitsInExtension,UMServers", FormatList.Objects([ExchangeSnapshots.UMDialPlan("Contoso SIP URI", "SipName")]))));
        mbx.SetSnapshot("Get-UMService", "um service.txt", FormatList.Transcript(FormatList.ExchangePrompt,
            ("Get-UMService | fl Name,Fqdn,DialPlans,Status,UMStartupMode,AdminDisplayVersion", FormatList.Objects(umServers.Select(s => ExchangeSnapshots.UMService(s, servedPlans))))));
    }
}
