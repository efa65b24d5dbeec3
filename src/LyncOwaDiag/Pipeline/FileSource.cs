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

    /// <summary>A zone inferred from the bundle for a local-time export that no --tz rule names.</summary>
    public TimeZoneSpec? InferredZone { get; set; }

    public bool HasZone => zone is not null;

    /// <summary>Clock corrections by host, set once the skew is known; applied after the time zone.</summary>
    public IReadOnlyDictionary<string, TimeSpan>? SkewOffsets { get; set; }

    public InputFile File => file;

    public InputFormat Format => sniff.Format;

    /// <summary>
    /// The events again, for a look ahead (clock skew): nothing is counted or reported, so the inventory and the
    /// diagnostics stay those of the main read.
    /// </summary>
    public IEnumerable<TimelineEvent> Observe()
    {
        _observing = true;
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

    public IEnumerable<TimelineEvent> Events()
    {
        var context = new ReadContext(file.DisplayPath, host, CultureRule.For(options.Cultures, file.DisplayPath), this, sniff.BomLength)
        {
            // The manifest's server-side write time beats the time the copy was made.
            FileTime = listedTime ?? file.LastWrite,
            FileTimeIsLocal = listedTime is null && file.LastWriteIsLocal,
            Messages = messages,
        };
        IEnumerator<TimelineEvent>? enumerator = null;
        try
        {
            enumerator = reader(TextInput.OpenUtf8(file, sniff), context).GetEnumerator();
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
                        break;
                    }

                    e = TimeNormaliser.Apply(enumerator.Current, zone ?? InferredZone);
                    if (!_observing && SkewOffsets is { Count: > 0 } offsets)
                    {
                        e = SkewCorrection.Apply(e, offsets);
                    }
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
        var fromContent = machines.Count > 0 && !(machines.Count == 1 && string.Equals(machines[0], host, StringComparison.OrdinalIgnoreCase) && hostOrigin != HostOrigin.Content);
        return new InputSummary
        {
            File = file.DisplayPath,
            Format = sniff.Format,
            Detection = sniff.Reason,
            Encoding = EncodingDetector.Describe(sniff.Encoding),
            Bytes = file.Length,
            Lines = _lastLine,
            Host = fromContent ? string.Join(", ", machines) : host,
            HostOrigin = fromContent ? HostOrigin.Content : hostOrigin,
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
        if (e.Host is not null && !ReferenceEquals(e.Host, host) && _machines.Count < 64)
        {
            _machines[e.Host] = _machines.GetValueOrDefault(e.Host) + 1;
        }

    }

    private void ReportStop(Exception e)
    {
        var line = _lastLine + 1;
        Report(new ParseDiagnostic(new SourceLocation(file.DisplayPath, line, line, 0), Severity.Error, DiagnosticDisposition.Skipped,
            $"reading stopped after line {_lastLine}: {e.Message}"));
    }
}
