namespace LyncOwaDiag.Model;

/// <summary>
/// One Windows event from any export (EVTX, event XML, CSV/TXT, wevtutil): the System fields, the insertion
/// strings, and the formatted message when the export or a display-information file carries one.
/// </summary>
public sealed record EventLogRecord : EventPayload
{
    public required string Provider { get; init; }

    public required int EventId { get; init; }

    /// <summary>Classic sources put the high word of the message id here (0x4000 info, 0x8000 warning, 0xC000 error).</summary>
    public int? Qualifiers { get; init; }

    /// <summary>0/4 information, 1 critical, 2 error, 3 warning, 5 verbose.</summary>
    public int? Level { get; init; }

    public int? Task { get; init; }

    public string? Keywords { get; init; }

    public long? RecordId { get; init; }

    public string? Computer { get; init; }

    public string? Channel { get; init; }

    /// <summary>The insertion strings (<c>&lt;Data&gt;</c>), named where the event names them.</summary>
    public IReadOnlyList<EventDataItem> Data { get; init; } = [];

    public string? Message { get; init; }

    /// <summary>The export printed the time in a culture whose day and month could be swapped and none was given.</summary>
    public bool AmbiguousDate { get; init; }
}

/// <summary>One insertion string; <see cref="Name"/> is null for the unnamed <c>&lt;Data&gt;</c> of classic sources.</summary>
public sealed record EventDataItem(string? Name, string Value);
