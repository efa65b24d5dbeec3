namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>A SIP dialog's fixed parts, so that a request and its responses carry the same Call-ID, tags and Vias.</summary>
internal sealed record SipLeg(string CallId, string FromHeader, string ToHeader, int CSeq, string Method, IReadOnlyList<string> Vias)
{
    public IEnumerable<string> RequestHeaders(params string[] more) =>
        [.. Vias.Select(v => "Via: " + v), "Max-Forwards: 70", "From: " + FromHeader, "To: " + ToHeader, "Call-ID: " + CallId, $"CSeq: {CSeq} {Method}", .. more];

    public IEnumerable<string> ResponseHeaders(string toTag, params string[] more) =>
        [.. Vias.Select(v => "Via: " + v), "From: " + FromHeader, "To: " + ToHeader + ";tag=" + toTag, "Call-ID: " + CallId, $"CSeq: {CSeq} {Method}", .. more];

    public string CSeqText => $"{CSeq} {Method}";
}
