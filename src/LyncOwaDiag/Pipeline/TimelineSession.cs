using LyncOwaDiag.Correlation;
using LyncOwaDiag.Correlation.Servers;
using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// The inputs of one run, opened for reading: the façade over three hand-offs, each immutable once made — the
/// <see cref="BundleInventory"/> (inputs, formats, manifests, display information, servers), taken when the session
/// opens; the <see cref="TimeCalibration"/> (inferred offsets, clock skews), measured on first need; and a
/// <see cref="TimelineRead"/> per counted read, which owns its diagnostics and counts. <see cref="Events"/> streams
/// every readable file's events merged by time; <see cref="Inputs"/> describes every file, read or skipped, with the
/// counts of the latest counted read.
/// </summary>
public sealed class TimelineSession : IDisposable
{
    private readonly BundleInventory _inventory;
    private readonly Lazy<TimeCalibration> _calibration;
    private TimelineRead? _latestRead;

    private TimelineSession(DiagnoseOptions options)
    {
        _inventory = new BundleInventory(options);
        _calibration = new Lazy<TimeCalibration>(() => TimeCalibration.Measure(_inventory), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static TimelineSession Open(DiagnoseOptions options) => new(options);

    public DiagnoseOptions Options => _inventory.Options;

    /// <summary>The diagnostics of the latest counted read (before any, those of taking the inventory).</summary>
    public DiagnosticCollector Diagnostics => LatestRead.Diagnostics;

    private TimelineRead LatestRead => LazyInitializer.EnsureInitialized(ref _latestRead, () => new TimelineRead(_inventory));

    /// <summary>True when at least one input has a reader; otherwise there is nothing to analyse.</summary>
    public bool HasReadableInput => _inventory.Sources.Count > 0;

    /// <summary>Every input, read or skipped, with the counts of the latest counted read.</summary>
    public IReadOnlyList<InputSummary> Inputs
    {
        get
        {
            var read = LatestRead;
            return _inventory.Sources.Select(read.SummaryOf).Concat(_inventory.Skipped).OrderBy(s => s.File, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>
    /// The servers of the bundle and the server each file belongs to (see <see cref="ServerDirectory"/>), with the
    /// addresses the clock-skew pairing learned for them.
    /// </summary>
    public ServerDirectory Servers => _calibration.Value.Servers;

    /// <summary>Offsets inferred for local-time exports, with their grounds.</summary>
    public IReadOnlyList<TimeAssumption> InferredOffsets => _calibration.Value.InferredOffsets;

    /// <summary>
    /// Clock skews of the hosts against the reference host, from a bounded look ahead over the SIPStack inputs
    /// (empty when fewer than two hosts share SIP messages); measured whether or not they are applied.
    /// </summary>
    public IReadOnlyList<ClockSkew> MeasuredSkews => _calibration.Value.MeasuredSkews;

    /// <summary>The skews applied to the timeline: <see cref="MeasuredSkews"/>, or none with --no-skew-correction.</summary>
    public IReadOnlyList<ClockSkew> Skews => _calibration.Value.Skews;

    /// <summary>
    /// The raw text of an event or diagnostic, re-read from its input through its location (at most
    /// <paramref name="maxLines"/> lines): null when the file is not one of this session's readable inputs, or is
    /// binary (EVTX). Views keep a <see cref="TimelineIndex"/> and call this for what is on screen.
    /// </summary>
    public string? ReadRaw(SourceLocation location, int maxLines = 200) =>
        _inventory.SourcesByPath.TryGetValue(location.File, out var source)
            ? source.ReadRaw(location, maxLines)
            : null;

    /// <summary>
    /// The events of the SIPStack record at <paramref name="location"/>, parsed again from its text and placed on the
    /// timeline as in the main read; empty for other formats or files (see <see cref="FileSource.Reread"/>).
    /// </summary>
    public IReadOnlyList<TimelineEvent> Reread(SourceLocation location) =>
        _inventory.SourcesByPath.TryGetValue(location.File, out var source) ? source.Reread(location, _calibration.Value.Placement) : [];

    /// <summary>
    /// The SIPStack records within <paramref name="radius"/> bytes either side of <paramref name="location"/>, placed
    /// as in the main read (see <see cref="FileSource.ReadAround"/>); empty for other formats or files.
    /// </summary>
    public IReadOnlyList<TimelineEvent> ReadAround(SourceLocation location, int radius) =>
        _inventory.SourcesByPath.TryGetValue(location.File, out var source) ? source.ReadAround(location, radius, _calibration.Value.Placement) : [];

    /// <summary>The bytes of the inputs that have a reader: the whole a progress indicator measures against.</summary>
    public long ReadableBytes => _inventory.Sources.Sum(s => s.File.Length);

    /// <summary>Whether the file's records can be shown as text (<see cref="ReadRaw"/>); EVTX records cannot.</summary>
    public bool HasRawText(string file) => _inventory.SourcesByPath.TryGetValue(file, out var source) && source.HasRawText;

    /// <summary>
    /// Every event once more, in no particular order, neither counted nor reported: a first pass that collects keys
    /// (a user's Call-IDs, a call's correlation ids) before <see cref="Events"/>, leaving the inventory and the
    /// diagnostics those of the main read. Safe beside any other read.
    /// </summary>
    public IEnumerable<TimelineEvent> LookAhead()
    {
        var placement = _calibration.Value.Placement.WithoutSkew();
        return _inventory.Sources.SelectMany(s => s.Observe(placement));
    }

    /// <summary>
    /// All events of all readable inputs, oldest first; ties keep input order, then file order. Each file passes a
    /// bounded reorder window first, so out-of-order stretches inside a file are repaired as well. A counted read:
    /// it makes a fresh <see cref="TimelineRead"/>, whose counts and diagnostics <see cref="Inputs"/> and
    /// <see cref="Diagnostics"/> then show.
    /// </summary>
    public IEnumerable<TimelineEvent> Events()
    {
        var placement = _calibration.Value.Placement;
        var read = new TimelineRead(_inventory);
        Volatile.Write(ref _latestRead, read);
        foreach (var e in Merged(s => s.Events(placement, read.CountsOf(s))))
        {
            yield return e;
        }
    }

    /// <summary>
    /// The events of <see cref="Events"/> once more, in the same order and with the same times, neither counted nor
    /// reported: for a view that reads the timeline again through a filter, or a report's extras. Safe beside any
    /// other read.
    /// </summary>
    public IEnumerable<TimelineEvent> Replay()
    {
        var placement = _calibration.Value.Placement;
        return Merged(s => s.Replay(placement));
    }

    /// <summary>
    /// Up to this many files are all opened at once; past it each waits for the timeline to reach it (measured on a
    /// 300 MB trace in 100 pieces: 10.3 s and 470 MB deferred against 14.8 s and 900 MB all at once).
    /// </summary>
    private const int EagerFilesAtMost = 16;

    private IEnumerable<TimelineEvent> Merged(Func<FileSource, IEnumerable<TimelineEvent>> read)
    {
        var sources = _inventory.Sources;
        IEnumerable<TimelineEvent> Sorted(FileSource s) => ReorderWindow.Sort(read(s), Options.ReorderWindow);
        if (sources.Count <= Math.Min(EagerFilesAtMost, Math.Max(1, Options.ParallelFiles)))
        {
            // Each file reads on a thread of its own, all at once: few enough that their first windows fit.
            return TimeMerge.Merge(sources.Select(Sorted).Select((stream, i) => i < Options.ParallelFiles ? new ReadAhead<TimelineEvent>(stream) : stream).ToList());
        }

        // More files than that (a trace rolled into hundreds of pieces): each opens when the timeline reaches its
        // first event, found by a look ahead of one window, so memory follows the files that overlap, not their number.
        var first = FirstTimes(sources, _calibration.Value.Placement);
        return DeferredTimeMerge.Merge(
            sources.Select((s, i) => (first[i], (Func<IEnumerable<TimelineEvent>>)(() => Options.ParallelFiles > 0 ? new ReadAhead<TimelineEvent>(Sorted(s)) : Sorted(s)))).ToList(),
            openAhead: Math.Max(2, Environment.ProcessorCount));
    }

    /// <summary>
    /// The time of each file's first event on the timeline, as its reorder window will hand it out: the earliest of its
    /// first window's events, read again as the main read places them, in parallel, holding none of them.
    /// </summary>
    private DateTimeOffset?[] FirstTimes(IReadOnlyList<FileSource> sources, Placement placement)
    {
        var first = new DateTimeOffset?[sources.Count];
        PerFile.For(sources.Count, Environment.ProcessorCount, i =>
        {
            DateTimeOffset? earliest = null;
            foreach (var e in sources[i].Replay(placement).Take(Options.ReorderWindow + 1))
            {
                earliest = earliest is { } t && t <= e.Timestamp ? t : e.Timestamp;
            }

            first[i] = earliest;
        });
        return first;
    }

    /// <summary>
    /// --follow: a follower that reads what the growing inputs append from here on, placed as <see cref="Events"/>
    /// places them; its diagnostics go to <paramref name="sink"/>. Made before the main read, it marks where that read
    /// ends: the main read's events at or past <see cref="InputFollower.ConsumedAtStart"/> are the follower's.
    /// </summary>
    public InputFollower Follow(Parsing.IDiagnosticSink sink) => Follow(sink, null);

    /// <summary>As <see cref="Follow(Parsing.IDiagnosticSink)"/>, on a clock of the caller's (tests decide when a file has been idle).</summary>
    internal InputFollower Follow(Parsing.IDiagnosticSink sink, Func<DateTime>? now) => new(_inventory, _calibration.Value.Placement, sink, now);

    public void Dispose() => _inventory.Dispose();
}
