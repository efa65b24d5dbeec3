using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>One scenario written under one variation: what the tool concluded, beside what it concluded as written.</summary>
internal sealed record MatrixCell(string Scenario, string Variation, string? Top, Verdict Verdict, string? TopAsWritten, Verdict VerdictAsWritten, string Details)
{
    /// <summary>The verdict and the top cause are the variation's invariants.</summary>
    public bool Holds => Top == TopAsWritten && Verdict == VerdictAsWritten;

    public string Difference =>
        Holds ? "same" : $"top {Top ?? "none"} ({Verdict}) where as written top {TopAsWritten ?? "none"} ({VerdictAsWritten})";
}
