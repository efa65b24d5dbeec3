using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// One readable input on its way to the timeline: reads it with the right reader, applies its time zone, guards
/// against read failures, and keeps the counts its inventory line shows.
/// </summary>
internal sealed class FileSource(InputFile file, SniffResult sniff, FormatDescriptor.Reader reader, TimeZoneSpec? zone, string? host, HostOrigin hostOrigin, DiagnoseOptions options, DateTimeOffset? listedTime = null, IReadOnlyDictionary<long, string>? messages = null)
{
    /// <summary>How a read treats what it sees: counted and reported (the main read), or quietly.</summary>
    private enum ReadMode
    {
        /// <summary>The main read: events counted, diagnostics reported, times skew-corrected.</summary>
        Counted,

        /// <summary>A look ahead before the skew is known (measuring it): quiet, times not skew-corrected.</summary>
        Observed,

        /// <summary>The main read's events again, as placed: quiet, times skew-corrected.</summary>
        Replayed,
    }

    private string? _host = host;
    private HostOrigin _hostOrigin = hostOrigin;
    private string? _hostWhy;

    /// <summary>The host the file's events fall back to when their content names none.</summary>
    public string? Host => _host;

    public HostOrigin HostOrigin => _hostOrigin;

    /// <summary>Ties the file to the server the bundle's content says it belongs to (while the inventory is taken, before any read).</summary>
    public void AssignHost(string? assigned, HostOrigin origin, string? why)
    {
        _host = assigned;
        _hostOrigin = origin;
        _hostWhy = why;
    }

    public bool HasZone => zone is not null;

    public InputFile File => file;

    public InputFormat Format => sniff.Format;

    /// <summary>
    /// The events again, for a look ahead (clock skew): nothing is counted or reported, so the inventory and the
    /// diagnostics stay those of the main read; times are not skew-corrected (the skew is what is being measured).
    /// </summary>
    public IEnumerable<TimelineEvent> Observe(Placement placement) => Read(ReadMode.Observed, placement, null);

    /// <summary>The events again exactly as the main read placed them, neither counted nor reported (a view's re-read).</summary>
    public IEnumerable<TimelineEvent> Replay(Placement placement) => Read(ReadMode.Replayed, placement, null);

    /// <summary>The main read: every event counted and every diagnostic reported, into the read's own counts.</summary>
    public IEnumerable<TimelineEvent> Events(Placement placement, FileReadCounts counts) => Read(ReadMode.Counted, placement, counts);

    /// <summary>A fresh count for a counted read of this file, reporting on to <paramref name="sink"/>.</summary>
    public FileReadCounts NewCounts(IDiagnosticSink sink) => new(_host, sink);

