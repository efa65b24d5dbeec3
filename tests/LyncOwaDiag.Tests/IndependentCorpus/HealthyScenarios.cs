namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Five working integrations (KNOWLEDGE.md's verification checklist: 112 after the first sign-on, the IM log with
/// "EndpointManager initialized successfully", sign-ins and presence traffic between OWA and the pool), each with
/// the noise BUNDLES.md says a healthy system logs anyway and each arriving differently.
/// </summary>
internal static class HealthyScenarios
{
    public static IEnumerable<CorpusScenario> All()
    {
        yield return CorpusScenario.Healthy("healthy/contoso-collector-zips-two-mailbox-servers",
            "two mailbox servers with 112 and successful sign-ins, the pool's trace with OWA traffic, ADAccess 2080, ASP.NET 1309 on /ecp, a federated 504",
            () =>
            {
                var i = new Incident(Org.Contoso, 101, BundleLayout.CollectorZips, "Ticket-4711", federationTimeouts: true);
                var mbx1 = i.Mailbox(i.Org.Mailbox1, "mbx01");
                var mbx2 = i.Mailbox(i.Org.Mailbox2, "mbx02");
                i.FrontEnd("fe01", SipTraceFlavor.Cls, [i.Org.Mailbox1, i.Org.Mailbox2]);
                i.HealthyIm(mbx1, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego, i.Dana]);
                i.HealthyIm(mbx2, IncidentDay.At(13, 15, 40, 120), [i.Adele, i.Lee], byIp: false);
                return i;
            });

        yield return CorpusScenario.Healthy("healthy/litware-hand-folders-viewer-csv",
            "Event Viewer CSV in Pacific local time with 112, the IM log, a CLS search saved as .log, folders named by the admin",
            () =>
            {
                var i = new Incident(Org.Litware, 102, BundleLayout.HandFolders, "exchange and lync logs", federationTimeouts: true);
                var mbx = i.Mailbox(i.Org.Mailbox1, "exchange logs");
                mbx.EventFormat = EventExportFormat.ViewerCsvEnglish;
                mbx.EventsHandName = "app log mbx";
                mbx.RemoveSnapshot("Get-ExchangeServer");
                mbx.RemoveSnapshot("reg-query");
                var fe = i.FrontEnd("FE01", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                fe.TraceHandName = "cls search kim.log";
                fe.EventsHandName = "app_fe";
                i.HealthyIm(mbx, IncidentDay.At(13, 4, 2, 880), [i.Kim, i.Pilar, i.Diego]);
                return i;
            });

        yield return CorpusScenario.Healthy("healthy/contoso-flat-folder-policy-overrides-vdir",
            "every file in one folder; the vdir says InstantMessagingType None but the default mailbox policy says Ocs and applies; 112 and sign-ins",
            () =>
            {
                var i = new Incident(Org.Contoso, 103, BundleLayout.HandFlat, "kim 19 nov", federationTimeouts: true);
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.HandPrefix = "MBX01-";
                i.SetVirtualDirectory(mbx, imEnabled: true, "None");
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
                fe.HandPrefix = "fe_";
                i.HealthyIm(mbx, IncidentDay.At(13, 1, 30, 50), [i.Kim, i.Diego, i.Dana, i.Pilar]);
                return i;
            });

        yield return CorpusScenario.Healthy("healthy/litware-zip-of-zips-event-xml",
            "a ticket zip of zips; event XML with 112; OCSLogger trace; web.config thumbprint in lower case with spaces; an expired self-signed certificate not used for IM; a client's 404 + 4005 for someone who left",
            () =>
            {
                var i = new Incident(Org.Litware, 104, BundleLayout.ZipOfZips, "Ticket-8812", federationTimeouts: true);
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventFormat = EventExportFormat.EventViewerXml;
                var thumb = Incident.Thumbprint(i.Org.Mailbox1);
                var spaced = string.Join(' ', Enumerable.Range(0, thumb.Length / 2).Select(k => thumb.Substring(k * 2, 2))).ToLowerInvariant();
                mbx.WebConfig = WebConfigSpec.Integrated(i.Org.Pool, spaced);
                Incident.SetCertificates(mbx, i.ImCertificate(i.Org.Mailbox1), CertificateSpec.SelfSigned(i.Org.Mailbox1, Incident.Thumbprint(i.Org.Mailbox1, "self"), IncidentDay.Shifted(new DateTime(2013, 9, 2, 10, 40, 0))));
                var fe = i.FrontEnd("fe", SipTraceFlavor.OcsLogger, [i.Org.Mailbox1]);
                fe.EventFormat = EventExportFormat.WevtutilXml;
                fe.TraceHandName = "OCSLogger_SIPStack.txt";
                i.Traffic.ClientSubscribeNotFound(i.Adele, $"sip:jonas@{i.Org.Domain}", IncidentDay.At(13, 51, 7),
                    $"ms-diagnostics: 4005;reason=\"Destination URI either not enabled for SIP or does not exist\";source=\"{i.Org.Pool}\"");
                i.HealthyIm(mbx, IncidentDay.At(13, 6, 45, 10), [i.Kim, i.Pilar, i.Dana]);
                return i;
            });

        yield return CorpusScenario.Healthy("healthy/contoso-collector-folders-with-edge",
            "collector folders for mailbox, Front End and Edge; the Edge's 14428 and 504s toward a federated partner; an IM certificate valid for 60 more days; a Lync certificate-expiry warning",
            () =>
            {
                var i = new Incident(Org.Contoso, 105, BundleLayout.CollectorFolders, "LyncOwaDiag-bundle", federationTimeouts: true);
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                Incident.SetCertificates(mbx, i.ImCertificate(i.Org.Mailbox1) with { NotBefore = IncidentDay.Shifted(new DateTime(2018, 1, 18, 0, 0, 0)), NotAfter = IncidentDay.Shifted(new DateTime(2020, 1, 18, 23, 59, 59)) });
                var edge = i.EdgeServer("edge");
                edge.Events.Add(LyncEvents.TlsOutgoingFailure(i.Org.Edge, IncidentDay.At(13, 36, 20), $"sip.{i.Org.FederatedDomain}", "131.107.2.10:5061", "0x8007274c(WSAETIMEDOUT)"));
                i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1], edge);
                i.HealthyIm(mbx, IncidentDay.At(13, 3, 12, 640), [i.Kim, i.Pilar, i.Diego, i.Dana]);
                return i;
            });
    }
}
