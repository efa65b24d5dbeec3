namespace LyncOwaDiag.Model;

/// <summary>How the times of one input were put on UTC, and on what grounds.</summary>
public sealed record TimeAssumption(string File, TimeQuality Quality, string How);
