using System.Globalization;
using System.Text;
using CsvHelper;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Config;

namespace LyncOwaDiag.Parsing.EventLog;

/// <summary>
/// Reads the comma or tab separated event exports: Event Viewer's "Save As CSV/Text" (localised header, message in an
/// unnamed sixth column, multi-line quoted messages, newest first), <c>Get-WinEvent | Export-Csv</c> and
/// <c>Get-EventLog | Export-Csv</c> (with or without <c>#TYPE</c>). Times are the exporting machine's wall clock:
/// <c>local-unknown-offset</c> until a <c>--tz</c> rule names the zone.
/// </summary>
internal static class EventCsvReader
{
    private enum Shape
    {
        EventViewer,
        GetWinEvent,
        GetEventLog,
    }

    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        var (bytes, delimiter) = Prepare(utf8Text);
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = delimiter,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = 16 * 1024 * 1024,
        };
        using var csv = CsvReader.Create(bytes, options);
        Shape? shape = null;
        EventExportLanguage? language = null;
        string[] names = [];
        var events = new List<TimelineEvent>();
        var rows = new List<(string[] Values, long Line, long LastLine, long Offset)>();
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var lastLine = line + CountLineBreaks(csv.RawRecord);
            var offset = context.StartOffset + csv.ByteOffset;
            var values = new string[csv.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = csv.GetString(i);
            }

            if (values.Length == 1 && values[0].StartsWith("#TYPE ", StringComparison.Ordinal))
            {
                context.Report(line, lastLine, offset, Severity.Verbose, DiagnosticDisposition.Skipped, $"line {line}: PowerShell type line ({values[0][6..]})");
                continue;
            }

            if (shape is null)
            {
                (shape, language, names) = Header(values, line, lastLine, offset, context);
                if (language is null && shape == Shape.EventViewer && !LooksLikeHeader(values))
                {
                    // No header at all: this first line is already an event.
                    names = [];
                }
                else
                {
                    continue;
                }
            }

            rows.Add((values, line, lastLine, offset));
        }

        if (shape is null)
        {
            return events;
        }

        var culture = context.Culture ?? CultureInfo.GetCultureInfo(language?.Culture ?? "en-US");
        var orderGuessed = context.Culture is null;
        if (context.Culture is null)
        {
            // Without --culture, the dates themselves may settle day and month order (a day of 19 is never a month).
            var order = new DateOrderEvidence();
            foreach (var (values, line, _, _) in rows)
            {
                order.Observe(TimeText(values, names, shape.Value), line);
            }

            culture = order.Settle(culture);
            orderGuessed = order.DayFirst is null;
            if (order.Grounds is { } grounds && rows.Count > 0)
            {
                var first = rows[0];
                context.Report(first.Line, first.LastLine, first.Offset, order.DayFirst is null ? Severity.Warning : Severity.Info, DiagnosticDisposition.Noted, grounds);
            }
        }

        foreach (var (values, line, lastLine, offset) in rows)
        {
            var made = shape switch
            {
                Shape.GetWinEvent => PowerShellRow(values, names, culture, orderGuessed, winEvent: true),
                Shape.GetEventLog => PowerShellRow(values, names, culture, orderGuessed, winEvent: false),
                _ => EventViewerRow(values, language, culture),
            };
            if (made is null)
            {
                context.Report(line, lastLine, offset, Severity.Warning, DiagnosticDisposition.Skipped,
                    $"line {line}: not an event row of this export (no readable time or event id); skipped");
                continue;
            }

            var (record, time) = made.Value;
            events.Add(EventLogEvents.Create(record, new DateTimeOffset(time, TimeSpan.Zero), TimeQuality.LocalUnknownOffset, context.FileHost,
                new SourceLocation(context.File, line, lastLine, offset)));
        }

        return events;
    }

    /// <summary>The time column's text of a row, by the export's shape.</summary>
    private static string TimeText(string[] values, string[] names, Shape shape)
    {
        var column = shape switch
        {
            Shape.GetWinEvent => Array.FindIndex(names, n => string.Equals(n, "TimeCreated", StringComparison.OrdinalIgnoreCase)),
            Shape.GetEventLog => Array.FindIndex(names, n => string.Equals(n, "TimeGenerated", StringComparison.OrdinalIgnoreCase)),
            _ => 1,
        };
        return column >= 0 && column < values.Length ? values[column] : string.Empty;
    }

    private static (Shape, EventExportLanguage?, string[]) Header(string[] values, long line, long lastLine, long offset, ReadContext context)
    {
        var names = values.Select(v => v.Trim()).ToArray();
        bool Has(string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (Has("Id") && Has("ProviderName") && Has("TimeCreated"))
        {
            context.Report(line, lastLine, offset, Severity.Verbose, DiagnosticDisposition.Skipped, $"line {line}: Get-WinEvent | Export-Csv header");
            return (Shape.GetWinEvent, null, names);
        }

        if (Has("EventID") && Has("Source") && Has("TimeGenerated"))
        {
            context.Report(line, lastLine, offset, Severity.Verbose, DiagnosticDisposition.Skipped, $"line {line}: Get-EventLog | Export-Csv header");
            return (Shape.GetEventLog, null, names);
        }

        var language = EventExportLanguage.Of(string.Join(',', names));
        if (language is not null)
        {
            context.Report(line, lastLine, offset, Severity.Verbose, DiagnosticDisposition.Skipped,
                $"line {line}: Event Viewer export header ({language.Code}{(language.Verified ? string.Empty : ", words unverified")})");
            return (Shape.EventViewer, language, names);
        }

        if (LooksLikeHeader(values))
        {
            context.Report(line, lastLine, offset, Severity.Warning, DiagnosticDisposition.Skipped,
                $"line {line}: unknown header '{string.Join(",", names)}'; columns read by position as Level, Date and Time, Source, Event ID, Task Category, message");
        }
        else
        {
            context.Report(line, line, offset, Severity.Warning, DiagnosticDisposition.Noted,
                $"line {line}: no header; columns read by position as Level, Date and Time, Source, Event ID, Task Category, message");
        }

        return (Shape.EventViewer, null, names);
    }

    private static bool LooksLikeHeader(string[] values) => values.Length >= 3 && !values.Any(v => v.Any(char.IsAsciiDigit));

    private static (EventLogRecord Record, DateTime Time)? EventViewerRow(string[] values, EventExportLanguage? language, CultureInfo culture)
    {
        if (values.Length < 5 || !int.TryParse(values[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            || !DateTime.TryParse(values[1], culture, DateTimeStyles.AllowWhiteSpaces, out var time))
        {
            return null;
        }

        var message = values.Length > 5 ? string.Join(",", values.Skip(5)) : null;
        var record = new EventLogRecord
        {
            Provider = values[2],
            EventId = id,
            Level = LevelOf(values[0], language),
            Task = int.TryParse(values[4].Trim('(', ')'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var task) ? task : null,
            Message = message?.Replace("\r\n", "\n", StringComparison.Ordinal),
        };
        return (record, time);
    }

    private static int? LevelOf(string word, EventExportLanguage? language)
    {
        if (language is not null && language.Levels.TryGetValue(word.Trim(), out var level))
        {
            return level;
        }

        foreach (var other in EventExportLanguage.All)
        {
            if (other.Levels.TryGetValue(word.Trim(), out var found))
            {
                return found;
            }
        }

        return null;
    }

    private static (EventLogRecord Record, DateTime Time)? PowerShellRow(string[] values, string[] names, CultureInfo culture, bool cultureGuessed, bool winEvent)
    {
        string Get(string name)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            return index >= 0 && index < values.Length ? values[index] : string.Empty;
        }

        var timeText = winEvent ? Get("TimeCreated") : Get("TimeGenerated");
        if (!int.TryParse(winEvent ? Get("Id") : Get("EventID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            || !DateTime.TryParse(timeText, culture, DateTimeStyles.AllowWhiteSpaces, out var time))
        {
            return null;
        }

        var (_, ambiguous) = SnapshotValues.Date(timeText, cultureGuessed ? null : culture);
        int? qualifiers = winEvent
            ? int.TryParse(Get("Qualifiers"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : null
            : long.TryParse(Get("InstanceId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var instance) ? (int)((instance >> 16) & 0xFFFF) : null;
        var record = new EventLogRecord
        {
            Provider = winEvent ? Get("ProviderName") : Get("Source"),
            EventId = id,
            Qualifiers = qualifiers,
            Level = winEvent ? (int.TryParse(Get("Level"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null) : EntryTypeLevel(Get("EntryType")),
            Task = int.TryParse(winEvent ? Get("Task") : Get("CategoryNumber"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : null,
            Keywords = winEvent ? Get("Keywords") : null,
            RecordId = long.TryParse(winEvent ? Get("RecordId") : Get("Index"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null,
            Computer = Get("MachineName") is { Length: > 0 } machine ? machine : null,
            Channel = winEvent && Get("LogName") is { Length: > 0 } log ? log : null,
            Message = Get("Message").Replace("\r\n", "\n", StringComparison.Ordinal) is { Length: > 0 } message ? message : null,
            AmbiguousDate = ambiguous,
        };
        return (record, time);
    }

    private static int? EntryTypeLevel(string entryType) => entryType switch
    {
        "Error" => 2,
        "Warning" => 3,
        "Information" or "SuccessAudit" => 4,
        "FailureAudit" => 3,
        _ => null,
    };

    /// <summary>Reads the export (they are small) and picks the delimiter from its first content line.</summary>
    private static (byte[] Bytes, char Delimiter) Prepare(Stream stream)
    {
        var bytes = JsonText.ReadAll(stream);
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var first = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("#TYPE", StringComparison.Ordinal)) ?? string.Empty;
        return (bytes, first.Count(c => c == '\t') > first.Count(c => c == ',') ? '\t' : first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',');
    }

    private static long CountLineBreaks(ReadOnlySpan<byte> raw)
    {
        long count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n' || (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')))
            {
                count++;
            }
        }

        return count;
    }

}
