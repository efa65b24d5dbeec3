namespace LyncOwaDiag.Model;

/// <summary>
/// What the SIP transactions of a run came to, each measured on the clock of the host that logged it: how many
/// were answered, how many failed and with which status, which requests were never answered, and the slowest.
/// </summary>
public sealed record SipTransactionSummary
{
    public long Answered { get; init; }

    /// <summary>Final responses of 400 and above, by status code.</summary>
    public IReadOnlyDictionary<int, long> FailuresByStatus { get; init; } = new Dictionary<int, long>();

    public long Failed => FailuresByStatus.Values.Sum();

    /// <summary>Requests with no final response in the inputs (ACK and BENOTIFY aside: they are never answered).</summary>
    public long Unanswered { get; init; }

    /// <summary>The first unanswered requests, oldest first (a few, as examples).</summary>
    public IReadOnlyList<SipTransactionSample> UnansweredExamples { get; init; } = [];

    public TimeSpan? MeanResponseTime { get; init; }

    public SipTransactionSample? Slowest { get; init; }
}
