namespace LyncOwaDiag.Model;

/// <summary>What to do, in words, and the exact command with the values from the evidence filled in.</summary>
public sealed record FixStep(string Text, string? Command);
