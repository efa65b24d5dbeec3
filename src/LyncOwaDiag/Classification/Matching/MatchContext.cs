using LyncOwaDiag.Correlation.Servers;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// What a condition may compare against besides the value itself: the time span the logs cover, the snapshots'
/// values (<c>{fact:Scope/Property}</c>), known only once every event was seen, and the servers of the bundle (which
/// hosts are known from content, and their FQDNs).
/// </summary>
internal sealed record MatchContext(DateTimeOffset? LogsStart, DateTimeOffset? LogsEnd, Func<string, string?>? Facts = null, ServerDirectory? Servers = null)
{
    public const string FactPrefix = "fact:";

    public static readonly MatchContext None = new(null, null);

    /// <summary>A bound name, else a snapshot value for <c>fact:Scope/Property</c>.</summary>
    public string? Lookup(Bindings bindings, string name) =>
        bindings[name] ?? (name.StartsWith(FactPrefix, StringComparison.OrdinalIgnoreCase) ? Facts?.Invoke(name[FactPrefix.Length..]) : null);

    /// <summary>The host as an identity: null when the bundle knows it only by a folder name.</summary>
    public string? KnownHost(string? host) => host is not null && Servers?.IsGuess(host) == true ? null : host;

    /// <summary>The FQDN of the host's server, when the bundle says it.</summary>
    public string? FqdnOf(string? host) => Servers?.FqdnOf(KnownHost(host));
}
