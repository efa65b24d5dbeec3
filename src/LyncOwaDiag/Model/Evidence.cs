namespace LyncOwaDiag.Model;

/// <summary>One piece of proof behind a finding: where it is, when it happened and a short excerpt.</summary>
public sealed record Evidence(SourceLocation Location, DateTimeOffset Time, TimeQuality TimeQuality, string Excerpt);
