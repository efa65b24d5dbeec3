using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>What the tool concluded from one scenario's bundle and whether that is what the documentation says.</summary>
internal sealed record ScenarioOutcome(
    CorpusScenario Scenario,
    string? ActualTop,
    Verdict Verdict,
    bool Passed,
    string Mismatch,
    string Details,
    TimeSpan Elapsed);
