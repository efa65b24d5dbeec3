namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// What a condition may compare against besides the value itself: the time span the logs cover, and the snapshots'
/// values (<c>{fact:Scope/Property}</c>), known only once every event was seen.
/// </summary>
internal sealed record MatchContext(DateTimeOffset? LogsStart, DateTimeOffset? LogsEnd, Func<string, string?>? Facts = null)
{
    public const string FactPrefix = "fact:";

    public static readonly MatchContext None = new(null, null);

    /// <summary>A bound name, else a snapshot value for <c>fact:Scope/Property</c>.</summary>
    public string? Lookup(Bindings bindings, string name) =>
        bindings[name] ?? (name.StartsWith(FactPrefix, StringComparison.OrdinalIgnoreCase) ? Facts?.Invoke(name[FactPrefix.Length..]) : null);
}
