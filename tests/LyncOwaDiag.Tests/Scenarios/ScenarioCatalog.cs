namespace LyncOwaDiag.Tests.Scenarios;

/// <summary>The healthy baseline and one scenario per rule (docs/rules.md), each the baseline plus its cause.</summary>
internal static class ScenarioCatalog
{
    private static readonly BundleSpec Healthy = new();

    private const string Timeout504 = "The remote server returned an error: (504) Server time-out.";

    private static readonly Dictionary<string, string> NoImStart = new() { ["event-112"] = "failed", ["im-log-present"] = "failed", ["sign-ins-succeed"] = "failed", ["presence-traffic"] = "failed", ["no-errors"] = "failed" };

    // IM never started and nothing shows OWA attempting a sign-in: the sign-in and presence checks have nothing to
    // judge (not seeing a sign-in is not seeing a failed one; presence follows a sign-in).
    private static readonly Dictionary<string, string> NoImStartNoSignIn = new() { ["event-112"] = "failed", ["im-log-present"] = "failed", ["sign-ins-succeed"] = "not-checked", ["presence-traffic"] = "not-checked", ["no-errors"] = "failed" };

    private static readonly Dictionary<string, string> SignInsFail = new() { ["sign-ins-succeed"] = "failed", ["presence-traffic"] = "failed", ["no-errors"] = "failed" };

    private static IReadOnlyDictionary<string, string?> Keys(string? server = BundleSpec.Pool, string? thumbprint = BundleSpec.ImThumbprint, params (string Key, string Value)[] extra)
    {
        var keys = new Dictionary<string, string?> { ["IMServerName"] = server, ["IMCertificateThumbprint"] = thumbprint };
        foreach (var (key, value) in extra)
        {
            keys[key] = value;
        }

        return keys;
    }

