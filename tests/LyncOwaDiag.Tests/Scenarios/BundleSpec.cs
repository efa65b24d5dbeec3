namespace LyncOwaDiag.Tests.Scenarios;

/// <summary>
/// Everything a scenario bundle varies: the configuration on both sides and what the servers logged. The defaults
/// are a healthy Exchange 2013 + Lync 2013 integration; a scenario changes what its cause changes.
/// </summary>
internal sealed record BundleSpec
{
    public const string Domain = "litwareinc.com";
    public const string Pool = "atl-cs-001.litwareinc.com";
    public const string FrontEnd = "ATL-CS-001";
    public const string Mailbox = "ATL-MBX-001";
    public const string MailboxFqdn = "atl-mbx-001.litwareinc.com";
    public const string MailboxIp = "192.168.10.31";
    public const string FrontEndIp = "192.168.10.11";
    public const string ImThumbprint = "7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01";
    public const string DllPath = @"C:\Program Files\Microsoft UCMA 4.0\Runtime\SSP\Microsoft.Rtc.Internal.Ucweb.dll";

    public static readonly DateTime Start = new(2013, 5, 14, 9, 20, 0, DateTimeKind.Utc);

    // ---- Exchange side ----
    public string ExchangeVersion { get; init; } = "15.0.1497.2";

    /// <summary>An Exchange 2010 server takes part too (listed by Get-ExchangeServer).</summary>
    public bool Exchange2010Server { get; init; }

    /// <summary>web.config appSettings keys and values; a null value leaves the key out.</summary>
    public IReadOnlyDictionary<string, string?> WebConfigKeys { get; init; } = new Dictionary<string, string?>
    {
        ["IMServerName"] = Pool,
        ["IMCertificateThumbprint"] = ImThumbprint,
    };

    /// <summary>Keys written outside appSettings (under system.web) instead.</summary>
    public IReadOnlyList<string> KeysOutsideAppSettings { get; init; } = [];

    /// <summary>When web.config was last written, as the manifest lists it.</summary>
    public DateTime WebConfigWritten { get; init; } = Start.AddDays(-10);

    /// <summary>The ImplementationDLLPath value; null for a missing value.</summary>
    public string? RegistryDllPath { get; init; } = DllPath;

    public IReadOnlyList<Certificate> Certificates { get; init; } =
    [
        new(ImThumbprint, ["mail.litwareinc.com", "autodiscover.litwareinc.com", MailboxFqdn], new DateTime(2013, 3, 5), new DateTime(2015, 3, 5, 23, 59, 59), true, "IIS, SMTP"),
        new("0F1E2D3C4B5A69788796A5B4C3D2E1F0A1B2C3D4", [Mailbox, MailboxFqdn], new DateTime(2013, 2, 2), new DateTime(2018, 2, 2), true, "IMAP, POP, SMTP"),
    ];

    public string VdirImType { get; init; } = "Ocs";

    public bool VdirImEnabled { get; init; } = true;

    public string VdirImServerName { get; init; } = string.Empty;

    public bool BackEndVdirImEnabled { get; init; }

    public bool PolicyImEnabled { get; init; } = true;

    public string PolicyImType { get; init; } = "Ocs";

    /// <summary>A SipName UM dial plan: null for none, true when the mailbox server's UM service serves it, false when no server does.</summary>
    public bool? UmDialPlanServed { get; init; }

    public IReadOnlyList<User> Users { get; init; } =
    [
        new("kim", "Kim Akers", true, true),
        new("pilar", "Pilar Ackerman", true, true),
    ];

    /// <summary>The IM log folder exists on the mailbox server (and the collector copied it).</summary>
    public bool ImLogFolder { get; init; } = true;

    /// <summary>The mailbox server's Application log is in the bundle.</summary>
    public bool ApplicationLogCollected { get; init; } = true;

    /// <summary>How OWA's IM start-up went, as the IM log and the Application log show it.</summary>
    public ImStart Startup { get; init; } = ImStart.Ok;

    /// <summary>Extra text for a start-up failure: the DLL path, the exception, the certificate date.</summary>
    public string? StartDetail { get; init; }

    /// <summary>The IM log was not restarted after web.config changed: the last start precedes the change.</summary>
    public bool StartBeforeWebConfigChange { get; init; }

    /// <summary>Sign-ins fail with this exception text in the IM log (event 88 follows).</summary>
    public string? SignInFailure { get; init; }

    /// <summary>A payload-not-picked row and event 74 for this user.</summary>
    public string? PayloadNotPickedUser { get; init; }

    /// <summary>An update installed shortly before (MsiInstaller event).</summary>
    public string? UpdateInstalled { get; init; }

    // ---- Lync side ----
    public IReadOnlyList<TrustedPool> TrustedPools { get; init; } = [new(MailboxFqdn, Pool, "Site:Atlanta")];

    public IReadOnlyList<(string Identity, int SiteId, string DisplayName)> Sites { get; init; } = [("Site:Atlanta", 1, "Atlanta")];

    /// <summary>What the Front End's SIPStack trace shows for the OWA server's traffic.</summary>
    public FrontEndTrace Trace { get; init; } = FrontEndTrace.Healthy;

    /// <summary>The trace has TF_CONNECTION records (All Flags); false for a trace with protocol records only.</summary>
    public bool TraceHasConnectionRecords { get; init; } = true;

    /// <summary>Events of the Front End's Lync Server log (provider, id, level, data).</summary>
    public IReadOnlyList<(string Provider, ushort Id, byte Level, string[] Data)> LyncEvents { get; init; } = [];

    /// <summary>How many seconds the mailbox server's clock is ahead of the Front End's.</summary>
    public double MailboxClockAhead { get; init; }

    public static IEnumerable<string> Addresses(User user) => [$"{user.Alias}@{Domain}", $"sip:{user.Alias}@{Domain}"];
}

internal sealed record Certificate(string Thumbprint, IReadOnlyList<string> Domains, DateTime NotBefore, DateTime NotAfter, bool HasPrivateKey, string Services);

internal sealed record User(string Alias, string DisplayName, bool LyncEnabled, bool SipProxyAddress);

internal sealed record TrustedPool(string Fqdn, string Registrar, string SiteId);

internal enum ImStart
{
    Ok,
    NoRegistry,
    DllNotFound,
    LoadException,
    CertificateNotFound,
    CertificateExpired,
    CertificateNotYetValid,
    CertificateExpiring,
    CertificateNoPrivateKey,
    DisabledByWebConfig,
    NotStarted,

    /// <summary>No user ever asked for IM (a policy turns it off): the IM log has its header only.</summary>
    Idle,
}

internal enum FrontEndTrace
{
    Healthy,
    CertificateNameMismatch,
    CertificateUntrusted,
    NotAConfiguredServer,
    ConnectionRefused,
    UserNotFound,
    UmRouting,
    NoOwaTraffic,
    TimeSkew,
}
