using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// One item of the verification checklist (docs/design.md#checklist-and-verdict): passed when <see cref="Pass"/> is seen, failed when
/// <see cref="Fail"/> is seen or the collected source lacks the pass, not checked when its source was not collected.
/// <see cref="NoFindingsAtOrAbove"/> makes it an item about the findings instead of the events.
/// </summary>
public sealed record ChecklistItemSpec
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Must pass for the integration to be called verified.</summary>
    public bool Essential { get; init; }

    internal IReadOnlyList<EventPattern>? Pass { get; init; }

    internal IReadOnlyList<EventPattern>? Fail { get; init; }

    internal IReadOnlyList<EventPattern>? Collected { get; init; }

    /// <summary>What must have happened for a missing pass to count as a failure (an OWA server at work); else not checked.</summary>
    internal IReadOnlyList<EventPattern>? Given { get; init; }

    public string? CollectedName { get; init; }

    /// <summary>What to collect so the item can be checked when <see cref="Given"/> was not seen (the verdict says it).</summary>
    public string? Collect { get; init; }

    public Severity? NoFindingsAtOrAbove { get; init; }

    public required string Origin { get; init; }
}
