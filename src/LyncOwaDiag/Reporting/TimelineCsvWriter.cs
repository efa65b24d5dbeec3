using System.Globalization;
using CsvHelper;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// RFC 4180 CSV of the timeline. Cells that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c> …) are escaped, since log text is untrusted.
/// </summary>
public sealed class TimelineCsvWriter : ITimelineWriter
{
    private static readonly string[] Header =
        ["time", "timeQuality", "severity", "source", "host", "kind", "summary", "callId", "file", "firstLine", "lastLine"];

    private readonly CsvWriter _csv;
    private readonly Func<string?, bool>? _hostIsGuess;

    /// <param name="hostIsGuess">Whether a host is known only by a folder's name: it is then marked as a guess.</param>
    public TimelineCsvWriter(TextWriter output, Func<string?, bool>? hostIsGuess = null)
    {
        _hostIsGuess = hostIsGuess;
        _csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        foreach (var column in Header)
        {
            _csv.WriteField(column);
        }

        _csv.EndRecord();
    }

    public void Write(TimelineEvent e)
    {
        _csv.WriteField(TimeQualityText.Format(e.Timestamp, e.TimeQuality));
        _csv.WriteField(TimeQualityText.Name(e.TimeQuality));
        _csv.WriteField(SeverityText.Name(e.Severity));
        _csv.WriteField(SeverityText.SourceName(e.Source));
        // Log text may carry terminal escape sequences; the CSV often lands on a terminal first, so they are made visible.
        _csv.WriteField(SafeText.ForTerminal(e.Host is null ? null : ServerText.HostShown(e.Host, _hostIsGuess)));
        _csv.WriteField(e.Kind);
        _csv.WriteField(SafeText.ForTerminal(e.Summary));
        _csv.WriteField(SafeText.ForTerminal(e.KeyValue(KeyKind.CallId)));
        _csv.WriteField(SafeText.ForTerminal(e.Location.File));
        _csv.WriteField(e.Location.FirstLine.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(e.Location.LastLine.ToString(CultureInfo.InvariantCulture));
        _csv.EndRecord();
    }

    public void Flush() => _csv.Flush();

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }
}
