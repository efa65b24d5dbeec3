using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// One readable input on its way to the timeline: reads it with the right reader, applies its time zone, guards
/// against read failures, and keeps the counts its inventory line shows.
/// </summary>
internal sealed class FileSource(InputFile file, SniffResult sniff, ReaderCatalog.Reader reader, TimeZoneSpec? zone, string? host, HostOrigin hostOrigin, DiagnoseOptions options, IDiagnosticSink sink, DateTimeOffset? listedTime = null, IReadOnlyDictionary<long, string>? messages = null) : IDiagnosticSink
{
    private readonly EventTally _tally = new();
    private readonly Dictionary<string, long> _machines = new(StringComparer.OrdinalIgnoreCase);
    private long _diagnostics;
    private long _lastLine;

    private bool _observing;
    private string? _host = host;
    private HostOrigin _hostOrigin = hostOrigin;
    private string? _hostWhy;

    /// <summary>The host the file's events fall back to when their content names none.</summary>
    public string? Host => _host;

    public HostOrigin HostOrigin => _hostOrigin;

    /// <summary>Ties the file to the server the bundle's content says it belongs to (before the main read).</summary>
    public void AssignHost(string? assigned, HostOrigin origin, string? why)
    {
        _host = assigned;
        _hostOrigin = origin;
        _hostWhy = why;
    }

    /// <summary>A zone inferred from the bundle for a local-time export that no --tz rule names.</summary>
    public TimeZoneSpec? InferredZone { get; set; }

    public bool HasZone => zone is not null;

    /// <summary>Clock corrections by host, set once the skew is known; applied after the time zone.</summary>
    public IReadOnlyDictionary<string, TimeSpan>? SkewOffsets { get; set; }

    public InputFile File => file;

    public InputFormat Format => sniff.Format;

    /// <summary>
    /// The events again, for a look ahead (clock skew): nothing is counted or reported, so the inventory and the
    /// diagnostics stay those of the main read; times are not skew-corrected (the skew is what is being measured).
    /// </summary>
    public IEnumerable<TimelineEvent> Observe() => Quietly(correctSkew: false);

    /// <summary>The events again exactly as the main read placed them, neither counted nor reported (a view's re-read).</summary>
    public IEnumerable<TimelineEvent> Replay() => Quietly(correctSkew: true);

    private IEnumerable<TimelineEvent> Quietly(bool correctSkew)
    {
        _observing = true;
        _correctSkewWhileObserving = correctSkew;
        try
        {
            foreach (var e in Events())
            {
                yield return e;
            }
        }
        finally
        {
            _observing = false;
        }
    }

    private bool _correctSkewWhileObserving;

    public IEnumerable<TimelineEvent> Events()
    {
        var context = new ReadContext(file.DisplayPath, _host, CultureRule.For(options.Cultures, file.DisplayPath), this, sniff.BomLength)
        {
            // The manifest's server-side write time beats the time the copy was made.
            FileTime = listedTime ?? file.LastWrite,
            FileTimeIsLocal = listedTime is null && file.LastWriteIsLocal,
            Messages = messages,
        };
        IEnumerator<TimelineEvent>? enumerator = null;
        Stream? raw = null;
        try
        {
            enumerator = reader(TextInput.OpenUtf8(file, sniff, out raw), context).GetEnumerator();
        }
        catch (Exception e) when (e is not InvalidInputException and not OutOfMemoryException)
        {
            // Readers of small snapshots read eagerly, so their failures surface here rather than in MoveNext.
            ReportStop(e);
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
                        NoteChangedWhileRead(raw);
                        break;
                    }

                    e = Place(enumerator.Current, correctSkew: !_observing || _correctSkewWhileObserving);
                }
                catch (Exception ex) when (ex is not InvalidInputException and not OutOfMemoryException)
                {
                    ReportStop(ex);
                    yield break;
                }

                if (!_observing)
                {
                    Count(e);
                }

