namespace LyncOwaDiag.Tests.Scenarios;

/// <summary>
/// One scenario: the healthy baseline plus the change that causes one documented failure, and what triage must say
/// about it (the rule first, the rules allowed beside or below it, the verdict, the checklist).
/// </summary>
internal sealed record Scenario(string Name, string Description, BundleSpec Spec)
{
    /// <summary>The rule expected first; null for a bundle with nothing wrong.</summary>
    public string? Top { get; init; }

    /// <summary>Rules that may also fire (consequences, candidates at lower confidence, circumstances).</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    public string Verdict { get; init; } = "failing";

    /// <summary>Checklist states that differ from "passed".</summary>
    public IReadOnlyDictionary<string, string> Checklist { get; init; } = new Dictionary<string, string>();
}
