using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>A request and the responses to it (same Call-ID, CSeq number and method), with the response time.</summary>
public sealed record SipTransaction(string CallId, long CSeq, string Method, TimelineEvent? Request, IReadOnlyList<TimelineEvent> Responses)
{
    public TimelineEvent? Final => Responses.LastOrDefault(r => ((SipMessage)r.Payload!).StatusCode >= 200);

    public TimeSpan? ResponseTime => Request is not null && Final is { } final ? final.Timestamp - Request.Timestamp : null;
}
