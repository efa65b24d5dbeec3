namespace LyncOwaDiag.Model;

/// <summary>How far an event's timestamp can be trusted as UTC.</summary>
public enum TimeQuality
{
    /// <summary>The source states UTC (EVTX FILETIME, Exchange logs, event XML).</summary>
    Exact,

    /// <summary>The source does not say; we read it as UTC (SIPStack text).</summary>
    AssumedUtc,

    /// <summary>A local time converted with an offset the user gave or we inferred.</summary>
    OffsetApplied,

    /// <summary>Moved by an estimated clock skew between hosts.</summary>
    SkewCorrected,

    /// <summary>
    /// A local wall-clock time whose offset is unknown; it sorts as if it were UTC and is flagged wherever shown.
    /// </summary>
    LocalUnknownOffset,
}