                yield return e;
            }
        }
    }

    /// <summary>
    /// The events of one SIPStack record again, parsed from its re-read text and placed on the timeline as in the
    /// main read (zone, skew): what a view needs to draw one dialog without reading the whole file. Empty for other
    /// formats, whose records do not stand alone (CSV headers, binary chunks), and when the file is gone.
    /// </summary>
    public IReadOnlyList<TimelineEvent> Reread(SourceLocation location)
    {
        if (sniff.Format != InputFormat.SipStack || ReadRaw(location, MaxRecordLines) is not { } raw)
        {
            return [];
        }

        var context = new ReadContext(file.DisplayPath, _host, CultureRule.For(options.Cultures, file.DisplayPath), DiscardingSink.Instance);
        try
        {
            using var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw + "\n"));
            return reader(text, context).Select(e => Place(e, correctSkew: true) with { Location = location }).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // It parsed once; if the file changed since, there is simply nothing to draw.
            return [];
        }
    }

    private const int MaxRecordLines = 10_000;

    /// <summary>An event as read, placed on the timeline: its zone applied, then (unless measuring it) the host's skew.</summary>
    private TimelineEvent Place(TimelineEvent e, bool correctSkew)
    {
        e = TimeNormaliser.Apply(e, zone ?? InferredZone);
        return correctSkew && SkewOffsets is { Count: > 0 } offsets ? SkewCorrection.Apply(e, offsets) : e;
    }

    /// <summary>Whether records can be shown as text (<see cref="ReadRaw"/>): EVTX records are binary.</summary>
    public bool HasRawText => sniff.Format != InputFormat.Evtx;

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

    public void Report(ParseDiagnostic diagnostic)
    {
        if (_observing)
        {
            return;
        }

        _diagnostics++;
        _lastLine = Math.Max(_lastLine, diagnostic.Location.LastLine);
        sink.Report(diagnostic);
    }

    public InputSummary Summary()
    {
        var machines = _machines.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
        var fromContent = machines.Count > 0 && !(machines.Count == 1 && string.Equals(machines[0], _host, StringComparison.OrdinalIgnoreCase) && _hostOrigin != HostOrigin.Content);
        return new InputSummary
        {
            File = file.DisplayPath,
            Format = sniff.Format,
            Detection = sniff.Reason,
            Encoding = EncodingDetector.Describe(sniff.Encoding),
            Bytes = file.Length,
            Lines = _lastLine,
            Host = fromContent ? string.Join(", ", machines) : _host,
            HostOrigin = fromContent ? HostOrigin.Content : _hostOrigin,
            HostWhy = fromContent ? null : _hostWhy,
            Events = _tally.Count,
            Diagnostics = _diagnostics,
            First = _tally.First,
            Last = _tally.Last,
            TimeQuality = _tally.Quality,
            EventsByKind = _tally.ByKind,
        };
    }

    private void Count(TimelineEvent e)
    {
        _tally.Add(e);
        _lastLine = Math.Max(_lastLine, e.Location.LastLine);
        if (e.Host is not null && !ReferenceEquals(e.Host, _host) && _machines.Count < 64)
        {
            _machines[e.Host] = _machines.GetValueOrDefault(e.Host) + 1;
        }

    }

    /// <summary>
    /// A file that grew or shrank while it was read (a live log still written, a copy still running, a file cut
    /// short) is said so, with both sizes: the bytes past what was read are then accounted for by this note.
    /// </summary>
    private void NoteChangedWhileRead(Stream? raw)
    {
        long now;
        try
        {
            if (_observing || raw is not { CanSeek: true })
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
            Report(new ParseDiagnostic(new SourceLocation(file.DisplayPath, _lastLine, _lastLine, 0), Severity.Warning, DiagnosticDisposition.Noted,
                $"the file changed while it was read: {file.Length:N0} bytes when it was found, {now:N0} bytes when reading ended; what was read up to then is shown"));
        }
    }

    private void ReportStop(Exception e)
    {
        var line = _lastLine + 1;
        Report(new ParseDiagnostic(new SourceLocation(file.DisplayPath, line, line, 0), Severity.Error, DiagnosticDisposition.Skipped,
            $"reading stopped after line {_lastLine}: {e.Message}"));
    }
}
