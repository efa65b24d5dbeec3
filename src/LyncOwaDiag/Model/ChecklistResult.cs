namespace LyncOwaDiag.Model;

/// <summary>One item of the verification checklist (docs/design.md#checklist-and-verdict), its state, why, and the evidence.</summary>
public sealed record ChecklistResult(string Id, string Title, ChecklistState State, string Reason, IReadOnlyList<Evidence> Evidence)
{
    public bool Essential { get; init; }

    /// <summary>For a failed item: how many failing events were seen (<see cref="ChecklistResult.Evidence"/> keeps the first few).</summary>
    public long FailCount { get; init; }

    /// <summary>For an item not checked: what would let it be checked (the verdict names it).</summary>
    public string? ToCollect { get; init; }
}
