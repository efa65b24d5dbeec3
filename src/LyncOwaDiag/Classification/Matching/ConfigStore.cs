using LyncOwaDiag.Classification.Vocabulary;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Every snapshot object of the bundle, gathered from the config facts as they stream past (they are few). A file a
/// collector's manifest lists is known by the server path the manifest gives it (<c>@source</c>): the content says
/// where the file came from, whatever the bundle's folders are called.
/// </summary>
internal sealed class ConfigStore
{
    private readonly Dictionary<(string File, string Scope, string? Object), ConfigObject> _objects = new();
    private readonly List<ConfigObject> _ordered = [];
    private readonly List<(string Folder, string Item, string ServerPath)> _listed = [];
    private (int Listed, int Objects) _resolved;

    /// <summary>Every object, each with its server path once the manifest gave it (facts stream in any order).</summary>
    public IReadOnlyList<ConfigObject> Objects
    {
        get
        {
            ResolveSources();
            return _ordered;
        }
    }

    public void Observe(TimelineEvent e)
    {
        if (e.Payload is not ConfigFact fact)
        {
            return;
        }

        if (fact is { Scope: "manifest", Name: "item", Object: { Length: > 0 } item } && !string.IsNullOrEmpty(fact.Value))
        {
            // The manifest lists each file by its path in the bundle, beside the manifest, and by the server's path.
            _listed.Add((Folder(BundlePath(e.Location.File)), Relative(item), fact.Value));
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

    public IEnumerable<ConfigObject> InScope(string scope)
    {
        ResolveSources();
        return _ordered.Where(o => o.Scope.Equals(scope, StringComparison.OrdinalIgnoreCase));
    }

    // Facts stream in any order: each object's server path is looked up again only when a listing or an object came
    // since the last time, not on every question a rule asks.
    private void ResolveSources()
    {
        if (_resolved == (_listed.Count, _ordered.Count))
        {
            return;
        }

        foreach (var obj in _ordered)
        {
            obj.SourcePath ??= ListedAs(BundlePath(obj.File));
        }

        _resolved = (_listed.Count, _ordered.Count);
    }

    // Beside the manifest first; then a manifest written relative to the folder above its own (HOST/web.config beside
    // HOST/manifest.json). The first manifest to list a file decides.
    private string? ListedAs(string file) =>
        _listed.FirstOrDefault(l => file.Equals(l.Folder + "/" + l.Item, StringComparison.OrdinalIgnoreCase)).ServerPath
        ?? _listed.FirstOrDefault(l => Folder(l.Folder) is { Length: > 0 } above && file.Equals(above + "/" + l.Item, StringComparison.OrdinalIgnoreCase)).ServerPath;

    private static string Folder(string path)
    {
        var cut = path.LastIndexOf('/');
        return cut < 0 ? string.Empty : path[..cut];
    }

    private static string Relative(string item)
    {
        var path = item.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path.TrimStart('/');
    }

    private static string BundlePath(string file) => file.Replace('\\', '/').Replace("!/", "/", StringComparison.Ordinal);
}
