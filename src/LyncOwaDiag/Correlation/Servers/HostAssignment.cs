using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation.Servers;

/// <summary>The host a file's events fall back to, how it was decided, and in words why (for the inventory).</summary>
public sealed record HostAssignment(string? Host, HostOrigin Origin, string? Why = null);
