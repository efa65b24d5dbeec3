namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The same organisation under other names: another domain, other host names of another shape, other addresses and
/// other users. Whatever a scenario changed on its organisation (site, zone) is kept; only names move.
/// </summary>
internal static class OrgRenaming
{
    public static Org Of(Org org)
    {
        var contoso = org.Domain == Org.Contoso.Domain;
        var domain = contoso ? "litwareinc.com" : "contoso.com";
        var (pool, fe, edge, mbx1, mbx2) = contoso
            ? ("sfb-pool-east.litwareinc.com", "SFBFE-E1", "SFBEDGE-E1", "EXCH2016-A", "EXCH2016-B")
            : ("dfw-cs-001.contoso.com", "DFW-CS-001", "DFW-EDGE-001", "DFW-MBX-001", "DFW-MBX-002");
        var net = contoso ? "172.16.40." : "10.20.8.";
        return org with
        {
            Domain = domain,
            Pool = pool,
            FrontEnd = Host(fe, domain, net + "31"),
            Edge = Host(edge, domain, net + "90"),
            Mailbox1 = Host(mbx1, domain, net + "51"),
            Mailbox2 = Host(mbx2, domain, net + "52"),
            Users =
            [
                new("mateo.g", "Mateo Gomez", domain),
                new("a.mueller", "Anna Müller", domain),
                new("wei", "Wei Zhang", domain),
                new("o'brien", "Sean O'Brien", domain),
                new("nestor", "Nestor Wilke", domain),
                new("irvin", "Irvin Sayers", domain),
            ],
        };
    }

    private static CorpusHost Host(string netBios, string domain, string ip) => new(netBios, $"{netBios.ToLowerInvariant()}.{domain}", ip);
}
