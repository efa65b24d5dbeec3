using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// One bundle of the independent corpus and what the documentation says should be concluded from it: the verdict,
/// the cause ranked first (null for a healthy bundle), causes that may appear beside it (documented consequences or
/// candidates the evidence also fits) and causes that must appear somewhere.
/// </summary>
internal sealed record CorpusScenario
{
    public required string Name { get; init; }

    /// <summary>The documented symptom the bundle shows, in one line (for the reader of a failure).</summary>
    public required string Shows { get; init; }

    public string? ExpectedTop { get; init; }

    public required IReadOnlySet<Verdict> Verdicts { get; init; }

    public IReadOnlyList<string> MayAlsoAppear { get; init; } = [];

    public IReadOnlyList<string> MustAlsoAppear { get; init; } = [];

    public required Func<Incident> Build { get; init; }

    public bool IsHealthy => ExpectedTop is null;

    public string Expected => IsHealthy ? $"healthy ({string.Join("/", Verdicts)})" : $"{ExpectedTop} ({string.Join("/", Verdicts)})";

    public static CorpusScenario Failing(string name, string top, string shows, Func<Incident> build, params string[] mayAlso) => new()
    {
        Name = name,
        ExpectedTop = top,
        Shows = shows,
        Verdicts = new HashSet<Verdict> { Verdict.Failing },
        MayAlsoAppear = mayAlso,
        Build = build,
    };

    public static CorpusScenario Healthy(string name, string shows, Func<Incident> build) => new()
    {
        Name = name,
        Shows = shows,
        Verdicts = new HashSet<Verdict> { Verdict.Verified, Verdict.Degraded },
        Build = build,
    };
}
