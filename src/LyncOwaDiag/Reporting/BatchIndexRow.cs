namespace LyncOwaDiag.Reporting;

/// <summary>One bundle of a batch run as the index lists it; <paramref name="Reports"/> are paths relative to the index.</summary>
public sealed record BatchIndexRow(string Bundle, string Verdict, string? Severity, string? FirstCause, string? Title, string? Reason, IReadOnlyList<string> Reports);
