namespace LyncOwaDiag.Model;

/// <summary>
/// A SIPStack diagnostic or connection record (<c>LogType: diagnostic|connection</c>, TF_DIAG/TF_CONNECTION), or a
/// free-text trace entry, with its fields in order.
/// </summary>
public sealed record SipStackRecord : EventPayload
{
    public required TraceOrigin Origin { get; init; }

    /// <summary><c>diagnostic</c>, <c>connection</c>, or null for free text.</summary>
    public string? LogType { get; init; }

    /// <summary>The <c>Text:</c> field, or the free text after the line prefix.</summary>
    public string? Text { get; init; }

    public ResultCode? ResultCode { get; init; }

    public string? SipCallId { get; init; }

    public string? SipCSeq { get; init; }

    public string? SipStartLine { get; init; }

    public string? Peer { get; init; }

    /// <summary>What a connection record (TF_CONNECTION) says of the connection: addresses, transport, names.</summary>
    public SipStackConnection? Connection { get; init; }

    /// <summary>Every <c>Key: value</c> field of the record, in order, names as written.</summary>
    public IReadOnlyList<SipHeaderValue> Fields { get; init; } = [];

    public string? Field(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return field.Value;
            }
        }

        return null;
    }
}
