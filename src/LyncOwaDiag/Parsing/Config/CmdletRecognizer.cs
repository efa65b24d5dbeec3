namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Names the cmdlet whose output an object is: from the command on a prompt line when there is one, else from the
/// object's property set (docs/formats.md#configuration-snapshots; the shapes marked inference are matched generously).
/// </summary>
internal static class CmdletRecognizer
{
    public static readonly IReadOnlyList<string> Known =
    [
        "Get-OwaVirtualDirectory", "Get-OwaMailboxPolicy", "Get-ExchangeCertificate", "Get-CsTrustedApplicationPool",
        "Get-CsTrustedApplication", "Get-CsSite", "Get-UMDialPlan", "Get-UMService", "Get-ExchangeServer", "Get-CsUser", "Get-Mailbox",
    ];

    public static string? FromCommand(string? command)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            return null;
        }

        foreach (var token in command.Split([' ', '|', '(', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var known = Known.FirstOrDefault(k => string.Equals(k, token, StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                return known;
            }
        }

        return null;
    }

    public static string? FromProperties(IReadOnlyDictionary<string, string> properties)
    {
        bool Has(string name) => properties.ContainsKey(name);
        string Get(string name) => properties.TryGetValue(name, out var v) ? v : string.Empty;

        if (Has("ApplicationId") && Has("TrustedApplicationPoolFqdn"))
        {
            return "Get-CsTrustedApplication";
        }

        if (Get("Identity").StartsWith("TrustedApplicationPool:", StringComparison.OrdinalIgnoreCase) || (Has("Registrar") && (Has("PoolFqdn") || Has("Applications"))))
        {
            return "Get-CsTrustedApplicationPool";
        }

        if (Has("Thumbprint") && (Has("CertificateDomains") || Has("HasPrivateKey") || Has("NotAfter")))
        {
            return "Get-ExchangeCertificate";
        }

        if (Has("InstantMessagingType") || Has("InstantMessagingEnabled"))
        {
            return Has("MetabasePath") || Has("OwaVersion") || Has("InternalUrl") || Has("InstantMessagingServerName") || Get("Identity").Contains("owa (", StringComparison.OrdinalIgnoreCase)
                ? "Get-OwaVirtualDirectory"
                : "Get-OwaMailboxPolicy";
        }

        if (Has("URIType"))
        {
            return "Get-UMDialPlan";
        }

        if (Has("SiteId") && (Has("DisplayName") || Get("Identity").StartsWith("Site:", StringComparison.OrdinalIgnoreCase)))
        {
            return "Get-CsSite";
        }

        if (Has("SipAddress") && (Has("RegistrarPool") || Has("Enabled")))
        {
            return "Get-CsUser";
        }

        if (Has("EmailAddresses") && (Has("PrimarySmtpAddress") || Has("Alias")))
        {
            return "Get-Mailbox";
        }

        if (Has("Fqdn") && (Has("ServerRole") || Has("AdminDisplayVersion")))
        {
            return Has("DialPlans") || Has("UMStartupMode") ? "Get-UMService" : "Get-ExchangeServer";
        }

        return null;
    }

    /// <summary>The value that names the object: Identity, else Name, else Fqdn, else Thumbprint.</summary>
    public static string? ObjectName(IReadOnlyDictionary<string, string> properties)
    {
        foreach (var name in (string[])["Identity", "Name", "Fqdn", "Thumbprint", "SipAddress", "PrimarySmtpAddress", "Alias", "DisplayName"])
        {
            if (properties.TryGetValue(name, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }
}
