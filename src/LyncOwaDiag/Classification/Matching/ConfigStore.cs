using LyncOwaDiag.Classification.Vocabulary;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>Every snapshot object of the bundle, gathered from the config facts as they stream past (they are few).</summary>
internal sealed class ConfigStore
{
    private readonly Dictionary<(string File, string Scope, string? Object), ConfigObject> _objects = new();
    private readonly List<ConfigObject> _ordered = [];

    public IReadOnlyList<ConfigObject> Objects => _ordered;

    public void Observe(TimelineEvent e)
    {
        if (e.Payload is not ConfigFact fact)
        {
            return;
        }

        var oneObject = ProductVocabulary.SingleObjectScopes.Contains(fact.Scope, StringComparer.OrdinalIgnoreCase);
        var key = (e.Location.File, fact.Scope.ToLowerInvariant(), oneObject ? null : fact.Object);
        if (!_objects.TryGetValue(key, out var obj))
        {
            obj = new ConfigObject(e.Location.File, e.Host, fact.Scope, fact.Object);
            _objects[key] = obj;
            _ordered.Add(obj);
        }

        obj.Add(e, fact);
    }

    public IEnumerable<ConfigObject> InScope(string scope) =>
        _ordered.Where(o => o.Scope.Equals(scope, StringComparison.OrdinalIgnoreCase));
}
