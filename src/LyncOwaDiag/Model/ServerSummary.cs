namespace LyncOwaDiag.Model;

/// <summary>
/// One server of the bundle as its content tells it: the label its events carry, its FQDN when any file says it, its
/// roles, every name with where it was learned, and how many input files were tied to it.
/// </summary>
public sealed record ServerSummary
{
    /// <summary>The host name its events carry (the short name as its own files write it).</summary>
    public required string Label { get; init; }

    /// <summary>The fully qualified name, when the bundle says it; null when only a short name or a folder name is known.</summary>
    public string? Fqdn { get; init; }

    public ServerRole Roles { get; init; }

    public IReadOnlyList<ServerName> Names { get; init; } = [];

    /// <summary>Input files tied to this server.</summary>
    public int Files { get; init; }

    /// <summary>Known only by the name of a folder its files came in: a guess, not an identity.</summary>
    public bool IsGuess { get; init; }
}
