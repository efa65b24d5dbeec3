namespace LyncOwaDiag.Model;

/// <summary>One item of the verification checklist (KNOWLEDGE.md item ids), its state, why, and the evidence.</summary>
public sealed record ChecklistResult(string Id, string Title, ChecklistState State, string Reason, IReadOnlyList<Evidence> Evidence)
{
    public bool Essential { get; init; }
}
