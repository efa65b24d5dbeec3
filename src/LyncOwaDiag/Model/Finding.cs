namespace LyncOwaDiag.Model;

/// <summary>A documented cause recognised in the inputs, with its evidence and its fix.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public required Confidence Confidence { get; init; }

    public required string Cause { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>What would confirm a finding of less than high confidence.</summary>
    public string? Confirm { get; init; }

    public IReadOnlyList<FixStep> Fix { get; init; } = [];

    public IReadOnlyList<string> References { get; init; } = [];

    public DateTimeOffset? FirstSeen { get; init; }

    public DateTimeOffset? LastSeen { get; init; }

    public int Count { get; init; } = 1;

    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>
    /// The servers its occurrences came from, as the bundle names them (empty when none is known): a cause folds only
    /// consequences of a server it shares, for one server's certificate does not explain another server's failure.
    /// </summary>
    public IReadOnlyList<string> Servers { get; init; } = [];

    /// <summary>The Call-IDs of SIP evidence (a few), so that reports can draw the failing dialogs.</summary>
    public IReadOnlyList<string> CallIds { get; init; } = [];

    /// <summary>Findings this one explains, folded under it.</summary>
    public IReadOnlyList<Finding> Consequences { get; init; } = [];
}
