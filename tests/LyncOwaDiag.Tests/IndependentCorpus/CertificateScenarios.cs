using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The IM certificate on the mailbox server (KNOWLEDGE.md CERT-* rows): not found, dates, private key. Certificate
/// problems are DEBUG rows in the IM log and events 102–106; Lync-side trust and name problems are in
/// <see cref="LyncTopologyScenarios"/>.
/// </summary>
internal static class CertificateScenarios
{
    private const string NotInitialised = "ENDPOINT-MANAGER-NOT-INITIALISED";
    private const string TraceInsufficient = "TRACE-INSUFFICIENT";

    public static IEnumerable<CorpusScenario> All()
    {
        yield return CorpusScenario.Failing("CERT-NOT-FOUND/event-103-and-debug-row-collector", "CERT-NOT-FOUND",
            "web.config names the old certificate's thumbprint; Get-ExchangeCertificate lists only the renewed one; IM log DEBUG 'IM Certificate with thumbprint … could not be found.'; event 103",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(301, BundleLayout.CollectorZips, withFrontEnd: true);
                var old = Incident.Thumbprint(mbx.Host, "old");
                mbx.WebConfig = WebConfigSpec.Integrated(i.Org.Pool, old);
                foreach (var at in new[] { IncidentDay.At(13, 2, 11, 300), IncidentDay.At(13, 48, 2, 10), IncidentDay.At(14, 21, 33, 400) })
                {
                    Incident.ImLog(mbx).Debug(at, 19, ImText.CertificateNotFound(old)).Debug(at.AddMilliseconds(4), 19, ImText.GlobalsFailed);
                }

                mbx.Events.Add(OwaEvents.CertificateNotFound(mbx.Host, IncidentDay.At(13, 2, 11, 302), old));
                mbx.Events.Add(OwaEvents.CertificateNotFound(mbx.Host, IncidentDay.At(14, 21, 33, 402), old));
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("CERT-NOT-FOUND/german-viewer-csv-and-snapshots", "CERT-NOT-FOUND",
            "a German Event Viewer CSV (Fehler, dd.MM.yyyy, UTC+1) with event 103; web.config thumbprint in no certificate Get-ExchangeCertificate lists",
            () =>
            {
                var i = new Incident(Org.Contoso with { LocalOffsetHours = 1 }, 302, BundleLayout.HandFolders, "Fall 2231");
                var mbx = i.Mailbox(i.Org.Mailbox1, "Postfachserver");
                mbx.EventFormat = EventExportFormat.ViewerCsvGerman;
                mbx.EventsHandName = "Anwendung";
                mbx.ImLogsCollected = false;
                var wrong = Incident.Thumbprint(mbx.Host, "typo");
                mbx.WebConfig = WebConfigSpec.Integrated(i.Org.Pool, wrong);
                mbx.Events.Add(OwaEvents.CertificateNotFound(mbx.Host, IncidentDay.At(13, 27, 50), wrong));
                Incident.ImLog(mbx).Debug(IncidentDay.At(13, 27, 50), 19, ImText.CertificateNotFound(wrong));
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("CERT-EXPIRED/event-102-and-snapshot-collector", "CERT-EXPIRED",
            "Get-ExchangeCertificate: the IM certificate's NotAfter is 11/13/2019; event 102; IM log DEBUG 'IM Certificate has expired.'",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(303, BundleLayout.CollectorZips, withFrontEnd: true);
                var notAfter = IncidentDay.Shifted(new DateTime(2019, 11, 13, 23, 59, 59));
                Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with { NotBefore = IncidentDay.Shifted(new DateTime(2017, 11, 13, 0, 0, 0)), NotAfter = notAfter });
                CertificateRows(mbx, ImText.CertificateExpired, at => OwaEvents.CertificateExpired(mbx.Host, at, notAfter.AddHours(i.Org.LocalOffsetHours)));
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("CERT-EXPIRED/viewer-txt-flat", "CERT-EXPIRED",
            "an Event Viewer TXT (tab) export with event 102 and the IM log's 'IM Certificate has expired.', both in one folder",
            () =>
            {
                var i = new Incident(Org.Litware, 304, BundleLayout.HandFlat, "Ticket-3001");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventFormat = EventExportFormat.ViewerTxtEnglish;
                mbx.Snapshots.Clear();
                CertificateRows(mbx, ImText.CertificateExpired, at => OwaEvents.CertificateExpired(mbx.Host, at, IncidentDay.Shifted(new DateTime(2019, 11, 13, 15, 59, 59))));
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("CERT-NOT-YET-VALID/event-104-collector-folders", "CERT-NOT-YET-VALID",
            "the renewed certificate's NotBefore is 11/25/2019; event 104; IM log DEBUG 'IM Certificate has not become valid yet.'",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(305, BundleLayout.CollectorFolders, withFrontEnd: true);
                var notBefore = IncidentDay.Shifted(new DateTime(2019, 11, 25, 0, 0, 0));
                Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with { NotBefore = notBefore, NotAfter = IncidentDay.Shifted(new DateTime(2021, 11, 25, 0, 0, 0)) });
                CertificateRows(mbx, ImText.CertificateNotYetValid, at => OwaEvents.CertificateNotYetValid(mbx.Host, at, notBefore));
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("CERT-NOT-YET-VALID/snapshot-and-im-log-only", "CERT-NOT-YET-VALID",
            "no event log gathered: Get-ExchangeCertificate with NotBefore 11/25/2019 for the web.config thumbprint and the IM log's DEBUG row",
            () =>
            {
                var i = new Incident(Org.Litware, 306, BundleLayout.HandFolders, "certs");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventsCollected = false;
                Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with { NotBefore = IncidentDay.Shifted(new DateTime(2019, 11, 25, 0, 0, 0)), NotAfter = IncidentDay.Shifted(new DateTime(2021, 11, 25, 0, 0, 0)) });
                CertificateRows(mbx, ImText.CertificateNotYetValid, null);
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return new CorpusScenario
        {
            Name = "CERT-EXPIRING/event-106-integration-works",
            ExpectedTop = "CERT-EXPIRING",
            Shows = "event 106 (warning) and the IM log's 'IM Certificate will expire soon.'; NotAfter 12/17/2019; 112 and sign-ins succeed",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(307, BundleLayout.CollectorZips, withFrontEnd: true, federationTimeouts: true);
                var notAfter = IncidentDay.Shifted(new DateTime(2019, 12, 17, 23, 59, 59));
                Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with { NotBefore = IncidentDay.Shifted(new DateTime(2017, 12, 17, 0, 0, 0)), NotAfter = notAfter });
                var start = IncidentDay.At(13, 2, 11, 300);
                Incident.ImLog(mbx).Debug(start.AddMilliseconds(-900), 27, ImText.CertificateExpiring);
                mbx.Events.Add(OwaEvents.CertificateExpiring(mbx.Host, start.AddMilliseconds(-899), notAfter.AddHours(i.Org.LocalOffsetHours)));
                i.HealthyIm(mbx, start, [i.Kim, i.Pilar, i.Diego]);
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "CERT-EXPIRING/get-winevent-csv-hand",
            ExpectedTop = "CERT-EXPIRING",
            Shows = "Get-WinEvent | Export-Csv with 106 and 112; Get-ExchangeCertificate NotAfter 12/17/2019; IM works",
            Verdicts = new HashSet<Verdict> { Verdict.Degraded },
            Build = () =>
            {
                var i = new Incident(Org.Litware, 308, BundleLayout.HandFolders, "cert warning");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventFormat = EventExportFormat.GetWinEventCsv;
                var notAfter = IncidentDay.Shifted(new DateTime(2019, 12, 17, 23, 59, 59));
                Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with { NotAfter = notAfter });
                var start = IncidentDay.At(13, 10, 1, 0);
                Incident.ImLog(mbx).Debug(start.AddMilliseconds(-900), 27, ImText.CertificateExpiring);
                mbx.Events.Add(OwaEvents.CertificateExpiring(mbx.Host, start.AddMilliseconds(-899), notAfter.AddHours(i.Org.LocalOffsetHours)));
                i.HealthyIm(mbx, start, [i.Kim, i.Pilar]);
                return i;
            },
        };

        yield return CorpusScenario.Failing("CERT-NO-PRIVATE-KEY/snapshot-and-debug-row-collector", "CERT-NO-PRIVATE-KEY",
            "Get-ExchangeCertificate: the web.config thumbprint's certificate has HasPrivateKey False; IM log 'IM Certificate does not have a private key.'; no event, no 112",
            () =>
            {
                var (i, mbx) = ExchangeSetupScenarios.Contoso(309, BundleLayout.CollectorZips, withFrontEnd: true);
                Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with { HasPrivateKey = false },
                    CertificateSpec.SelfSigned(mbx.Host, Incident.Thumbprint(mbx.Host, "self"), IncidentDay.Shifted(new DateTime(2019, 6, 17, 8, 2, 11))));
                CertificateRows(mbx, ImText.CertificateNoPrivateKey, null);
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("CERT-NO-PRIVATE-KEY/silent-snapshot-only", "CERT-NO-PRIVATE-KEY",
            "fails silently as Exchange 2013 does: only Get-ExchangeCertificate shows HasPrivateKey False for the web.config thumbprint; an Application log without 112",
            () =>
            {
                var i = new Incident(Org.Litware, 310, BundleLayout.HandFolders, "no presence in owa");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.ImLogsCollected = false;
                Incident.SetCertificates(mbx, i.ImCertificate(mbx.Host) with { HasPrivateKey = false });
                return i;
            },
            NotInitialised, TraceInsufficient);
    }

    /// <summary>A certificate problem at each IM initialisation attempt: the IM log's DEBUG row and, if any, its event.</summary>
    private static void CertificateRows(ServerPart mbx, string row, Func<DateTime, CorpusEvent>? evt)
    {
        foreach (var at in new[] { IncidentDay.At(13, 2, 11, 300), IncidentDay.At(14, 3, 18, 50) })
        {
            Incident.ImLog(mbx).Debug(at, 19, row).Debug(at.AddMilliseconds(3), 19, ImText.GlobalsFailed);
            if (evt is not null)
            {
                mbx.Events.Add(evt(at.AddMilliseconds(1)));
            }
        }
    }
}
