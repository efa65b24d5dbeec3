namespace LyncOwaDiag.Classification.Matchers;

/// <summary>What a snapshot check does to the reading it gates (<see cref="ConfigGatedMatcher"/>).</summary>
internal enum GateEffect
{
    /// <summary><c>refutedBy</c>: the check holding for the same server and values shows the reading wrong.</summary>
    Refute,

    /// <summary><c>supportedBy</c>: the reading stands only where the check, seeded with its names, holds.</summary>
    Support,

    /// <summary>
    /// <c>weakenedBy</c>: the check holding on the reading's server, seeded with its names, leaves the reading standing
    /// as a low-confidence candidate (an error naming a thumbprint web.config no longer names is history, not the
    /// configuration's fault, until something shows the new setting in use).
    /// </summary>
    Weaken,
}
