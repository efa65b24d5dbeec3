namespace LyncOwaDiag.Inputs;

/// <summary>What the entries of one archive accepted so far add up to, against the archive's limits.</summary>
internal sealed class ArchiveBudget
{
    public long Uncompressed { get; set; }

    public long Compressed { get; set; }
}
