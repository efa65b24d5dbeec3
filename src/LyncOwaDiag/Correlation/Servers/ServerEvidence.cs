using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation.Servers;

/// <summary>
/// Reads what an event says about servers: whether it names the machine that logged it (a claim about its file), and
/// which servers a snapshot names (Get-ExchangeServer, Get-OwaVirtualDirectory, the trusted application pools,
/// web.config's IMServerName, the manifest) with the role the name has there.
/// </summary>
public static class ServerEvidence
{
    /// <summary>The machine that logged the event, when its content says so; null when its host is the file's.</summary>
    public static ServerClaim? ClaimOf(TimelineEvent e) => e.Payload switch
    {
        // A Computer that is no host name (log text is untrusted) claims nothing.
        EventLogRecord { Computer: { Length: > 0 } computer } r when e.Host is { Length: > 0 } host && IsHostName(host) && IsHostName(computer) =>
            new ServerClaim(host, IsFqdn(computer) ? computer.Trim().TrimEnd('.') : null, RoleOfProvider(r.Provider), $"Computer of a {r.Provider} event", e.Location),
        SipMessage { Origin.Machine: { Length: > 0 } machine } when IsHostName(machine) => new ServerClaim(machine, null, ServerRole.Lync, "CLS [pool\\MACHINE] bracket", e.Location),
        SipStackRecord { Origin.Machine: { Length: > 0 } machine } when IsHostName(machine) => new ServerClaim(machine, null, ServerRole.Lync, "CLS [pool\\MACHINE] bracket", e.Location),
        _ => null,
    };

    /// <summary>Servers a snapshot fact names, with the role the name has there; a value that is no host name names none.</summary>
    public static IEnumerable<(string Name, ServerRole Role, string How)> NamesIn(ConfigFact fact) =>
        RawNamesIn(fact).Where(n => IsHostName(n.Name));

    private static IEnumerable<(string Name, ServerRole Role, string How)> RawNamesIn(ConfigFact fact)
    {
        var value = fact.Value.Trim();
        switch (fact.Scope.ToLowerInvariant(), fact.Name.ToLowerInvariant())
        {
            case ("get-exchangeserver", "name" or "fqdn"):
            case ("get-umservice", "fqdn"):
                yield return (value, ServerRole.Mailbox, $"{fact.Scope} {fact.Name}");
                break;
            case ("get-owavirtualdirectory", "server"):
                yield return (value, ServerRole.Mailbox, "Get-OwaVirtualDirectory Server");
                break;
            case ("get-owavirtualdirectory", "identity") when value.IndexOf('\\') > 0:
                yield return (value[..value.IndexOf('\\')], ServerRole.Mailbox, "Get-OwaVirtualDirectory Identity");
                break;
            case ("get-owavirtualdirectory", "metabasepath") when value.StartsWith("IIS://", StringComparison.OrdinalIgnoreCase):
                yield return (value[6..].Split('/')[0], ServerRole.Mailbox, "Get-OwaVirtualDirectory MetabasePath");
                break;
            case ("get-cstrustedapplicationpool", "poolfqdn"):
            case ("get-cstrustedapplication", "trustedapplicationpoolfqdn"):
                yield return (value, ServerRole.TrustedApplicationPool, $"{fact.Scope} {fact.Name}");
                break;
            case ("get-cstrustedapplicationpool", "registrar"):
            case ("get-csuser", "registrarpool"):
                yield return (Unprefixed(value), ServerRole.LyncPool, $"{fact.Scope} {fact.Name}");
                break;
            case ("web.config", "imservername"):
                yield return (value, ServerRole.LyncPool, "web.config IMServerName");
                break;
            case ("get-cspool", "fqdn"):
            case ("get-cscomputer", "pool"):
                yield return (Unprefixed(value), ServerRole.LyncPool, $"{fact.Scope} {fact.Name}");
                break;
            case ("get-cscomputer", "identity" or "fqdn"):
                yield return (value, ServerRole.Lync, $"{fact.Scope} {fact.Name}");
                break;
            case ("get-cspool", "computers"):
                foreach (var item in fact.Items)
                {
                    yield return (Unprefixed(item.Trim()), ServerRole.Lync, "Get-CsPool Computers");
                }

                break;
            case ("manifest", "host"):
                yield return (value, ServerRole.None, "manifest host");
                break;
        }
    }

    /// <summary>The role a manifest's <c>role</c> value gives its server.</summary>
    public static ServerRole RoleOfManifest(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "mailbox" => ServerRole.Mailbox,
        "frontend" or "front end" or "front-end" => ServerRole.Lync,
        "edge" => ServerRole.Lync | ServerRole.Edge,
        _ => ServerRole.None,
    };

    /// <summary>Exchange's event sources mark a mailbox server; Lync's (LS …, OCS …) a Lync server; others say nothing.</summary>
    public static ServerRole RoleOfProvider(string provider) =>
        provider.StartsWith("MSExchange", StringComparison.OrdinalIgnoreCase) ? ServerRole.Mailbox
        : provider.StartsWith("LS ", StringComparison.OrdinalIgnoreCase) || provider.StartsWith("Lync", StringComparison.OrdinalIgnoreCase)
          || provider.StartsWith("OCS", StringComparison.OrdinalIgnoreCase) ? ServerRole.Lync
        : ServerRole.None;

    /// <summary>
    /// The servers a SIP message names as the Lync side sees them: OWA's trusted application in a GRUU
    /// (<c>sip:fqdn@domain;gruu;opaque=srvr:OutlookWebApp…</c>), and the peer an OWA REGISTER came from.
    /// </summary>
    public static IEnumerable<(string Name, ServerRole Role, string How)> NamesIn(SipMessage message)
    {
        foreach (var uri in new[] { message.RequestUri, message.ToUri })
        {
            if (OwaGruuHost(uri) is { } gruu)
            {
                yield return (gruu, ServerRole.TrustedApplicationPool, "OWA's trusted application, in the GRUU the Front End addresses");
                yield break;
            }
        }

        if (message is { Method: "REGISTER", DirectionWord: "incoming", Peer: { } peer, UserAgent: { } agent }
            && agent.Contains("OWA", StringComparison.OrdinalIgnoreCase)
            && PeerName(peer) is { } name && IsFqdn(name))
        {
            yield return (name, ServerRole.TrustedApplicationPool, "the peer OWA's REGISTER came from, as the Front End logged it");
        }
    }

    private static string? OwaGruuHost(string? uri)
    {
        if (uri is null || !uri.Contains("opaque=srvr:OutlookWebApp", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = uri.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        var at = uri.IndexOf('@', start);
        var host = at > start ? uri[start..at] : null;
        return host is not null && IsFqdn(host) && IsHostName(host) ? host : null;
    }

    private static string? PeerName(string peer) =>
        Parsing.SipStack.SipStackEventFactory.PeerHost(peer) is var host && IsHostName(host) ? host : null;

    /// <summary>Whether a host name is fully qualified (see <see cref="HostNames.IsFqdn"/>).</summary>
    public static bool IsFqdn(string name) => HostNames.IsFqdn(name);

    /// <summary>Whether a value can name a server at all (see <see cref="HostNames.IsHostName"/>).</summary>
    public static bool IsHostName(string name) => HostNames.IsHostName(name);

    // "Registrar:atl-cs-001.litwareinc.com", "Site:…" and the like carry the name after the colon.
    private static string Unprefixed(string value) => value.IndexOf(':') is var colon and > 0 ? value[(colon + 1)..].Trim() : value;
}
