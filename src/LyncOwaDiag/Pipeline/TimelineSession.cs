using LyncOwaDiag.Correlation;
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
        foreach (var skipped in _inputs.Skipped)
        {
            Skip(skipped.Path, InputFormat.Unknown, null, 0, skipped.Reason);
        }

        foreach (var file in _inputs.Files)
        {
            Prepare(file);
        }
    }

    public DiagnoseOptions Options { get; }

    public DiagnosticCollector Diagnostics { get; }

    /// <summary>True when at least one input has a reader; otherwise there is nothing to analyse.</summary>
    public bool HasReadableInput => _sources.Count > 0;

    public static TimelineSession Open(DiagnoseOptions options) => new(options);

    public IReadOnlyList<InputSummary> Inputs =>
        _sources.Select(s => s.Summary()).Concat(_skipped).OrderBy(s => s.File, StringComparer.Ordinal).ToList();

    /// <summary>
    /// All events of all readable inputs, oldest first; ties keep input order, then file order. Each file passes a
    /// bounded reorder window first, so out-of-order stretches inside a file are repaired as well.
    /// </summary>
    public IEnumerable<TimelineEvent> Events() =>
        TimeMerge.Merge(_sources.Select(s => ReorderWindow.Sort(s.Events(), Options.ReorderWindow)).ToList());

    private void Prepare(InputFile file)
    {
        SniffResult sniff;
        try
        {
            sniff = FormatSniffer.Sniff(TextInput.ReadHead(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Skip(file.DisplayPath, InputFormat.Unknown, null, file.Length, $"cannot be read: {e.Message}");
            return;
        }

        var reader = ReaderCatalog.For(sniff.Format);
        if (reader is null)
        {
            var reason = sniff.Format switch
            {
                InputFormat.Unknown or InputFormat.Binary or InputFormat.Empty => $"{ReaderCatalog.Describe(sniff.Format)}: {sniff.Reason}",
                _ => $"recognised as {ReaderCatalog.Describe(sniff.Format)} ({sniff.Reason}); no reader for this format yet",
            };
            Skip(file.DisplayPath, sniff.Format, EncodingDetector.Describe(sniff.Encoding), file.Length, reason);
            return;
        }

        var (host, origin) = HostFor(file);
        var zone = TimeZoneRule.For(Options.TimeZones, file.DisplayPath);
        _sources.Add(new FileSource(file, sniff, reader, zone, host, origin, Options, Diagnostics));
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

        if (match is not null)
        {
            return (match.Host, HostOrigin.Option);
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