    private IEnumerable<TimelineEvent> Read(ReadMode mode, Placement placement, FileReadCounts? counts)
    {
        // A read's state is its own (the counts it was handed, the placement): reads of one file may overlap, as a
        // view's replay beside a report's look ahead.
        IDiagnosticSink reports = counts is null ? DiscardingSink.Instance : counts;
        var format = InputFormats.Of(sniff.Format);
        if (format.MaxBytes is { } cap && file.Length > cap)
        {
            counts?.Report(new ParseDiagnostic(new SourceLocation(file.DisplayPath, 0, 0, 0), Severity.Warning, DiagnosticDisposition.InputSkipped,
                $"a {format.Description} of {file.Length / (1024 * 1024)} MB; at most {cap / (1024 * 1024)} MB of one is read (no real one comes near), so it is not read"));
            yield break;
        }

        var correctSkew = mode != ReadMode.Observed;
        var context = new ReadContext(file.DisplayPath, _host, CultureRule.For(options.Cultures, file.DisplayPath), reports, sniff.BomLength)
        {
            // The manifest's server-side write time beats the time the copy was made.
            FileTime = listedTime ?? file.LastWrite,
            FileTimeIsLocal = listedTime is null && file.LastWriteIsLocal,
            Messages = messages,
            KeepsHops = mode == ReadMode.Observed,
        };
        IEnumerator<TimelineEvent>? enumerator = null;
        Stream? raw = null;
        try
        {
            var text = TextInput.OpenUtf8(file, sniff, out raw);
            if (format.HasRawText)
            {
                text = new TrailingNulStream(text, (offset, length) => counts?.Report(new ParseDiagnostic(
                    new SourceLocation(file.DisplayPath, 0, 0, offset), Severity.Warning, DiagnosticDisposition.Skipped,
                    $"{length} NUL byte(s) at the end of the file from byte {offset} (what Windows leaves of a log being written when it crashed): not read")));
            }

            enumerator = reader(text, context).GetEnumerator();
        }
        catch (Exception e) when (e is not InvalidInputException and not OutOfMemoryException)
        {
            // Readers of small snapshots read eagerly, so their failures surface here rather than in MoveNext.
            ReportStop(counts, e);
            yield break;
        }

        using (enumerator)
        {
            while (true)
            {
                TimelineEvent e;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        if (counts is not null)
                        {
                            NoteChangedWhileRead(counts, raw);
                        }

                        break;
                    }

                    e = Place(enumerator.Current, placement, correctSkew);
                }
                catch (Exception ex) when (ex is not InvalidInputException and not OutOfMemoryException)
                {
                    ReportStop(counts, ex);
                    yield break;
                }

                if (counts is not null && !PlausibleTime.Contains(e.Timestamp))
                {
                    counts.Report(new ParseDiagnostic(e.Location, Severity.Warning, DiagnosticDisposition.Noted,
                        $"the time {e.Timestamp.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z is outside {PlausibleTime.Earliest.Year}-{PlausibleTime.Latest.Year - 1}: kept on the timeline, not used to bound the logs' span"));
                }

                counts?.Count(e);
                yield return e;
            }
        }
    }

    /// <summary>
    /// The events of one SIPStack record again, parsed from its re-read text and placed on the timeline as in the
    /// main read (zone, skew): what a view needs to draw one dialog without reading the whole file. Empty for other
    /// formats, whose records do not stand alone (CSV headers, binary chunks), and when the file is gone.
    /// </summary>
    public IReadOnlyList<TimelineEvent> Reread(SourceLocation location, Placement placement)
    {
        if (!InputFormats.Of(sniff.Format).RecordsStandAlone || ReadRaw(location, MaxRecordLines) is not { } raw)
        {
            return [];
        }

        var context = new ReadContext(file.DisplayPath, _host, CultureRule.For(options.Cultures, file.DisplayPath), DiscardingSink.Instance);
        try
        {
            using var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw + "\n"));
            return reader(text, context).Select(e => Place(e, placement, correctSkew: true) with { Location = location }).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // It parsed once; if the file changed since, there is simply nothing to draw.
            return [];
        }
    }

    private const int MaxRecordLines = 10_000;

    /// <summary>An event as read, placed on the timeline: its zone applied, then (unless measuring it) the host's skew.</summary>
    private TimelineEvent Place(TimelineEvent e, Placement placement, bool correctSkew)
    {
        // --host is the user's last word: events that name their own machine go under the name it gives too.
        if (_hostOrigin == HostOrigin.Option && _host is not null && e.Host is not null && !ReferenceEquals(e.Host, _host) && !string.Equals(e.Host, _host, StringComparison.OrdinalIgnoreCase))
        {
            e = e with { Host = _host };
        }

        e = TimeNormaliser.Apply(e, zone ?? placement.InferredZoneOf(file.DisplayPath));
        return correctSkew && placement.SkewOffsets.Count > 0 ? SkewCorrection.Apply(e, placement.SkewOffsets) : e;
    }

    /// <summary>Whether records can be shown as text (<see cref="ReadRaw"/>): EVTX records are binary.</summary>
    public bool HasRawText => InputFormats.Of(sniff.Format).HasRawText;

    /// <summary>
    /// The text at <paramref name="location"/>, re-read from the file (at most <paramref name="maxLines"/> lines), or
    /// null for binary inputs (EVTX), whose records have no lines to show.
    /// </summary>
    public string? ReadRaw(SourceLocation location, int maxLines)
    {
        if (!HasRawText)
        {
            return null;
        }

        try
        {
            return ReadLines(location, maxLines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The file changed or went away since it was read: nothing to show, and nothing to crash over.
            return null;
        }
    }

    private string? ReadLines(SourceLocation location, int maxLines)
    {
        using var stream = TextInput.OpenUtf8(file, sniff);
        var skip = location.ByteOffset - sniff.BomLength;
        if (stream.CanSeek)
        {
            stream.Position = Math.Max(location.ByteOffset, sniff.BomLength);
        }
        else
        {
            // Archive entries and transcoded UTF-16 only read forward: skip to the offset.
            var buffer = new byte[64 * 1024];
            while (skip > 0)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, skip));
                if (read == 0)
                {
                    return null;
                }

                skip -= read;
            }
        }

        using var text = new StreamReader(stream, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

        // Snapshot readers (web.config, cmdlet output) give lines but no byte offsets: a record past line 1 at
        // offset 0 is found by counting lines instead.
        for (var n = location.ByteOffset <= sniff.BomLength ? location.FirstLine - 1 : 0; n > 0; n--)
        {
            if (text.ReadLine() is null)
            {
                return null;
            }
        }

        var lines = new List<string>();
        var wanted = Math.Min(location.LastLine - location.FirstLine + 1, maxLines);
        while (lines.Count < wanted && text.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    /// <summary>The file's inventory line, with the counts of a counted read (none before one).</summary>
    public InputSummary Summary(FileReadCounts? counts)
    {
        var machines = counts?.Machines ?? [];
        var fromContent = machines.Count > 0 && !(machines.Count == 1 && string.Equals(machines[0], _host, StringComparison.OrdinalIgnoreCase) && _hostOrigin != HostOrigin.Content);
        return new InputSummary
        {
            File = file.DisplayPath,
            Format = sniff.Format,
            Detection = sniff.Reason,
            Encoding = EncodingDetector.Describe(sniff.Encoding),
            Bytes = file.Length,
            Lines = counts?.LastLine ?? 0,
            Host = fromContent ? string.Join(", ", machines) : _host,
            HostOrigin = fromContent ? HostOrigin.Content : _hostOrigin,
            HostWhy = fromContent ? null : _hostWhy,
            Events = counts?.Tally.Count ?? 0,
            Diagnostics = counts?.Diagnostics ?? 0,
            First = counts?.Tally.First,
            Last = counts?.Tally.Last,
            TimeQuality = counts?.Tally.Quality,
            EventsByKind = counts?.Tally.ByKind ?? new Dictionary<string, long>(),
        };
    }

    /// <summary>
    /// A file that grew or shrank while it was read (a live log still written, a copy still running, a file cut
    /// short) is said so, with both sizes: the bytes past what was read are then accounted for by this note.
    /// </summary>
    private void NoteChangedWhileRead(FileReadCounts counts, Stream? raw)
    {
        long now;
        try
        {
            if (raw is not { CanSeek: true })
            {
                return;
            }

            now = raw.Length;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            return;
        }

        if (now != file.Length)
        {
            counts.Report(new ParseDiagnostic(new SourceLocation(file.DisplayPath, counts.LastLine, counts.LastLine, 0), Severity.Warning, DiagnosticDisposition.Noted,
                $"the file changed while it was read: {file.Length:N0} bytes when it was found, {now:N0} bytes when reading ended; what was read up to then is shown"));
        }
    }

    /// <summary>A read that failed part-way: reported by a counted read, silently ended by a quiet one.</summary>
    private void ReportStop(FileReadCounts? counts, Exception e)
    {
        if (counts is null)
        {
            return;
        }

        var line = counts.LastLine + 1;
        counts.Report(new ParseDiagnostic(new SourceLocation(file.DisplayPath, line, line, 0), Severity.Error, DiagnosticDisposition.Skipped,
            $"reading stopped after line {counts.LastLine}: {e.Message}"));
    }
}
