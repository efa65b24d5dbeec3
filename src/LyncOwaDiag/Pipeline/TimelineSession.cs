using LyncOwaDiag.Correlation;
using LyncOwaDiag.Correlation.Servers;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// The inputs of one run, opened for reading: <see cref="Events"/> streams every readable file's events merged by
/// time; <see cref="Inputs"/> describes every file, read or skipped, once the events have been read.
/// </summary>
public sealed class TimelineSession : IDisposable
{
    private readonly InputSet _inputs;
    private readonly List<FileSource> _sources = [];
    private readonly List<InputSummary> _skipped = [];

    private TimelineSession(DiagnoseOptions options)
    {
        Options = options;
        Diagnostics = new DiagnosticCollector(options.OnInvalid, options.MaxDiagnosticsKept);
        _inputs = InputDiscovery.Discover(options.Paths, options.ArchiveLimits);
        Diagnostics.RankFiles(_inputs.Skipped.Select(s => s.Path).Concat(_inputs.Files.Select(f => f.DisplayPath)));
        foreach (var skipped in _inputs.Skipped)
        {
            Skip(skipped.Path, InputFormat.Unknown, null, 0, skipped.Reason);
        }

        var sniffed = _inputs.Files.Select(f => (File: f, Sniff: Sniff(f))).Where(x => x.Sniff is not null).ToList();
        ReadManifests(sniffed.Where(x => x.Sniff!.Format == InputFormat.Manifest).Select(x => x.File));
        var displayInformation = sniffed.Where(x => x.Sniff!.Format == InputFormat.EvtxDisplayInformation).Select(x => x.File).ToList();
        var evtxFiles = sniffed.Where(x => x.Sniff!.Format == InputFormat.Evtx).Select(x => x.File).ToList();
        PairDisplayInformation(evtxFiles, displayInformation);
        foreach (var (file, sniff) in sniffed)
        {
            Prepare(file, sniff!);
        }
    }

    private readonly List<(string Container, string Host)> _manifestHosts = [];
    private readonly Dictionary<string, DateTimeOffset> _manifestTimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<long, string>> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayInformationFor = new(StringComparer.Ordinal);

