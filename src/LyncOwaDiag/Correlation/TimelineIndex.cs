using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// The merged timeline kept compactly, for views that page through millions of events (the TUI): each entry holds
/// only time, severity, source and <see cref="SourceLocation"/>; the text is re-read through the location
/// (<see cref="Pipeline.TimelineSession.ReadRaw"/>) when an entry is shown.
/// </summary>
/// <remarks>One thread may add while others read (the TUI shows the timeline as it loads): see <see cref="AppendOnlyList{T}"/>.</remarks>
public sealed class TimelineIndex
{
    private readonly AppendOnlyList<TimelineIndexEntry> _entries = new();
    private readonly AppendOnlyList<string> _files = new();
    private readonly Dictionary<string, int> _fileIds = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public TimelineIndexEntry this[int index] => _entries[index];

    /// <summary>The display path a <see cref="TimelineIndexEntry.File"/> number stands for.</summary>
    public string File(int file) => _files[file];

    /// <summary>The display paths the entries' <see cref="TimelineIndexEntry.File"/> numbers stand for, as far as added.</summary>
    public IReadOnlyList<string> Files => Enumerable.Range(0, _files.Count).Select(i => _files[i]).ToList();

    public static TimelineIndex Build(IEnumerable<TimelineEvent> events)
    {
        var index = new TimelineIndex();
        foreach (var e in events)
        {
            index.Add(e);
        }

        return index;
    }

    /// <summary>Appends an event; one writer at a time.</summary>
    public void Add(TimelineEvent e)
    {
        var location = e.Location;
        if (!_fileIds.TryGetValue(location.File, out var file))
        {
            file = _files.Add(location.File);
            _fileIds.Add(location.File, file);
        }

        var lines = (int)Math.Clamp(location.LastLine - location.FirstLine + 1, 1, int.MaxValue);
        _entries.Add(new TimelineIndexEntry(e.Timestamp.UtcTicks, location.FirstLine, location.ByteOffset, file, lines, e.Severity, e.Source, e.TimeQuality));
    }

    public SourceLocation Location(int index)
    {
        var entry = this[index];
        return new SourceLocation(_files[entry.File], entry.FirstLine, entry.FirstLine + entry.LineCount - 1, entry.ByteOffset);
    }
}
