using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Causes on the Exchange side of the integration (KNOWLEDGE.md: UCMA, registry, web.config, virtual directory,
/// mailbox policy), each from its documented evidence, most in two forms.
/// </summary>
internal static class ExchangeSetupScenarios
{
    private const string NotInitialised = "ENDPOINT-MANAGER-NOT-INITIALISED";
    private const string FolderMissing = "IM-LOG-FOLDER-MISSING";
    private const string TraceInsufficient = "TRACE-INSUFFICIENT";

    public static IEnumerable<CorpusScenario> All()
    {
        yield return CorpusScenario.Failing("UCMA-MISSING/event-83-and-im-log-collector", "UCMA-MISSING",
            "MSExchange OWA 83 (EVTX) twice, IM log 'No registry setting for IM Provider.', reg query without the key",
            () =>
            {
                var (i, mbx) = Contoso(201, BundleLayout.CollectorZips, withFrontEnd: true);
                mbx.SetSnapshot("reg-query", "reg.txt", ExchangeSnapshots.RegistryAbsent);
                foreach (var at in new[] { IncidentDay.At(13, 2, 11, 300), IncidentDay.At(14, 2, 40, 10) })
                {
                    Incident.ImLog(mbx).Error(at, 27, ImText.NoRegistry).Debug(at.AddMilliseconds(3), 27, ImText.GlobalsFailed);
                    mbx.Events.Add(OwaEvents.NoRegistrySetting(mbx.Host, at.AddMilliseconds(1)));
                }

                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("UCMA-MISSING/get-eventlog-csv-hand-gathered", "UCMA-MISSING",
            "Get-EventLog | Export-Csv (ASCII) with event 83, reg query's 'unable to find' saved as UTF-16, no IM log gathered",
            () =>
            {
                var i = new Incident(Org.Litware, 202, BundleLayout.HandFolders, "Ticket 5310");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventFormat = EventExportFormat.GetEventLogCsv;
                mbx.ImLogsCollected = false;
                mbx.SetSnapshot("reg-query", "reg query owa.txt", ExchangeSnapshots.RegistryAbsent, TextEncoding.Utf16LeBom);
                mbx.Events.Add(OwaEvents.NoRegistrySetting(mbx.Host, IncidentDay.At(13, 12, 5)));
                mbx.Events.Add(OwaEvents.NoRegistrySetting(mbx.Host, IncidentDay.At(14, 12, 9)));
                Incident.ImLog(mbx).Error(IncidentDay.At(13, 12, 5), 27, ImText.NoRegistry);
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("UCMA-DLL-NOT-FOUND/event-84-and-im-log-collector", "UCMA-DLL-NOT-FOUND",
            "event 84 naming the UCWeb DLL's path and the IM log's 'IM provider not found.  File: <path>' (UCMA uninstalled, registry left behind)",
            () =>
            {
                var (i, mbx) = Contoso(203, BundleLayout.CollectorFolders, withFrontEnd: true);
                foreach (var at in new[] { IncidentDay.At(13, 5, 1, 200), IncidentDay.At(14, 5, 3, 0) })
                {
                    Incident.ImLog(mbx).Error(at, 27, ImText.ProviderNotFound(ImText.UcwebDll)).Debug(at.AddMilliseconds(2), 27, ImText.GlobalsFailed);
                    mbx.Events.Add(OwaEvents.ProviderFileMissing(mbx.Host, at.AddMilliseconds(1), ImText.UcwebDll));
                }

                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("UCMA-DLL-NOT-FOUND/registry-names-another-file-wevtutil", "UCMA-DLL-NOT-FOUND",
            "ImplementationDLLPath names neither Microsoft.Rtc.Internal.Ucweb.dll nor its folder; wevtutil text export with event 84 for that path",
            () =>
            {
                const string wrong = @"D:\Setup\UCMA\Microsoft.Rtc.Collaboration.dll";
                var i = new Incident(Org.Litware, 204, BundleLayout.ZipOfZips, "IM broken mbx");
                var mbx = i.Mailbox(i.Org.Mailbox1, "ATL-MBX-001 files");
                mbx.EventFormat = EventExportFormat.WevtutilText;
                mbx.ImLogsCollected = false;
                mbx.SetSnapshot("reg-query", "registry.txt", ExchangeSnapshots.RegistryPresent(wrong));
                mbx.Events.Add(OwaEvents.ProviderFileMissing(mbx.Host, IncidentDay.At(13, 20, 44), wrong));
                Incident.ImLog(mbx).Error(IncidentDay.At(13, 20, 44), 27, ImText.ProviderNotFound(wrong));
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("UCMA-LOAD-FAILED/event-87-wrong-ucma-version", "UCMA-LOAD-FAILED",
            "event 87 (DLL path + 'Could not load file or assembly …Version=5.0.0.0') and the IM log's 'Exception hit while initializing.'",
            () =>
            {
                var (i, mbx) = Contoso(205, BundleLayout.CollectorZips, withFrontEnd: true);
                const string inner = "Could not load file or assembly 'Microsoft.Rtc.Collaboration, Version=5.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35' or one of its dependencies. The system cannot find the file specified.";
                var at = IncidentDay.At(13, 2, 40, 500);
                Incident.ImLog(mbx).Debug(at, 27, ImText.Initializing(5075))
                    .Error(at.AddMilliseconds(90), 27, ImText.InitException("System.IO.FileNotFoundException: " + inner + "\r\nFile name: 'Microsoft.Rtc.Collaboration, Version=5.0.0.0'\r\n   at Microsoft.Rtc.Internal.Ucweb.UcwebEndpointManager..ctor(Int32 port)"))
                    .Debug(at.AddMilliseconds(95), 27, ImText.GlobalsFailed);
                mbx.Events.Add(OwaEvents.ProviderLoadFailed(mbx.Host, at.AddMilliseconds(92), ImText.UcwebDll, inner));
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("UCMA-LOAD-FAILED/local-ports-busy-event-xml", "UCMA-LOAD-FAILED",
            "the IM log tries ports 5075, 5076, 5077, each 'Exception hit while initializing' (error 18105, socket in use), then event 87 in an event XML export",
            () =>
            {
                var i = new Incident(Org.Litware, 206, BundleLayout.HandFolders, "owa im");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.EventFormat = EventExportFormat.EventViewerXml;
                var at = IncidentDay.At(13, 9, 2, 100);
                var log = Incident.ImLog(mbx);
                foreach (var port in new[] { 5075, 5076, 5077 })
                {
                    log.Debug(at, 27, ImText.Initializing(port))
                        .Error(at.AddMilliseconds(40), 27, ImText.InitException($"Microsoft.Rtc.Internal.Ucweb.UcwebException: Failed to listen on port {port} (ErrorCode=18105). ---> System.Net.Sockets.SocketException: Only one usage of each socket address (protocol/network address/port) is normally permitted"));
                    at = at.AddMilliseconds(60);
                }

                log.Debug(at, 27, ImText.GlobalsFailed);
                mbx.Events.Add(OwaEvents.ProviderLoadFailed(mbx.Host, at, ImText.UcwebDll, "Only one usage of each socket address (protocol/network address/port) is normally permitted"));
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("WEBCONFIG-IMSERVERNAME-MISSING/key-absent-collector", "WEBCONFIG-IMSERVERNAME-MISSING",
            "web.config has IMCertificateThumbprint but no IMServerName; IM enabled on the vdir; no 112 and no IM log folder",
            () =>
            {
                var (i, mbx) = Contoso(207, BundleLayout.CollectorZips, withFrontEnd: true);
                mbx.WebConfig = mbx.WebConfig!.Without("IMServerName");
                mbx.ImFolderExists = false;
                return i;
            },
            NotInitialised, FolderMissing, "IM-ENABLED-NOT-INTEGRATED");

        yield return CorpusScenario.Failing("WEBCONFIG-IMSERVERNAME-MISSING/empty-value-and-health-alert", "WEBCONFIG-IMSERVERNAME-MISSING",
            "web.config has IMServerName with an empty value; Managed Availability's 'Instant Messaging Server name is set to null or empty on web.config.' in a CSV export",
            () =>
            {
                var i = new Incident(Org.Litware, 208, BundleLayout.HandFolders, "Ticket-6120");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.WebConfig = mbx.WebConfig!.With("IMServerName", string.Empty);
                mbx.ImLogsCollected = false;
                mbx.Extras.Add(SupportingLogs.EventLogItem("Microsoft-Exchange-ManagedAvailability/Monitoring", "MA monitoring",
                    [SupportingLogs.ImConfigurationAlert(mbx.Host, IncidentDay.At(13, 14, 2), "Instant Messaging Server name is set to null or empty on web.config."),
                     SupportingLogs.ImConfigurationAlert(mbx.Host, IncidentDay.At(14, 14, 3), "Instant Messaging Server name is set to null or empty on web.config.")],
                    EventExportFormat.ViewerCsvEnglish, TimeSpan.FromHours(i.Org.LocalOffsetHours)));
                return i;
            },
            NotInitialised, TraceInsufficient, "IM-ENABLED-NOT-INTEGRATED");

        yield return CorpusScenario.Failing("WEBCONFIG-THUMBPRINT-MISSING/key-absent-collector", "WEBCONFIG-THUMBPRINT-MISSING",
            "web.config has IMServerName but no IMCertificateThumbprint; no 112, no IM log folder",
            () =>
            {
                var (i, mbx) = Contoso(209, BundleLayout.CollectorFolders, withFrontEnd: true);
                mbx.WebConfig = mbx.WebConfig!.Without("IMCertificateThumbprint");
                mbx.ImFolderExists = false;
                return i;
            },
            NotInitialised, FolderMissing, "IM-ENABLED-NOT-INTEGRATED");

        yield return CorpusScenario.Failing("WEBCONFIG-THUMBPRINT-MISSING/empty-value-and-health-alert-xml", "WEBCONFIG-THUMBPRINT-MISSING",
            "IMCertificateThumbprint with an empty value; 'Instant Messaging Certificate Thumbprint is set to null or empty on web.config.' in an event XML export",
            () =>
            {
                var i = new Incident(Org.Contoso, 210, BundleLayout.HandFolders, "New folder (2)");
                var mbx = i.Mailbox(i.Org.Mailbox1, "EX15-MBX-01");
                mbx.WebConfig = mbx.WebConfig!.With("IMCertificateThumbprint", string.Empty);
                mbx.ImLogsCollected = false;
                mbx.Extras.Add(SupportingLogs.EventLogItem("Microsoft-Exchange-ManagedAvailability/Monitoring", "ma",
                    [SupportingLogs.ImConfigurationAlert(mbx.Host, IncidentDay.At(13, 31, 40), "Instant Messaging Certificate Thumbprint is set to null or empty on web.config.")],
                    EventExportFormat.EventViewerXml, TimeSpan.FromHours(i.Org.LocalOffsetHours)));
                return i;
            },
            NotInitialised, TraceInsufficient, "IM-ENABLED-NOT-INTEGRATED");

        yield return CorpusScenario.Failing("WEBCONFIG-KEYS-MISPLACED/keys-under-system-web", "WEBCONFIG-KEYS-MISPLACED",
            "both IM keys present in web.config but inside <system.web>, not <appSettings>; no 112",
            () =>
            {
                var i = new Incident(Org.Litware, 211, BundleLayout.HandFolders, "owa-im-case");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx01");
                mbx.WebConfig = new WebConfigSpec { InSystemWeb = [("IMCertificateThumbprint", Incident.Thumbprint(i.Org.Mailbox1)), ("IMServerName", i.Org.Pool)] };
                mbx.ImLogsCollected = false;
                return i;
            },
            "WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("WEBCONFIG-KEYS-MISPLACED/keys-only-in-front-end-web-config", "WEBCONFIG-KEYS-MISPLACED",
            "the keys were added to FrontEnd\\HttpProxy\\owa\\web.config; the back-end ClientAccess\\Owa\\web.config has none; no IM log folder",
            () =>
            {
                var (i, mbx) = Contoso(212, BundleLayout.CollectorZips, withFrontEnd: true);
                mbx.WebConfig = WebConfigSpec.AsShipped;
                mbx.ImFolderExists = false;
                mbx.Extras.Add(new BundleItem("config/FrontEnd/HttpProxy/owa/web.config", "web.config (front end)",
                    @"C:\Program Files\Microsoft\Exchange Server\V15\FrontEnd\HttpProxy\owa\web.config",
                    TextEncodings.Bytes(WebConfigSpec.Integrated(i.Org.Pool, Incident.Thumbprint(i.Org.Mailbox1)).Render(), TextEncoding.Utf8Bom),
                    IncidentDay.Shifted(new DateTime(2019, 11, 12, 16, 20, 0, DateTimeKind.Utc))));
                return i;
            },
            "WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", NotInitialised, FolderMissing);

        yield return CorpusScenario.Failing("WEBCONFIG-RESET-BY-CU/cu-overnight-collector", "WEBCONFIG-RESET-BY-CU",
            "yesterday's IM log and 112 show IM working; CU23 installed overnight (MsiInstaller 1033/11707, MSExchangeSetup 1000); web.config rewritten then without the keys; no 112 since",
            () =>
            {
                var (i, mbx) = Contoso(213, BundleLayout.CollectorZips, withFrontEnd: true);
                CumulativeUpdateOvernight(i, mbx);
                return i;
            },
            "WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", NotInitialised);

        yield return CorpusScenario.Failing("WEBCONFIG-RESET-BY-CU/cu-overnight-viewer-csv-hand", "WEBCONFIG-RESET-BY-CU",
            "the same story gathered by hand: Event Viewer CSV over two days, yesterday's IM log, the rewritten web.config",
            () =>
            {
                var i = new Incident(Org.Litware, 214, BundleLayout.HandFolders, "IM stopped after update");
                var mbx = i.Mailbox(i.Org.Mailbox1, "exchange");
                mbx.EventFormat = EventExportFormat.ViewerCsvEnglish;
                CumulativeUpdateOvernight(i, mbx);
                return i;
            },
            "WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("OWA2-IM-DISABLED-BY-WEBCONFIG/key-and-im-log-collector", "OWA2-IM-DISABLED-BY-WEBCONFIG",
            "web.config EnableIMForOwaPremium=true beside correct IM keys; the IM log says 'OWA2 Instant Messaging integration is disabled by web.config.'",
            () =>
            {
                var (i, mbx) = Contoso(215, BundleLayout.CollectorZips, withFrontEnd: true);
                mbx.WebConfig = mbx.WebConfig!.With("EnableIMForOwaPremium", "true");
                Incident.ImLog(mbx).Debug(IncidentDay.At(13, 2, 11, 300), 27, ImText.DisabledByWebConfig);
                return i;
            },
            NotInitialised);

        yield return CorpusScenario.Failing("OWA2-IM-DISABLED-BY-WEBCONFIG/im-log-only-flat", "OWA2-IM-DISABLED-BY-WEBCONFIG",
            "only the IM log row 'OWA2 Instant Messaging integration is disabled by web.config.' and an Event Viewer TXT export, in one folder",
            () =>
            {
                var i = new Incident(Org.Litware, 216, BundleLayout.HandFlat, "kim 19 nov");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.WebConfig = null;
                mbx.Snapshots.Clear();
                mbx.EventFormat = EventExportFormat.ViewerTxtEnglish;
                Incident.ImLog(mbx).Debug(IncidentDay.At(13, 40, 2, 5), 19, ImText.DisabledByWebConfig);
                Incident.ImLog(mbx).Debug(IncidentDay.At(14, 11, 45, 311), 19, ImText.DisabledByWebConfig);
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("VDIR-IM-TYPE-NONE/format-list-utf16-collector", "VDIR-IM-TYPE-NONE",
            "Get-OwaVirtualDirectory (UTF-16, redirected) shows InstantMessagingEnabled True, InstantMessagingType None; no mailbox policy output; IM never initialises (no IM log folder, no 112)",
            () =>
            {
                var (i, mbx) = Contoso(217, BundleLayout.CollectorZips, withFrontEnd: true);
                i.SetVirtualDirectory(mbx, imEnabled: true, "None");
                mbx.RemoveSnapshot("Get-OwaMailboxPolicy");
                mbx.ImFolderExists = false;
                return i;
            },
            NotInitialised, FolderMissing, "IM-ENABLED-NOT-INTEGRATED");

        yield return CorpusScenario.Failing("VDIR-IM-TYPE-NONE/convertto-json-enum-number", "VDIR-IM-TYPE-NONE",
            "Get-OwaVirtualDirectory | ConvertTo-Json with \"InstantMessagingType\": 0 (None); no 112 in the Application log",
            () =>
            {
                var i = new Incident(Org.Litware, 218, BundleLayout.HandFolders, "owa settings");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.RemoveSnapshot("Get-OwaVirtualDirectory");
                mbx.RemoveSnapshot("Get-OwaMailboxPolicy");
                mbx.ImLogsCollected = false;
                mbx.SetSnapshot("vdir-json", "owavdir.json", VirtualDirectoryJson(i.Org.Mailbox1, imType: 0));
                return i;
            },
            NotInitialised, TraceInsufficient, "IM-ENABLED-NOT-INTEGRATED");

        yield return new CorpusScenario
        {
            Name = "VDIR-IM-ON-BACKEND/back-end-vdir-enabled",
            ExpectedTop = "VDIR-IM-ON-BACKEND",
            Shows = "Get-OwaVirtualDirectory -ShowBackEndVirtualDirectories: the 'Exchange Back End' vdir has IM enabled too; the integration otherwise works",
            Verdicts = new HashSet<Verdict> { Verdict.Verified, Verdict.Degraded },
            Build = () =>
            {
                var (i, mbx) = Contoso(219, BundleLayout.CollectorFolders, withFrontEnd: true);
                mbx.SetSnapshot("Get-OwaVirtualDirectory", "owa vdir.txt", FormatList.Transcript(FormatList.ExchangePrompt,
                    ($"Get-OwaVirtualDirectory -Server {mbx.Host.NetBios} -ShowBackEndVirtualDirectories | fl", FormatList.Objects(
                    [
                        ExchangeSnapshots.OwaVirtualDirectory(mbx.Host, i.Org.Domain, imEnabled: true, "Ocs"),
                        ExchangeSnapshots.OwaVirtualDirectory(mbx.Host, i.Org.Domain, imEnabled: true, "Ocs", backEnd: true),
                    ]))), TextEncoding.Utf16LeBom);
                i.HealthyIm(mbx, IncidentDay.At(13, 2, 11, 300), [i.Kim, i.Pilar, i.Diego]);
                return i;
            },
        };

        yield return new CorpusScenario
        {
            Name = "VDIR-IM-SETTINGS-IGNORED/server-name-on-vdir-not-in-web-config",
            ExpectedTop = "WEBCONFIG-IMSERVERNAME-MISSING",
            MustAlsoAppear = ["VDIR-IM-SETTINGS-IGNORED"],
            MayAlsoAppear = [NotInitialised, FolderMissing, "IM-ENABLED-NOT-INTEGRATED"],
            Shows = "Get-OwaVirtualDirectory shows InstantMessagingServerName set (Set-OwaVirtualDirectory was used) while web.config has no IMServerName: the cause is the missing key, the vdir value explains why the admin thought it was set",
            Verdicts = new HashSet<Verdict> { Verdict.Failing },
            Build = () =>
            {
                var (i, mbx) = Contoso(223, BundleLayout.CollectorZips, withFrontEnd: true);
                mbx.WebConfig = mbx.WebConfig!.Without("IMServerName");
                i.SetVirtualDirectory(mbx, imEnabled: true, "Ocs", imServerName: i.Org.Pool);
                mbx.ImFolderExists = false;
                return i;
            },
        };

        yield return CorpusScenario.Failing("POLICY-IM-DISABLED/default-policy-im-disabled", "POLICY-IM-DISABLED",
            "Get-OwaMailboxPolicy: the default policy has InstantMessagingEnabled False; the vdir is right; no IM log folder, no 112",
            () =>
            {
                var (i, mbx) = Contoso(220, BundleLayout.CollectorZips, withFrontEnd: true);
                Incident.SetPolicies(mbx, ExchangeSnapshots.OwaMailboxPolicy("Default", isDefault: true, imEnabled: false, "Ocs"));
                mbx.ImFolderExists = false;
                return i;
            },
            NotInitialised, FolderMissing);

        yield return CorpusScenario.Failing("POLICY-IM-DISABLED/default-policy-type-none", "POLICY-IM-DISABLED",
            "two OWA mailbox policies; the default one has IM enabled but InstantMessagingType None; the vdir says Ocs; no 112",
            () =>
            {
                var i = new Incident(Org.Litware, 221, BundleLayout.HandFolders, "Ticket-7007");
                var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
                mbx.ImLogsCollected = false;
                Incident.SetPolicies(mbx,
                    ExchangeSnapshots.OwaMailboxPolicy("Default", isDefault: true, imEnabled: true, "None"),
                    ExchangeSnapshots.OwaMailboxPolicy("Executives", isDefault: false, imEnabled: true, "Ocs"));
                return i;
            },
            NotInitialised, TraceInsufficient);

        yield return CorpusScenario.Failing("IM-ENABLED-NOT-INTEGRATED/nothing-integrated", "IM-ENABLED-NOT-INTEGRATED",
            "IM left enabled on the vdir while nothing was integrated: web.config as shipped, no trusted application pool, no KST entry, no IM log folder, no 112",
            () =>
            {
                var (i, mbx) = Contoso(222, BundleLayout.CollectorZips, withFrontEnd: false);
                mbx.WebConfig = WebConfigSpec.AsShipped;
                mbx.ImFolderExists = false;
                var fe = i.FrontEnd("fe", SipTraceFlavor.Cls, []);
                i.SetLyncShell(fe, []);
                return i;
            },
            "WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", "TRUSTED-APP-MISSING", NotInitialised, FolderMissing);
    }

    /// <summary>Contoso with its first mailbox server and, if asked, the Front End (its trace and shell output).</summary>
    internal static (Incident Incident, ServerPart Mailbox) Contoso(int seed, BundleLayout layout, bool withFrontEnd, bool federationTimeouts = false)
    {
        var i = new Incident(Org.Contoso, seed, layout, $"case-{seed}", federationTimeouts);
        var mbx = i.Mailbox(i.Org.Mailbox1, "mbx");
        if (withFrontEnd)
        {
            i.FrontEnd("fe", SipTraceFlavor.Cls, [i.Org.Mailbox1]);
        }

        return (i, mbx);
    }

    /// <summary>IM worked yesterday; a CU installed overnight rewrote web.config without the IM keys; nothing since.</summary>
    private static void CumulativeUpdateOvernight(Incident i, ServerPart mbx)
    {
        var yesterday = IncidentDay.Date.AddDays(-1);
        var oldLog = new ImLog($"{IncidentDay.LogDay(-1)}-1.LOG");
        mbx.ImLogs.Add(oldLog);
        var start = yesterday.AddHours(14).AddMinutes(3);
        oldLog.Debug(start, 27, ImText.Initializing(5075)).Debug(start.AddMilliseconds(526), 27, ImText.Initialized).Debug(start.AddMilliseconds(528), 27, ImText.GlobalsSuccess);
        mbx.Events.Add(OwaEvents.Initialized(mbx.Host, start.AddMilliseconds(520)));
        foreach (var (user, minutes) in new[] { (i.Kim, 0), (i.Pilar, 9), (i.Diego, 41) })
        {
            oldLog.Debug(start.AddMinutes(minutes).AddSeconds(1), 31, ImText.BeginSignIn)
                .Debug(start.AddMinutes(minutes).AddSeconds(1.4), 31, ImText.SignInCallback(user, i.Org.Pool));
        }

        var cu = IncidentDay.At(1, 50);
        oldLog.Debug(cu.AddMinutes(3), 27, ImText.Disposing);
        mbx.Events.AddRange(SupportingLogs.CumulativeUpdateInstalled(mbx.Host, cu));
        mbx.Events.AddRange(ExchangeNoise.Window(mbx.Host, i.Org, yesterday.AddHours(13), yesterday.AddHours(16), i.Random).Where(e => e.Id == 2080));
        mbx.WebConfig = WebConfigSpec.AsShipped;
        mbx.WebConfigWritten = cu.AddMinutes(31);
        mbx.SetSnapshot("Get-ExchangeServer", "exchange servers.txt", FormatList.Transcript(FormatList.ExchangePrompt,
            ("Get-ExchangeServer | fl Name,Fqdn,ServerRole,AdminDisplayVersion", FormatList.Objects([ExchangeSnapshots.ExchangeServer(mbx.Host, "Mailbox, ClientAccess", IncidentDay.ExchangeDisplayVersion)]))));
    }

    /// <summary>Get-OwaVirtualDirectory | ConvertTo-Json as Windows PowerShell writes it: enums as numbers, dates as /Date(ms)/.</summary>
    private static string VirtualDirectoryJson(CorpusHost host, int imType) =>
        "[\n    {\n" +
        $"        \"ServerName\":  \"{host.NetBios}\",\n" +
        "        \"InstantMessagingCertificateThumbprint\":  null,\n" +
        "        \"InstantMessagingServerName\":  null,\n" +
        "        \"InstantMessagingEnabled\":  true,\n" +
        $"        \"InstantMessagingType\":  {imType},\n" +
        "        \"OwaVersion\":  2,\n" +
        $"        \"InternalUrl\":  {{\n                            \"Host\":  \"{host.Fqdn}\",\n                            \"AbsoluteUri\":  \"https://{host.Fqdn}/owa\"\n                        }},\n" +
        "        \"WhenChanged\":  \"/Date(1561191164000)/\",\n" +
        "        \"Name\":  \"owa (Default Web Site)\",\n" +
        $"        \"Identity\":  \"{host.NetBios}\\\\owa (Default Web Site)\"\n" +
        "    }\n]\n";
}
