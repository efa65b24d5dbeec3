using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.EventLog.Evtx;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.EventLog;

/// <summary>The test EVTX writer and our reader agree, so scenarios can ship MSExchange OWA and Lync events as EVTX.</summary>
public class EvtxWriterRoundTripTests
{
    private static readonly DateTime Start = new(2013, 5, 14, 9, 20, 58, 638, DateTimeKind.Utc);

    internal static IReadOnlyList<EvtxEvent> Events(int count) => Enumerable.Range(0, count).Select(i => (i % 3) switch
    {
        0 => new EvtxEvent("MSExchange OWA", 112, 0x4004, 4, 9, Start.AddSeconds(i), (ulong)(20411 + i), "Application", "ATL-MBX-001.litwareinc.com", []),
        1 => new EvtxEvent("MSExchange OWA", 88, 0xC004, 2, 9, Start.AddSeconds(i), (ulong)(20411 + i), "Application", "ATL-MBX-001.litwareinc.com",
            ["Kim Akers", "sip:kim@litwareinc.com", "Microsoft.Rtc.Internal.Ucweb.UcwebException: (504) Server time-out"]),
        _ => new EvtxEvent("LS Protocol Stack", 14428, 0xC3E9, 2, 1001, Start.AddSeconds(i), (ulong)(88213 + i), "Lync Server", "ATL-CS-001.litwareinc.com",
            ["atl-owa-001.litwareinc.com:5199", "0x80090325(SEC_E_UNTRUSTED_ROOT)"]),
    }).ToList();

    [Theory]
    [InlineData(3)]
    [InlineData(1500)]
    public void WrittenEvents_ReadBackField_ForField_WithValidChecksums(int count)
    {
        var written = Events(count);
        var sink = new CollectingSink();
        var read = EvtxReader.Read(new MemoryStream(EvtxWriter.Write(written)), new ReadContext("test.evtx", null, null, sink)).ToList();

        Assert.DoesNotContain(sink.Diagnostics, d => d.Severity <= Severity.Warning);
        Assert.Equal(count, read.Count);
        for (var i = 0; i < count; i++)
        {
            var (expected, actual) = (written[i], Assert.IsType<EventLogRecord>(read[i].Payload));
            Assert.Equal((expected.Provider, (int)expected.EventId, (int)expected.Qualifiers, (int)expected.Level, (int)expected.Task, (long)expected.RecordId, expected.Channel, expected.Computer),
                (actual.Provider, actual.EventId, actual.Qualifiers!.Value, actual.Level!.Value, actual.Task!.Value, actual.RecordId!.Value, actual.Channel, actual.Computer));
            Assert.Equal(expected.Data, actual.Data.Select(d => d.Value));
            Assert.Equal(new DateTimeOffset(expected.TimeUtc), read[i].Timestamp);
        }
    }
}

/// <summary>
/// The synthetic EVTX samples are the writer's output, byte for byte. Set LYNCOWADIAG_BLESS=1 to write them anew
/// after changing the writer or the events.
/// </summary>
public class SampleEvtxTests
{
    public static TheoryData<string> Samples() => new("Application-MBX01.evtx", "LyncServer-FE01.evtx");

    private static byte[] Expected(string name)
    {
        var events = EvtxWriterRoundTripTests.Events(9);
        return EvtxWriter.Write(name.StartsWith("Application", StringComparison.Ordinal)
            ? events.Where(e => e.Channel == "Application").ToList()
            : events.Where(e => e.Channel == "Lync Server").ToList());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleFile_IsTheWritersOutput(string name)
    {
        var path = Path.Combine(RepoPaths.SampleTraces, "formats", "evtx", name);
        if (Environment.GetEnvironmentVariable("LYNCOWADIAG_BLESS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Expected(name));
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with LYNCOWADIAG_BLESS=1");
        Assert.Equal(Expected(name), File.ReadAllBytes(path));
    }
}
