using LyncOwaDiag.Model;

namespace LyncOwaDiag.Pipeline;

/// <summary>Running counts of a stream of events: how many, of which severity and kind, over what time.</summary>
internal sealed class EventTally
{
    private readonly Dictionary<Severity, long> _bySeverity = [];
    private readonly Dictionary<string, long> _byKind = new(StringComparer.Ordinal);

    public long Count { get; private set; }

    public DateTimeOffset? First { get; private set; }

    public DateTimeOffset? Last { get; private set; }

    /// <summary>The time quality of the first event: a file's events share one.</summary>
    public TimeQuality? Quality { get; private set; }

    public IReadOnlyDictionary<Severity, long> BySeverity => new Dictionary<Severity, long>(_bySeverity);

    public IReadOnlyDictionary<string, long> ByKind => new Dictionary<string, long>(_byKind);

    public void Add(TimelineEvent e)
    {
        Count++;
        _bySeverity[e.Severity] = _bySeverity.GetValueOrDefault(e.Severity) + 1;
        _byKind[e.Kind] = _byKind.GetValueOrDefault(e.Kind) + 1;
        First = First is null || e.Timestamp < First ? e.Timestamp : First;
        Last = Last is null || e.Timestamp > Last ? e.Timestamp : Last;
        Quality ??= e.TimeQuality;
    }
}
