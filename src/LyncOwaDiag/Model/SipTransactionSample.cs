namespace LyncOwaDiag.Model;

/// <summary>One transaction named in a <see cref="SipTransactionSummary"/>, with where its request was logged.</summary>
public sealed record SipTransactionSample(string? Host, string Method, string CallId, long CSeq, SourceLocation Request, TimeSpan? ResponseTime, int? Status);
