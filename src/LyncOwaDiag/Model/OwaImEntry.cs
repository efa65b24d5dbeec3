namespace LyncOwaDiag.Model;

/// <summary>
/// One row of the OWA InstantMessaging log (<c>Logging\OWA\InstantMessaging</c>, a "Sync Logs" file): level, the
/// context text, and the identifiers found in it. The full structure of the text (method, exception, service error
/// …) is parsed on demand by the context grammar.
/// </summary>
public sealed record OwaImEntry : EventPayload
{
    /// <summary>1 = error, 5 = debug (the writer's SyncLoggingLevel); other values are kept as they are.</summary>
    public int? Level { get; init; }

    public int? ThreadId { get; init; }

    /// <summary>The whole <c>context</c> value, <c>\r\n</c> escapes turned back into line breaks.</summary>
    public required string Context { get; init; }

    /// <summary>What the row says, when it is one of the documented messages (see <c>OwaImMessages</c>).</summary>
    public string? Message { get; init; }

    public string? User { get; init; }

    public string? SipAddress { get; init; }

    public string? LyncServer { get; init; }

    public string? Thumbprint { get; init; }
}
