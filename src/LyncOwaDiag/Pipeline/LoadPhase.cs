namespace LyncOwaDiag.Pipeline;

/// <summary>Where a background read stands.</summary>
public enum LoadPhase
{
    Reading,
    Done,
    Failed,
    Cancelled,
}
