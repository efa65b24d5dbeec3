using LyncOwaDiag.Model;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.ExchangeLogRead;

namespace LyncOwaDiag.Tests.Parsing.ExchangeLog;

public class ExchangeLogReaderTests
{
    [Fact]
    public void ImLog_HeaderBlockIsOneEvent_RowsAreOwaImEventsInUtc()
    {
        var (events, diagnostics) = Text(ImHeader +
            "2013-05-14T09:20:58.114Z,27,5,,,,0,DEBUG:InstantMessageOCSProvider.InitializeEndpointManager. Initializing Endpoint with port number : 5075,\r\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["owa.im.header", "owa.im.debug"], events.Select(e => e.Kind));
        var header = Assert.IsType<ExchangeLogHeader>(events[0].Payload);
        Assert.Equal(("Sync Logs", "15.0.0.0", 9), (header.LogType, header.Version, header.Fields.Count));
        Assert.Equal((1L, 5L), (events[0].Location.FirstLine, events[0].Location.LastLine));
        var row = events[1];
        Assert.Equal((EventSource.OwaIm, TimeQuality.Exact, Severity.Verbose), (row.Source, row.TimeQuality, row.Severity));
        Assert.Equal(new DateTimeOffset(2013, 5, 14, 9, 20, 58, 114, TimeSpan.Zero), row.Timestamp);
        Assert.Equal((6L, 6L), (row.Location.FirstLine, row.Location.LastLine));
        Assert.Equal("initializing-endpoint", Assert.IsType<OwaImEntry>(row.Payload).Message);
    }

    [Fact]
    public void QuotedContext_WithCommasDoubledQuotesAndEscapedLineBreaks()
    {
        var entry = ImRow("2013-05-15T07:05:44.500Z,12,1,,,,0,\"ERROR:InstantMessageOCSProvider.InitializeEndpointManager. Exception hit while initializing.  Exception: System.IO.FileLoadException: Could not load \"\"Ucweb, Version=5.0.0.0\"\".\\r\\n   at X.Y()\",");
        Assert.Equal("ERROR:InstantMessageOCSProvider.InitializeEndpointManager. Exception hit while initializing.  Exception: System.IO.FileLoadException: Could not load \"Ucweb, Version=5.0.0.0\".\n   at X.Y()", entry.Context);
        Assert.Equal(1, entry.Level);
        Assert.Equal("init-exception", entry.Message);
    }

    [Fact]
    public void SignInFailure_CarriesUserSipAndPoolAsKeys()
    {
        var (events, _) = Text(ImHeader + "2013-05-14T09:21:09.301Z,44,1,,,,0,\"ERROR:InstantMessageOCSProvider.SignInCallback failed. Context User=kim@litwareinc.com, Sip address=sip:kim@litwareinc.com, Lyncserver=atl-cs-001.litwareinc.com, Exception: boom\",\r\n");
        var row = events[1];
        Assert.Equal(("owa.im.error", Severity.Error), (row.Kind, row.Severity));
        Assert.Contains(new EventKey(KeyKind.Smtp, "kim@litwareinc.com"), row.Keys);
        Assert.Contains(new EventKey(KeyKind.SipUri, "sip:kim@litwareinc.com"), row.Keys);
        Assert.Contains(new EventKey(KeyKind.Fqdn, "atl-cs-001.litwareinc.com"), row.Keys);
        Assert.Equal("sign-in-failed", Assert.IsType<OwaImEntry>(row.Payload).Message);
    }

    [Fact]
    public void CertificateNotFound_IsAnErrorAlthoughLoggedAsDebug_WithTheThumbprintKey()
    {
        var (events, _) = Text(ImHeader + "2013-05-14T09:46:30.301Z,19,5,,,,0,DEBUG:IM Certificate with thumbprint 7a3f 9c2e could not be found.,\r\n");
        var row = events[1];
        Assert.Equal(("owa.im.debug", Severity.Error), (row.Kind, row.Severity));
        Assert.Contains(new EventKey(KeyKind.Thumbprint, "7A3F"), row.Keys);
    }

    [Fact]
    public void RepeatedHeaderBlocks_EachBecomeAHeaderEvent()
    {
        var row = "2013-05-14T09:20:59.000Z,27,5,,,,0,DEBUG:Globals.Initialize: Success!,\r\n";
        var (events, diagnostics) = Text(ImHeader + row + ImHeader.Replace("09:20:58.001", "10:00:00.000", StringComparison.Ordinal) + row.Replace("09:20:59", "10:00:01", StringComparison.Ordinal));
        Assert.Empty(diagnostics);
        Assert.Equal(["owa.im.header", "owa.im.debug", "owa.im.header", "owa.im.debug"], events.Select(e => e.Kind));
        Assert.Equal(new DateTimeOffset(2013, 5, 14, 10, 0, 0, TimeSpan.Zero), events[2].Timestamp);
        Assert.Equal((7L, 11L), (events[2].Location.FirstLine, events[2].Location.LastLine));
    }

    [Fact]
    public void CsvCompatibleHeader_GenericLog_ReadByItsFields()
    {
        var (events, diagnostics) = Text("DateTime,ServerName,EventId,Message\r\n#Software: Microsoft Exchange Server\r\n#Version: 15.01.2375.007\r\n#Log-type: ECP Server Log\r\n" +
            "#Date: 2013-05-14T08:00:00.000Z\r\n#Fields: DateTime,ServerName,EventId,Message\r\n2013-05-14T08:00:05.117Z,ATL-MBX-001,Start,\"a, \"\"quoted\"\" message\"\r\n");

        Assert.Empty(diagnostics);
        var header = Assert.IsType<ExchangeLogHeader>(events[0].Payload);
        Assert.True(header.CsvCompatible);
        Assert.Equal((1L, 6L), (events[0].Location.FirstLine, events[0].Location.LastLine));
        var record = Assert.IsType<ExchangeLogRecord>(events[1].Payload);
        Assert.Equal(("exchange.log", EventSource.ExchangeLog), (events[1].Kind, events[1].Source));
        Assert.Equal("a, \"quoted\" message", record.Value("message"));
        Assert.Equal("ATL-MBX-001", record.Value("ServerName"));
        Assert.Equal("ServerName=ATL-MBX-001 EventId=Start Message=a, \"quoted\" message", events[1].Summary);
    }

    [Fact]
    public void MalformedRows_BecomeDiagnosticsWithLineNumbers_AndTheRestIsRead()
    {
        var (events, diagnostics) = Text(ImHeader +
            "not-a-time,1,5,,,,0,DEBUG:first,\r\n" +
            "2013-05-14T09:20:59.000Z,1,5,,,,0,\"DEBUG:unterminated quote,\r\n" +
            "\r\n" +
            "2013-05-14T09:21:00.000Z,1,5,,,,0,DEBUG:Globals.Initialize: Success!,\r\n");

        Assert.Equal(3, events.Count(e => e.Kind == "owa.im.debug"));
        Assert.Contains(diagnostics, d => d.Location.FirstLine == 6 && d.Message == "line 6: 'not-a-time' is not a UTC time; the row takes the time before it");
        Assert.Contains(diagnostics, d => d.Location.FirstLine == 7 && d.Message == "line 7: malformed CSV: a quoted field is not closed before the end of the line; read as recovered");
        Assert.Contains(diagnostics, d => d.Location.FirstLine == 8 && d.Message == "line 8: blank line");
        Assert.Equal(new DateTimeOffset(2013, 5, 14, 9, 21, 0, TimeSpan.Zero), events[^1].Timestamp);
    }

    [Fact]
    public void RowBeforeAnyHeader_IsSkippedWithItsLine()
    {
        var (events, diagnostics) = Text("2013-05-14T09:20:59.000Z,1,5,,,,0,DEBUG:x,\r\n" + ImHeader);
        Assert.Single(events);
        Assert.Equal("line 1: row before any #Fields header; skipped", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_EveryLineIsAnEventOrASkippedDiagnostic(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.SampleTraces, "formats", name));
        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var (events, diagnostics) = Text(text);
        Assert.Null(LineCoverage.Problem(events, diagnostics, LineCoverage.CountLines(System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.DoesNotContain(diagnostics, d => d.Severity <= Severity.Warning);
    }

    public static TheoryData<string> SampleFiles() =>
        new(Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleTraces, "formats"), "*.LOG", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.SampleTraces, "formats"), f)).Order(StringComparer.Ordinal));
}
