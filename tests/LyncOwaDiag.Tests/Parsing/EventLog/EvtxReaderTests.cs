using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.EventLog.Evtx;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.EventLog;

/// <summary>Our EVTX reader on the real files in shared/real-samples/evtx (counts from SOURCES.md).</summary>
public class EvtxReaderTests
{
    private static (List<TimelineEvent> Events, List<ParseDiagnostic> Diagnostics) Read(string name)
    {
        var sink = new CollectingSink();
        using var stream = File.OpenRead(Path.Combine(RepoPaths.Shared, "real-samples", "evtx", name));
        var events = EvtxReader.Read(stream, new ReadContext(name, null, null, sink)).ToList();
        return (events, sink.Diagnostics);
    }

    [RealSampleTheory]
    [InlineData("Application_no_crc32.evtx", 17, 0)]
    [InlineData("MSExchange_Management_wec.evtx", 1, 0)]
    [InlineData("mta_test.evtx", 239, 0)]
    [InlineData("2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx", 1910, 4)]
    [InlineData("sample-with-zero-data-size-event.evtx", 335, 1)]
    // The evtx crate counts 270 "ok" here, one of them a record whose size copy is wrong and whose BinXml holds no
    // System element; we report that one as damaged instead of showing "(unknown provider) 0" on the timeline.
    [InlineData("sample_with_a_bad_chunk_magic.evtx", 269, 3)]
    public void RealSample_GoodRecordsCounted_BadOnesReported_IdsUnique(string name, int good, int errors)
    {
        var (events, diagnostics) = Read(name);

        Assert.Equal(good, events.Count);
        Assert.Equal(good, events.Select(e => ((EventLogRecord)e.Payload!).RecordId).Distinct().Count());
        Assert.Equal(errors, diagnostics.Count(d => d.Severity == Severity.Error));
        Assert.All(events, e => Assert.Equal((EventSource.EventLog, TimeQuality.Exact), (e.Source, e.TimeQuality)));
    }

    [RealSampleFact]
    public void ChecksumMismatches_AreReportedForTheChunksSourcesNames_NotFatal()
    {
        // SOURCES.md: data-CRC mismatch on chunks 0 and 13 of the RdpCoreTS sample; the other chunks verify.
        var (_, diagnostics) = Read("2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx");
        Assert.Equal(["chunk 0: records checksum does not match; read anyway", "chunk 13: records checksum does not match; read anyway"],
            diagnostics.Where(d => d.Message.Contains("checksum", StringComparison.Ordinal)).Select(d => d.Message));
    }

    [RealSampleFact]
    public void NoCrcFlag_SkipsTheChecks()
    {
        var (_, diagnostics) = Read("Application_no_crc32.evtx");
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("checksum", StringComparison.Ordinal));
    }

    [RealSampleFact]
    public void ZeroSizeRecord_IsReportedInPlainWords()
    {
        var (_, diagnostics) = Read("sample-with-zero-data-size-event.evtx");
        Assert.Contains(diagnostics, d => d.Message == "chunk 0, offset 2080: record size should be 28 or more, found 0; rest of the chunk skipped");
    }

    [RealSampleFact]
    public void ClassicExchangeSource_BareElementTree_KeepsQualifiersAndUnnamedData()
    {
        var (events, _) = Read("MSExchange_Management_wec.evtx");
        var record = Assert.IsType<EventLogRecord>(Assert.Single(events).Payload);
        Assert.Equal(("MSExchange CmdletLogs", 1, 16384, 4, 1), (record.Provider, record.EventId, record.Qualifiers, record.Level, record.Task));
        Assert.Equal((3229L, "MSExchange Management", "WEC.ave.local"), (record.RecordId, record.Channel, record.Computer));
        // SOURCES.md speaks of 26 Data elements; the record holds 27 (the 27th is "fr-FR"). evtxexport cannot read this file.
        Assert.Equal(27, record.Data.Count);
        Assert.Equal("fr-FR", record.Data[^1].Value);
        Assert.All(record.Data, d => Assert.Null(d.Name));
        Assert.Equal("Set-Mailbox", record.Data[0].Value);
        Assert.Contains(record.Data, d => d.Value.Length == 0);
        Assert.Equal(new DateTimeOffset(2021, 11, 19, 16, 52, 33, 833, TimeSpan.Zero).AddTicks(7335), events[0].Timestamp);
        Assert.Equal("WEC", events[0].Host);
    }

    [RealSampleFact]
    public void TemplatedRecords_ResolveSystemFieldsAndNamedData()
    {
        var (events, _) = Read("Application_no_crc32.evtx");
        var records = events.Select(e => (EventLogRecord)e.Payload!).ToList();
        Assert.Equal(Enumerable.Range(426, 17).Select(i => (long?)i), records.Select(r => r.RecordId));
        Assert.All(records, r => Assert.Equal("Application", r.Channel));
        Assert.Contains(records, r => r.Provider == "Microsoft-Windows-Winlogon" && r.EventId == 6000 && r.Data.Any(d => d.Value == "WSearch"));
    }

    [RealSampleFact]
    public void TruncatedFile_ReadsWhatIsWhole()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "real-samples", "evtx", "Application_no_crc32.evtx"));
        var sink = new CollectingSink();
        var events = EvtxReader.Read(new MemoryStream(bytes[..(EvtxReader.HeaderSize + 30000)]), new ReadContext("cut.evtx", null, null, sink)).ToList();
        Assert.Empty(events);
        Assert.Contains("cut short", Assert.Single(sink.Diagnostics).Message, StringComparison.Ordinal);
    }
}

/// <summary>The template plan path reads exactly what full XML resolution reads, on every real record.</summary>
public class EvtxPlanDifferentialTests
{
    public static TheoryData<string> Samples() =>
        new(Directory.EnumerateFiles(Path.Combine(RepoPaths.Shared, "real-samples", "evtx"), "*.evtx").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [RealSampleTheory]
    [MemberData(nameof(Samples))]
    public void PlannedRecords_EqualResolvedRecords(string name)
    {
        static List<string> Read(string name, bool plans)
        {
            using var stream = File.OpenRead(Path.Combine(RepoPaths.Shared, "real-samples", "evtx", name));
            return EvtxReader.Read(stream, new ReadContext(name, null, null, new CollectingSink()), plans)
                .Select(e => (Record: (EventLogRecord)e.Payload!, e.Timestamp))
                .Select(x => $"{x.Timestamp:O}|{x.Record.Provider}|{x.Record.EventId}|{x.Record.Qualifiers}|{x.Record.Level}|{x.Record.Task}|{x.Record.Keywords}|" +
                             $"{x.Record.RecordId}|{x.Record.Channel}|{x.Record.Computer}|{string.Join("¦", x.Record.Data.Select(d => d.Name + "=" + d.Value))}")
                .ToList();
        }

        Assert.Equal(Read(name, plans: false), Read(name, plans: true));
    }
}
