namespace LyncOwaDiag.Reporting;

/// <summary>A failing dialog drawn for a report: its Call-ID, a one-line span, the ASCII ladder and the same as SVG.</summary>
public sealed record DialogLadder(string CallId, string Span, string Ladder, string Svg);