    /// <summary>
    /// Pairs each EVTX with the display information exported beside it (<c>LocaleMetaData/&lt;name&gt;_&lt;LCID&gt;.MTA</c>
    /// or <c>…_eventlog_&lt;Log&gt;_&lt;LCID&gt;.MTA</c>), preferring English (1033), and reads the messages.
    /// </summary>
    private void PairDisplayInformation(List<InputFile> evtxFiles, List<InputFile> mtaFiles)
    {
        foreach (var evtx in evtxFiles)
        {
            var baseName = Path.GetFileNameWithoutExtension(evtx.DisplayPath.Split(Model.SourceLocation.ArchiveSeparator)[^1]);
            // Compared with the archive separator folded, so that LocaleMetaData at a zip's root pairs as in a folder.
            var folder = FoldArchive((evtx.Container ?? string.Empty) is { Length: > 0 } c ? c + "/LocaleMetaData" : "LocaleMetaData");
            var candidates = mtaFiles
                .Where(m => string.Equals(FoldArchive(m.Container), folder, StringComparison.OrdinalIgnoreCase)
                    && Path.GetFileName(m.DisplayPath).StartsWith(baseName + "_", StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(m => m.DisplayPath.EndsWith("_1033.MTA", StringComparison.OrdinalIgnoreCase))
                .ThenBy(m => m.DisplayPath, StringComparer.Ordinal)
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var mta = candidates[0];
            try
            {
                using var stream = mta.Open();
                var (messages, problem) = Parsing.EventLog.Evtx.MtaFile.Read(stream);
                _messages[evtx.DisplayPath] = messages;
                _displayInformationFor[mta.DisplayPath] = problem is null
                    ? $"display information for {evtx.DisplayPath}: {messages.Count} messages attached to its events"
                    : $"display information for {evtx.DisplayPath}, damaged ({problem})";
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                _displayInformationFor[mta.DisplayPath] = $"display information for {evtx.DisplayPath} cannot be read: {e.Message}";
            }
        }
    }

    private ServerDirectory? _servers;

    /// <summary>
    /// The servers of the bundle and the server each file belongs to, from a short look at every file's first events
    /// (see <see cref="ServerDirectory"/>); worked out once, before any read, and applied to the files' hosts.
    /// </summary>
    public ServerDirectory Servers => EnsureServers();

    private ServerDirectory EnsureServers()
    {
        if (_servers is not null)
        {
            return _servers;
        }

        var looks = new ServerLook[_sources.Count];
        void Look(int i) => looks[i] = ServerLook.Of(_sources[i].Observe(), _sources[i].Format, Options.ServerLookEvents);
        if (Options.ParallelFiles > 1 && _sources.Count > 1)
        {
            try
            {
                Parallel.For(0, _sources.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.ParallelFiles }, Look);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }
        else
        {
            for (var i = 0; i < _sources.Count; i++)
            {
                Look(i);
            }
        }

        var files = _sources.Select((s, i) => new ServerFile(s.File.DisplayPath, s.File.Container ?? string.Empty, s.Format, s.Host, s.HostOrigin, looks[i].Claims, looks[i].Role) { IsEvidence = InputFormats.Of(s.Format).IsServerEvidence }).ToList();
        var directory = ServerDirectory.Build(files, looks.SelectMany(l => l.Names));
        foreach (var source in _sources)
        {
            if (directory.AssignmentOf(source.File.DisplayPath) is { } assigned)
            {
                source.AssignHost(assigned.Host, assigned.Origin, assigned.Why);
            }
        }

        foreach (var (file, message) in directory.Conflicts)
        {
            Diagnostics.Report(new ParseDiagnostic(new SourceLocation(file, 0, 0, 0), Severity.Warning, DiagnosticDisposition.Noted, message));
        }

        return _servers = directory;
    }

    private static string FoldArchive(string? container) =>
        (container ?? string.Empty).Replace(Model.SourceLocation.ArchiveSeparator, "/", StringComparison.Ordinal);

    public DiagnoseOptions Options { get; }

    public DiagnosticCollector Diagnostics { get; }

    /// <summary>True when at least one input has a reader; otherwise there is nothing to analyse.</summary>
    public bool HasReadableInput => _sources.Count > 0;

    public static TimelineSession Open(DiagnoseOptions options) => new(options);

    public IReadOnlyList<InputSummary> Inputs =>
        _sources.Select(s => s.Summary()).Concat(_skipped).OrderBy(s => s.File, StringComparer.Ordinal).ToList();

    private IReadOnlyList<ClockSkew>? _skews;
    private bool _offsetsInferred;
    private readonly List<TimeAssumption> _inferred = [];

    /// <summary>Offsets inferred for local-time exports, with their grounds (empty until events are read).</summary>
    public IReadOnlyList<TimeAssumption> InferredOffsets => _inferred;


    /// <summary>
    /// For each local-time export no --tz rule names, infers its offset from the same events in UTC elsewhere in the
    /// bundle (see <see cref="LocalOffsetInference"/>). A look ahead: nothing is counted or reported twice.
    /// </summary>
    private void InferLocalOffsets()
    {
        if (_offsetsInferred)
        {
            return;
        }

        _offsetsInferred = true;
        EnsureServers();
        var locals = _sources.Where(s => InputFormats.Of(s.Format).Clock == FormatClock.LocalWithoutZone && !s.HasZone).ToList();
        var references = _sources.Where(s => InputFormats.Of(s.Format).Clock == FormatClock.Utc).ToList();
        if (locals.Count == 0 || references.Count == 0)
        {
            return;
        }

        var utcEvents = references.SelectMany(r => r.Observe()).Where(e => e.Payload is EventLogRecord or OwaImEntry { Message: "endpoint-manager-initialized" }).ToList();
        foreach (var local in locals)
        {
            var inference = new LocalOffsetInference();
            foreach (var e in local.Observe())
            {
                inference.ObserveLocal(e);
            }

            foreach (var e in utcEvents)
            {
                inference.ObserveUtc(e);
            }

            if (inference.Infer() is { } found && TimeZoneSpec.TryParse(Offset(found.Offset), out var zone, out _))
            {
                local.InferredZone = zone;
                _inferred.Add(new TimeAssumption(local.File.DisplayPath, TimeQuality.OffsetApplied,
                    $"UTC{Offset(found.Offset)} inferred: {found.Pairs} of its {found.Candidates} events match the same events with UTC times in {string.Join(", ", references.Select(r => r.File.DisplayPath))}"));
            }
        }
    }

    private static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Clock skews of the hosts against the reference host, from a bounded look ahead over the SIPStack inputs
    /// (empty when fewer than two hosts share SIP messages); measured whether or not they are applied.
    /// </summary>
    public IReadOnlyList<ClockSkew> MeasuredSkews => _skews ??= EstimateSkews();

    /// <summary>The skews applied to the timeline: <see cref="MeasuredSkews"/>, or none with --no-skew-correction.</summary>
    public IReadOnlyList<ClockSkew> Skews => Options.SkewCorrection ? MeasuredSkews : [];

    private List<ClockSkew> EstimateSkews()
    {
        // Each trace gives its own first messages, read side by side, then fed in input order (the estimate keeps the
        // first sighting each way, so the order fixes the result). A budget shared by all in turn let the first big
        // file use it up, leaving the hosts of the next files, the other ends of the pairs, out of the sample.
        EnsureServers();
        var traces = _sources.Where(s => s.Format == InputFormat.SipStack).ToList();
        var samples = new List<ClockSkewEstimator.Message>[traces.Count];
        void Sample(int i)
        {
            // Observe places each event in its zone already (not yet corrected for skew, which is what is measured).
            var sample = samples[i] = [];
            foreach (var e in traces[i].Observe())
            {
                if (ClockSkewEstimator.Of(e) is { } message)
                {
                    sample.Add(message);
                    if (sample.Count >= Options.SkewSampleMessages)
                    {
                        break;
                    }
                }
            }
        }

        if (Options.ParallelFiles > 1 && traces.Count > 1)
        {
            try
            {
                Parallel.For(0, traces.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.ParallelFiles }, Sample);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // A failure reads as it would on one thread: the first one, not a wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }
        else
        {
            for (var i = 0; i < traces.Count; i++)
            {
                Sample(i);
            }
        }

        var servers = _servers ?? ServerDirectory.Empty;
        var estimator = new ClockSkewEstimator(servers.PeerHostOf);
        foreach (var message in samples.SelectMany(s => s))
        {
            estimator.Observe(message);
        }

        var skews = estimator.Estimate().ToList();
        _servers = servers.WithNames(estimator.LearnedAddresses.Select(a => (a.Address, a.Host, "the address its SIP messages were sent from or to, as the other end logged it", a.Where)));
        return skews;
    }

    /// <summary>
    /// The raw text of an event or diagnostic, re-read from its input through its location (at most
    /// <paramref name="maxLines"/> lines): null when the file is not one of this session's readable inputs, or is
    /// binary (EVTX). Views keep a <see cref="Correlation.TimelineIndex"/> and call this for what is on screen.
    /// </summary>
    public string? ReadRaw(SourceLocation location, int maxLines = 200) =>
        SourcesByPath.TryGetValue(location.File, out var source)
            ? source.ReadRaw(location, maxLines)
            : null;

    private Dictionary<string, FileSource>? _sourcesByPath;

    /// <summary>
    /// The events of the SIPStack record at <paramref name="location"/>, parsed again from its text and placed on the
    /// timeline as in the main read; empty for other formats or files (see <see cref="FileSource.Reread"/>).
    /// </summary>
    public IReadOnlyList<TimelineEvent> Reread(SourceLocation location) =>
        SourcesByPath.TryGetValue(location.File, out var source) ? source.Reread(location) : [];

    /// <summary>The bytes of the inputs that have a reader: the whole a progress indicator measures against.</summary>
    public long ReadableBytes => _sources.Sum(s => s.File.Length);

    /// <summary>Whether the file's records can be shown as text (<see cref="ReadRaw"/>); EVTX records cannot.</summary>
    public bool HasRawText(string file) => SourcesByPath.TryGetValue(file, out var source) && source.HasRawText;

    private Dictionary<string, FileSource> SourcesByPath =>
        LazyInitializer.EnsureInitialized(ref _sourcesByPath, () => _sources.ToDictionary(s => s.File.DisplayPath, StringComparer.Ordinal));

    /// <summary>
    /// Every event once more, in no particular order, neither counted nor reported: a first pass that collects keys
    /// (a user's Call-IDs, a call's correlation ids) before <see cref="Events"/>, leaving the inventory and the
    /// diagnostics those of the main read.
    /// </summary>
    public IEnumerable<TimelineEvent> LookAhead()
    {
        EnsureServers();
        return _sources.SelectMany(s => s.Observe());
    }

    /// <summary>
    /// All events of all readable inputs, oldest first; ties keep input order, then file order. Each file passes a
    /// bounded reorder window first, so out-of-order stretches inside a file are repaired as well.
    /// </summary>
    public IEnumerable<TimelineEvent> Events() => Merged(s => s.Events());

    /// <summary>
    /// The events of <see cref="Events"/> once more, in the same order and with the same times, neither counted nor
    /// reported: for a view that reads the timeline again through a filter after the main read. Not while another
    /// read of this session runs.
    /// </summary>
    public IEnumerable<TimelineEvent> Replay() => Merged(s => s.Replay());

    private IEnumerable<TimelineEvent> Merged(Func<FileSource, IEnumerable<TimelineEvent>> read)
    {
        EnsureServers();
        InferLocalOffsets();
        var offsets = Skews.ToDictionary(s => s.Host, s => s.Offset, StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            source.SkewOffsets = offsets;
        }

        // Each file reads on a thread of its own, up to a limit: past it, threads would cost more than they give.
        return TimeMerge.Merge(_sources.Select(s => ReorderWindow.Sort(read(s), Options.ReorderWindow))
            .Select((stream, i) => i < Options.ParallelFiles ? new ReadAhead<TimelineEvent>(stream) : stream)
            .ToList());
    }

    private SniffResult? Sniff(InputFile file)
    {
        try
        {
            return FormatSniffer.Sniff(TextInput.ReadHead(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Skip(file.DisplayPath, InputFormat.Unknown, null, file.Length, $"cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// The host each manifest names, by the folder it stands in, and the server-side write times of the files it lists
    /// (a copied file's own time is the time of the copy). A bad manifest is left to its reader to report.
    /// </summary>
    private void ReadManifests(IEnumerable<InputFile> manifests)
    {
        foreach (var file in manifests)
        {
            Model.BundleManifest manifest;
            try
            {
                using var stream = file.Open();
                manifest = Parsing.Config.ManifestReader.Parse(Parsing.Config.JsonText.ReadAll(stream));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or System.Text.Json.JsonException)
            {
                continue;
            }

            var container = file.Container ?? string.Empty;
            if (manifest.Host is { Length: > 0 } host)
            {
                _manifestHosts.Add((container, host));
            }

            foreach (var item in manifest.Items.Where(i => i.LastWriteTime is not null))
            {
                _manifestTimes[Join(container, item.Path)] = item.LastWriteTime!.Value;
            }
        }

        // The deepest folder first, so that a server's own manifest wins over one higher up.
        _manifestHosts.Sort((a, b) => b.Container.Length.CompareTo(a.Container.Length));
    }

    private static string Join(string container, string path)
    {
        var relative = path.Replace('\\', '/').TrimStart('/');
        return container.Length == 0 ? relative
            : container.Contains(Model.SourceLocation.ArchiveSeparator, StringComparison.Ordinal) || !container.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? container + "/" + relative
                : Model.SourceLocation.InArchive(container, relative);
    }

    private void Prepare(InputFile file, SniffResult sniff)
    {
        var reader = InputFormats.Of(sniff.Format).Read;
        if (sniff.Format == InputFormat.EvtxDisplayInformation)
        {
            Skip(file.DisplayPath, sniff.Format, null, file.Length,
                _displayInformationFor.GetValueOrDefault(file.DisplayPath) ?? "display information (MTA) without its .evtx beside it (expected in the folder above LocaleMetaData)");
            return;
        }

        if (reader is null)
        {
            var reason = sniff.Format switch
            {
                InputFormat.Unknown or InputFormat.Binary or InputFormat.Empty => $"{InputFormats.Of(sniff.Format).Description}: {sniff.Reason}",
                _ => $"recognised as {InputFormats.Of(sniff.Format).Description} ({sniff.Reason}); no reader for this format yet",
            };
            Skip(file.DisplayPath, sniff.Format, EncodingDetector.Describe(sniff.Encoding), file.Length, reason);
            return;
        }

        var (host, origin) = HostFor(file);
        var zone = TimeZoneRule.For(Options.TimeZones, file.DisplayPath);
        var listedTime = _manifestTimes.TryGetValue(file.DisplayPath, out var written) ? written : (DateTimeOffset?)null;
        _sources.Add(new FileSource(file, sniff, reader, zone, host, origin, Options, Diagnostics, listedTime, _messages.GetValueOrDefault(file.DisplayPath)));
    }

    private (string? Host, HostOrigin Origin) HostFor(InputFile file)
    {
        HostRule? match = null;
        foreach (var rule in Options.Hosts)
        {
            if (rule.Path.Matches(file.DisplayPath))
            {
                match = rule;
            }
        }

        // The user's --host is the last word: it corrects a manifest as it corrects a folder name.
        if (match is not null)
        {
            return (match.Host, HostOrigin.Option);
        }

        var container = file.Container ?? string.Empty;
        foreach (var (folder, host) in _manifestHosts)
        {
            if (folder.Length == 0 || container == folder || container.StartsWith(folder + "/", StringComparison.Ordinal)
                || container.StartsWith(folder + Model.SourceLocation.ArchiveSeparator, StringComparison.Ordinal))
            {
                return (host, HostOrigin.Manifest);
            }
        }

        return string.IsNullOrEmpty(file.FolderName) ? (null, HostOrigin.None) : (file.FolderName, HostOrigin.FolderName);
    }

    private void Skip(string path, InputFormat format, string? encoding, long bytes, string reason)
    {
        _skipped.Add(new InputSummary { File = path, Format = format, Encoding = encoding, Bytes = bytes, SkippedReason = reason });
        Diagnostics.Report(new ParseDiagnostic(new SourceLocation(path, 0, 0, 0), Severity.Info, DiagnosticDisposition.InputSkipped, reason));
    }

    public void Dispose() => _inputs.Dispose();
}
