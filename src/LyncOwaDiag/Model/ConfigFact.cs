namespace LyncOwaDiag.Model;

/// <summary>
/// One configured value read from a snapshot (web.config, a cmdlet's output, the registry, a bundle manifest): which
/// object it belongs to, its name and value, and anything odd about where it was found.
/// </summary>
public sealed record ConfigFact : EventPayload
{
    /// <summary>The note of the fact that stands for a cmdlet's empty output.</summary>
    public const string NoObjects = "no objects";

    /// <summary>The note of a web.config key outside appSettings, where OWA does not read it.</summary>
    public const string OutsideAppSettings = "outside appSettings";

    /// <summary>The note of a key that is only in a comment.</summary>
    public const string CommentedOut = "commented out";

    /// <summary>The note of a registry key or a collected folder that is not there.</summary>
    public const string Absent = "absent";

    /// <summary>Where the value lives: <c>web.config</c>, a cmdlet name such as <c>Get-OwaVirtualDirectory</c>, <c>registry</c>, <c>manifest</c>.</summary>
    public required string Scope { get; init; }

    /// <summary>The object the value belongs to (its Identity or Name), when the snapshot says.</summary>
    public string? Object { get; init; }

    public required string Name { get; init; }

    /// <summary>The value as written; empty when the property prints empty.</summary>
    public required string Value { get; init; }

    /// <summary>The items of a <c>{a, b}</c> collection or a JSON array; empty for a single value.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>The value read as a date (server-locale wall-clock time), when it is one.</summary>
    public DateTime? Date { get; init; }

    /// <summary>What is odd about it: <c>outside appSettings</c>, <c>commented out</c>, <c>ambiguous date</c>, <c>absent</c> …</summary>
    public string? Note { get; init; }
}
