using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation.Servers;

/// <summary>
/// One input file as the server directory sees it: where it lies, what it is, the host a manifest or <c>--host</c>
/// gave it, what its own content claims, and the role its kind implies (an OWA IM log is a mailbox server's).
/// </summary>
public sealed record ServerFile(
    string DisplayPath,
    string Container,
    InputFormat Format,
    string? PresetHost,
    HostOrigin PresetOrigin,
    IReadOnlyList<ServerClaim> Claims,
    ServerRole Role)
{
    /// <summary>Whether the file says anything of a server (not a manifest, an archive, an EVTX's message file …).</summary>
    public bool IsEvidence { get; init; } = true;
}