    private static BundleSpec WithCertificate(Func<Certificate, Certificate> change) =>
        Healthy with { Certificates = [change(Healthy.Certificates[0]), .. Healthy.Certificates.Skip(1)] };

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("healthy", "Exchange 2013 and Lync 2013 integrated as documented: web.config keys, trusted application pool, UCMA, certificate; two users sign in and exchange presence.", Healthy)
        {
            Verdict = "verified",
        },
        new("healthy-without-application-log", "The healthy bundle, but the mailbox server's Application log was not collected: event 112 cannot be checked.", Healthy with { ApplicationLogCollected = false })
        {
            Verdict = "inconclusive",
            Checklist = new Dictionary<string, string> { ["event-112"] = "not-checked" },
        },
        new("UCMA-MISSING", "UCMA 4.0 Runtime not installed: no ImplementationDLLPath value, event 83, the IM log's registry error.",
            Healthy with { RegistryDllPath = null, Startup = ImStart.NoRegistry, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "UCMA-MISSING", Allowed = ["ENDPOINT-MANAGER-NOT-INITIALISED"], Checklist = NoImStartNoSignIn,
        },
        new("UCMA-DLL-NOT-FOUND", "The registry names the UCWeb DLL, but the file is gone (UCMA uninstalled): event 84.",
            Healthy with { Startup = ImStart.DllNotFound, StartDetail = BundleSpec.DllPath, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "UCMA-DLL-NOT-FOUND", Checklist = NoImStartNoSignIn,
        },
        new("UCMA-LOAD-FAILED", "The UCWeb DLL loads but cannot bind its local MTLS port: event 87 with the socket exception.",
            Healthy with { Startup = ImStart.LoadException, StartDetail = "System.Net.Sockets.SocketException: Only one usage of each socket address (protocol/network address/port) is normally permitted", Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "UCMA-LOAD-FAILED", Checklist = NoImStartNoSignIn,
        },
        new("WEBCONFIG-IMSERVERNAME-MISSING", "IMServerName missing from web.config: OWA never starts IM and logs no event.",
            Healthy with { WebConfigKeys = Keys(server: null), Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "WEBCONFIG-IMSERVERNAME-MISSING", Allowed = ["ENDPOINT-MANAGER-NOT-INITIALISED", "IM-ENABLED-NOT-INTEGRATED"], Checklist = NoImStart,
        },
        new("WEBCONFIG-THUMBPRINT-MISSING", "IMCertificateThumbprint missing from web.config.",
            Healthy with { WebConfigKeys = Keys(thumbprint: null), Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "WEBCONFIG-THUMBPRINT-MISSING", Allowed = ["ENDPOINT-MANAGER-NOT-INITIALISED", "IM-ENABLED-NOT-INTEGRATED"], Checklist = NoImStart,
        },
        new("WEBCONFIG-KEYS-MISPLACED", "Both IM keys written under <system.web> instead of <appSettings>.",
            Healthy with { KeysOutsideAppSettings = ["IMServerName", "IMCertificateThumbprint"], Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "WEBCONFIG-KEYS-MISPLACED", Allowed = ["WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", "ENDPOINT-MANAGER-NOT-INITIALISED", "IM-ENABLED-NOT-INTEGRATED"], Checklist = NoImStart,
        },
        new("WEBCONFIG-RESET-BY-CU", "Cumulative Update 2 was installed the hour before; web.config was rewritten without the IM keys.",
            Healthy with
            {
                WebConfigKeys = Keys(server: null, thumbprint: null), WebConfigWritten = BundleSpec.Start.AddMinutes(-58), Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic,
                UpdateInstalled = "Product: Microsoft Exchange Server - Update 'Cumulative Update 2 for Exchange Server 2013 (KB2859928)' installed successfully.",
            })
        {
            Top = "WEBCONFIG-RESET-BY-CU", Allowed = ["WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", "ENDPOINT-MANAGER-NOT-INITIALISED", "APPPOOL-NOT-RECYCLED"], Checklist = NoImStart,
        },
        new("OWA2-IM-DISABLED-BY-WEBCONFIG", "web.config sets EnableIMForOwaPremium=true, which turns OWA IM off.",
            Healthy with { WebConfigKeys = Keys(extra: ("EnableIMForOwaPremium", "true")), Startup = ImStart.DisabledByWebConfig, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "OWA2-IM-DISABLED-BY-WEBCONFIG", Checklist = NoImStartNoSignIn,
        },
        new("CERT-NOT-FOUND", "web.config names a thumbprint of no certificate on the server (copied from another server): event 103.",
            Healthy with { WebConfigKeys = Keys(thumbprint: "4E1D8B7A6C5F3E2D1C0B9A8F7E6D5C4B3A291807"), Startup = ImStart.CertificateNotFound, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "CERT-NOT-FOUND", Checklist = NoImStartNoSignIn,
        },
        new("CERT-EXPIRED", "The IM certificate expired on 30 April 2013: event 102.",
            WithCertificate(c => c with { NotAfter = new DateTime(2013, 4, 30, 23, 59, 59) }) with { Startup = ImStart.CertificateExpired, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "CERT-EXPIRED", Checklist = NoImStartNoSignIn,
        },
        new("CERT-NOT-YET-VALID", "The IM certificate becomes valid only on 1 June 2013: event 104.",
            WithCertificate(c => c with { NotBefore = new DateTime(2013, 6, 1) }) with { Startup = ImStart.CertificateNotYetValid, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "CERT-NOT-YET-VALID", Checklist = NoImStartNoSignIn,
        },
        new("CERT-EXPIRING", "The IM certificate expires on 1 June 2013, within 30 days: event 106; IM still works.",
            WithCertificate(c => c with { NotAfter = new DateTime(2013, 6, 1, 23, 59, 59) }) with { Startup = ImStart.CertificateExpiring })
        {
            Top = "CERT-EXPIRING", Verdict = "degraded",
        },
        new("CERT-NO-PRIVATE-KEY", "The IM certificate was imported without its private key; Exchange 2013 logs no event.",
            WithCertificate(c => c with { HasPrivateKey = false }) with { Startup = ImStart.CertificateNoPrivateKey, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "CERT-NO-PRIVATE-KEY", Checklist = NoImStartNoSignIn,
        },
        new("CERT-NAME-MISMATCH", "The trusted application pool is the mailbox server's FQDN, but its certificate names only mail and autodiscover.",
            WithCertificate(c => c with { Domains = ["mail.litwareinc.com", "autodiscover.litwareinc.com"] }) with
            {
                Trace = FrontEndTrace.CertificateNameMismatch, SignInFailure = Timeout504,
                LyncEvents = [("LS Protocol Stack", 14428, 2, [$"{BundleSpec.MailboxFqdn}:5199", "0x80090322(SEC_E_WRONG_PRINCIPAL)"])],
            })
        {
            Top = "CERT-NAME-MISMATCH", Allowed = ["LYNC-UNREACHABLE", "WRONG-IMSERVERNAME"], Checklist = SignInsFail,
        },
        new("CERT-UNTRUSTED", "OWA's certificate comes from a CA the Front End does not trust.",
            Healthy with
            {
                Trace = FrontEndTrace.CertificateUntrusted, SignInFailure = Timeout504,
                LyncEvents = [("LS Protocol Stack", 14428, 2, [$"{BundleSpec.MailboxFqdn}:5199", "0x80090325(SEC_E_UNTRUSTED_ROOT)"])],
            })
        {
            Top = "CERT-UNTRUSTED", Allowed = ["LYNC-UNREACHABLE", "WRONG-IMSERVERNAME"], Checklist = SignInsFail,
        },
        new("TRUSTED-APP-MISSING", "No trusted application pool for the mailbox server: the Front End refuses it as not a configured server.",
            Healthy with { TrustedPools = [], Trace = FrontEndTrace.NotAConfiguredServer, SignInFailure = Timeout504 })
        {
            Top = "TRUSTED-APP-MISSING", Allowed = ["WRONG-IMSERVERNAME", "CERT-NAME-MISMATCH", "CERT-UNTRUSTED"], Checklist = SignInsFail,
        },
        new("TRUSTED-APP-DUPLICATE", "A trusted application pool was created for a mailbox server that also serves a SipName UM dial plan.",
            Healthy with
            {
                UmDialPlanServed = true, Trace = FrontEndTrace.NoOwaTraffic, SignInFailure = Timeout504,
                LyncEvents = [("LS Exchange Unified Messaging Routing", 44024, 4, [BundleSpec.MailboxFqdn])],
            })
        {
            Top = "TRUSTED-APP-DUPLICATE", Allowed = ["WRONG-IMSERVERNAME"], Checklist = SignInsFail,
        },
        new("TOPOLOGY-NOT-ENABLED", "The trusted application pool exists, but Enable-CsTopology was not run: the Front End still refuses the server.",
            Healthy with { Trace = FrontEndTrace.NotAConfiguredServer, SignInFailure = Timeout504 })
        {
            Top = "TOPOLOGY-NOT-ENABLED", Allowed = ["TRUSTED-APP-MISSING", "WRONG-IMSERVERNAME", "CERT-NAME-MISMATCH", "CERT-UNTRUSTED"], Checklist = SignInsFail,
        },
        new("SITE-ID-WRONG", "The trusted application pool was created with the site's display name; Get-CsSite knows no such site.",
            Healthy with { TrustedPools = [new(BundleSpec.MailboxFqdn, BundleSpec.Pool, "Site:Atlanta HQ")], Trace = FrontEndTrace.NoOwaTraffic, SignInFailure = Timeout504 })
        {
            Top = "SITE-ID-WRONG", Allowed = ["WRONG-IMSERVERNAME"], Checklist = SignInsFail,
        },
        new("WRONG-IMSERVERNAME", "IMServerName names the Director pool, not the registrar of the trusted application pool.",
            Healthy with { WebConfigKeys = Keys(server: "atl-dir-001.litwareinc.com"), Trace = FrontEndTrace.NoOwaTraffic, SignInFailure = "The remote server returned an error: (403) Forbidden." })
        {
            Top = "WRONG-IMSERVERNAME", Checklist = SignInsFail,
        },
        new("LYNC-UNREACHABLE", "The firewall on the mailbox server blocks port 5199: the Front End's connections are refused.",
            Healthy with { Trace = FrontEndTrace.ConnectionRefused, SignInFailure = Timeout504 })
        {
            Top = "LYNC-UNREACHABLE", Allowed = ["WRONG-IMSERVERNAME"], Checklist = SignInsFail,
        },
        new("UM-DIALPLAN-ROUTING", "A SipName UM dial plan exists but no Exchange server serves it; ExUmRouting fails on a SERVICE.",
            Healthy with { UmDialPlanServed = false, Trace = FrontEndTrace.UmRouting })
        {
            Top = "UM-DIALPLAN-ROUTING", Verdict = "degraded",
        },
        new("VDIR-IM-TYPE-NONE", "The OWA virtual directory's InstantMessagingType is None, and no mailbox policy sets OCS.",
            Healthy with { VdirImType = "None", PolicyImType = "None", Startup = ImStart.Idle, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "VDIR-IM-TYPE-NONE", Allowed = ["POLICY-IM-DISABLED"], Checklist = NoImStartNoSignIn,
        },
        new("VDIR-IM-ON-BACKEND", "IM enabled on the back-end OWA virtual directory too (not recommended); otherwise healthy.",
            Healthy with { BackEndVdirImEnabled = true })
        {
            Top = "VDIR-IM-ON-BACKEND", Verdict = "verified",
        },
        new("POLICY-IM-DISABLED", "The default OWA mailbox policy has InstantMessagingEnabled False: nobody asks for IM.",
            Healthy with { PolicyImEnabled = false, Startup = ImStart.Idle, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "POLICY-IM-DISABLED", Checklist = NoImStartNoSignIn,
        },
        new("VDIR-IM-SETTINGS-IGNORED", "The admin set -InstantMessagingServerName on the virtual directory instead of web.config, which lacks the key: the missing key is the cause, the ignored virtual-directory setting an informational finding beside it (KNOWLEDGE.md).",
            Healthy with { VdirImServerName = BundleSpec.Pool, WebConfigKeys = Keys(server: null), Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "WEBCONFIG-IMSERVERNAME-MISSING", Allowed = ["VDIR-IM-SETTINGS-IGNORED", "ENDPOINT-MANAGER-NOT-INITIALISED", "IM-ENABLED-NOT-INTEGRATED"], Checklist = NoImStart,
        },
        new("APPPOOL-NOT-RECYCLED", "web.config was changed at 09:20:50 but the OWA app pool still runs from 08:50: no restart, no new event 112.",
            Healthy with { WebConfigWritten = BundleSpec.Start.AddSeconds(50), StartBeforeWebConfigChange = true })
        {
            Top = "APPPOOL-NOT-RECYCLED", Verdict = "degraded",
        },
        new("USER-NOT-ENABLED", "dana is not enabled for Lync and has no SIP proxy address; kim's SUBSCRIBE to her gets 404 with ms-diagnostics 4005.",
            Healthy with { Users = [.. Healthy.Users, new User("dana", "Dana Birkby", false, false)], Trace = FrontEndTrace.UserNotFound })
        {
            Top = "USER-NOT-ENABLED", Verdict = "degraded",
        },
        new("IM-ENABLED-NOT-INTEGRATED", "IM left enabled on the virtual directory, but nothing of the integration was configured: no web.config keys, no trusted application pool.",
            Healthy with { WebConfigKeys = Keys(server: null, thumbprint: null), TrustedPools = [], Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "IM-ENABLED-NOT-INTEGRATED", Allowed = ["WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING", "ENDPOINT-MANAGER-NOT-INITIALISED"], Checklist = NoImStart,
        },
        new("ENDPOINT-MANAGER-NOT-INITIALISED", "Users sign in, the Application log covers it, and no event 112 is ever logged; no other error says why.",
            Healthy with { Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "ENDPOINT-MANAGER-NOT-INITIALISED", Allowed = ["IM-ENABLED-NOT-INTEGRATED"], Checklist = NoImStart,
        },
        new("IM-LOG-FOLDER-MISSING", "The collector found no Logging\\OWA\\InstantMessaging folder on the mailbox server.",
            Healthy with { ImLogFolder = false, Startup = ImStart.NotStarted, Trace = FrontEndTrace.NoOwaTraffic })
        {
            Top = "IM-LOG-FOLDER-MISSING", Checklist = NoImStartNoSignIn,
        },
        new("EXCHANGE-2010-LIMITS", "An Exchange 2010 server is still in the organisation; otherwise healthy.",
            Healthy with { Exchange2010Server = true })
        {
            Top = "EXCHANGE-2010-LIMITS", Verdict = "verified",
        },
        new("CLOCK-SKEW", "The mailbox server's clock is 7 minutes ahead: the Front End's TLS negotiation fails with SEC_E_TIME_SKEW.",
            Healthy with { MailboxClockAhead = 420, Trace = FrontEndTrace.TimeSkew, SignInFailure = Timeout504 })
        {
            Top = "CLOCK-SKEW", Allowed = ["WRONG-IMSERVERNAME"], Checklist = SignInsFail,
        },
        new("IM-PAYLOAD-NOT-PICKED", "pilar's browser stopped collecting IM notifications: event 74; otherwise healthy.",
            Healthy with { PayloadNotPickedUser = "pilar" })
        {
            Top = "IM-PAYLOAD-NOT-PICKED", Verdict = "degraded",
        },
        new("TRACE-INSUFFICIENT", "Healthy, but the Front End was traced without TF_CONNECTION/TF_DIAG: the trace could not have shown a connection failure.",
            Healthy with { TraceHasConnectionRecords = false })
        {
            Top = "TRACE-INSUFFICIENT", Verdict = "verified",
        },
    ];
}
