namespace LyncOwaDiag.Model;

/// <summary>
/// A SIP request or response from a SIPStack protocol record. Only the values correlation and rules need are
/// kept; the full header block is re-read through the event's location.
/// </summary>
public sealed record SipMessage : EventPayload
{
    public required TraceOrigin Origin { get; init; }

    /// <summary>Raw <c>Direction:</c> value with its parameters, e.g. <c>incoming;source="internal"</c>.</summary>
    public string? Direction { get; init; }

    public string? Peer { get; init; }

    public string? MessageType { get; init; }

    public string? TraceCorrelationId { get; init; }

    public string? InstanceId { get; init; }

    public required string StartLine { get; init; }

    public bool IsRequest => Method is not null;

    /// <summary>
    /// The method that keys this message's transaction, upper case: the CSeq method (a response names it only there),
    /// else the request's own.
    /// </summary>
    public string TransactionMethod => (CSeqMethod ?? Method ?? string.Empty).ToUpperInvariant();

    public string? Method { get; init; }

    public string? RequestUri { get; init; }

    public int? StatusCode { get; init; }

    public string? ReasonPhrase { get; init; }

    public string? CallId { get; init; }

    public long? CSeqNumber { get; init; }

    public string? CSeqMethod { get; init; }

    public string? FromUri { get; init; }

    public string? FromTag { get; init; }

    public string? ToUri { get; init; }

    public string? ToTag { get; init; }

    /// <summary>The host (or IP) that sent this message on its current hop, from the top Via's sent-by.</summary>
    public string? ViaSentBy { get; init; }

    /// <summary>The top Via's <c>branch</c>: the same on both ends of one hop, new at each relay.</summary>
    public string? ViaBranch { get; init; }

    /// <summary>The top Via's <c>received</c>: the address the next hop saw the sender at.</summary>
    public string? ViaReceived { get; init; }

    public string? UserAgent { get; init; }

    public string? Server { get; init; }

    /// <summary>
    /// A REGISTER response's request's User-Agent, when the same trace logged that request (paired by Call-ID
    /// and CSeq): a registrar answers with its own Server header, and who registered — OWA's UCMA endpoint or a
    /// desktop client — is only known from the request.
    /// </summary>
    public string? RequestUserAgent { get; init; }

    /// <summary><c>ms-diagnostics</c>, <c>ms-diagnostics-public</c>, <c>ms-client-diagnostics</c>, <c>x-ms-diagnostics</c>.</summary>
    public IReadOnlyList<SipHeaderValue> DiagnosticHeaders { get; init; } = [];

    public int HeaderCount { get; init; }

    public bool HasBody { get; init; }

    /// <summary>The first word of <see cref="Direction"/>: <c>incoming</c> or <c>outgoing</c>.</summary>
    public string? DirectionWord { get; init; }
}
