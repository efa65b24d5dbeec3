using System.Globalization;
using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.EventLog;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Tests.Parsing.EventLog;

public class EventCsvReaderTests
{
    private static (List<TimelineEvent> Events, List<ParseDiagnostic> Diagnostics) Read(string text, CultureInfo? culture = null)
    {
        var sink = new CollectingSink();
        var events = EventCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadContext("export.csv", "MBX01", culture, sink)).ToList();
        return (events, sink.Diagnostics);
    }

    private static EventLogRecord Record(TimelineEvent e) => Assert.IsType<EventLogRecord>(e.Payload);

    [Fact]
    public void EventViewerEnglish_MessageInTheSixthColumn_LocalTimeOfUnknownOffset()
    {
        var (events, _) = Read("Level,Date and Time,Source,Event ID,Task Category\r\n" +
            "Error,5/14/2013 2:21:09 AM,MSExchange OWA,88,(9),\"Instant Messaging could not create the endpoint for kim, sip:kim@litwareinc.com.\r\nSecond line.\"\r\n" +
            "Information,5/14/2013 2:20:58 AM,MSExchange OWA,112,(9),The Instant Messaging Endpoint Manager was initialized successfully.\r\n");

        var e = events[0];
        var record = Record(e);
        Assert.Equal(("MSExchange OWA", 88, 2, 9), (record.Provider, record.EventId, record.Level, record.Task));
        Assert.Equal("Instant Messaging could not create the endpoint for kim, sip:kim@litwareinc.com.\nSecond line.", record.Message);
        Assert.Equal((new DateTimeOffset(2013, 5, 14, 2, 21, 9, TimeSpan.Zero), TimeQuality.LocalUnknownOffset, Severity.Error), (e.Timestamp, e.TimeQuality, e.Severity));
        Assert.Equal((2L, 3L), (e.Location.FirstLine, e.Location.LastLine));
        Assert.Equal(4L, events[1].Location.FirstLine);
        Assert.Contains(new EventKey(KeyKind.EventId, "MSExchange OWA/88"), e.Keys);
    }

    [Fact]
    public void EventViewerGerman_HeaderLevelsAndDatesByTheHeaderLanguage()
    {
        var (events, _) = Read("Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\r\nFehler,03.05.2013 12:28:26,MSExchange OWA,103,(9),Zertifikat nicht gefunden\r\n");
        var record = Record(Assert.Single(events));
        Assert.Equal((2, 103), (record.Level, record.EventId));
        Assert.Equal(new DateTimeOffset(2013, 5, 3, 12, 28, 26, TimeSpan.Zero), events[0].Timestamp);
    }

    [Fact]
    public void ADayOverTwelve_SettlesDayFirst_ForEveryRowOfTheFile_AndSaysWhy()
    {
        // An English header (month-first culture), dates written day-first: the 19th settles it, and the 7 May row
        // that could be either is read day-first too.
        var (events, diagnostics) = Read("Level,Date and Time,Source,Event ID,Task Category\r\n" +
            "Information,07-05-2026 08:00:00,MSExchange OWA,112,(9),The Instant Messaging Endpoint Manager was initialized successfully.\r\n" +
            "Error,19-07-2026 09:58:57,MSExchange OWA,88,(9),Instant Messaging could not create the endpoint.\r\n");

        Assert.Equal([new DateTimeOffset(2026, 5, 7, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 19, 9, 58, 57, TimeSpan.Zero)], events.Select(e => e.Timestamp));
        var why = Assert.Single(diagnostics, d => d.Message.Contains("day-first", StringComparison.Ordinal));
        Assert.Contains("line 3's '19-07-2026 09:58:57' can only be day-first", why.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Info, why.Severity);
    }

    [Fact]
    public void AMonthOverTwelveInADayFirstExport_SettlesMonthFirst()
    {
        var (events, _) = Read("Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\r\nFehler,05/19/2013 12:28:26,MSExchange OWA,103,(9),Zertifikat nicht gefunden\r\n");

        Assert.Equal(new DateTimeOffset(2013, 5, 19, 12, 28, 26, TimeSpan.Zero), Assert.Single(events).Timestamp);
    }

    [Fact]
    public void DatesThatContradictEachOther_OrCouldAllBeEither_KeepTheExportsCulture_AndAContradictionIsAWarning()
    {
        var (either, quiet) = Read("Level,Date and Time,Source,Event ID,Task Category\r\nInformation,5/7/2013 2:20:58 AM,MSExchange OWA,112,(9),x\r\n");
        Assert.Equal(new DateTimeOffset(2013, 5, 7, 2, 20, 58, TimeSpan.Zero), Assert.Single(either).Timestamp);
        Assert.DoesNotContain(quiet, d => d.Message.Contains("-first", StringComparison.Ordinal));

        var (_, mixed) = Read("Level,Date and Time,Source,Event ID,Task Category\r\n" +
            "Information,19/07/2026 09:58:57,MSExchange OWA,112,(9),x\r\nInformation,07/19/2026 09:58:57,MSExchange OWA,112,(9),x\r\n");
        Assert.Equal(Severity.Warning, Assert.Single(mixed, d => d.Message.Contains("disagree", StringComparison.Ordinal)).Severity);
    }

    [Fact]
    public void ACultureGiven_IsFollowed_WhateverTheDatesSuggest()
    {
        var (events, _) = Read("Level,Date and Time,Source,Event ID,Task Category\r\nInformation,19-07-2026 09:58:57,MSExchange OWA,112,(9),x\r\n", CultureInfo.GetCultureInfo("en-US"));
        Assert.Empty(events);
    }

    [Fact]
    public void TabSeparatedText_IsReadTheSameWay()
    {
        var (events, _) = Read("Level\tDate and Time\tSource\tEvent ID\tTask Category\r\nWarning\t5/14/2013 2:21:09 AM\tMSExchange OWA\t106\t(9)\t\"IM Certificate will expire soon.\"\r\n");
        Assert.Equal((3, 106), (Record(Assert.Single(events)).Level, Record(events[0]).EventId));
    }

    [Fact]
    public void GetWinEventExportCsv_ByColumnName_AmbiguousDateFlagged()
    {
        var (events, _) = Read("#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n" +
            "\"Message\",\"Id\",\"Version\",\"Qualifiers\",\"Level\",\"Task\",\"Opcode\",\"Keywords\",\"RecordId\",\"ProviderName\",\"ProviderId\",\"LogName\",\"ProcessId\",\"ThreadId\",\"MachineName\",\"UserId\",\"TimeCreated\"\r\n" +
            "\"The IM endpoint manager started.\",\"112\",\"0\",\"16384\",\"4\",\"9\",,\"-9223372036854775808\",\"5551\",\"MSExchange OWA\",,\"Application\",,,\"ATL-MBX-001.litwareinc.com\",,\"5/4/2013 9:20:58 AM\"\r\n");

        var e = Assert.Single(events);
        var record = Record(e);
        Assert.Equal(("MSExchange OWA", 112, 16384, 4, 5551L, "Application"), (record.Provider, record.EventId, record.Qualifiers, record.Level, record.RecordId, record.Channel));
        Assert.True(record.AmbiguousDate);
        Assert.Equal("ATL-MBX-001", e.Host);
    }

    [Fact]
    public void GetEventLogExportCsv_AsciiWithTypeLine_QualifiersFromInstanceId()
    {
        var (events, diagnostics) = Read("#TYPE System.Diagnostics.EventLogEntry#Application/MSExchange OWA/83\r\n" +
            "\"EventID\",\"MachineName\",\"Data\",\"Index\",\"Category\",\"CategoryNumber\",\"EntryType\",\"Message\",\"Source\",\"ReplacementStrings\",\"InstanceId\",\"TimeGenerated\",\"TimeWritten\",\"UserName\",\"Site\",\"Container\"\r\n" +
            "\"83\",\"ATL-MBX-001\",\"System.Byte[]\",\"3365\",\"(9)\",\"9\",\"Error\",\"No registry setting for IM Provider ?\",\"MSExchange OWA\",\"System.String[]\",\"3221225555\",\"5/14/2013 9:20:58 AM\",\"5/14/2013 9:20:58 AM\",,,\r\n",
            CultureInfo.GetCultureInfo("en-US"));

        var record = Record(Assert.Single(events));
        Assert.Equal((83, 0xC000, 2, 3365L), (record.EventId, record.Qualifiers, record.Level, record.RecordId));
        Assert.False(record.AmbiguousDate);
        Assert.Equal(2, diagnostics.Count(d => d.Severity == Severity.Verbose));
    }

    [Fact]
    public void UnknownHeader_FallsBackToPositions_WithADiagnostic()
    {
        var (events, diagnostics) = Read("Stufe,Zeit,Herkunft,Nummer,Kategorie\r\nFehler,5/14/2013 2:21:09 AM,MSExchange OWA,84,(9),x\r\n");
        Assert.Equal(84, Record(Assert.Single(events)).EventId);
        Assert.Contains(diagnostics, d => d.Message.StartsWith("line 1: unknown header", StringComparison.Ordinal));
    }

    [RealSampleFact]
    public void RealExport_AgreesWithItsEvtxAndDisplayInformation_ByTimeProviderIdAndMessage()
    {
        // shared/real-samples: Event Viewer's CSV of mta_test.evtx, written on a machine in Pacific time and to the
        // second. A fixed -08:00 is an hour off for the summer events: the zone name, DST-aware, gets them all.
        var evtx = Path.Combine(RepoPaths.Shared, "real-samples", "evtx", "mta_test.evtx");
        var mta = Path.Combine(RepoPaths.Shared, "real-samples", "evtx", "LocaleMetaData");
        var csv = Path.Combine(RepoPaths.Shared, "real-samples", "events", "mta_test.csv");
        Assert.True(TimeZoneRule.TryParse("*.csv=Pacific Standard Time", out var rule, out _));
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [evtx, mta, csv], TimeZones = [rule!] });
        var events = session.Events().ToList();
        var fromEvtx = events.Where(e => e.Location.File.EndsWith(".evtx", StringComparison.Ordinal)).ToList();
        var fromCsv = events.Where(e => e.Location.File.EndsWith(".csv", StringComparison.Ordinal)).ToList();

        Assert.Equal(239, fromEvtx.Count);
        Assert.Equal(fromEvtx.Count, fromCsv.Count);
        Assert.All(fromCsv, e => Assert.Equal(TimeQuality.OffsetApplied, e.TimeQuality));

        // The CSV keeps whole seconds and lists newest first, so events of one second pair as a set.
        static List<string> Seconds(IEnumerable<TimelineEvent> list) => list
            .GroupBy(e => e.Timestamp.ToUnixTimeSeconds())
            .OrderBy(g => g.Key)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(e => $"{Record(e).Provider}/{Record(e).EventId}/{Record(e).Message}").Order(StringComparer.Ordinal)))
            .ToList();

        // The messages on the EVTX side come from the display information (.MTA) exported with it.
        Assert.All(fromEvtx, e => Assert.False(string.IsNullOrEmpty(Record(e).Message)));
        Assert.Equal(Seconds(fromEvtx), Seconds(fromCsv));
    }
}

public class EventCsvLanguageSampleTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    [InlineData("ja")]
    public void EverySampleLanguage_ReadsLevelsIdsAndDayFirstDates(string code)
    {
        var path = Path.Combine(RepoPaths.SampleTraces, "formats", "event-csv", $"Application-{code}.csv");
        var sink = new CollectingSink();
        using var stream = File.OpenRead(path);
        stream.Position = 3; // BOM
        var events = EventCsvReader.Read(stream, new ReadContext(path, null, null, sink, 3)).ToList();

        Assert.DoesNotContain(sink.Diagnostics, d => d.Severity <= Severity.Warning);
        var byId = events.ToDictionary(e => ((EventLogRecord)e.Payload!).EventId);
        Assert.Equal(2, ((EventLogRecord)byId[103].Payload!).Level);
        Assert.Equal(4, ((EventLogRecord)byId[112].Payload!).Level);
        Assert.Equal((5, 14), (byId[112].Timestamp.Month, byId[112].Timestamp.Day));
    }
}
