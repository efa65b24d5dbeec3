namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Names bound while matching (regex captures, <c>as:</c>, the standard names of an event such as <c>host</c>) and
/// reused in the finding's text and fix commands. Names compare ignoring case.
/// </summary>
internal sealed class Bindings
{
    private static readonly Dictionary<string, string> NoValues = [];

    // Created on the first name bound: most patterns tested against most events bind nothing.
    private Dictionary<string, string>? _values;

    public Bindings()
    {
    }

    private Bindings(Dictionary<string, string>? values) => _values = values is null ? null : new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> Values => _values ?? NoValues;

    public Bindings Copy() => new(_values);

    public string? this[string name] => _values?.GetValueOrDefault(name);

    /// <summary>Binds a name; an empty value binds nothing, and the first value bound to a name stays.</summary>
    public void Set(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            (_values ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)).TryAdd(name, value);
        }
    }

    /// <summary>Adds the names of <paramref name="other"/> not bound here yet.</summary>
    public void Merge(Bindings other)
    {
        foreach (var (name, value) in other.Values)
        {
            Set(name, value);
        }
    }
}
