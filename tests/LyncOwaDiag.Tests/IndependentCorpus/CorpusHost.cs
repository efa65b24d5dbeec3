namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>A server of a fictitious organisation under every name BUNDLES.md says it appears as.</summary>
internal sealed record CorpusHost(string NetBios, string Fqdn, string Ip)
{
    /// <summary>The short name written lower-case, as folders and CLS brackets often have it.</summary>
    public string Short => NetBios.ToLowerInvariant();
}
