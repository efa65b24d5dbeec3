namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Lync Server Management Shell output (reference/owa-im.md §4.3–4.4, FORMATS.md): property names and identity
/// forms as documented; no verbatim sample of these cmdlets is public.
/// </summary>
internal static class LyncSnapshots
{
    public static IReadOnlyList<(string, string)> TrustedApplicationPool(string poolFqdn, string registrar, string siteId, int serviceNumber) =>
    [
        ("Identity", $"TrustedApplicationPool:{poolFqdn}"),
        ("Registrar", $"Registrar:{registrar}"),
        ("FileStore", string.Empty),
        ("ThrottleAsServer", "True"),
        ("TreatAsAuthenticated", "True"),
        ("OutboundOnly", "False"),
        ("RequiresReplication", "False"),
        ("AudioPortStart", string.Empty),
        ("AudioPortCount", "0"),
        ("Applications", "{urn:application:outlookwebapp}"),
        ("DependentServiceList", "{}"),
        ("ServiceId", $"1-ExternalServer-{serviceNumber}"),
        ("SiteId", siteId),
        ("PoolFqdn", poolFqdn),
        ("Computers", "{" + poolFqdn + "}"),
        ("Version", "6"),
        ("Role", "TrustedApplicationPool"),
    ];

    public static IReadOnlyList<(string, string)> TrustedApplication(string poolFqdn, string domain, int port) =>
    [
        ("Identity", $"{poolFqdn}/urn:application:outlookwebapp"),
        ("ComputerGruus", "{}"),
        ("ServiceGruu", $"sip:{poolFqdn}@{domain};gruu;opaque=srvr:outlookwebapp:xYz0aBcDeFgHiJkLmNoPqA"),
        ("Protocol", "Mtls"),
        ("ApplicationId", "urn:application:outlookwebapp"),
        ("TrustedApplicationPoolFqdn", poolFqdn),
        ("Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("LegacyApplicationName", "outlookwebapp"),
    ];

    public static IReadOnlyList<(string, string)> Site(Org org) =>
    [
        ("Identity", org.SiteIdentity),
        ("SiteId", org.SiteId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Services", $"{{UserServer:{org.Pool}, Registrar:{org.Pool}, WebServer:{org.Pool}, EdgeServer:{org.Edge.Fqdn}}}"),
        ("Pools", $"{{{org.Pool}, {org.Edge.Fqdn}}}"),
        ("FederationRoute", $"EdgeServer:{org.Edge.Fqdn}"),
        ("Description", string.Empty),
        ("DisplayName", org.SiteDisplayName),
        ("SiteType", "CentralSite"),
        ("ParentSite", string.Empty),
    ];

    public static IReadOnlyList<(string, string)> CsUser(CorpusUser user, bool enabled, string pool) =>
    [
        ("Identity", $"CN={user.DisplayName},OU=Users,OU=Atlanta,DC=corp,DC=local"),
        ("DisplayName", user.DisplayName),
        ("SipAddress", user.Sip),
        ("Enabled", enabled ? "True" : "False"),
        ("RegistrarPool", pool),
        ("HostingProvider", "SRV:"),
    ];
}
