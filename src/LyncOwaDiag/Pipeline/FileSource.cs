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

    /// <summary>What the file's first bytes said: format and encoding.</summary>
    public SniffResult Sniff => sniff;

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

    /// <summary>
    /// The events of text appended to the file since it was read (--follow), placed as the main read places them.
    /// <paramref name="text"/> is the file's header lines (a log's #Fields, a CSV's header; none for SIPStack) and then
    /// the appended bytes, which begin at byte <paramref name="appendedAt"/> and line <paramref name="firstLine"/> of
    /// the file; locations and diagnostics point into the file, and the header's own events are left out.
    /// </summary>
    public IReadOnlyList<TimelineEvent> ReadAppended(byte[] text, int headerBytes, int headerLines, long appendedAt, long firstLine, Placement placement, IDiagnosticSink sink)
    {
        var shift = firstLine - 1 - headerLines;
        var shifted = new ShiftingSink(sink, shift, headerLines);
        var context = new ReadContext(file.DisplayPath, _host, CultureRule.For(options.Cultures, file.DisplayPath), shifted, appendedAt - headerBytes)
        {
            FileTime = listedTime ?? file.LastWrite,
            FileTimeIsLocal = listedTime is null && file.LastWriteIsLocal,
        };
        var events = new List<TimelineEvent>();
        try
        {
            using var stream = new MemoryStream(text, writable: false);
            foreach (var e in reader(stream, context))
            {
                if (e.Location.FirstLine > headerLines)
                {
                    var at = e.Location;
                    events.Add(Place(e, placement, correctSkew: true) with { Location = at with { FirstLine = at.FirstLine + shift, LastLine = at.LastLine + shift } });
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            sink.Report(new ParseDiagnostic(new SourceLocation(file.DisplayPath, firstLine, firstLine, appendedAt), Severity.Warning, DiagnosticDisposition.Skipped,
                $"the text appended from line {firstLine} could not be read: {e.Message}"));
        }

        return events;
    }

    /// <summary>
    /// The events of the SIPStack records within <paramref name="radius"/> bytes either side of <paramref name="location"/>,
    /// parsed from the re-read text and placed as the main read placed them: what a report needs to draw the dialog
    /// of an evidence record in a file of gigabytes without reading it all again. Empty for formats whose records do
    /// not stand alone.
    /// </summary>
    public IReadOnlyList<TimelineEvent> ReadAround(SourceLocation location, int radius, Placement placement)
    {
        if (!InputFormats.Of(sniff.Format).RecordsStandAlone)
        {
            return [];
        }

        try
        {
            using var stream = TextInput.OpenUtf8(file, sniff);
            var from = Math.Max(sniff.BomLength, location.ByteOffset - radius);
            if (stream.CanSeek)
            {
                stream.Position = from;
            }
            else
            {
                // Archive entries and transcoded UTF-16 only read forward (their offsets count from after the BOM).
                if (!SkipForward(stream, from - sniff.BomLength))
                {
                    return [];
                }
            }

            var buffer = new byte[(location.ByteOffset - from) + radius];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var atEnd = length < buffer.Length;
            var evidenceAt = (int)(location.ByteOffset - from);
            var start = from == sniff.BomLength ? 0 : RecordStartAfter(buffer, 0, evidenceAt);
            var end = atEnd ? length : RecordStartBefore(buffer, length, evidenceAt);
            if (start < 0 || end <= start)
            {
                return [];
            }

            var firstLine = location.FirstLine - buffer.AsSpan(start, evidenceAt - start).Count((byte)'\n');
            return ReadAppended(buffer[start..end], 0, 0, from + start, firstLine, placement, DiscardingSink.Instance);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A picture for a report, not the diagnosis: a file that changed or cannot be read again draws nothing.
            return [];
        }
    }

    /// <summary>Reads past <paramref name="count"/> bytes of a forward-only stream through a small buffer; false when it ends first (the file shrank).</summary>
    private static bool SkipForward(Stream stream, long count)
    {
        var buffer = new byte[64 * 1024];
        while (count > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                return false;
            }

            count -= read;
        }

        return true;
    }

    /// <summary>The first record start ("TL_" at a line's start) in [from, limit]; -1 when none.</summary>
    private static int RecordStartAfter(byte[] buffer, int from, int limit)
    {
        var at = buffer.AsSpan(from, Math.Min(buffer.Length - from, limit - from + 3)).IndexOf("\nTL_"u8);
        return at < 0 ? -1 : from + at + 1;
    }

    /// <summary>The last record start after <paramref name="after"/> within the first <paramref name="length"/> bytes: the record there may be cut by the window.</summary>
    private static int RecordStartBefore(byte[] buffer, int length, int after)
    {
        var at = buffer.AsSpan(after + 1, length - after - 1).LastIndexOf("\nTL_"u8);
        return at < 0 ? length : after + 1 + at + 1;
    }

    /// <summary>Diagnostics of an appended read, their lines moved to the file's; the header's own left out.</summary>
    private sealed class ShiftingSink(IDiagnosticSink inner, long shift, int headerLines) : IDiagnosticSink
    {
        public void Report(ParseDiagnostic diagnostic)
        {
            var at = diagnostic.Location;
            if (at.FirstLine > headerLines || at.FirstLine == 0)
            {
                inner.Report(diagnostic with { Location = at with { FirstLine = Math.Max(1, at.FirstLine + shift), LastLine = Math.Max(1, at.LastLine + shift) } });
            }
        }
    }

    /// <summary>A file that appeared beside this one (a log rolled over): read as this one is, with its host and zone.</summary>
    public FileSource Sibling(InputFile appeared, SniffResult appearedSniff) =>
        new(appeared, appearedSniff, InputFormats.Of(appearedSniff.Format).Read ?? reader, zone, _host, _hostOrigin, options);

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
            if (!SkipForward(stream, skip))
            {
                return null;
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
