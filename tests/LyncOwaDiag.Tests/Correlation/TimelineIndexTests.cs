using System.Runtime.CompilerServices;
using System.Text;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.SipStackSome;

namespace LyncOwaDiag.Tests.Correlation;

public class TimelineIndexTests
{
    private static string Sample(params string[] parts) => Path.Combine([RepoPaths.SampleTraces, .. parts]);

    [Fact]
    public void Index_KeepsTheMergedOrder_AndEveryEntryReReadsItsRecord()
    {
        // UTF-8 OCSLogger text, CLS text, and a UTF-16LE CLS file whose offsets are into its transcoded text.
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [Sample("formats", "sipstack")] });
        var events = session.Events().ToList();
        var index = TimelineIndex.Build(events);

        Assert.Equal(events.Count, index.Count);
        Assert.Contains(index.Files, f => f.EndsWith("utf16le-redirected.txt", StringComparison.Ordinal));
        for (var i = 0; i < index.Count; i++)
        {
            Assert.Equal(events[i].Location, index.Location(i));
            Assert.Equal(events[i].Timestamp, index[i].Timestamp);
            var raw = session.ReadRaw(index.Location(i));
            Assert.NotNull(raw);
            Assert.StartsWith("TL_", raw, StringComparison.Ordinal);
            Assert.Equal(index[i].LineCount, raw.Split('\n').Length);
        }
    }

    [Fact]
    public void RawText_OfAnArchiveEntryWithBom_IsTheRecordItself()
    {
        using var temp = new TempFolder();
        var zip = temp.File("bundle.zip", ZipBytes.Of(("FE01/trace.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ProtocolRecord(callId: "first") + ProtocolRecord(callId: "second"))).ToArray())));

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [zip] });
        var second = session.Events().Single(e => e.KeyValue(KeyKind.CallId) == "second");
        var raw = session.ReadRaw(second.Location)!;

        Assert.StartsWith("TL_", raw, StringComparison.Ordinal);
        Assert.Contains("Call-ID: second", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("first", raw, StringComparison.Ordinal);
        Assert.EndsWith("$$end_record", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void RawText_IsBoundedAndUnknownFilesGiveNothing()
    {
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [Sample("formats", "sipstack", "cls-frontend-two-searches-truncated.txt")] });
        var record = session.Events().First(e => e.Location.LastLine - e.Location.FirstLine > 3);

        Assert.Equal(2, session.ReadRaw(record.Location, maxLines: 2)!.Split('\n').Length);
        Assert.Null(session.ReadRaw(record.Location with { File = "elsewhere.txt" }));
    }

    [Fact]
    public void RawText_OfASnapshotFact_IsItsOwnLine_EvenWithoutByteOffsets()
    {
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [Path.Combine(RepoPaths.SampleTraces, "scenarios", "CERT-NAME-MISMATCH", "bundle", "ATL-MBX-001", "web.config")] });
        var fact = session.Events().First(e => e.Summary.Contains("IMServerName", StringComparison.Ordinal));

        Assert.True(fact.Location.FirstLine > 1);
        Assert.Contains("IMServerName", session.ReadRaw(fact.Location), StringComparison.Ordinal);
    }

    [Fact]
    public void RawText_OfEventsSharingOneLineOfXml_StartsAtEachOwnEvent()
    {
        using var temp = new TempFolder();
        const string Event = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='LS Protocol Stack'/><EventID>{0}</EventID><Level>2</Level><TimeCreated SystemTime='2013-05-14T09:21:0{0}.000Z'/><Computer>ATL-CS-001.litwareinc.com</Computer></System><EventData><Data>é</Data></EventData></Event>";
        var file = temp.File("LyncServer.xml", Encoding.UTF8.GetBytes("\uFEFF" + string.Concat(Enumerable.Range(1, 3).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, Event, i)))));

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [file] });
        var events = session.Events().ToList();

        Assert.Equal(3, events.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.StartsWith($"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='LS Protocol Stack'/><EventID>{i + 1}</EventID>", session.ReadRaw(events[i].Location), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Index_GrowsPastOneChunk_WhileAReaderReadsIt()
    {
        var index = new TimelineIndex();
        var first = new DateTimeOffset(2013, 5, 14, 9, 0, 0, TimeSpan.Zero);
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 150_000; i++)
            {
                index.Add(new TimelineEvent
                {
                    Timestamp = first.AddTicks(i), TimeQuality = TimeQuality.Exact, Source = EventSource.SipStack, Severity = Severity.Info,
                    Kind = "k", Summary = "s", Location = new SourceLocation($"f{i % 3}.txt", i + 1, i + 1, i),
                });
            }
        });

        while (!writer.IsCompleted)
        {
            var n = index.Count;
            if (n > 0)
            {
                Assert.Equal(first.AddTicks(n - 1), index[n - 1].Timestamp);
                Assert.Equal($"f{(n - 1) % 3}.txt", index.Location(n - 1).File);
            }
        }

        await writer;
        Assert.Equal(150_000, index.Count);
        Assert.Equal(149_999, index[149_999].ByteOffset);
        Assert.Throws<ArgumentOutOfRangeException>(() => index[150_000]);
    }

    [Fact]
    public void Entry_IsSmall() =>
        Assert.True(Unsafe.SizeOf<TimelineIndexEntry>() <= 48, $"{Unsafe.SizeOf<TimelineIndexEntry>()} bytes per event");
}
