using System.Globalization;
using System.Text;
using CsvHelper;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.ExchangeLog.OwaIm;

namespace LyncOwaDiag.Parsing.ExchangeLog;

/// <summary>
/// Reads any Exchange log of the <c>#Fields</c> family with CsvHelper (RFC 4180 quoting, one record per physical
/// line since the writer escapes CR/LF), driven by the header block above each row: header blocks may repeat inside
/// a file, and may start with a bare CSV row of the names (the CSV-compatible variant). The OWA InstantMessaging log
/// ("Sync Logs" with a <c>context</c> field) becomes <see cref="OwaImEntry"/> events; any other log
/// <see cref="ExchangeLogRecord"/> events.
/// </summary>
internal static class ExchangeLogReader
{

    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        var state = new HeaderState();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            AllowLineBreaksInQuotes = false,
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            PoolStrings = true,
            MaxRecordSize = 16 * 1024 * 1024,
            OnMalformedRecord = malformed => context.Diagnostics.Report(new ParseDiagnostic(
                new SourceLocation(context.File, malformed.LineNumber, malformed.LineNumber, context.StartOffset + malformed.ByteOffset),
                Severity.Warning,
                malformed.Skipped ? DiagnosticDisposition.Skipped : DiagnosticDisposition.Noted,
                $"line {malformed.LineNumber}: malformed CSV: {Reason(malformed.Reason)}; {(malformed.Skipped ? "row skipped" : "read as recovered")}")),
        };

        using var csv = CsvReader.Create(utf8Text, options, leaveOpen: false);
        var ready = new List<TimelineEvent>(2);
        while (csv.Read())
        {
            Accept(csv, csv.LineNumber, context.StartOffset + csv.ByteOffset, state, context, ready);
            foreach (var e in ready)
            {
                yield return e;
            }

            ready.Clear();
        }

        if (state.Complete(null, context) is { } last)
        {
            yield return last;
        }
    }

    private static void Accept(CsvReader csv, long line, long offset, HeaderState state, ReadContext context, List<TimelineEvent> ready)
    {
        var first = csv.FieldCount > 0 ? csv.GetRawSpan(0) : default;
        if (csv.FieldCount <= 1 && first.Trim(" \t"u8).IsEmpty)
        {
            context.Report(line, line, offset, Severity.Verbose, DiagnosticDisposition.Skipped, $"line {line}: blank line");
            return;
        }

        if (first.StartsWith("#"u8))
        {
            state.AcceptHeaderLine(Encoding.UTF8.GetString(csv.RawRecord), line, offset);
            return;
        }

        var values = new string[csv.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = csv.GetString(i);
        }

        if (LooksLikeFieldNames(values) && (state.Fields.Count == 0 || values.SequenceEqual(state.Fields, StringComparer.OrdinalIgnoreCase)))
        {
            // The CSV-compatible header variant: a bare row of names, then the # lines.
            if (state.Complete(null, context) is { } previous)
            {
                ready.Add(previous);
            }

            state.StartCsvCompatible(values, line, offset);
            return;
        }

        if (state.Fields.Count == 0)
        {
            context.Report(line, line, offset, Severity.Warning, DiagnosticDisposition.Skipped, $"line {line}: row before any #Fields header; skipped");
            return;
        }

        var row = Row(values, line, offset, state, context);
        if (state.Complete(row.Timestamp, context) is { } header)
        {
            ready.Add(header);
        }

        ready.Add(row);
    }

    private static TimelineEvent Row(string[] values, long line, long offset, HeaderState state, ReadContext context)
    {
        var names = state.Fields;
        if (values.Length != names.Count && !(values.Length == names.Count + 1 && values[^1].Length == 0))
        {
            context.Report(line, line, offset, Severity.Warning, DiagnosticDisposition.Noted,
                $"line {line}: {values.Length} fields where the header names {names.Count}; read by position");
        }

        var (time, quality) = RowTime(values, state, line, offset, context);
        var location = new SourceLocation(context.File, line, line, offset);
        if (state.IsInstantMessaging)
        {
            return OwaImRow(values, state, time, quality, location, context.FileHost);
        }

        var record = new ExchangeLogRecord { LogType = state.LogType, Names = names, Values = values };
        return new TimelineEvent
        {
            Timestamp = time,
            TimeQuality = quality,
            Source = EventSource.ExchangeLog,
            Host = context.FileHost,
            Severity = Severity.Info,
            Kind = "exchange.log",
            Summary = EventText.Summary(GenericSummary(names, values, state.TimeIndex)),
            Payload = record,
            Location = location,
        };
    }

    private static TimelineEvent OwaImRow(string[] values, HeaderState state, DateTimeOffset time, TimeQuality quality, SourceLocation location, string? host)
    {
        string Field(int index) => index >= 0 && index < values.Length ? values[index] : string.Empty;
        var contextText = Unescape(Field(state.ContextIndex));
        int? level = int.TryParse(Field(state.LevelIndex), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
        int? thread = int.TryParse(Field(state.ThreadIndex), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
        var (message, messageSeverity) = OwaImMessages.Classify(contextText);
        var isError = level == 1 || contextText.StartsWith("ERROR:", StringComparison.Ordinal);
        var severity = messageSeverity ?? (isError ? Severity.Error : Severity.Verbose);
        var (user, sip, server, thumbprint) = OwaImKeys.Extract(contextText);
        var keys = new List<EventKey>(4);
        var userIsSip = user is not null && user.StartsWith("sip:", StringComparison.OrdinalIgnoreCase);
        EventText.AddKey(keys, KeyKind.Smtp, userIsSip ? null : Lower(user));
        EventText.AddKey(keys, KeyKind.SipUri, Lower(sip) ?? (userIsSip ? Lower(user) : null));
        EventText.AddKey(keys, KeyKind.Fqdn, Lower(server));
        EventText.AddKey(keys, KeyKind.Thumbprint, thumbprint is null ? null : Thumbprints.Normalise(thumbprint));
        var entry = new OwaImEntry
        {
            Level = level,
            ThreadId = thread,
            Context = contextText,
            Message = message,
            User = user,
            SipAddress = sip,
            LyncServer = server,
            Thumbprint = thumbprint,
        };
        return new TimelineEvent
        {
            Timestamp = time,
            TimeQuality = quality,
            Source = EventSource.OwaIm,
            Host = host,
            Severity = severity,
            Kind = isError ? "owa.im.error" : "owa.im.debug",
            Summary = EventText.Summary(contextText),
            Payload = entry,
            Keys = keys.ToArray(),
            Location = location,
        };
    }

    private static (DateTimeOffset Time, TimeQuality Quality) RowTime(string[] values, HeaderState state, long line, long offset, ReadContext context)
    {
        var index = state.TimeIndex;
        if (index >= 0 && index < values.Length && ExchangeLogTime.TryParse(values[index], out var time))
        {
            state.LastTime = time;
            return (time, TimeQuality.Exact);
        }

        context.Report(line, line, offset, Severity.Warning, DiagnosticDisposition.Noted,
            index < 0 ? $"line {line}: the header names no date-time field; the row takes the time of the header"
                      : $"line {line}: '{(index < values.Length ? values[index] : string.Empty)}' is not a UTC time; the row takes the time before it");
        return (state.LastTime ?? state.Date ?? DateTimeOffset.UnixEpoch, TimeQuality.Exact);
    }

    /// <summary>The writer escapes CR and LF as the two characters <c>\r</c> and <c>\n</c>.</summary>
    internal static string Unescape(string value) =>
        value.Contains('\\', StringComparison.Ordinal) ? value.Replace("\\r\\n", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\n", StringComparison.Ordinal) : value;

    private static bool LooksLikeFieldNames(string[] values) =>
        values.Length > 1 && values.All(v => v.Length > 0 && v.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        && !values.Any(v => v.All(char.IsAsciiDigit));

    private static string GenericSummary(IReadOnlyList<string> names, string[] values, int timeIndex)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length && builder.Length < EventText.MaxSummaryChars; i++)
        {
            if (i == timeIndex || values[i].Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(i < names.Count ? names[i] : $"field{i + 1}").Append('=').Append(values[i]);
        }

        return builder.ToString();
    }

    /// <summary>Keys compare in lower case; most values already are, so only those with capitals are copied.</summary>
    private static string? Lower(string? value) =>
        value is null || !value.AsSpan().ContainsAnyInRange('A', 'Z') ? value : value.ToLowerInvariant();

    private static string Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.LineBreakInQuotes or CsvMalformedReason.UnterminatedQuote => "a quoted field is not closed before the end of the line",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.FieldCountMismatch => "the number of fields differs from the header",
        _ => reason.ToString(),
    };

}
