namespace LyncOwaDiag.Model;

/// <summary>A header block of an Exchange log (<c>#Software</c>, <c>#Version</c>, <c>#Log-type</c>, <c>#Date</c>, <c>#Fields</c>).</summary>
public sealed record ExchangeLogHeader : EventPayload
{
    public string? Software { get; init; }

    public string? Version { get; init; }

    public string? LogType { get; init; }

    public DateTimeOffset? Date { get; init; }

    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>True when the block began with a bare CSV row of the field names (the CSV-compatible variant).</summary>
    public bool CsvCompatible { get; init; }
}
