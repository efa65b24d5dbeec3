using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LyncOwaDiag.Cli.Tests.Support;
using Markdig;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>
/// Log text is untrusted from end to end: hostile SIP headers, IM log text, free-text trace lines and file names go
/// through triage, the three reports and the timeline, and come out inert (no markup, link, escape sequence or
/// spreadsheet formula) yet readable.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)> [click](http://evil.example/a) www.evil.example | x | y | `tick` *em* \u001b[31mred\u001b]8;;http://evil.example\u0007 \u202egnp";

    private readonly string _root = Directory.CreateTempSubdirectory("lyncowadiag-hostile-").FullName;

    public HostileInputTests()
    {
        var bundle = Path.Combine(_root, "bundle", "MBX01");
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(bundle, "im`[x](http%3A--evil)<b>*.LOG"),
            "#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: Sync Logs\r\n#Date: 2013-05-14T09:20:58.001Z\r\n" +
            "#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag\r\n" +
            $"2013-05-14T09:21:09.301Z,44,1,,,,0,\"ERROR:InstantMessageOCSProvider.SignInCallback failed. Context User=kim@litwareinc.com {Payload.Replace("\"", "\"\"", StringComparison.Ordinal)}, Sip address=sip:kim@litwareinc.com, Lyncserver=atl-cs-001.litwareinc.com, Exception: x\",\r\n");
        File.WriteAllText(Path.Combine(_root, "bundle", "fe-trace.txt"),
            "TL_INFO(TF_PROTOCOL) [0]1D40.1E04::05/14/2013-09:21:10.100.00020001 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))$$begin_record\r\n" +
            "Trace-Correlation-Id: 2003888399\r\nInstance-Id: 00005001\r\nDirection: outgoing;source=\"local\";destination=\"internal\"\r\nPeer: atl-owa-001.litwareinc.com:5075\r\n" +
            "Message-Type: response\r\nStart-Line: SIP/2.0 404 Not Found\r\nFrom: <sip:kim@litwareinc.com>;tag=0a0b0c0d;epid=01020304\r\nTo: <sip:dana@contoso.com>;tag=1a1b1c1d\r\n" +
            "Call-ID: 33445566778899aabbccddeeff001122\r\nCSeq: 2 SUBSCRIBE\r\n" +
            $"ms-diagnostics: 4005;reason=\"{Payload.Replace("\"", "'", StringComparison.Ordinal)}\";source=\"atl-cs-001.litwareinc.com\"\r\nContent-Length: 0\r\nMessage-Body: -\r\n$$end_record\r\n" +
            "TL_INFO(TF_COMPONENT) [0]1D40.1E04::05/14/2013-09:21:11.000.00020003 (SIPStack,Foo::Bar:foo.cpp(1))=HYPERLINK(\"http://evil.example\",\"click\")\r\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Bundle => Path.Combine(_root, "bundle");

    [Fact]
    public void Triage_Console_HasNoEscapeSequenceOrBidiOverride()
    {
        var run = CliRun.Of("triage", Bundle);

        Assert.DoesNotContain('\u001b', run.Out + run.Error);
        Assert.DoesNotContain('\u0007', run.Out + run.Error);
        Assert.DoesNotContain('\u202e', run.Out + run.Error);
        Assert.Contains("\\x1B[31mred", run.Out, StringComparison.Ordinal);
    }

    private static readonly HashSet<string> CitedDocumentation = LyncOwaDiag.Classification.Rules.RuleSet.Load().Rules
        .SelectMany(r => r.References).Select(r => r.Url).OfType<string>().ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Reports_AreInert_AndReadable()
    {
        var md = Path.Combine(_root, "r.md");
        var html = Path.Combine(_root, "r.html");
        var json = Path.Combine(_root, "r.json");

        CliRun.Of("triage", Bundle, "--report", md, "--report", html, "--report", json);

        var rendered = Markdown.ToHtml(File.ReadAllText(md), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        foreach (var page in new[] { rendered, File.ReadAllText(html) })
        {
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
            // The only links are the documentation the rules cite: nothing from the logs becomes one.
            var links = Regex.Matches(page, "<a [^>]*href=\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();
            Assert.All(links, url => Assert.Contains(url, CitedDocumentation));
            Assert.Equal(links.Count, Regex.Matches(page, "<a ", RegexOptions.IgnoreCase).Count);
            Assert.DoesNotContain("<b>", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\u001b", page, StringComparison.Ordinal);
            var text = WebUtility.HtmlDecode(Regex.Replace(page, "<[^>]+>", string.Empty));
            Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
            Assert.Contains("[x](http%3A--evil)<b>*.LOG", text, StringComparison.Ordinal);
        }

        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()),
            e => e.GetProperty("excerpt").GetString()!.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void TimelineCsv_RunsNoFormula()
    {
        var run = CliRun.Of("timeline", Bundle, "--format", "csv", "--quiet");

        Assert.Contains("HYPERLINK", run.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch("(^|,)\"?[=+@-]HYPERLINK", run.Out.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Aggregate(string.Empty, (a, l) => a + "\n" + l));
        Assert.DoesNotContain('\u001b', run.Out);
    }
}
