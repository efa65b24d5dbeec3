namespace LyncOwaDiag.Tui.Tests.Support;

/// <summary>Tests that measure time run alone: on two cores, the other test classes running beside them would be measured too.</summary>
[CollectionDefinition(Alone, DisableParallelization = true)]
public sealed class Timing
{
    public const string Alone = "timing, alone";
}
