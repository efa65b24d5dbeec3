using LyncOwaDiag.Correlation.Servers;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// What a bundle holds, taken once before anything is read in full: every input with its format (or why it is
/// skipped), the manifests' facts (hosts, server-side write times), each EVTX's display information, and the servers
/// with the file each belongs to. Immutable once taken: calibrations and reads are built on it, never change it.
/// </summary>
internal sealed class BundleInventory : IDisposable
{
    private readonly InputSet _inputs;
    private readonly List<FileSource> _sources = [];
    private readonly List<InputSummary> _skipped = [];
    private readonly List<ParseDiagnostic> _diagnostics = [];
    private readonly List<(string Container, string Host)> _manifestHosts = [];
    private readonly Dictionary<string, DateTimeOffset> _manifestTimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<long, string>> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayInformationFor = new(StringComparer.Ordinal);

    public BundleInventory(DiagnoseOptions options)
    {
        Options = options;
        _inputs = InputDiscovery.Discover(options.Paths, options.ArchiveLimits);
        FileOrder = _inputs.Skipped.Select(s => s.Path).Concat(_inputs.Files.Select(f => f.DisplayPath)).ToList();
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

        Servers = TieFilesToServers();
        SourcesByPath = _sources.ToDictionary(s => s.File.DisplayPath, StringComparer.Ordinal);
    }

    public DiagnoseOptions Options { get; }

    /// <summary>The readable inputs, in input order.</summary>
    public IReadOnlyList<FileSource> Sources => _sources;

    public IReadOnlyDictionary<string, FileSource> SourcesByPath { get; }

    /// <summary>The inputs skipped, with why.</summary>
    public IReadOnlyList<InputSummary> Skipped => _skipped;

    /// <summary>What taking the inventory found to say (skipped files, conflicting host facts): every read reports them first.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Every input path in discovery order, which a read's diagnostics follow.</summary>
    public IReadOnlyList<string> FileOrder { get; }

    /// <summary>
    /// The servers of the bundle and the server each file belongs to, from a short look at every file's first events
    /// (see <see cref="ServerDirectory"/>); applied to the files' hosts.
    /// </summary>
    public ServerDirectory Servers { get; }

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

    private ServerDirectory TieFilesToServers()
    {
        var looks = new ServerLook[_sources.Count];
        void Look(int i) => looks[i] = ServerLook.Of(_sources[i].Observe(Placement.None), _sources[i].Format, Options.ServerLookEvents);
        PerFile.For(_sources.Count, Options.ParallelFiles, Look);

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
            _diagnostics.Add(new ParseDiagnostic(new SourceLocation(file, 0, 0, 0), Severity.Warning, DiagnosticDisposition.Noted, message));
        }

        return directory;
    }

    private static string FoldArchive(string? container) =>
        (container ?? string.Empty).Replace(Model.SourceLocation.ArchiveSeparator, "/", StringComparison.Ordinal);

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
            if (manifest.Host is { Length: > 0 } host && ServerEvidence.IsHostName(host))
            {
                _manifestHosts.Add((container, host));
            }
            else if (manifest.Host is { Length: > 0 } bad)
            {
                _diagnostics.Add(new ParseDiagnostic(new SourceLocation(file.DisplayPath, 1, 1, 0), Severity.Warning, DiagnosticDisposition.Noted,
                    $"the manifest's host '{bad}' is no host name; its files are tied to servers by their content instead"));
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
        _sources.Add(new FileSource(file, sniff, reader, zone, host, origin, Options, listedTime, _messages.GetValueOrDefault(file.DisplayPath)));
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
        _diagnostics.Add(new ParseDiagnostic(new SourceLocation(path, 0, 0, 0), Severity.Info, DiagnosticDisposition.InputSkipped, reason));
    }

    public void Dispose() => _inputs.Dispose();
}
