namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>A mailbox user of a fictitious organisation; the SIP address equals the SMTP address, as usual on premises.</summary>
internal sealed record CorpusUser(string Alias, string DisplayName, string Domain)
{
    public string Smtp => $"{Alias}@{Domain}";

    public string Sip => $"sip:{Alias}@{Domain}";
}
