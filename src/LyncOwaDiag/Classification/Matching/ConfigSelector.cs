using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Snapshot objects as a rule describes them: a scope (web.config, registry, manifest, a cmdlet) and conditions on
/// properties. Property names are free, since snapshots carry whatever the cmdlet printed.
/// </summary>
internal sealed record ConfigSelector(string Scope, IReadOnlyList<(string Property, FieldCondition Condition)> Conditions)
{
    /// <summary>
    /// On a <c>none</c> selector (<c>missing: assumed-none</c>): the matcher is for bundles without this snapshot, and
    /// there takes it that nothing fits (its options say how much less sure that is); with the snapshot collected it
    /// stays silent, leaving the case to a matcher that compares. By default a missing snapshot means not checked.
    /// </summary>
    public bool AssumedNoneWhenMissing { get; init; }

    /// <summary>
    /// <c>server: same</c> — only objects from the server the compared object came from count: a certificate in
    /// another server's store is not in this one's (Get-ExchangeCertificate lists the local store). When that server's
    /// snapshot was not collected the check is not made, whatever other servers' snapshots hold.
    /// </summary>
    public bool SameServerOnly { get; init; }

    /// <summary>The objects of this selector's scope that may be compared with <paramref name="of"/>.</summary>
    public IEnumerable<ConfigObject> Candidates(ConfigStore store, ConfigObject of, MatchContext context) =>
        SameServerOnly ? store.InScope(Scope).Where(o => SameServer(o, of, context)) : store.InScope(Scope);

    // Two objects share a server when the bundle names the same one for both, or, while it names neither, when one
    // folder name stands for both; an object of no server at all (a file in a folder of several servers' files) shares
    // none, and a known server never equals an unknown one.
    private static bool SameServer(ConfigObject a, ConfigObject b, MatchContext context) =>
        (context.KnownHost(a.Host), context.KnownHost(b.Host)) switch
        {
            ({ } x, { } y) => x.Equals(y, StringComparison.OrdinalIgnoreCase)
                || (context.FqdnOf(a.Host) is { } fqdn && fqdn.Equals(context.FqdnOf(b.Host), StringComparison.OrdinalIgnoreCase)),
            (null, null) => a.Host is not null && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    public bool Match(ConfigObject obj, Bindings bindings, MatchContext context)
    {
        if (!obj.Scope.Equals(Scope, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var (property, condition) in Conditions)
        {
            if (!condition.Test(ValuesOf(obj, property, context), bindings, context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the selector compares the object's server (<c>@host</c>, <c>@fqdn</c>, <c>{host}</c>, <c>{hostFqdn}</c>):
    /// then it cannot be decided for a file whose server the bundle does not name.
    /// </summary>
    public bool UsesServerIdentity => Conditions.Any(IsServerIdentity);

    /// <summary>The selector without the conditions on the object's server: whether the rest would select it.</summary>
    public ConfigSelector WithoutServerIdentity() => this with { Conditions = Conditions.Where(c => !IsServerIdentity(c)).ToList() };

    private static bool IsServerIdentity((string Property, FieldCondition Condition) c) =>
        c.Property.Equals("@host", StringComparison.OrdinalIgnoreCase) || c.Property.Equals("@fqdn", StringComparison.OrdinalIgnoreCase)
        || c.Condition.Refers("host") || c.Condition.Refers("hostFqdn");

    // The object's own server: a host known only by its folder's name gives no value to compare.
    private static IReadOnlyList<FieldValue> ValuesOf(ConfigObject obj, string property, MatchContext context) => property.ToLowerInvariant() switch
    {
        "@host" => context.KnownHost(obj.Host) is { } host ? [host] : [],
        "@fqdn" => context.FqdnOf(obj.Host) is { } fqdn ? [fqdn] : [],
        _ => obj.Values(property),
    };

    /// <summary>The facts this selector looked at in <paramref name="obj"/>, as evidence.</summary>
    public IEnumerable<Evidence> EvidenceFrom(ConfigObject obj)
    {
        var shown = false;
        foreach (var (property, _) in Conditions)
        {
            foreach (var fact in obj.Facts(property).Take(1))
            {
                shown = true;
                yield return Matchers.EventEvidence.Of(fact);
            }
        }

        if (!shown && obj.First is { } first)
        {
            yield return Matchers.EventEvidence.Of(first);
        }
    }
}
