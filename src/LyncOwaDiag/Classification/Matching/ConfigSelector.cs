using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Snapshot objects as a rule describes them: a scope (web.config, registry, manifest, a cmdlet) and conditions on
/// properties. Property names are free, since snapshots carry whatever the cmdlet printed.
/// </summary>
internal sealed record ConfigSelector(string Scope, IReadOnlyList<(string Property, FieldCondition Condition)> Conditions)
{
    public bool Match(ConfigObject obj, Bindings bindings, MatchContext context)
    {
        if (!obj.Scope.Equals(Scope, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var (property, condition) in Conditions)
        {
            if (!condition.Test(obj.Values(property), bindings, context))
            {
                return false;
            }
        }

        return true;
    }

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
