using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.EventLog;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.EventLog;

public class EventXmlAndWevtutilTests
{
    private const string Ns = "xmlns='http://schemas.microsoft.com/win/2004/08/events/event'";

    private static (List<TimelineEvent> Events, List<ParseDiagnostic> Diagnostics) Read(Func<Stream, ReadContext, IEnumerable<TimelineEvent>> reader, string text)
    {
        var sink = new CollectingSink();
        var events = reader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadContext("events.xml", "MBX01", null, sink)).ToList();
        return (events, sink.Diagnostics);
    }

    private static string Event(string id, string data, string time = "2013-05-14T09:21:09.3050000Z") =>
        $"<Event {Ns}><System><Provider Name='MSExchange OWA'/><EventID Qualifiers='49156'>{id}</EventID><Level>2</Level><Task>9</Task>" +
        $"<TimeCreated SystemTime='{time}'/><EventRecordID>7</EventRecordID><Channel>Application</Channel><Computer>ATL-MBX-001.litwareinc.com</Computer></System>" +
        $"<EventData>{data}</EventData></Event>";

    [Fact]
    public void EventsRoot_SystemFieldsDataAndRenderedMessage()
    {
        var (events, diagnostics) = Read(EventXmlReader.Read,
            "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n<Events>" +
            Event("88", "<Data>Kim Akers</Data><Data Name='Uri'>sip:kim@litwareinc.com</Data>").Replace("</Event>", "<RenderingInfo Culture='en-US'><Message>Could not create the endpoint.</Message></RenderingInfo></Event>", StringComparison.Ordinal) +
            "</Events>");

        Assert.Empty(diagnostics);
        var e = Assert.Single(events);
        var record = Assert.IsType<EventLogRecord>(e.Payload);
        Assert.Equal(("MSExchange OWA", 88, 49156, 2, 7L, "ATL-MBX-001.litwareinc.com"), (record.Provider, record.EventId, record.Qualifiers, record.Level, record.RecordId, record.Computer));
        Assert.Equal([new EventDataItem(null, "Kim Akers"), new EventDataItem("Uri", "sip:kim@litwareinc.com")], record.Data);
        Assert.Equal("Could not create the endpoint.", record.Message);
        Assert.Equal((new DateTimeOffset(2013, 5, 14, 9, 21, 9, 305, TimeSpan.Zero), TimeQuality.Exact, "ATL-MBX-001"), (e.Timestamp, e.TimeQuality, e.Host));
    }

    [Fact]
    public void UnescapedAmpersandAndControlCharacters_AreRepaired_NotLost()
    {
        var (events, _) = Read(EventXmlReader.Read, Event("88", "<Data>R&D pool\u0003 refused</Data>"));
        Assert.Equal("R&D pool refused", Assert.IsType<EventLogRecord>(Assert.Single(events).Payload).Data[0].Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("R&D ")]
    public void AnEventNestedDeeperThanWindowsWrites_IsSkippedWithItsReason_AndTheNextIsRead(string bareAmpersand)
    {
        // 20,000 levels: LINQ to XML would build them in time quadratic in the depth (200,000 took minutes).
        var deep = string.Concat(Enumerable.Repeat("<a>", 20_000)) + bareAmpersand + "x" + string.Concat(Enumerable.Repeat("</a>", 20_000));
        var userData = "<UserData><Op><Detail><Item><Name>ok</Name></Item></Detail></Op></UserData>";

        var (events, diagnostics) = Read(EventXmlReader.Read,
            Event("88", deep) + "\r\n" + Event("112", string.Empty).Replace("<EventData></EventData>", userData, StringComparison.Ordinal));

        Assert.Equal(112, ((EventLogRecord)Assert.Single(events).Payload!).EventId);
        var skipped = Assert.Single(diagnostics, d => d.Disposition == DiagnosticDisposition.Skipped);
        Assert.Contains("nested more than 64 elements deep", skipped.Message, StringComparison.Ordinal);
        Assert.Equal(1L, skipped.Location.FirstLine);
    }

    [Fact]
    public void AnEventAtTheDepthLimit_WithTextInItsDeepestElement_IsRead()
    {
        // Event, UserData and 63 nested elements: 64 levels of elements; the text inside is no level of its own.
        var userData = "<UserData>" + string.Concat(Enumerable.Repeat("<a>", 63)) + "text" + string.Concat(Enumerable.Repeat("</a>", 63)) + "</UserData>";

        var (events, diagnostics) = Read(EventXmlReader.Read, Event("112", string.Empty).Replace("<EventData></EventData>", userData, StringComparison.Ordinal));

        Assert.Single(events);
        Assert.DoesNotContain(diagnostics, d => d.Disposition == DiagnosticDisposition.Skipped);
    }

    [Fact]
    public void FragmentsWithoutRoot_OnSeveralLines_KeepTheirLines_AndABrokenOneIsSkippedAlone()
    {
        var (events, diagnostics) = Read(EventXmlReader.Read,
            Event("112", "") + "\r\n" + "<Event " + Ns + "><System><EventID>oops</System></Event>\r\n" + Event("103", "<Data>7A3F</Data>").Replace("><", ">\r\n<", StringComparison.Ordinal));

        Assert.Equal([112, 103], events.Select(e => ((EventLogRecord)e.Payload!).EventId));
        Assert.Equal(3L, events[1].Location.FirstLine);
        Assert.True(events[1].Location.LastLine > 10);
        Assert.Equal(2L, Assert.Single(diagnostics, d => d.Severity <= Severity.Warning).Location.FirstLine);
    }

    [Fact]
    public void Wevtutil_Text_DescriptionOnTheNextLineOrTheSame_AndNuls()
    {
        var (events, _) = Read(WevtutilTextReader.Read,
            "Event[0]:\r\n  Log Name: Application\r\n  Source: MSExchange OWA\r\n  Date: 2013-05-14T02:20:58.638\r\n  Event ID: 112\r\n  Level: Information\r\n" +
            "  Keyword: Classic,\0\r\n  Computer: ATL-MBX-001.litwareinc.com\r\n  Description:\r\nEndpoint manager\r\n\r\ninitialized.\r\n\r\n" +
            "Event[1]:\r\n  Source: MSExchange OWA\r\n  Event ID: 103\r\n  Level: Error\r\n  Description: Certificate not found.\r\n");

        Assert.Equal(2, events.Count);
        var first = Assert.IsType<EventLogRecord>(events[0].Payload);
        Assert.Equal(("Application", 4, "Endpoint manager\n\ninitialized.", "Classic,"), (first.Channel, first.Level, first.Message, first.Keywords));
        Assert.Equal((new DateTimeOffset(2013, 5, 14, 2, 20, 58, 638, TimeSpan.Zero), TimeQuality.LocalUnknownOffset), (events[0].Timestamp, events[0].TimeQuality));
        Assert.Equal(("Certificate not found.", 2), (((EventLogRecord)events[1].Payload!).Message, ((EventLogRecord)events[1].Payload!).Level));
        Assert.Equal((14L, 18L), (events[1].Location.FirstLine, events[1].Location.LastLine));
    }
}
