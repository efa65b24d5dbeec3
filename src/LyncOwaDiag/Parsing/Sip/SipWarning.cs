namespace LyncOwaDiag.Parsing.Sip;

/// <summary>A Warning header value: <c>310 lcs.microsoft.com "text"</c>.</summary>
internal sealed record SipWarning(int Code, string Agent, string Text);
