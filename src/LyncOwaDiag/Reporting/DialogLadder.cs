namespace LyncOwaDiag.Reporting;

/// <summary>A failing dialog drawn for a report: its Call-ID, a one-line span, and the ASCII ladder.</summary>
public sealed record DialogLadder(string CallId, string Span, string Ladder);
