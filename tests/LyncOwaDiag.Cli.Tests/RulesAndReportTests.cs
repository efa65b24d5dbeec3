using System.Text.Json;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>The rules commands and triage's exit threshold and JSON report, as a script would use them.</summary>
public sealed class RulesAndReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lyncowadiag-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RulesList_ShowsEveryBuiltInRule()
    {
        var run = CliRun.Of("rules", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("35 rules, 5 checklist items.", run.Out, StringComparison.Ordinal);
        Assert.Contains("CERT-NOT-FOUND", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void DocsRulesMd_IsWhatRulesListFormatMdPrints()
    {
        // docs/rules.md is the rule reference a reader of the repository follows: generated, never edited by hand.
        var run = CliRun.Of("rules", "list", "--format", "md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Rule reference", run.Out, StringComparison.Ordinal);
        Golden.AssertFileMatches(Path.Combine(CliRun.Root, "docs", "rules.md"), run.Out);
    }

    [Fact]
    public void RulesListMarkdown_HasASectionWithFixAndReferencePerRule_AndWorkingAnchors()
    {
        var run = CliRun.Of("rules", "list", "--format", "md");
        var headings = run.Out.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();

        var ids = CliRun.Of("rules", "list").Out.Split('\n').Select(l => l.Trim().Split(' ')[0]).Where(w => w.Contains('-', StringComparison.Ordinal) && w.ToUpperInvariant() == w).ToList();
        Assert.Equal(35, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), headings.Where(h => h != "Verification checklist"));
        foreach (var link in System.Text.RegularExpressions.Regex.Matches(run.Out, @"\]\(#([a-z0-9-]+)\)").Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.Contains(link, headings.Select(h => h.ToLowerInvariant()));
        }

        Assert.Equal(35, System.Text.RegularExpressions.Regex.Matches(run.Out, "^References: \\[", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
    }

    [Fact]
    public void RulesList_UnknownFormat_IsAUsageError()
    {
        var run = CliRun.Of("rules", "list", "--format", "html");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("expected text or md", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesShow_PrintsCauseFixAndReference_AndAnUnknownIdIsAUsageError()
    {
        var run = CliRun.Of("rules", "show", "CERT-NOT-FOUND");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("fix: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("see: Enabling Instant Messaging on Outlook Web App", run.Out, StringComparison.Ordinal);

        var unknown = CliRun.Of("rules", "show", "NO-SUCH-RULE");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no rule 'NO-SUCH-RULE'", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesLint_ExitsOneWithFileLineAndField_ForABadFile_AndZeroForAGoodOne()
    {
        File.WriteAllText(Path.Combine(_folder, "mine.yaml"), "id: MY-RULE\ntitle: t\nseverity: loud\n");

        var bad = CliRun.Of("rules", "lint", _folder);

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("mine.yaml:3:11: severity: 'loud' is not one of", bad.Error, StringComparison.Ordinal);
        Assert.Contains("mine.yaml:1:1: cause: required", bad.Error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_folder, "mine.yaml"), """
            id: MY-RULE
            title: t
            severity: warning
            confidence: low
            versions: { lync: [2015] }
            cause: c
            fix: [{ text: t, command: c }]
            references: [Backward Compatibility]
            match: [{ event: { source: sipstack, sip.status: 503 } }]
            """);
        var good = CliRun.Of("rules", "lint", _folder);
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("1 rule(s), 0 checklist item(s), all valid", good.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_WithABadRulesFolder_StopsWithTheErrors()
    {
        File.WriteAllText(Path.Combine(_folder, "mine.yaml"), "id: [oops\n");
        var run = CliRun.Of("triage", CliRun.Samples, "--rules", _folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("mine.yaml:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_WithAUserRuleWhoseExampleDoesNotHold_Stops_AndRunsOnceItHolds()
    {
        // A user's rule is verified as it loads: one that cannot fire on its own example is not trusted with a bundle.
        const string Rule = """
            rules:
              - id: MY-IM-OFF
                title: IM turned off in web.config
                severity: error
                confidence: high
                versions: { exchange: [2013] }
                cause: c
                fix: [{ text: t, command: c }]
                references: [Enabling Instant Messaging on Outlook Web App]
                examples:
                  - fires:
                      web.config: |
                        <configuration><appSettings><add key="IMServerName" value="pool01.contoso.com" /><add key="EnableIMForOwaPremium" value="false" /></appSettings></configuration>
                match:
                  - config:
                      each: { scope: web.config, where: { EnableIMForOwaPremium: 'VALUE' } }
            """;
        File.WriteAllText(Path.Combine(_folder, "mine.yaml"), Rule.Replace("VALUE", "true", StringComparison.Ordinal));

        var broken = CliRun.Of("triage", CliRun.Samples, "--rules", _folder);

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("mine.yaml:11:", broken.Error, StringComparison.Ordinal);
        Assert.Contains("MY-IM-OFF does not fire on its example (web.config)", broken.Error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_folder, "mine.yaml"), Rule.Replace("VALUE", "false", StringComparison.Ordinal));

        var holding = CliRun.Of("triage", CliRun.Samples, "--rules", _folder);

        Assert.Equal(1, holding.ExitCode);
        Assert.DoesNotContain("do not hold", holding.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_AFailingVerdict_ExitsOne_ThoughNoFindingIsAnError()
    {
        // OWA's REGISTER refused and nothing else: the essential sign-in check fails, no rule names a cause.
        static string Record(string time, string id, string direction, string type, string start, string to, string agent) =>
            $"TL_INFO(TF_PROTOCOL) [atl-cs-001\\ATL-CS-001]0B60.0D6C::05/14/2013-09:21:{time}.0000a00{id} (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(160)) [1843281001] $$begin_record\n" +
            $"Trace-Correlation-Id: 1843281001\nInstance-Id: 00003F0{id}\nDirection: {direction}\nPeer: atl-mbx-001.litwareinc.com:5075\nMessage-Type: {type}\nStart-Line: {start}\n" +
            $"From: <sip:kim@litwareinc.com>;tag=0a1b2c\nTo: {to}\nCall-ID: 5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d\nCSeq: 1 REGISTER\n{agent}\nContent-Length: 0\nMessage-Body: -\n$$end_record\n";
        File.WriteAllText(Path.Combine(_folder, "SIPStack.txt"),
            Record("00.000", "1", "incoming;source=\"internal\";destination=\"local\"", "request", "REGISTER sip:litwareinc.com SIP/2.0", "<sip:kim@litwareinc.com>", "User-Agent: RTCC/5.0.0.0 OWA") +
            Record("00.030", "2", "outgoing;source=\"local\";destination=\"internal\"", "response", "SIP/2.0 403 Forbidden", "<sip:kim@litwareinc.com>;tag=9f8e7d", "Server: RTC/6.0"));
        var json = Path.Combine(_folder, "out", "r.json");
        Directory.CreateDirectory(Path.GetDirectoryName(json)!);

        var run = CliRun.Of("triage", Path.Combine(_folder, "SIPStack.txt"), "--report", json);

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("failing", doc.RootElement.GetProperty("verdict").GetString());
        Assert.DoesNotContain(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() is "error" or "critical");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(0, CliRun.Of("triage", Path.Combine(_folder, "SIPStack.txt"), "--fail-on", "critical").ExitCode);
    }

    [Fact]
    public void Triage_AReportThatCannotBeWritten_ExitsTwo_WithThePathAndTheReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/full, a device that is always full, is Linux's.
        }

        var report = Path.Combine(_folder, "r.md");
        File.CreateSymbolicLink(report, "/dev/full");

        var run = CliRun.Of("triage", CliRun.Samples, "--quiet", "--report", report);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(report, run.Error, StringComparison.Ordinal);
        Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_AReportThatWouldOverwriteAnInput_IsRefused_AndTheInputIsUntouched()
    {
        var input = Path.Combine(_folder, "bundle");
        Directory.CreateDirectory(input);
        var notes = Path.Combine(input, "notes.md");
        File.WriteAllText(notes, "collected by the admin");

        var run = CliRun.Of("triage", input, "--quiet", "--report", notes);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would overwrite the input", run.Error, StringComparison.Ordinal);
        Assert.Equal("collected by the admin", File.ReadAllText(notes));
    }

    [Fact]
    public void BatchTriage_AnOutFolderInsideTheBundles_IsRefused()
    {
        var pile = Path.Combine(_folder, "pile");
        Directory.CreateDirectory(Path.Combine(pile, "case-1"));

        var run = CliRun.Of("triage", "--each", pile, "--out", Path.Combine(pile, "reports"), "--quiet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would read the reports as bundles", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(pile, "reports")));
    }

    [Theory]
    [InlineData("critical", 0)]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    public void Triage_FailOn_SetsTheExitCode(string level, int expected) =>
        Assert.Equal(expected, CliRun.Of("triage", CliRun.Samples, "--fail-on", level).ExitCode);

    [Fact]
    public void Triage_ReportJson_HasTheFieldsOfDesign10()
    {
        var report = Path.Combine(_folder, "triage.json");

        var run = CliRun.Of("triage", CliRun.Samples, "--report", report);

        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        var root = doc.RootElement;
        Assert.Equal("1.1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("failing", root.GetProperty("verdict").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("CERT-NAME-MISMATCH", finding.GetProperty("ruleId").GetString());
        foreach (var field in (string[])["severity", "confidence", "title", "cause", "fix", "references", "count", "firstSeen", "lastSeen", "entities", "consequences", "evidence"])
        {
            Assert.True(finding.TryGetProperty(field, out _), field);
        }

        var evidence = finding.GetProperty("evidence")[0];
        Assert.EndsWith("Z", evidence.GetProperty("time").GetString(), StringComparison.Ordinal);
        Assert.True(evidence.GetProperty("line").GetInt64() > 0);
        foreach (var field in (string[])["checklist", "unexplained", "inputs", "skew", "diagnostics"])
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public void Schema_PrintsTheJsonSchemaOfTheReport()
    {
        var run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        using var schema = JsonDocument.Parse(run.Out);
        Assert.Equal("1.1", schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetString());
    }

    [Fact]
    public void Triage_ReportMarkdown_IsWrittenBesideTheJson()
    {
        var md = Path.Combine(_folder, "ticket.md");
        var json = Path.Combine(_folder, "ticket.json");

        CliRun.Of("triage", CliRun.Samples, "--report", md, "--report", json);

        Assert.StartsWith("# OWA instant messaging triage", File.ReadAllText(md), StringComparison.Ordinal);
        Assert.Contains("### 1. `CERT-NAME-MISMATCH`", File.ReadAllText(md), StringComparison.Ordinal);
        Assert.True(File.Exists(json));
    }

    [Fact]
    public void Triage_ReportsDrawTheFailingDialogs()
    {
        var md = Path.Combine(_folder, "t.md");
        var html = Path.Combine(_folder, "t.html");

        CliRun.Of("triage", Path.Combine(CliRun.Root, "sample-traces", "scenarios", "LYNC-UNREACHABLE", "bundle"), "--report", md, "--report", html);

        var page = File.ReadAllText(html);
        Assert.Matches("<details class=\"excerpt\"><summary>Timeline around it \\(\\d+ events\\)</summary>", page);
        Assert.Contains("<input type=\"checkbox\" id=\"x1-error\" class=\"show-error\" checked>", page, StringComparison.Ordinal);
        Assert.Contains(".show-error:not(:checked)~table .row-error", page, StringComparison.Ordinal);
        Assert.Matches("<tr class=\"row-error\"><td>2013-05-14T09:21:00.100Z</td><td>error</td><td>sipstack</td>", page);
        Assert.Matches("<svg [^>]*role=\"img\">.*<text [^>]*>atl-mbx-001.litwareinc.com</text>.*>504 Server time-out \\(diag 1046\\)</text>.*</svg>", page);

        var text = File.ReadAllText(md);
        Assert.Contains("## Failing dialogs", text, StringComparison.Ordinal);
        Assert.Matches(@"```text\n +atl-mbx-001\.litwareinc\.com +ATL-CS-001\n09:21:01\.109~ +\|-+504 Server time-out-+>\|  diag 1046\n```", text);
    }

    [Fact]
    public void Triage_ReportOfAnotherFormat_IsAUsageError_NotASilentSkip()
    {
        var run = CliRun.Of("triage", CliRun.Samples, "--report", Path.Combine(_folder, "t.pdf"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the format follows the extension: .md, .html or .json", run.Error, StringComparison.Ordinal);
    }
}
