using System.Text.Json;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Tui_WithoutATerminal_SaysSo_AndExitsWithUsage()
    {
        // The test host's input and output are pipes, as in a script: the troubleshooter must not take them over.
        var run = CliRun.Of("tui", CliRun.Samples);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tui needs a terminal", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Triage_OnTheSamples_PrintsInventoryTimelineAndTheCause()
    {
        var run = CliRun.Of("triage", CliRun.Samples);

        // The SIPStack samples show a certificate name mismatch (SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH, 504 with ms-diagnostics 1010).
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ATL-CS-001, ATL-CS-002", run.Out, StringComparison.Ordinal);
        Assert.Contains("DMZ-EDGE01", run.Out, StringComparison.Ordinal);
        // The folder holds ATL-CS-001's, ATL-CS-002's and DMZ-EDGE01's traces: its name stands for none of them.
        Assert.DoesNotContain("sipstack (folder name", run.Out, StringComparison.Ordinal);
        Assert.Contains("Timeline: 25 events from 2013-05-14 09:20:30.004 to 2013-05-14 09:25:05.500 UTC", run.Out, StringComparison.Ordinal);
        Assert.Contains("assumed-UTC: 4 input(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("record starting at line 81 has no $$end_record", run.Out, StringComparison.Ordinal);
        Assert.Contains("Verdict: failing", run.Out, StringComparison.Ordinal);
        Assert.Contains("1. Finding CERT-NAME-MISMATCH (error, high confidence)", run.Out, StringComparison.Ordinal);
        Assert.Contains("[not checked] event-112", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_MarksAHostKnownOnlyByItsFolder_AsAGuess_InText_Csv_AndJsonl()
    {
        // An OCSLogger trace names no machine; alone in a folder, the folder's name is the only (guessed) server.
        var temp = Directory.CreateTempSubdirectory("lyncowadiag-cli-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(temp, "fe-lab"));
            File.Copy(Path.Combine(CliRun.Samples, "ocslogger-register-invite-diagnostics.txt"), Path.Combine(temp, "fe-lab", "trace.txt"));
            var text = CliRun.Of("timeline", temp, "--quiet");
            var csv = CliRun.Of("timeline", temp, "--format", "csv", "--quiet");
            var jsonl = CliRun.Of("timeline", temp, "--format", "jsonl", "--quiet");

            Assert.Contains(" fe-lab (folder-name guess) ", text.Out, StringComparison.Ordinal);
            Assert.Contains(",fe-lab (folder-name guess),", csv.Out, StringComparison.Ordinal);
            var guessed = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("\"hostGuess\":true", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(guessed);
            Assert.All(guessed, l => Assert.Contains("\"host\":{\"name\":\"fe-lab\"}", l, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void Timeline_AFolderOfSeveralServersTraces_LendsItsNameToNone()
    {
        var text = CliRun.Of("timeline", CliRun.Samples, "--quiet");

        Assert.DoesNotContain("folder-name guess", text.Out, StringComparison.Ordinal);
        Assert.Contains(" ATL-CS-001 ", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Jsonl_IsOneEcsObjectPerLine_InTimeOrder()
    {
        var run = CliRun.Of("timeline", CliRun.Samples, "--format", "jsonl", "--quiet");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        var times = lines.Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            Assert.Equal("lyncowadiag.sipstack", doc.RootElement.GetProperty("event").GetProperty("dataset").GetString());
            return doc.RootElement.GetProperty("@timestamp").GetString()!;
        }).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
    }

    [Fact]
    public void Timeline_Csv_HasHeaderAndARowPerEvent()
    {
        var run = CliRun.Of("timeline", Path.Combine(CliRun.Samples, "ocslogger-ms-diagnostics-forms.txt"), "--format", "csv");
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,timeQuality,severity,source,host,kind,summary,callId,file,firstLine,lastLine", rows[0]);
        Assert.Equal(6, rows.Length);
    }

    [Fact]
    public void Timeline_TzRule_ConvertsAndMarksTheTimes()
    {
        var run = CliRun.Of("timeline", Path.Combine(CliRun.Samples, "ocslogger-ms-diagnostics-forms.txt"), "--tz", "-08:00");
        Assert.StartsWith("2013-05-14T17:25:01.100Z+ ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_ShowsFormatHostCountsTimeAndDiagnostics()
    {
        var run = CliRun.Of("inspect", Path.Combine(CliRun.Samples, "cls-frontend-two-searches-truncated.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("format       SIPStack (SIPStack trace entry at line 1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("host         ATL-CS-001, ATL-CS-002 (from content)", run.Out, StringComparison.Ordinal);
        Assert.Contains("events       9 (sip.request 3, sip.response 2, sipstack.trace 2, sipstack.connection 1, sipstack.diagnostic 1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("time         2013-05-14T09:20:30.004Z .. 2013-05-14T09:21:11.500Z (assumed-UTC)", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 81-99: warning: record starting at line 81 has no $$end_record (truncated?); read as far as it goes", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Utf16File_SaysItsEncoding()
    {
        var run = CliRun.Of("inspect", Path.Combine(CliRun.Samples, "cls-edge-utf16le-redirected.txt"));
        Assert.Contains("encoding     UTF-16LE with BOM", run.Out, StringComparison.Ordinal);
        Assert.Contains("events       2", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("triage")]
    [InlineData("triage|x|--tz|Mars/Olympus")]
    [InlineData("timeline|x|--format|xml")]
    [InlineData("triage|x|--on-invalid|maybe")]
    [InlineData("triage|x|--host|nameless")]
    [InlineData("triage|x|--unknown-option")]
    public void UsageErrors_ExitWithTwo(string joined)
    {
        var args = joined.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var samplesArgs = args.Select(a => a == "x" ? CliRun.Samples : a).ToArray();
        var run = CliRun.Of(samplesArgs);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error + run.Out);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PathWildcards_AreExpandedByTheTool_AsCmdAndPowerShellLeaveThemUnexpanded()
    {
        // Given the pattern reaching the program as typed (no shell expanded it)
        var bundle = Path.Combine(CliRun.Root, "sample-traces", "scenarios", "TRUSTED-APP-MISSING", "bundle");
        var pattern = Path.Combine(bundle, "ATL-*");

        var expanded = CliRun.Of("triage", pattern, "--quiet", "--fail-on", "critical");
        var literal = CliRun.Of("triage", Path.Combine(bundle, "ATL-CS-001.zip"), Path.Combine(bundle, "ATL-MBX-001"), "--quiet", "--fail-on", "critical");

        Assert.Equal(0, expanded.ExitCode);
        Assert.Contains("TRUSTED-APP-MISSING", expanded.Out, StringComparison.Ordinal);
        Assert.Equal(literal.Out, expanded.Out);
    }

    [Fact]
    public void PathWildcard_MatchingNothing_ExitsWithTwo_NamingThePattern()
    {
        var pattern = Path.Combine(CliRun.Root, "sample-traces", "LyncOwaDiag-NOSUCH-*.zip");

        var run = CliRun.Of("triage", pattern);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"no file or folder matches '{pattern}'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoReadableInput_ExitsWithTwo_AndSaysWhy()
    {
        var run = CliRun.Of("triage", Path.Combine(CliRun.Root, "README.md"), Path.Combine(CliRun.Root, "does-not-exist"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no readable input", run.Error, StringComparison.Ordinal);
        Assert.Contains("does-not-exist: no such file or folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OnInvalidFail_ExitsWithOne_NamingTheRecord()
    {
        var temp = Directory.CreateTempSubdirectory("lyncowadiag-cli-").FullName;
        try
        {
            var file = Path.Combine(temp, "bad.txt");
            File.WriteAllText(file, "junk line\n" + File.ReadAllText(Path.Combine(CliRun.Samples, "ocslogger-ms-diagnostics-forms.txt")));
            var run = CliRun.Of("timeline", file, "--on-invalid", "fail");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("bad.txt:1: warning: text before the first trace entry", run.Error, StringComparison.Ordinal);

            Assert.Equal(0, CliRun.Of("timeline", file).ExitCode);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("triage", run.Out, StringComparison.Ordinal);
        Assert.Contains("timeline", run.Out, StringComparison.Ordinal);
        Assert.Contains("inspect", run.Out, StringComparison.Ordinal);
    }
}

public class ExchangeSideCommandTests
{
    private static string Formats => Path.Combine(CliRun.Root, "sample-traces", "formats");

    [Fact]
    public void Inspect_Bundle_HostComesFromTheManifest_AndConfigFactsAreListed()
    {
        var run = CliRun.Of("inspect", Path.Combine(Formats, "bundle"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("host         ATL-MBX-001 (manifest)", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 10: web.config appSettings: IMServerName = atl-cs-001.litwareinc.com", run.Out, StringComparison.Ordinal);
        Assert.Contains("time         2013-05-14T09:44:10.000Z", run.Out, StringComparison.Ordinal);
        Assert.Contains("events       14 (owa.im.debug 9, owa.im.error 3, owa.im.header 2)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_MisplacedWebConfig_SaysWhereTheKeysAre()
    {
        var run = CliRun.Of("inspect", Path.Combine(Formats, "web-config", "misplaced"));
        Assert.Contains("IMServerName = atl-cs-001.litwareinc.com (commented out)", run.Out, StringComparison.Ordinal);
        Assert.Contains("IMCertificateThumbprint = 7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01 (outside appSettings)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_FormatListInUtf16_RecognisesTheCmdlet()
    {
        var run = CliRun.Of("inspect", Path.Combine(Formats, "format-list", "Get-OwaVirtualDirectory-utf16.txt"));
        Assert.Contains("encoding     UTF-16LE with BOM", run.Out, StringComparison.Ordinal);
        Assert.Contains(@"Get-OwaVirtualDirectory ATL-MBX-001\owa (Default Web Site): InstantMessagingType = None", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_ImLogAndSipStack_MergeInOneUtcOrder()
    {
        var run = CliRun.Of("timeline", Path.Combine(Formats, "owa-im", "20130514-1.LOG"), Path.Combine(Formats, "sipstack", "ocslogger-register-invite-diagnostics.txt"), "--format", "csv");
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var times = rows.Select(r => r[..24]).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        Assert.Contains(rows, r => r.Contains(",owa-im,", StringComparison.Ordinal) && r.Contains("SignInCallback failed", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",sipstack,", StringComparison.Ordinal));
    }
}

public class TimelineFilterCommandTests
{
    private static string Formats => Path.Combine(CliRun.Root, "sample-traces", "formats");

    private static List<string> Rows(params string[] filters)
    {
        var run = CliRun.Of(["timeline", Formats, "--format", "csv", "--quiet", .. filters]);
        Assert.Equal(0, run.ExitCode);
        return run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
    }

    [Fact]
    public void SourceAndSeverity_Combine()
    {
        var rows = Rows("--source", "sipstack,owa-im", "--severity", "error");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches(@"^[^,]+,[^,]+,(error|critical),(sipstack|owa-im),", r));
    }

    [Fact]
    public void CallId_KeepsOneDialog()
    {
        var rows = Rows("--call-id", "7d6c5b4a39281706f5e4d3c2b1a09f8e");

        // The INVITE, its 504, and the diagnostic record that names the same Call-ID.
        Assert.Equal(["sip.request", "sip.response", "sipstack.diagnostic"], rows.Select(r => r.Split(',')[5]));
        Assert.All(rows, r => Assert.Contains("7d6c5b4a39281706f5e4d3c2b1a09f8e", r, StringComparison.Ordinal));
    }

    [Fact]
    public void CallId_BringsTheClsRecordsLoggedUnderItsCorrelationId()
    {
        var rows = Rows("--call-id", "5f1e2d3c4b5a69788796a5b4c3d2e1f1");

        // The TF_COMPONENT line and the TF_CONNECTION record name no Call-ID; the CLS id [1843281240] joins them.
        Assert.Equal(["sip.request", "sipstack.trace", "sipstack.diagnostic", "sipstack.connection", "sip.response"], rows.Select(r => r.Split(',')[5]));
        Assert.Contains(rows, r => r.Contains("SEC_E_UNTRUSTED_ROOT", StringComparison.Ordinal));
    }

    [Fact]
    public void User_MatchesSipUrisAndSmtpAcrossSources()
    {
        var rows = Rows("--user", "kim@litwareinc.com");
        Assert.Contains(rows, r => r.Contains(",sipstack,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",owa-im,", StringComparison.Ordinal));
    }

    [Fact]
    public void TimeWindowHostAndGrep()
    {
        var rows = Rows("--since", "2013-05-14T09:21:09Z", "--until", "2013-05-14T09:21:10Z", "--host", "ATL-CS-001", "--grep", "certificate");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("ATL-CS-001", r, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.StartsWith("2013-05-14T09:21:09", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--since", "yesterday")]
    [InlineData("--source", "smoke-signals")]
    [InlineData("--severity", "loud")]
    [InlineData("--grep", "([")]
    public void BadFilterValues_AreUsageErrors(string option, string value) =>
        Assert.Equal(2, CliRun.Of("timeline", Formats, option, value).ExitCode);
}

public class FlowCommandTests
{
    private static string Samples => CliRun.Samples;

    [Fact]
    public void Flow_CallId_ClsDialogAcrossHosts_MatchesTheGoldenLadder()
    {
        var run = CliRun.Of("flow", Samples, "--call-id", "5f1e2d3c4b5a69788796a5b4c3d2e1f1", "--quiet");
        Assert.Equal(0, run.ExitCode);
        Golden.AssertMatches("flow-cls-service-504.txt", run.Out);
    }

    [Fact]
    public void Flow_User_Markdown_FencedLaddersForEveryDialog()
    {
        var run = CliRun.Of("flow", Samples, "--user", "sip:kim@litwareinc.com", "--format", "md", "--quiet");
        Assert.Equal(0, run.ExitCode);
        Golden.AssertMatches("flow-user-kim.md", run.Out);
    }

    [Fact]
    public void Flow_FitsAnEightyColumnTicket()
    {
        var run = CliRun.Of("flow", Samples, "--user", "kim@litwareinc.com", "--quiet");
        Assert.All(run.Out.Split('\n'), line => Assert.True(line.Length <= 100, $"too wide: {line}"));
        Assert.Contains("diag 1046", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--call-id|x|--user|y")]
    [InlineData("--call-id|x|--format|pdf")]
    public void Flow_UsageErrors(string joined) =>
        Assert.Equal(2, CliRun.Of(["flow", Samples, .. joined.Split('|', StringSplitOptions.RemoveEmptyEntries)]).ExitCode);
}

public class ClockSkewCommandTests
{
    private static string Record(string bracket, DateTime time, string direction, string peer, string startLine, int i) =>
        $"TL_INFO(TF_PROTOCOL) [{bracket}]0B60.0D6C::{time.ToString("MM/dd/yyyy-HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)}.0000a5f1 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(160)) [1] $$begin_record\n" +
        $"Direction: {direction}\nPeer: {peer}\nStart-Line: {startLine}\nFrom: <sip:kim@litwareinc.com>;tag=1\nTo: <sip:ana@fabrikam.com>\nCall-ID: c{i}\nCSeq: 1 INVITE\nMessage-Body: -\n$$end_record\n";

    [Fact]
    public void Triage_ReportsTheSkew_AndSaysWhetherItWasCorrected()
    {
        var temp = Directory.CreateTempSubdirectory("lyncowadiag-skew-").FullName;
        try
        {
            var fe = new System.Text.StringBuilder();
            var edge = new System.Text.StringBuilder();
            var t = new DateTime(2013, 5, 14, 9, 0, 0);
            for (var i = 0; i < 5; i++, t = t.AddSeconds(1))
            {
                fe.Append(Record(@"p\ATL-CS-001", t, "outgoing", "atl-edge-01.litwareinc.com:5061", "INVITE sip:ana@fabrikam.com SIP/2.0", i));
                edge.Append(Record(@"d\ATL-EDGE-01", t.AddMilliseconds(3020), "incoming", "atl-cs-001.litwareinc.com:5061", "INVITE sip:ana@fabrikam.com SIP/2.0", i));
                edge.Append(Record(@"d\ATL-EDGE-01", t.AddMilliseconds(3030), "outgoing", "atl-cs-001.litwareinc.com:5061", "SIP/2.0 200 OK", i));
                fe.Append(Record(@"p\ATL-CS-001", t.AddMilliseconds(50), "incoming", "atl-edge-01.litwareinc.com:5061", "SIP/2.0 200 OK", i));
            }

            File.WriteAllText(Path.Combine(temp, "fe.txt"), fe.ToString());
            File.WriteAllText(Path.Combine(temp, "edge.txt"), edge.ToString());

            var corrected = CliRun.Of("triage", temp);
            Assert.Contains("atl-edge-01 is +3.000 s against atl-cs-001 (between +2.980 s and +3.020 s, 10 message pairs), over 1 s; corrected", corrected.Out, StringComparison.Ordinal);
            Assert.Contains("skew-corrected", corrected.Out, StringComparison.Ordinal);

            var kept = CliRun.Of("triage", temp, "--no-skew-correction");
            Assert.Contains("over 1 s; not corrected (--no-skew-correction)", kept.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}

/// <summary>sample-traces/scenarios/clock-skew-three-hosts: known clocks, one failing OWA sign-in.</summary>
public class ThreeHostScenarioTests
{
    private static string Scenario => Path.Combine(CliRun.Root, "sample-traces", "scenarios", "clock-skew-three-hosts");

    [Fact]
    public void Triage_RecoversTheEdgeSkew_AndInfersTheLocalExportsOffset()
    {
        var run = CliRun.Of("triage", Scenario);
        var skew = System.Text.RegularExpressions.Regex.Match(run.Out, @"dmz-edge01 is \+(?<s>\d+\.\d+) s against atl-cs-001");
        Assert.True(skew.Success, run.Out);
        Assert.InRange(double.Parse(skew.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture), 2.450, 2.550);
        Assert.Contains("MBX01/Application.csv: UTC-07:00 inferred", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_ReportsTheEdgeClockAsAFinding_WithEvidenceAndFix()
    {
        var run = CliRun.Of("triage", Scenario, "--no-color");

        // The console may wrap long lines: compare with whitespace runs folded.
        var text = System.Text.RegularExpressions.Regex.Replace(run.Out, @"\s+", " ");
        Assert.Contains("Finding CLOCK-SKEW (warning, high confidence): Server clocks differ", text, StringComparison.Ordinal);
        Assert.Matches(@"evidence: \S*EDGE01/cls-search\.txt:\d+-\d+ \[[^\]]+\] SUBSCRIBE request Call-ID \w+ CSeq 1: received by dmz-edge01, \+25\d\d ms after it was sent", text);
        Assert.Contains("fix: Resynchronise dmz-edge01 with the domain time hierarchy w32tm /resync /rediscover", text, StringComparison.Ordinal);
        Assert.Contains("Verdict: failing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_NamesTheFailedTransaction_AsTheSlowest()
    {
        // The Front End's SERVICE to OWA's port 5199 waits ~1 s and gets 504; the FE → Edge SUBSCRIBEs are answered.
        var run = CliRun.Of("triage", Scenario, "--no-color");
        Assert.Matches(@"SIP transactions \(request to final response, each on its host's clock\): \d+ answered, 1 failed: 504 ×1; 0 unanswered", run.Out);
        Assert.Matches(@"slowest 1\.0\d\d s: SERVICE CSeq 3 → 504 on ATL-CS-001", run.Out);
    }

    [Fact]
    public void Timeline_PutsTheSignInStepsOfThreeHostsInTheirOrder()
    {
        var run = CliRun.Of("timeline", Scenario, "--since", "2013-05-14T09:21:08Z", "--until", "2013-05-14T09:21:13Z", "--format", "csv", "--quiet");
        (string Host, string Marker)[] expected =
        [
            ("ATL-MBX-001", "MSExchange OWA 112:"),
            ("ATL-MBX-001", "EndpointManager initialized successfully"),
            ("ATL-MBX-001", "CreateEndpointAndBeginSignIn"),
            ("ATL-CS-001", "incoming REGISTER"),
            ("ATL-CS-001", "outgoing SIP/2.0 200 OK (1 REGISTER)"),
            ("ATL-CS-001", "outgoing SERVICE"),
            ("ATL-CS-001", "incoming SIP/2.0 504 Server time-out (3 SERVICE)"),
            ("ATL-MBX-001", "SignInCallback failed"),
            ("ATL-MBX-001", "MSExchange OWA 88:"),
        ];
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var positions = expected.Select(x => rows.FindIndex(r => r.Contains($",{x.Host},", StringComparison.Ordinal) && r.Contains(x.Marker, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Flow_FederatedDialog_SkewCorrectedOnTheEdge_MatchesTheGoldenLadder()
    {
        var run = CliRun.Of("flow", Scenario, "--call-id", "fed01a1b2c3d4e5f60718293a4b5c6d7e8f", "--quiet");
        Golden.AssertMatches("flow-scenario-federated.txt", run.Out);
    }

    [Fact]
    public void Flow_FailingService_MatchesTheGoldenLadder()
    {
        var run = CliRun.Of("flow", Scenario, "--call-id", "0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d01", "--format", "md", "--quiet");
        Golden.AssertMatches("flow-scenario-service-504.md", run.Out);
    }
}
