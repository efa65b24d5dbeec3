using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// One object of one snapshot (a virtual directory, a certificate, the appSettings of one web.config …) with its
/// facts by property name. Facts OWA would not read (outside appSettings, commented out, absent) are kept apart.
/// </summary>
internal sealed class ConfigObject(string file, string? host, string declaredScope, string? name)
{
    private static readonly string[] Ineffective = [ConfigFact.OutsideAppSettings, ConfigFact.CommentedOut, ConfigFact.Absent, ConfigFact.NoObjects];

    private readonly Dictionary<string, List<TimelineEvent>> _facts = new(StringComparer.OrdinalIgnoreCase);

    public string File { get; } = file;

    public string? Host { get; } = host;

    /// <summary>
    /// The scope its reader gave it, except that a web.config the collector's manifest says it copied from the front
    /// end's HttpProxy folder is that copy (<see cref="Vocabulary.ProductVocabulary.FrontEndWebConfigScope"/>), not OWA's.
    /// </summary>
    public string Scope => SourcePath is { } source ? Vocabulary.ProductVocabulary.ScopeOfCopy(declaredScope, source) : declaredScope;

    public string? Name { get; } = name;

    public TimelineEvent? First { get; private set; }

    /// <summary>The path on the server the collector's manifest says the file was copied from, once the store knows it.</summary>
    public string? SourcePath { get; set; }

    /// <summary>The object stands for a cmdlet that printed nothing: the snapshot was taken, there is no such object.</summary>
    public bool IsEmptyOutput => First?.Payload is ConfigFact { Note: ConfigFact.NoObjects } && _facts.Count == 1;

    public void Add(TimelineEvent e, ConfigFact fact)
    {
        First ??= e;
        if (!_facts.TryGetValue(fact.Name, out var list))
        {
            _facts[fact.Name] = list = [];
        }

        list.Add(e);
    }

    /// <summary>The values OWA or the cmdlet would use; <c>@host</c>, <c>@file</c>, <c>@object</c> and <c>@source</c> (its server path) name the object itself.</summary>
    public IReadOnlyList<FieldValue> Values(string property) => property.ToLowerInvariant() switch
    {
        "@host" => Host is null ? [] : [Host],
        "@file" => [File],
        "@object" => Name is null ? [] : [Name],
        "@source" => SourcePath is null ? [] : [SourcePath],
        _ => Effective(property).Select(e => (ConfigFact)e.Payload!).Select(f => new FieldValue(f.Value, f.Items, f.Date)).ToList(),
    };

    /// <summary>The fact events behind a property, effective ones first; for evidence.</summary>
    public IEnumerable<TimelineEvent> Facts(string property) =>
        _facts.TryGetValue(property, out var list) ? list.OrderBy(e => IsEffective(e) ? 0 : 1) : [];

    private IEnumerable<TimelineEvent> Effective(string property) => Facts(property).Where(IsEffective);

    private static bool IsEffective(TimelineEvent e) => ((ConfigFact)e.Payload!).Note is not { } note || !Ineffective.Contains(note, StringComparer.OrdinalIgnoreCase);
}
