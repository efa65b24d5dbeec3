namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// One fictitious organisation: its Lync pool and servers, its Exchange 2013 mailbox servers, its site, its users and
/// the federated partner whose failures are noise. The trusted application pool for OWA is named after the mailbox
/// server, as in the article's example (<c>atl-owa-001</c> is an Exchange server).
/// </summary>
internal sealed record Org
{
    public required string Domain { get; init; }

    public required string Pool { get; init; }

    public required CorpusHost FrontEnd { get; init; }

    public required CorpusHost Edge { get; init; }

    public required CorpusHost Mailbox1 { get; init; }

    public required CorpusHost Mailbox2 { get; init; }

    public required string SiteIdentity { get; init; }

    public required string SiteDisplayName { get; init; }

    public required int SiteId { get; init; }

    /// <summary>Hours from UTC of the admins' machines that export local-time event logs.</summary>
    public required int LocalOffsetHours { get; init; }

    public required string FederatedDomain { get; init; }

    public required IReadOnlyList<CorpusUser> Users { get; init; }

    /// <summary>The pool short name as a CLS bracket writes it (<c>[pool\MACHINE]</c>).</summary>
    public string PoolShort => Pool.Split('.')[0];

    public static Org Contoso { get; } = new()
    {
        Domain = "contoso.com",
        Pool = "lyncpool01.contoso.com",
        FrontEnd = new CorpusHost("LYNC-FE01", "lync-fe01.contoso.com", "10.0.2.11"),
        Edge = new CorpusHost("LYNC-EDGE01", "lync-edge01.contoso.com", "10.0.3.5"),
        Mailbox1 = new CorpusHost("EX15-MBX-01", "ex15-mbx-01.contoso.com", "10.0.1.21"),
        Mailbox2 = new CorpusHost("EX15-MBX-02", "ex15-mbx-02.contoso.com", "10.0.1.22"),
        SiteIdentity = "Site:Atlanta",
        SiteDisplayName = "Atlanta",
        SiteId = 1,
        LocalOffsetHours = -5,
        FederatedDomain = "fabrikam.com",
        Users =
        [
            new("kim", "Kim Akers", "contoso.com"),
            new("pilar", "Pilar Ackerman", "contoso.com"),
            new("diego", "Diego Siciliani", "contoso.com"),
            new("dana", "Dana Birkby", "contoso.com"),
            new("adele", "Adele Vance", "contoso.com"),
            new("lee", "Lee Gu", "contoso.com"),
        ],
    };

    public static Org Litware { get; } = new()
    {
        Domain = "litwareinc.com",
        Pool = "atl-cs-001.litwareinc.com",
        FrontEnd = new CorpusHost("ATL-CS-001", "atl-cs-001.litwareinc.com", "192.168.10.11"),
        Edge = new CorpusHost("ATL-EDGE-001", "atl-edge-001.litwareinc.com", "192.168.30.5"),
        Mailbox1 = new CorpusHost("ATL-MBX-001", "atl-mbx-001.litwareinc.com", "192.168.10.25"),
        Mailbox2 = new CorpusHost("ATL-MBX-002", "atl-mbx-002.litwareinc.com", "192.168.10.26"),
        SiteIdentity = "Site:Redmond",
        SiteDisplayName = "Redmond",
        SiteId = 1,
        LocalOffsetHours = -8,
        FederatedDomain = "fabrikam.com",
        Users =
        [
            new("kim", "Kim Akers", "litwareinc.com"),
            new("pilar", "Pilar Ackerman", "litwareinc.com"),
            new("diego", "Diego Siciliani", "litwareinc.com"),
            new("dana", "Dana Birkby", "litwareinc.com"),
            new("adele", "Adele Vance", "litwareinc.com"),
            new("lee", "Lee Gu", "litwareinc.com"),
        ],
    };
}
