using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>One time a rule's matcher saw its cause: what it bound, the evidence, and any severity or confidence the matcher sets.</summary>
internal sealed record Occurrence(Bindings Bindings, IReadOnlyList<Evidence> Evidence, DateTimeOffset? Time)
{
    public Severity? Severity { get; init; }

    public Confidence? Confidence { get; init; }

    /// <summary>Seen in a configuration snapshot, whose time is the file's, not when anything happened.</summary>
    public bool FromSnapshot { get; init; }
}
