namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>A certificate in a mailbox server's LocalMachine\My store, as Get-ExchangeCertificate lists it.</summary>
internal sealed record CertificateSpec
{
    public required string Thumbprint { get; init; }

    public required string Subject { get; init; }

    public required IReadOnlyList<string> Domains { get; init; }

    public DateTime NotBefore { get; init; } = IncidentDay.Shifted(new DateTime(2019, 3, 14, 0, 0, 0));

    public DateTime NotAfter { get; init; } = IncidentDay.Shifted(new DateTime(2021, 3, 14, 23, 59, 59));

    public bool HasPrivateKey { get; init; } = true;

    public bool IsSelfSigned { get; init; }

    public string Issuer { get; init; } = "CN=Corp Issuing CA 01, DC=corp, DC=local";

    public string Services { get; init; } = "IIS, SMTP, UM, UMCallRouter";

    public string Status => NotAfter < IncidentDay.Date || NotBefore > IncidentDay.Date ? "DateInvalid" : "Valid";

    /// <summary>The server's own certificate, issued by the internal CA both sides trust, FQDN as subject and in the SAN.</summary>
    public static CertificateSpec ForServer(CorpusHost host, string domain, string thumbprint) => new()
    {
        Thumbprint = thumbprint,
        Subject = $"CN={host.Fqdn}, OU=IT, O=Corp, L=Atlanta, S=GA, C=US",
        Domains = [host.Fqdn, $"mail.{domain}", $"autodiscover.{domain}"],
    };

    /// <summary>The self-signed certificate Exchange setup creates on every server, valid five years from setup.</summary>
    public static CertificateSpec SelfSigned(CorpusHost host, string thumbprint, DateTime installed) => new()
    {
        Thumbprint = thumbprint,
        Subject = $"CN={host.NetBios}",
        Domains = [host.NetBios, host.Fqdn],
        NotBefore = installed,
        NotAfter = installed.AddYears(5),
        IsSelfSigned = true,
        Issuer = $"CN={host.NetBios}",
        Services = "IMAP, POP, SMTP",
    };
}
