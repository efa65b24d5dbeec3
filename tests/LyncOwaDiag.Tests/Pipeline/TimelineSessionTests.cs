using System.Globalization;
using System.Text;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using LyncOwaDiag.Time;
using static LyncOwaDiag.Tests.Support.SipStackSome;

namespace LyncOwaDiag.Tests.Pipeline;

public class TimelineSessionTests
{
    private static (List<TimelineEvent> Events, IReadOnlyList<InputSummary> Inputs, IReadOnlyList<ParseDiagnostic> Diagnostics) Run(DiagnoseOptions options)
    {
        using var session = TimelineSession.Open(options);
        var events = session.Events().ToList();
        return (events, session.Inputs, session.Diagnostics.Kept);
    }

    [Fact]
    public void AFileDeletedAfterItWasFound_IsNamedWithAReason_AndTheOthersAreRead()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", Encoding.UTF8.GetBytes(ProtocolRecord(callId: "kept")));
        var gone = temp.File("b.txt", Encoding.UTF8.GetBytes(ProtocolRecord(callId: "gone")));

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.Path] });
        File.Delete(gone);
        var events = session.Events().ToList();

        Assert.Equal("kept", Assert.Single(events).KeyValue(KeyKind.CallId));
        var diagnostic = Assert.Single(session.Diagnostics.Kept, d => d.Location.File.EndsWith("b.txt", StringComparison.Ordinal));
        Assert.Contains("reading stopped", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("b.txt", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AFileThatGrowsOrShrinksWhileItIsRead_IsSaidSo_WithBothSizes(bool grows)
    {
        using var temp = new TempFolder();
        var first = ProtocolRecord(callId: "first");
        var path = temp.File("live.txt", Encoding.UTF8.GetBytes(first + ProtocolRecord(callId: "second")));
        var found = new FileInfo(path).Length;

        // One thread and no reorder window: the first event arrives while the file is still being read.
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.Path], ParallelFiles = 0, ReorderWindow = 1 });
        var events = new List<TimelineEvent>();
        foreach (var e in session.Events())
        {
            if (events.Count == 0)
            {
                // A live log still written, or a copy cut short, between the first event and the end of the read.
                using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                file.SetLength(grows ? found + 100 : Encoding.UTF8.GetByteCount(first));
            }

            events.Add(e);
        }

        var note = Assert.Single(session.Diagnostics.Kept, d => d.Message.Contains("changed while it was read", StringComparison.Ordinal));
        Assert.Contains($"{found:N0} bytes when it was found", note.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticDisposition.Noted, note.Disposition);
        Assert.NotEmpty(events);
    }

    [Fact]
    public void AFileDeletedWhileItIsRead_IsReadToItsEnd_ThroughTheHandleAlreadyOpen()
    {
        using var temp = new TempFolder();
        var path = temp.File("going.txt", Encoding.UTF8.GetBytes(ProtocolRecord(callId: "one") + ProtocolRecord(callId: "two") + ProtocolRecord(callId: "three")));

        // One thread and no reorder window: the first event arrives while the file is still being read.
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.Path], ParallelFiles = 0, ReorderWindow = 1 });
        var callIds = new List<string?>();
        foreach (var e in session.Events())
        {
            if (callIds.Count == 0)
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException)
                {
                    // Windows refuses to delete a file open for reading: the read goes on the same way.
                }
            }

            callIds.Add(e.KeyValue(KeyKind.CallId));
        }

        Assert.Equal(["one", "two", "three"], callIds);
        Assert.DoesNotContain(session.Diagnostics.Kept, d => d.Severity <= Severity.Warning);
    }

    [Fact]
    public void Hosts_FromClsBracket_ThenHostOption_ThenFolderNameMarked()
    {
        using var temp = new TempFolder();
        var cls = temp.File("bundle/FE01/cls.txt", ProtocolRecord(cls: true));
        var ocs = temp.File("bundle/FE02/ocs.txt", ProtocolRecord());
        var named = temp.File("bundle/FE03/ocs.txt", ProtocolRecord());
        Assert.True(HostRule.TryParse("FE03=ATL-CS-003", out var rule, out _));

        var (events, inputs, _) = Run(new DiagnoseOptions { Paths = [cls, ocs, named], Hosts = [rule!] });

        Assert.Equal(["ATL-CS-001", "FE02", "ATL-CS-003"], events.OrderBy(e => e.Location.File, StringComparer.Ordinal).Select(e => e.Host));
        Assert.Equal([HostOrigin.Content, HostOrigin.FolderName, HostOrigin.Option], inputs.Select(i => i.HostOrigin));
    }

    [Fact]
    public void HostOption_CorrectsAManifest_WhichStillBeatsTheFolderName()
    {
        using var temp = new TempFolder();
        temp.File("bundle/mbx/manifest.json", """{ "schema": "lyncowadiag-bundle/1", "host": "ATL-MBX-009", "role": "frontend", "items": [] }""");
        var ocs = temp.File("bundle/mbx/ocs.txt", ProtocolRecord());
        Assert.True(HostRule.TryParse("*/mbx/ocs.txt=ATL-CS-004", out var rule, out _));

        var (_, withOption, _) = Run(new DiagnoseOptions { Paths = [temp.Path], Hosts = [rule!] });
        var (_, withManifest, _) = Run(new DiagnoseOptions { Paths = [temp.Path] });

        Assert.Equal(("ATL-CS-004", HostOrigin.Option), withOption.Where(i => i.File.EndsWith("ocs.txt", StringComparison.Ordinal)).Select(i => (i.Host, i.HostOrigin)).Single());
        Assert.Equal(("ATL-MBX-009", HostOrigin.Manifest), withManifest.Where(i => i.File.EndsWith("ocs.txt", StringComparison.Ordinal)).Select(i => (i.Host, i.HostOrigin)).Single());
    }

    [Fact]
    public void TimeZoneRule_ConvertsTheMatchingFileOnly()
    {
        using var temp = new TempFolder();
        var local = temp.File("FE01/local.txt", ProtocolRecord(callId: "local"));
        var utc = temp.File("FE02/utc.txt", ProtocolRecord(callId: "utc"));
        Assert.True(TimeZoneRule.TryParse("FE01/*=-08:00", out var rule, out _));

        var (events, _, _) = Run(new DiagnoseOptions { Paths = [local, utc], TimeZones = [rule!] });

        var converted = events.Single(e => e.KeyValue(KeyKind.CallId) == "local");
        Assert.Equal((new DateTimeOffset(2013, 5, 14, 17, 21, 7, 412, TimeSpan.Zero), TimeQuality.OffsetApplied), (converted.Timestamp, converted.TimeQuality));
        Assert.Equal(TimeQuality.AssumedUtc, events.Single(e => e.KeyValue(KeyKind.CallId) == "utc").TimeQuality);
        Assert.Equal(["utc", "local"], events.Select(e => e.KeyValue(KeyKind.CallId)));
    }

    [Fact]
    public void Files_AreMergedByTime_AndAppendedSearchesRepaired()
    {
        using var temp = new TempFolder();
        var a = temp.File("a.txt", ProtocolRecord(callId: "a-0907") + ProtocolRecord(callId: "a-0905").Replace("09:21:07", "09:21:05", StringComparison.Ordinal));
        var b = temp.File("b.txt", ProtocolRecord(callId: "b-0906").Replace("09:21:07", "09:21:06", StringComparison.Ordinal));

        var (events, _, _) = Run(new DiagnoseOptions { Paths = [a, b] });

        Assert.Equal(["a-0905", "b-0906", "a-0907"], events.Select(e => e.KeyValue(KeyKind.CallId)));
    }

    [Fact]
    public void EqualTimes_KeepInputOrderThenFileOrder()
    {
        using var temp = new TempFolder();
        var a = temp.File("a.txt", ProtocolRecord(callId: "a1") + ProtocolRecord(callId: "a2"));
        var b = temp.File("b.txt", ProtocolRecord(callId: "b1"));

        var (events, _, _) = Run(new DiagnoseOptions { Paths = [a, b] });

        Assert.Equal(["a1", "a2", "b1"], events.Select(e => e.KeyValue(KeyKind.CallId)));
    }

    [Fact]
    public void Utf16WithoutBom_IsRead()
    {
        using var temp = new TempFolder();
        var file = temp.File("FE01/utf16.txt", Encoding.Unicode.GetBytes(ProtocolRecord(cls: true).Replace("\n", "\r\n", StringComparison.Ordinal)));

        var (events, inputs, _) = Run(new DiagnoseOptions { Paths = [file] });

        Assert.Equal("abc123", Assert.Single(events).KeyValue(KeyKind.CallId));
        Assert.Equal("UTF-16LE without BOM", Assert.Single(inputs).Encoding);
    }

    [Fact]
    public void UnknownBinaryEmptyAndOrphanDisplayInformation_AreSkippedWithOneLineEach()
    {
        using var temp = new TempFolder();
        var junk = new byte[8192];
        new Random(5).NextBytes(junk);
        temp.File("junk.log", junk);
        temp.File("empty.txt", []);
        temp.File("notes.txt", "meeting notes\nnothing to see\n");
        temp.File("app_1033.MTA", "MTAFile\0"u8.ToArray());
        temp.File("trace.txt", ProtocolRecord());

        var (events, inputs, diagnostics) = Run(new DiagnoseOptions { Paths = [temp.Path] });

        Assert.Single(events);
        var skipped = inputs.Where(i => i.SkippedReason is not null).ToDictionary(i => Path.GetFileName(i.File), i => i.SkippedReason);
        Assert.Equal("display information (MTA) without its .evtx beside it (expected in the folder above LocaleMetaData)", skipped["app_1033.MTA"]);
        Assert.Equal("empty file: empty file", skipped["empty.txt"]);
        Assert.Equal("binary data: binary content (control bytes), not text", skipped["junk.log"]);
        Assert.Equal("unknown format: no known format recognised in the first lines", skipped["notes.txt"]);
        Assert.Equal(4, diagnostics.Count(d => d.Disposition == DiagnosticDisposition.InputSkipped));
    }

    [Fact]
    public void FailPolicy_StopsAtTheFirstInvalidRecord()
    {
        using var temp = new TempFolder();
        var file = temp.File("bad.txt", "garbage first\n" + ProtocolRecord());

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [file], OnInvalid = InvalidDataPolicy.Fail });
        var e = Assert.Throws<InvalidInputException>(() => session.Events().ToList());
        Assert.Equal((1, 1), (e.Diagnostic.Location.FirstLine, e.Diagnostic.Location.LastLine));
    }

    [Fact]
    public void Inventory_CountsLinesEventsKindsAndTimeRange()
    {
        using var temp = new TempFolder();
        var file = temp.File("FE01/t.txt", ProtocolRecord() + ProtocolRecord("SIP/2.0 200 OK").Replace("09:21:07.412", "09:21:08.000", StringComparison.Ordinal));

        var (_, inputs, _) = Run(new DiagnoseOptions { Paths = [file] });

        var input = Assert.Single(inputs);
        Assert.Equal((InputFormat.SipStack, 26L, 2L), (input.Format, input.Lines, input.Events));
        Assert.Equal(1, input.EventsByKind["sip.request"]);
        Assert.Equal(1, input.EventsByKind["sip.response"]);
        Assert.Equal(new DateTimeOffset(2013, 5, 14, 9, 21, 8, 0, TimeSpan.Zero), input.Last);
    }
}

