namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// One Windows event as an export shows it: classic sources keep only their insertion strings (<see cref="Data"/>);
/// <see cref="Message"/> is what Event Viewer or PowerShell would render on the server itself.
/// </summary>
internal sealed record CorpusEvent
{
    public required string Provider { get; init; }

    public required int Id { get; init; }

    public required EventLevel Level { get; init; }

    public required DateTime TimeUtc { get; init; }

    public required string Computer { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<string> Data { get; init; } = [];

    public string Channel { get; init; } = "Application";

    public ushort Task { get; init; }

    /// <summary>The task category as Event Viewer prints it: a name, or the number in parentheses when unresolved.</summary>
    public string? TaskName { get; init; }

    /// <summary>The high word of a classic event's message id (0x4000 information, 0x8000 warning, 0xC000 error).</summary>
    public ushort Qualifiers { get; init; }

    public string TaskCategory => TaskName ?? (Task == 0 ? "None" : $"({Task})");
}
