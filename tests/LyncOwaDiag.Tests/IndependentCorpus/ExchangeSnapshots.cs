using System.Globalization;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Exchange Management Shell output an admin attaches (reference/owa-im.md §4): Get-OwaVirtualDirectory and
/// Get-ExchangeCertificate in their confirmed shapes, the other cmdlets with their documented property names.
/// </summary>
internal static class ExchangeSnapshots
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>One OWA virtual directory; <paramref name="backEnd"/> is the "Exchange Back End" site's.</summary>
    public static IReadOnlyList<(string, string)> OwaVirtualDirectory(
        CorpusHost host, string domain, bool imEnabled, string imType, bool backEnd = false, string imServerName = "", string imThumbprint = "")
    {
        var site = backEnd ? "Exchange Back End" : "Default Web Site";
        return
        [
            ("RunspaceId", "3f2c9a41-6b7d-4e11-9a0c-2d5e7f8a9b10"),
            ("ServerName", host.NetBios),
            ("InstantMessagingCertificateThumbprint", imThumbprint),
            ("InstantMessagingServerName", imServerName),
            ("RecoverDeletedItemsEnabled", "True"),
            ("InstantMessagingEnabled", imEnabled ? "True" : "False"),
            ("SetPhotoURL", string.Empty),
            ("InstantMessagingType", imType),
            ("OwaVersion", "Exchange2013"),
            ("InternalUrl", backEnd ? string.Empty : $"https://{host.Fqdn}/owa"),
            ("ExternalUrl", backEnd ? string.Empty : $"https://mail.{domain}/owa"),
            ("MetabasePath", $"IIS://{host.Fqdn}/W3SVC/{(backEnd ? 2 : 1)}/ROOT/owa"),
            ("InternalAuthenticationMethods", backEnd ? "{Basic, Ntlm, WindowsIntegrated}" : "{Basic, Fba, Ntlm, WindowsIntegrated}"),
            ("AdminDisplayVersion", IncidentDay.ExchangeDisplayVersion),
            ("Server", host.NetBios),
            ("WhenChanged", IncidentDay.Shifted(new DateTime(2019, 6, 22, 8, 12, 44)).ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture)),
            ("Name", $"owa ({site})"),
            ("Identity", $"{host.NetBios}\\owa ({site})"),
            ("DistinguishedName", $"CN=owa ({site}),CN=HTTP,CN=Protocols,CN={host.NetBios},CN=Servers,CN=Exchange Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Corp,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=corp,DC=local"),
        ];
    }

    public static IReadOnlyList<(string, string)> OwaMailboxPolicy(string name, bool isDefault, bool imEnabled, string imType) =>
    [
        ("Name", name),
        ("IsDefault", isDefault ? "True" : "False"),
        ("InstantMessagingEnabled", imEnabled ? "True" : "False"),
        ("InstantMessagingType", imType),
    ];

    public static IReadOnlyList<(string, string)> ExchangeCertificate(CertificateSpec cert) =>
    [
        ("AccessRules", "{System.Security.AccessControl.CryptoKeyAccessRule, System.Security.AccessControl.CryptoKeyAccessRule, System.Security.AccessControl.CryptoKeyAccessRule}"),
        ("CertificateDomains", "{" + string.Join(", ", cert.Domains) + "}"),
        ("HasPrivateKey", cert.HasPrivateKey ? "True" : "False"),
        ("IsSelfSigned", cert.IsSelfSigned ? "True" : "False"),
        ("Issuer", cert.Issuer),
        ("NotAfter", cert.NotAfter.ToString("M/d/yyyy h:mm:ss tt", English)),
        ("NotBefore", cert.NotBefore.ToString("M/d/yyyy h:mm:ss tt", English)),
        ("PublicKeySize", "2048"),
        ("RootCAType", cert.IsSelfSigned ? "None" : "Registry"),
        ("SerialNumber", "61A4C2B3" + cert.Thumbprint[..12]),
        ("Services", cert.Services),
        ("Status", cert.Status),
        ("Subject", cert.Subject),
        ("Thumbprint", cert.Thumbprint),
    ];

    public static IReadOnlyList<(string, string)> ExchangeServer(CorpusHost host, string roles, string version) =>
    [
        ("Name", host.NetBios),
        ("Fqdn", host.Fqdn),
        ("ServerRole", roles),
        ("AdminDisplayVersion", version),
    ];

    public static IReadOnlyList<(string, string)> UMDialPlan(string name, string uriType) =>
    [
        ("Name", name),
        ("URIType", uriType),
        ("NumberOfDigitsInExtension", "5"),
        ("UMServers", "{}"),
    ];

    public static IReadOnlyList<(string, string)> UMService(CorpusHost host, IReadOnlyList<string> dialPlans) =>
    [
        ("Name", host.NetBios),
        ("Fqdn", host.Fqdn),
        ("DialPlans", "{" + string.Join(", ", dialPlans) + "}"),
        ("Status", "Enabled"),
        ("UMStartupMode", "TLS"),
        ("AdminDisplayVersion", IncidentDay.ExchangeDisplayVersion),
    ];

    public static IReadOnlyList<(string, string)> Mailbox(CorpusUser user, bool withSip) =>
    [
        ("Alias", user.Alias),
        ("PrimarySmtpAddress", user.Smtp),
        ("EmailAddresses", withSip ? $"{{SIP:{user.Smtp}, SMTP:{user.Smtp}}}" : $"{{SMTP:{user.Smtp}, smtp:{user.Alias}@corp.local}}"),
    ];

    public static string RegistryPresent(string dllPath) =>
        "\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging\n" +
        $"    ImplementationDLLPath    REG_SZ    {dllPath}\n\n";

    public const string RegistryAbsent = "ERROR: The system was unable to find the specified registry key or value.\n";
}
