namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Lync Server channel events (reference/owa-im.md §2.3, reference/sipstack.md §3.1): the known servers table at
/// start (14492), servers added (14493), Exchange UM routing's SipName servers (44024), TLS outgoing failures
/// (14428). Their exact texts are not public; the FQDNs are in the data, as the KNOWLEDGE.md rows ask a reader to
/// look for them.
/// </summary>
internal static class LyncEvents
{
    public const string Channel = "Lync Server";

    public static CorpusEvent KnownServersAtStart(CorpusHost fe, DateTime at, IEnumerable<string> servers)
    {
        var list = string.Join("\r\n", servers);
        return Make(fe, at, "LS Protocol Stack", 14492, EventLevel.Information, 1001,
            $"The following servers are in the known servers table when the service started:\r\n{list}", [list]);
    }

    public static CorpusEvent ServerAdded(CorpusHost fe, DateTime at, string fqdn, int version) =>
        Make(fe, at, "LS Protocol Stack", 14493, EventLevel.Information, 1001,
            $"A server was added to the known servers table.\r\nServer: {fqdn}, version {version}", [fqdn, version.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public static CorpusEvent UmRoutingServers(CorpusHost fe, DateTime at, IEnumerable<string> fqdns)
    {
        var list = string.Join(", ", fqdns);
        return Make(fe, at, "LS Exchange Unified Messaging Routing", 44024, EventLevel.Information, 0,
            $"The following Exchange servers host SIP URI (SipName) dial plans and were added as known servers: {list}", [list]);
    }

    public static CorpusEvent TlsOutgoingFailure(CorpusHost fe, DateTime at, string peerFqdn, string peerAddress, string code)
    {
        var message = $"TLS outgoing connection failures.\r\n\r\nOver the past 2 minutes, Lync Server has experienced TLS outgoing connection failures 3 time(s). The error code of the last failure is {code} while trying to connect to the host \"{peerFqdn}\" at address [{peerAddress}].\r\nCause: Wrong principal error could happen if the peer presents a certificate whose subject name does not match the peer name. Certificate root not trusted error could happen if the peer certificate was issued by remote CA that is not trusted by the local machine.\r\nResolution:\r\nFor untrusted root errors, ensure that the remote CA certificate chain is installed locally.";
        return Make(fe, at, "LS Protocol Stack", 14428, EventLevel.Error, 1001, message, [peerFqdn, peerAddress, code]);
    }

    /// <summary>Routine events of other Lync components and a replication warning (ids illustrative of routine noise).</summary>
    public static IEnumerable<CorpusEvent> Noise(CorpusHost host, DateTime from, Random random)
    {
        yield return Make(host, from.AddMinutes(3), "LS Centralized Logging Service Agent", 33001, EventLevel.Information, 0,
            "Centralized Logging Service Agent started a scenario: AlwaysOn.", ["AlwaysOn"]);
        yield return Make(host, from.AddMinutes(21).AddSeconds(random.Next(60)), "LS File Transfer Agent Service", 1034, EventLevel.Warning, 1000,
            "Skype for Business Server File Transfer Agent Service encountered an error while transferring files to a replica; it will retry. Replica: lyncfs01.\r\nCause: the replica was busy.", ["lyncfs01"]);
        yield return Make(host, from.AddMinutes(48), "LS User Replicator", 30024, EventLevel.Information, 0,
            "User Replicator has completed synchronization of domain DC=corp. Changes: 3.", ["DC=corp", "3"]);
        yield return Make(host, from.AddMinutes(95), "LS Server", 32178, EventLevel.Warning, 1000,
            "The certificate assigned to the OAuthTokenIssuer usage will expire in 41 days. Renew it before it expires.", ["OAuthTokenIssuer", "41"]);
    }

    private static CorpusEvent Make(CorpusHost host, DateTime at, string provider, int id, EventLevel level, ushort task, string message, string[] data) => new()
    {
        Provider = provider,
        Id = id,
        Level = level,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = message,
        Data = data,
        Channel = Channel,
        Task = task,
        Qualifiers = level switch { EventLevel.Error => 50153, EventLevel.Warning => 34769, _ => 17385 },
    };
}