public class DiagnoserTests
{
    [Fact]
    public void Result_CarriesEveryTimeAssumptionWithItsGrounds_AndTheSkews()
    {
        var scenario = Path.Combine(RepoPaths.SampleTraces, "scenarios", "clock-skew-three-hosts");
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [scenario] });

        Assert.Equal("dmz-edge01", Assert.Single(result.Skews).Host);
        var csv = Assert.Single(result.TimeAssumptions, a => a.File.EndsWith("Application.csv", StringComparison.Ordinal));
        Assert.Equal(TimeQuality.OffsetApplied, csv.Quality);
        Assert.StartsWith("UTC-07:00 inferred", csv.How, StringComparison.Ordinal);
        Assert.Contains(result.TimeAssumptions, a => a.File.EndsWith("FE01/cls-search.txt", StringComparison.Ordinal) && a.Quality == TimeQuality.AssumedUtc);
        Assert.Contains(result.TimeAssumptions, a => a.File.EndsWith("EDGE01/cls-search.txt", StringComparison.Ordinal) && a.Quality == TimeQuality.SkewCorrected);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SkewOverOneSecond_IsAClockSkewFinding_WithTheMessagesOnBothHostsAsEvidence(bool corrected)
    {
        var scenario = Path.Combine(RepoPaths.SampleTraces, "scenarios", "clock-skew-three-hosts");
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [scenario], SkewCorrection = corrected });

        var finding = Assert.Single(result.Findings, f => f.RuleId == "CLOCK-SKEW");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith("dmz-edge01's clock is 2.4", finding.Cause, StringComparison.Ordinal);
        Assert.Contains("ahead of atl-cs-001's", finding.Cause, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Location.File.EndsWith("FE01/cls-search.txt", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e.Location.File.EndsWith("EDGE01/cls-search.txt", StringComparison.Ordinal));
        Assert.All(finding.Evidence, e => Assert.True(e.Location.FirstLine > 0));
        Assert.Contains(finding.Fix, f => f.Command == "w32tm /resync /rediscover");
        Assert.Equal((1, corrected), (result.Skews.Count, result.SkewsCorrected));
    }

    [Fact]
    public void SkewSample_IsSharedAmongAHostsFiles_SoAnEarlierRollFileDoesNotUseItUp()
    {
        // The Front End's trace rolled: an earlier piece of the morning (which the Edge's trace does not overlap) sorts
        // before the piece that does, and holds more messages than the whole budget.
        using var temp = new TempFolder();
        var scenario = Path.Combine(RepoPaths.SampleTraces, "scenarios", "clock-skew-three-hosts");
        foreach (var file in Directory.EnumerateFiles(scenario, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            temp.File(Path.GetRelativePath(scenario, file), File.ReadAllBytes(file));
        }

        var roll = new StringBuilder();
        for (var i = 0; i < 600; i++)
        {
            var at = new DateTime(2013, 5, 14, 6, 0, 0, DateTimeKind.Utc).AddSeconds(i);
            roll.Append(CultureInfo.InvariantCulture, $"TL_INFO(TF_PROTOCOL) [atl-cs-001\\ATL-CS-001]0B60.0D6C::{at:MM/dd/yyyy-HH:mm:ss.fff}.0000{i:X4} (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(160)) [18432{i:D5}] $$begin_record\n")
                .Append(CultureInfo.InvariantCulture, $"Trace-Correlation-Id: 18432{i:D5}\nInstance-Id: 0000{i:X4}\nDirection: outgoing;source=\"local\";destination=\"internal\"\nPeer: atl-cs-002.litwareinc.com:5061\nMessage-Type: request\n")
                .Append(CultureInfo.InvariantCulture, $"Start-Line: OPTIONS sip:atl-cs-002.litwareinc.com:5061;transport=tls SIP/2.0\nFrom: <sip:atl-cs-001.litwareinc.com>;tag=r{i}\nTo: <sip:atl-cs-002.litwareinc.com>\nCall-ID: roll{i:D8}\nCSeq: 1 OPTIONS\nContent-Length: 0\nMessage-Body: -\n$$end_record\n");
        }

        temp.File("FE01/a-earlier-roll.txt", Encoding.UTF8.GetBytes(roll.ToString()));

        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [temp.Path], SkewSampleMessages = 500 });

        Assert.Equal("dmz-edge01", Assert.Single(result.Skews).Host);
    }

    [Fact]
    public void SkewSample_IsTakenFromEachTrace_SoTheFirstTraceDoesNotUseItUp()
    {
        var scenario = Path.Combine(RepoPaths.SampleTraces, "scenarios", "clock-skew-three-hosts");
        var traces = Directory.EnumerateFiles(scenario, "cls-search.txt", SearchOption.AllDirectories).ToList();
        Assert.True(traces.Count >= 2);
        var smallest = traces.Min(t =>
        {
            using var one = TimelineSession.Open(new DiagnoseOptions { Paths = [t] });
            return one.Events().Count(e => e.Payload is SipMessage);
        });

        // A budget as large as the smallest trace: taken by the traces in turn, the first one would use it all.
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [scenario], SkewSampleMessages = smallest });

        Assert.Equal("dmz-edge01", Assert.Single(result.Skews).Host);
    }

    [Fact]
    public void SkewUnderOneSecond_IsNoFinding()
    {
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack")] });
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "CLOCK-SKEW");
    }
}
