using System.Security.Cryptography;
using System.Text;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// An incident being written: the organisation, the servers collected, and stories that write consistent evidence
/// into several of them (an OWA sign-in is an IM log row on the mailbox server and SIP on the pool). Servers start
/// configured as the article says and with the noise a healthy system logs; scenarios then break what they describe.
/// </summary>
internal sealed class Incident
{
    private FrontEndTraffic? _traffic;

    /// <param name="federationTimeouts">
    /// Whether the Front End's noise includes a federated partner's 504 Server time-out (ms-diagnostics 1046 and
    /// 1047). Every healthy bundle has it, and so do the failing bundles where ranking the cause above it is part
    /// of the test; the other failing bundles keep federation noise without a 504, so that one misreading of it
    /// does not hide whether their own cause is concluded.
    /// </param>
    public Incident(Org org, int seed, BundleLayout layout, string ticket, bool federationTimeouts = false)
    {
        var variation = CorpusVariation.Current;
        FederationTimeouts = federationTimeouts;
        org = variation.RenamedOrg ? OrgRenaming.Of(org) : org;
        Org = variation.LocalOffsetHours is { } zone ? org with { LocalOffsetHours = zone } : org;
        Random = new Random(seed);
        Ids = new SipIds(Random);
        Layout = variation.Layout?.Invoke(layout) ?? layout;
        Ticket = ticket;
    }

    public Org Org { get; }

    public bool FederationTimeouts { get; }

    public Random Random { get; }

    public SipIds Ids { get; }

    public BundleLayout Layout { get; }

    public string Ticket { get; }

    public List<ServerPart> Parts { get; } = [];

    /// <summary>The Front End's traffic writer; throws when the bundle has no Front End trace.</summary>
    public FrontEndTraffic Traffic => _traffic ?? throw new InvalidOperationException("no Front End trace in this incident");

    public bool HasTraffic => _traffic is not null;

    /// <summary>The port OWA's trusted applications listen on, as <c>Get-CsTrustedApplication</c> shows it.</summary>
    public int TrustedApplicationPort { get; set; } = 5199;

    public IReadOnlyList<CorpusUser> Users => Org.Users;

    public CorpusUser Kim => Org.Users[0];

    public CorpusUser Pilar => Org.Users[1];

    public CorpusUser Diego => Org.Users[2];

    public CorpusUser Dana => Org.Users[3];

    public CorpusUser Adele => Org.Users[4];

    public CorpusUser Lee => Org.Users[5];

