using System.Globalization;
using System.Security;
using System.Text;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Writes a server's events the way each export tool does (reference/event-logs.md): EVTX in UTC with insertion
/// strings only, Event Viewer CSV/TXT newest first in the exporting machine's local time and language, PowerShell CSV
/// with its <c>#TYPE</c> line, event XML, wevtutil text.
/// </summary>
internal static class EventExports
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static byte[] Write(IReadOnlyList<CorpusEvent> events, EventExportFormat format, TimeSpan localOffset, string logName)
    {
        var oldestFirst = events.OrderBy(e => e.TimeUtc).Select((e, i) => (Event: e, RecordId: 40_100UL + (ulong)i)).ToList();
        var newestFirst = Enumerable.Reverse(oldestFirst).ToList();
        return format switch
        {
            EventExportFormat.Evtx or EventExportFormat.EvtxWithDisplayInformation => EvtxWriter.Write(oldestFirst.Select(r => Evtx(r.Event, r.RecordId)).ToList()),
            EventExportFormat.ViewerCsvEnglish => TextEncodings.Bytes(Viewer(newestFirst, ',', localOffset, german: false), TextEncoding.Utf8Bom),
            EventExportFormat.ViewerTxtEnglish => TextEncodings.Bytes(Viewer(newestFirst, '\t', localOffset, german: false), TextEncoding.Utf8Bom),
            EventExportFormat.ViewerCsvGerman => TextEncodings.Bytes(Viewer(newestFirst, ',', localOffset, german: true), TextEncoding.Utf8Bom),
            EventExportFormat.EventViewerXml => TextEncodings.Bytes(Xml(oldestFirst, withRoot: true, logName), TextEncoding.Utf8),
            EventExportFormat.WevtutilXml => TextEncodings.Bytes(Xml(oldestFirst, withRoot: false, logName), TextEncoding.Utf8),
            EventExportFormat.GetWinEventCsv => TextEncodings.Bytes(GetWinEvent(newestFirst, localOffset, logName), TextEncoding.Utf8),
            EventExportFormat.GetEventLogCsv => Encoding.ASCII.GetBytes(GetEventLog(newestFirst, localOffset, logName).ReplaceLineEndings("\r\n")),
            EventExportFormat.WevtutilText => TextEncodings.Bytes(Wevtutil(newestFirst, localOffset, logName), TextEncoding.Utf8),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>
    /// The display information file Event Viewer writes beside an EVTX saved "with display information", as a bundle
    /// item in <c>LocaleMetaData</c> next to <paramref name="evtx"/>; nothing for any other export.
    /// </summary>
    public static IEnumerable<BundleItem> DisplayInformation(BundleItem evtx, IReadOnlyList<CorpusEvent> events, EventExportFormat format)
    {
        if (format != EventExportFormat.EvtxWithDisplayInformation)
        {
            yield break;
        }

        var records = events.OrderBy(e => e.TimeUtc).Select((e, i) => (40_100UL + (ulong)i, e.Message)).ToList();
        string Beside(string path) =>
            Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, "LocaleMetaData", Path.GetFileNameWithoutExtension(path) + "_1033.MTA").Replace('\\', '/');
        yield return new BundleItem(Beside(evtx.CollectorPath), Beside(evtx.HandName), null, MtaWriter.Write(records), evtx.WrittenUtc);
    }

    /// <summary>The file extension an admin would give the export.</summary>
    public static string Extension(EventExportFormat format) => format switch
    {
        EventExportFormat.Evtx or EventExportFormat.EvtxWithDisplayInformation => ".evtx",
        EventExportFormat.ViewerTxtEnglish or EventExportFormat.WevtutilText => ".txt",
        EventExportFormat.EventViewerXml or EventExportFormat.WevtutilXml => ".xml",
        _ => ".csv",
    };

    private static EvtxEvent Evtx(CorpusEvent e, ulong recordId) =>
        new(e.Provider, (ushort)e.Id, e.Qualifiers, (byte)e.Level, e.Task, e.TimeUtc, recordId, e.Channel, e.Computer, e.Data);

    private static string Viewer(IEnumerable<(CorpusEvent Event, ulong RecordId)> rows, char separator, TimeSpan offset, bool german)
    {
        var text = new StringBuilder();
        text.Append(german
            ? string.Join(separator, "Ebene", "Datum und Uhrzeit", "Quelle", "Ereignis-ID", "Aufgabenkategorie")
            : string.Join(separator, "Level", "Date and Time", "Source", "Event ID", "Task Category"));
        text.Append("\r\n");
        foreach (var (e, _) in rows)
        {
            var local = e.TimeUtc + offset;
            var level = german
                ? e.Level switch { EventLevel.Error => "Fehler", EventLevel.Warning => "Warnung", _ => "Informationen" }
                : e.Level.ToString();
            var date = german
                ? local.ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture)
                : local.ToString("M/d/yyyy h:mm:ss tt", English);
            text.Append(string.Join(separator, level, date, e.Provider, e.Id.ToString(CultureInfo.InvariantCulture), e.TaskCategory, Quote(e.Message, separator)));
            text.Append("\r\n");
        }

        return text.ToString();
    }

    private static string Xml(IEnumerable<(CorpusEvent Event, ulong RecordId)> rows, bool withRoot, string logName)
    {
        var text = new StringBuilder();
        if (withRoot)
        {
            text.Append("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n<Events>");
        }

        foreach (var (e, id) in rows)
        {
            text.Append("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>");
            text.Append(CultureInfo.InvariantCulture, $"<Provider Name='{Esc(e.Provider)}'/><EventID Qualifiers='{e.Qualifiers}'>{e.Id}</EventID><Level>{(int)e.Level}</Level><Task>{e.Task}</Task><Keywords>0x80000000000000</Keywords>");
            text.Append(CultureInfo.InvariantCulture, $"<TimeCreated SystemTime='{e.TimeUtc:yyyy-MM-ddTHH:mm:ss.fffffff}Z'/><EventRecordID>{id}</EventRecordID><Channel>{Esc(logName)}</Channel><Computer>{Esc(e.Computer)}</Computer><Security/></System>");
            text.Append("<EventData>");
            foreach (var d in e.Data)
            {
                text.Append(CultureInfo.InvariantCulture, $"<Data>{Esc(d)}</Data>");
            }

            text.Append("</EventData>");
            if (withRoot)
            {
                text.Append(CultureInfo.InvariantCulture, $"<RenderingInfo Culture='en-US'><Message>{Esc(e.Message)}</Message><Level>{e.Level}</Level><Task>{Esc(e.TaskName ?? string.Empty)}</Task><Provider>{Esc(e.Provider)}</Provider></RenderingInfo>");
            }

            text.Append("</Event>");
            text.Append(withRoot ? string.Empty : "\r\n");
        }

        if (withRoot)
        {
            text.Append("</Events>");
        }

        return text.ToString();
    }

    private static string GetWinEvent(IEnumerable<(CorpusEvent Event, ulong RecordId)> rows, TimeSpan offset, string logName)
    {
        var text = new StringBuilder("#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n");
        text.Append("\"Message\",\"Id\",\"Version\",\"Qualifiers\",\"Level\",\"Task\",\"Opcode\",\"Keywords\",\"RecordId\",\"ProviderName\",\"ProviderId\",\"LogName\",\"ProcessId\",\"ThreadId\",\"MachineName\",\"UserId\",\"TimeCreated\",\"ActivityId\",\"RelatedActivityId\",\"ContainerLog\",\"MatchedQueryIds\",\"Bookmark\",\"LevelDisplayName\",\"OpcodeDisplayName\",\"TaskDisplayName\",\"KeywordsDisplayNames\",\"Properties\"\r\n");
        foreach (var (e, id) in rows)
        {
            var time = (e.TimeUtc + offset).ToString("M/d/yyyy h:mm:ss tt", English);
            text.Append(CultureInfo.InvariantCulture,
                $"\"{Dq(e.Message)}\",\"{e.Id}\",,\"{e.Qualifiers}\",\"{(int)e.Level}\",\"{e.Task}\",,\"36028797018963968\",\"{id}\",\"{Dq(e.Provider)}\",,\"{logName}\",,,\"{e.Computer}\",,\"{time}\",,,\"{logName}\",\"System.UInt32[]\",\"System.Diagnostics.Eventing.Reader.EventBookmark\",\"{e.Level}\",,\"{Dq(e.TaskName ?? string.Empty)}\",\"System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]\",\"System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]\"\r\n");
        }

        return text.ToString();
    }

    private static string GetEventLog(List<(CorpusEvent Event, ulong RecordId)> rows, TimeSpan offset, string logName)
    {
        var first = rows.FirstOrDefault().Event;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"#TYPE System.Diagnostics.EventLogEntry#{logName}/{first?.Provider}/{first?.Id}\r\n");
        text.Append("\"EventID\",\"MachineName\",\"Data\",\"Index\",\"Category\",\"CategoryNumber\",\"EntryType\",\"Message\",\"Source\",\"ReplacementStrings\",\"InstanceId\",\"TimeGenerated\",\"TimeWritten\",\"UserName\",\"Site\",\"Container\"\r\n");
        foreach (var (e, id) in rows)
        {
            var time = (e.TimeUtc + offset).ToString("M/d/yyyy h:mm:ss tt", English);
            var instance = ((uint)e.Qualifiers << 16) | (uint)e.Id;
            var entryType = e.Level == EventLevel.Information ? "Information" : e.Level.ToString();
            text.Append(CultureInfo.InvariantCulture,
                $"\"{e.Id}\",\"{e.Computer}\",\"System.Byte[]\",\"{id}\",\"{e.TaskCategory}\",\"{e.Task}\",\"{entryType}\",\"{Dq(e.Message)}\",\"{Dq(e.Provider)}\",\"System.String[]\",\"{instance}\",\"{time}\",\"{time}\",,,\r\n");
        }

        // Windows PowerShell's Export-Csv writes ASCII: anything else becomes a question mark.
        return new string(text.ToString().Select(c => c < 128 ? c : '?').ToArray());
    }

    private static string Wevtutil(IEnumerable<(CorpusEvent Event, ulong RecordId)> rows, TimeSpan offset, string logName)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"C:\\Users\\Administrator>wevtutil.exe qe {logName} /rd:true /f:text\r\n");
        var n = 0;
        foreach (var (e, _) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"Event[{n++}]:\r\n  Log Name: {logName}\r\n  Source: {e.Provider}\r\n");
            text.Append(CultureInfo.InvariantCulture, $"  Date: {(e.TimeUtc + offset).ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture)}\r\n");
            text.Append(CultureInfo.InvariantCulture, $"  Event ID: {e.Id}\r\n  Task: {e.TaskName ?? "N/A"}\r\n  Level: {e.Level}\r\n  Opcode: Info\r\n  Keyword: Classic\r\n");
            text.Append(CultureInfo.InvariantCulture, $"  User: N/A\r\n  User Name: N/A\r\n  Computer: {e.Computer}\r\n  Description: \r\n{e.Message}\r\n\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string field, char separator) =>
        field.Contains(separator, StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) || field.Contains('\n', StringComparison.Ordinal)
            ? "\"" + Dq(field) + "\""
            : field;

    private static string Dq(string field) => field.Replace("\"", "\"\"", StringComparison.Ordinal);

    private static string Esc(string value) => SecurityElement.Escape(value);
}
