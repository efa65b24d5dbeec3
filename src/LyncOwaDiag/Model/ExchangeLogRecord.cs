namespace LyncOwaDiag.Model;

/// <summary>
/// One row of an Exchange log of the <c>#Fields</c> family (ECP, HttpProxy, EWS, OWA Server, Sync Logs …): the
/// values by the field names of the header block above it.
/// </summary>
public sealed record ExchangeLogRecord : EventPayload
{
    /// <summary>The <c>#Log-type:</c> of the header block, e.g. <c>Sync Logs</c>.</summary>
    public string? LogType { get; init; }

    /// <summary>Field names of the header block; shared by every row under it.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    public required IReadOnlyList<string> Values { get; init; }

    public string? Value(string name)
    {
        for (var i = 0; i < Names.Count && i < Values.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return Values[i];
            }
        }

        return null;
    }
}