    /// <summary>The thumbprint of a server's own certificate (stable per FQDN).</summary>
    public static string Thumbprint(CorpusHost host, string purpose = "im") =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(purpose + ":" + host.Fqdn)));

    public CertificateSpec ImCertificate(CorpusHost host) => CertificateSpec.ForServer(host, Org.Domain, Thumbprint(host));

    /// <summary>A mailbox server integrated as the article says, with its Application log's routine noise.</summary>
    public ServerPart Mailbox(CorpusHost host, string handFolder)
    {
        var part = new ServerPart(host, ServerKind.Mailbox, handFolder) { WebConfig = WebConfigSpec.Integrated(Org.Pool, Thumbprint(host)) };
        part.Events.AddRange(ExchangeNoise.Window(host, Org, IncidentDay.At(12, 0), IncidentDay.At(15, 25), Random));
        SetVirtualDirectory(part, imEnabled: true, "Ocs");
        SetCertificates(part, ImCertificate(host), CertificateSpec.SelfSigned(host, Thumbprint(host, "self"), IncidentDay.Shifted(new DateTime(2019, 6, 17, 8, 2, 11))));
        SetPolicies(part, ExchangeSnapshots.OwaMailboxPolicy("Default", isDefault: true, imEnabled: true, "Ocs"));
        part.SetSnapshot("Get-ExchangeServer", "exchange servers.txt", FormatList.Transcript(FormatList.ExchangePrompt,
            ("Get-ExchangeServer | fl Name,Fqdn,ServerRole,AdminDisplayVersion", FormatList.Objects(
                [ExchangeSnapshots.ExchangeServer(Org.Mailbox1, "Mailbox, ClientAccess", IncidentDay.ExchangeDisplayVersion),
                 ExchangeSnapshots.ExchangeServer(Org.Mailbox2, "Mailbox, ClientAccess", IncidentDay.ExchangeDisplayVersion)]))));
        part.SetSnapshot("reg-query", "reg.txt", ExchangeSnapshots.RegistryPresent(ImText.UcwebDll));
        Parts.Add(part);
        return part;
    }

    /// <summary>
    /// The pool's Front End with its Lync Server log and a SIPStack trace of ordinary client traffic; OWA's trusted
    /// application pools exist for <paramref name="owaServers"/> and are in the known servers table.
    /// </summary>
    public ServerPart FrontEnd(string handFolder, SipTraceFlavor flavor, IReadOnlyList<CorpusHost> owaServers, ServerPart? edge = null)
    {
        var part = new ServerPart(Org.FrontEnd, ServerKind.FrontEnd, handFolder)
        {
            Trace = new SipTrace(flavor, Org.PoolShort, Org.FrontEnd),
        };
        _traffic = new FrontEndTraffic(part.Trace, Org, Ids) { Edge = edge?.Trace };
        Traffic.RoutineNoise(IncidentDay.At(13, 0), FederationTimeouts);
        part.Events.Add(LyncEvents.KnownServersAtStart(Org.FrontEnd, IncidentDay.At(6, 0, 12), KnownServers(owaServers)));
        part.Events.AddRange(LyncEvents.Noise(Org.FrontEnd, IncidentDay.At(12, 0), Random));
        SetLyncShell(part, owaServers.Select(h => h.Fqdn).ToList());
        Parts.Add(part);
        return part;
    }

    /// <summary>The Edge server with its own trace (federation relayed through it).</summary>
    public ServerPart EdgeServer(string handFolder)
    {
        var part = new ServerPart(Org.Edge, ServerKind.Edge, handFolder) { Trace = new SipTrace(SipTraceFlavor.Cls, Org.Edge.Short, Org.Edge) };
        part.Events.AddRange(LyncEvents.Noise(Org.Edge, IncidentDay.At(12, 0), Random).Take(2));
        Parts.Add(part);
        return part;
    }

    public IEnumerable<string> KnownServers(IEnumerable<CorpusHost> owaServers) =>
        [$"{Org.FrontEnd.Fqdn} (version 6)", $"{Org.Edge.Fqdn} (version 6)", .. WithHealthyNeighbour(owaServers.Select(h => h.Fqdn)).Select(f => $"{f} (version 6)")];

    /// <summary>
    /// The OWA servers Lync is set up for, with the second mailbox server when the variation adds it working: a
    /// healthy neighbour is one Lync knows.
    /// </summary>
    private IEnumerable<string> WithHealthyNeighbour(IEnumerable<string> owaServers) =>
        CorpusVariation.Current.SecondHealthyMailbox ? owaServers.Append(Org.Mailbox2.Fqdn).Distinct(StringComparer.OrdinalIgnoreCase) : owaServers;

    public void SetVirtualDirectory(ServerPart part, bool imEnabled, string imType, string imServerName = "", string imThumbprint = "") =>
        part.SetSnapshot("Get-OwaVirtualDirectory", "owa vdir.txt", FormatList.Transcript(FormatList.ExchangePrompt,
            ($"Get-OwaVirtualDirectory -Server {part.Host.NetBios} | fl", FormatList.Objects([ExchangeSnapshots.OwaVirtualDirectory(part.Host, Org.Domain, imEnabled, imType, imServerName: imServerName, imThumbprint: imThumbprint)]))),
            TextEncoding.Utf16LeBom);

    public static void SetCertificates(ServerPart part, params CertificateSpec[] certificates) =>
        part.SetSnapshot("Get-ExchangeCertificate", "certs.txt", FormatList.Transcript(FormatList.ExchangePrompt,
            ($"Get-ExchangeCertificate -Server {part.Host.NetBios} | fl", FormatList.Objects(certificates.Select(ExchangeSnapshots.ExchangeCertificate)))));

    public static void SetPolicies(ServerPart part, params IReadOnlyList<(string, string)>[] policies) =>
        part.SetSnapshot("Get-OwaMailboxPolicy", "owa policies.txt", FormatList.Transcript(FormatList.ExchangePrompt,
            ("Get-OwaMailboxPolicy | fl Name,IsDefault,InstantMessaging*", FormatList.Objects(policies))));

    /// <summary>The Lync shell output the admin saved: trusted application pools and applications, the site.</summary>
    public void SetLyncShell(ServerPart fe, IReadOnlyList<string> owaPools, string? siteOfPools = null, params (string Command, string Output)[] more)
    {
        owaPools = WithHealthyNeighbour(owaPools).ToList();
        var pools = owaPools.Select((p, i) => LyncSnapshots.TrustedApplicationPool(p, Org.Pool, siteOfPools ?? Org.SiteIdentity, i + 1)).ToList();
        var apps = owaPools.Select(p => LyncSnapshots.TrustedApplication(p, Org.Domain, TrustedApplicationPort)).ToList();
        fe.SetSnapshot("lync-shell", "lync shell.txt", FormatList.Transcript(FormatList.LyncPrompt,
        [
            .. more,
            ("Get-CsTrustedApplicationPool | fl", pools.Count == 0 ? "\n" : FormatList.Objects(pools)),
            ("Get-CsTrustedApplication | fl", apps.Count == 0 ? "\n" : FormatList.Objects(apps)),
            ("Get-CsSite | fl", FormatList.Objects([LyncSnapshots.Site(Org)])),
        ]));
    }

    /// <summary>The mailbox server's IM log of the incident day, created on first use.</summary>
    public static ImLog ImLog(ServerPart mbx)
    {
        if (mbx.ImLogs.Count == 0)
        {
            mbx.ImLogs.Add(new ImLog($"{IncidentDay.LogDay()}-1.LOG"));
        }

        return mbx.ImLogs[^1];
    }

    /// <summary>The first IM request initialises the endpoint manager: IM log rows and event 112 just before "initialized".</summary>
    public static void ImStarts(ServerPart mbx, DateTime at, int port = 5075)
    {
        var log = ImLog(mbx);
        log.Debug(at, 27, ImText.Initializing(port));
        mbx.Events.Add(OwaEvents.Initialized(mbx.Host, at.AddMilliseconds(520)));
        log.Debug(at.AddMilliseconds(526), 27, ImText.Initialized);
        log.Debug(at.AddMilliseconds(528), 27, ImText.GlobalsSuccess);
    }

    /// <summary>Users sign in to OWA IM one after another from <paramref name="from"/>: IM log rows and, if traced, SIP.</summary>
    public void OwaSignIns(ServerPart mbx, IEnumerable<CorpusUser> users, DateTime from, bool byIp, string? lyncServer = null)
    {
        var t = from;
        foreach (var user in users)
        {
            var log = ImLog(mbx);
            log.Debug(t, 31, ImText.BeginSignIn);
            if (HasTraffic)
            {
                Traffic.OwaSignIn(mbx.Host, user, t.AddMilliseconds(60), byIp, Users.Where(u => u != user).Take(3).ToList());
            }

            log.Debug(t.AddMilliseconds(420), 31, ImText.SignInCallback(user, lyncServer ?? Org.Pool));
            t = t.AddMinutes(Random.Next(4, 13)).AddSeconds(Random.Next(60));
        }
    }

    /// <summary>
    /// Sign-ins that fail after the endpoint manager started: per user the IM log's SignInCallback failure, the
    /// "unavailable" payload sent to the browser and, with <paramref name="event88"/>, MSExchange OWA 88.
    /// </summary>
    /// <returns>When each sign-in began.</returns>
    public IReadOnlyList<DateTime> OwaSignInsFail(ServerPart mbx, IEnumerable<CorpusUser> users, DateTime from, string exception, string? lyncServer = null, bool event88 = false, string serviceError = "SignInFailure")
    {
        var server = lyncServer ?? Org.Pool;
        var began = new List<DateTime>();
        var t = from;
        foreach (var user in users)
        {
            began.Add(t);
            var failed = t.AddMilliseconds(Random.Next(900, 21000));
            ImLog(mbx).Debug(t, 31, ImText.BeginSignIn)
                .Error(failed, 44, ImText.SignInFailed(user, server, exception))
                .Error(failed.AddMilliseconds(4), 44, ImText.Unavailable(user, server, "SignInCallback", serviceError, exception.Split("\r\n")[0]))
                .Debug(failed.AddMilliseconds(5), 44, ImText.SendingUnavailable);
            if (event88)
            {
                mbx.Events.Add(OwaEvents.CreateEndpointFailed(mbx.Host, failed.AddMilliseconds(2), user, exception));
            }

            t = t.AddMinutes(Random.Next(3, 11)).AddSeconds(Random.Next(60));
        }

        return began;
    }

    /// <summary>A working integration on <paramref name="mbx"/>: initialisation, four sign-ins, an IM to an OWA user.</summary>
    public void HealthyIm(ServerPart mbx, DateTime start, IReadOnlyList<CorpusUser> users, bool byIp = true)
    {
        ImStarts(mbx, start.AddMilliseconds(-600));
        OwaSignIns(mbx, users, start, byIp);
        if (HasTraffic)
        {
            Traffic.ImToOwaUser(mbx.Host, Adele, users[0], start.AddMinutes(28));
        }

        // A user closed the browser mid-sign-in: OWA logs the exception it ignores (DEBUG), nothing failed.
        ImLog(mbx).Debug(start.AddMinutes(71), 44, ImText.IgnoredAfterClose(users[^1], Org.Pool, "System.ObjectDisposedException: Cannot access a disposed object.\r\nObject name: 'UcwebEndpoint'."));
    }
}
