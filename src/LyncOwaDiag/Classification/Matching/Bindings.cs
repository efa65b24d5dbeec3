using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Names bound while matching (regex captures, <c>as:</c>, the standard names of an event such as <c>host</c>) and
/// reused in the finding's text and fix commands. Names compare ignoring case. The first value bound to a name
/// stays; names bound by a pattern come before the event's standard names, which are read only when asked for.
/// </summary>
internal sealed class Bindings
{
    // Created on the first name bound: most patterns tested against most events bind nothing.
    private Dictionary<string, string>? _values;

    // The matched event whose standard names (StandardNames) stand behind the names bound here.
    private TimelineEvent? _event;

    public Bindings()
    {
    }

    private Bindings(Dictionary<string, string>? values, TimelineEvent? e)
    {
        _values = values is null ? null : new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
        _event = e;
    }

    public Bindings Copy() => new(_values, _event);

    public string? this[string name] =>
        _values?.GetValueOrDefault(name) ?? (_event is null ? null : NullIfEmpty(StandardNames.Read(_event, name)));

    /// <summary>Binds a name; an empty value binds nothing, and the first value bound to a name stays.</summary>
    public void Set(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !(_event is not null && StandardNames.IsStandard(name) && this[name] is not null))
        {
            (_values ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)).TryAdd(name, value);
        }
    }

    /// <summary>Binds a name to this value even when it had one (what a finding gathered from all its readings).</summary>
    public void Replace(string name, string value) =>
        (_values ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[name] = value;

    /// <summary>Forgets every name, so that a matcher can test the next event with the same object.</summary>
    public void Clear()
    {
        _values?.Clear();
        _event = null;
    }

    /// <summary>Offers the matched event's standard names (host, file, line …) behind the names bound so far.</summary>
    public void BindStandard(TimelineEvent e) => _event ??= e;

    /// <summary>Adds the names of <paramref name="other"/> not bound here yet.</summary>
    public void Merge(Bindings other)
    {
        if (other._values is not null)
        {
            foreach (var (name, value) in other._values)
            {
                Set(name, value);
            }
        }

        // Only the names still missing here are read from the other's event: a finding merges every occurrence.
        foreach (var name in other.StandardNamesLeft())
        {
            if (this[name] is null)
            {
                Set(name, other[name]);
            }
        }
    }

    /// <summary>The names that would make the finding's entity list, without reading standard names that cannot.</summary>
    public IEnumerable<string> Names => (_values?.Keys ?? Enumerable.Empty<string>()).Concat(StandardNamesLeft());

    private IEnumerable<string> StandardNamesLeft() =>
        _event is null ? [] : StandardNames.All.Where(n => _values is null || !_values.ContainsKey(n));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
