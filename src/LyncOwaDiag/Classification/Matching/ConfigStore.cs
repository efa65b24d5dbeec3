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
    private readonly Dictionary<string, string> _serverPaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Manifest, string Item, string ServerPath)> _listed = [];

    /// <summary>Every object, each with its server path once the manifest gave it (facts stream in any order).</summary>
    public IReadOnlyList<ConfigObject> Objects
    {
        get
        {
            _ordered.ForEach(o => ScopeOf(o));
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
            _serverPaths.TryAdd(BundlePath(Beside(e.Location.File, item)), fact.Value);
            _listed.Add((BundlePath(e.Location.File), Relative(item), fact.Value));
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
        _ordered.Where(o => ScopeOf(o).Equals(scope, StringComparison.OrdinalIgnoreCase));

    private string ScopeOf(ConfigObject obj)
    {
        obj.SourcePath ??= _serverPaths.GetValueOrDefault(BundlePath(obj.File)) ?? ListedElsewhere(BundlePath(obj.File));
        return obj.Scope;
    }

    // A manifest written relative to the folder above its own (HOST/web.config beside HOST/manifest.json).
    private string? ListedElsewhere(string file)
    {
        foreach (var (manifest, item, serverPath) in _listed)
        {
            var above = Folder(Folder(manifest));
            if (above.Length > 0 && file.Equals(above + "/" + item, StringComparison.OrdinalIgnoreCase))
            {
                return serverPath;
            }
        }

        return null;
    }

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

    private static string Beside(string manifestFile, string item)
    {
        var cut = manifestFile.Replace('\\', '/').LastIndexOf('/');
        return cut < 0 ? Relative(item) : manifestFile[..cut] + "/" + Relative(item);
    }

    private static string BundlePath(string file) => file.Replace('\\', '/').Replace("!/", "/", StringComparison.Ordinal);
}
