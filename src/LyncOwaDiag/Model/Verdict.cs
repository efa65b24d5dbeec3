namespace LyncOwaDiag.Model;

/// <summary>The one-word answer to "does OWA IM work here?".</summary>
public enum Verdict
{
    Failing,
    Degraded,
    Verified,
    Inconclusive,
}
