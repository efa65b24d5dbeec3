namespace LyncOwaDiag.Inputs;

/// <summary>An input that was not read, and why, in one line.</summary>
public sealed record SkippedInput(string Path, string Reason);
