namespace LyncOwaDiag.Model;

/// <summary>Everything one run found out about one bundle; CLI, TUI, reports and tests all read this.</summary>
public sealed record DiagnosisResult
{
    public required IReadOnlyList<InputSummary> Inputs { get; init; }

    /// <summary>The servers of the bundle with their names and roles, as its content tells them.</summary>
    public IReadOnlyList<ServerSummary> Servers { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Every finding, each cause followed by the consequences folded under it (the ranker folds them one level deep).</summary>
    public IEnumerable<Finding> AllFindings => Findings.SelectMany(f => f.Consequences.Prepend(f));

    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The verification checklist, item by item.</summary>
    public IReadOnlyList<ChecklistResult> Checklist { get; init; } = [];

    /// <summary>Errors and warnings of relevant sources that no finding explains, by signature.</summary>
    public IReadOnlyList<UnexplainedSignal> Unexplained { get; init; } = [];

    /// <summary>Errors from providers outside the integration, counted but not listed.</summary>
    public long OtherErrors { get; init; }

    /// <summary>Rules that could not be decided for want of a source, and why.</summary>
    public IReadOnlyList<NotCheckedRule> NotChecked { get; init; } = [];

    /// <summary>Why the verdict is what it is, in one sentence.</summary>
    public string? VerdictReason { get; init; }

    public Verdict Verdict { get; init; } = Verdict.Inconclusive;

    public long EventCount { get; init; }

    public IReadOnlyDictionary<Severity, long> EventsBySeverity { get; init; } = new Dictionary<Severity, long>();

    public IReadOnlyDictionary<string, long> EventsByKind { get; init; } = new Dictionary<string, long>();

    /// <summary>How each input's times were put on UTC, and on what grounds.</summary>
    public IReadOnlyList<TimeAssumption> TimeAssumptions { get; init; } = [];

    /// <summary>The clock skews measured, whether or not the timeline was moved by them (<see cref="SkewsCorrected"/>).</summary>
    public IReadOnlyList<ClockSkew> Skews { get; init; } = [];

    /// <summary>Whether the timeline's times were moved by <see cref="Skews"/> (not with --no-skew-correction).</summary>
    public bool SkewsCorrected { get; init; } = true;

    /// <summary>Requests paired with their final responses: answered, failed, unanswered, slowest.</summary>
    public SipTransactionSummary Transactions { get; init; } = new();

    public DateTimeOffset? First { get; init; }

    public DateTimeOffset? Last { get; init; }
}
