using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>What a single matcher may change about its rule: a severity or confidence of its own, and why.</summary>
internal sealed record MatcherOptions(Severity? Severity, Confidence? Confidence, string? Note)
{
    public static readonly MatcherOptions None = new(null, null, null);

    /// <summary>Sets the matcher's severity and confidence on the occurrence and binds its note as <c>{note}</c>.</summary>
    public Occurrence Apply(Occurrence occurrence)
    {
        occurrence.Bindings.Set("note", Note);
        return occurrence with
        {
            Severity = Severity ?? occurrence.Severity,
            Confidence = Confidence ?? occurrence.Confidence,
        };
    }
}
