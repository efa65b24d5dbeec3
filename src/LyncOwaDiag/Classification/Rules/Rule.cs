using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// One documented cause (docs/design.md#where-the-documented-causes-come-from; each rule in docs/rules.md) as data: what it is, how bad, how it shows in the inputs, how to fix
/// it, where the documentation says so, which products it applies to, and which other findings it explains.
/// </summary>
public sealed record Rule
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public required Confidence Confidence { get; init; }

    /// <summary>The cause in plain words; placeholders filled from the evidence.</summary>
    public required string Cause { get; init; }

    /// <summary>Product → versions, e.g. <c>exchange: 2013</c>; the rule applies where the bundle shows one of them or shows none.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Versions { get; init; }

    /// <summary>The versions as one line, e.g. <c>exchange 2013/2016; lync 2013</c>; empty when the rule names none.</summary>
    public string VersionsText => string.Join("; ", Versions.Select(v => $"{v.Key} {string.Join("/", v.Value)}"));

    /// <summary>The findings this cause produces, each with why; a finding explained here folds under this one.</summary>
    public IReadOnlyList<ExplainsEdge> ExplainsEdges { get; init; } = [];

    /// <summary>The ids of <see cref="ExplainsEdges"/>.</summary>
    public IReadOnlyList<string> Explains => [.. ExplainsEdges.Select(e => e.RuleId)];

    public required IReadOnlyList<FixTemplate> Fix { get; init; }

    public required IReadOnlyList<RuleReference> References { get; init; }

    /// <summary>Rules of which at least one must fire for this one to stand (a circumstance, not a cause on its own).</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>Binding names whose values make separate findings (e.g. one per user); by default one finding per rule.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>What would confirm a finding of lower confidence.</summary>
    public string? Confirm { get; init; }

    /// <summary>
    /// What part of the integration the rule judges and on what it fires (whose connections, which server's
    /// snapshot), in one sentence: a reader can tell from it why an event elsewhere does not count.
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>
    /// <c>about: evidence</c>: the finding judges the bundle (a trace without the records that would show a failure),
    /// not the deployment; at equal severity it ranks below what the bundle shows about the servers.
    /// </summary>
    public bool AboutEvidence { get; init; }

    /// <summary>Inputs that must fire the rule and inputs that must not, checked by <c>rules lint</c> and the tests.</summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    internal IReadOnlyList<MatcherSpec> Matchers { get; init; } = [];

    /// <summary>The matcher kinds the rule uses, for <c>rules list</c>.</summary>
    public IEnumerable<string> MatcherKinds => Matchers.Where(m => m is not SymptomMatcher).Select(m => m.Kind).Distinct();

    /// <summary>The file and line the rule was read from.</summary>
    public required string Origin { get; init; }

    /// <summary>One of the rules shipped in the library (its origin names no file of the user's).</summary>
    public bool IsBuiltIn => Origin.StartsWith(RuleSet.BuiltInOrigin, StringComparison.Ordinal);
}
