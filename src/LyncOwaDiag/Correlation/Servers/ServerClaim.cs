using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation.Servers;

/// <summary>
/// What a file's own content says about the machine that wrote it: an event's <c>Computer</c>, a CLS
/// <c>[pool\MACHINE]</c> bracket. <see cref="Label"/> is the host name its events carry.
/// </summary>
public sealed record ServerClaim(string Label, string? Fqdn, ServerRole Role, string How, SourceLocation Where);
