using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Reporting;

/// <summary>The HTML report is one self-contained, inert file: nothing loads, nothing runs, log text stays text.</summary>
public partial class HtmlReportTests
{
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"http://evil.example\">x</a>\" onmouseover=\"alert(3)' & \u001b[31m\u202e";

    private static string Html(DiagnosisResult result)
    {
        var text = new StringWriter();
        HtmlReportWriter.Write(text, result, new DateTimeOffset(2013, 5, 14, 10, 0, 0, TimeSpan.Zero));
        return text.ToString();
    }

    private static DiagnosisResult HostileResult()
    {
        var evidence = new Evidence(new SourceLocation(Hostile + ".LOG", 3, 3, 0), new DateTimeOffset(2013, 5, 14, 9, 0, 0, TimeSpan.Zero), TimeQuality.Exact, Hostile);
        return new DiagnosisResult
        {
            Inputs = [new InputSummary { File = Hostile, Format = InputFormat.SipStack, Host = Hostile }],
            Findings = [new Finding { RuleId = "X-RULE", Title = Hostile, Severity = Severity.Error, Confidence = Confidence.High, Cause = Hostile, Evidence = [evidence], Fix = [new FixStep(Hostile, Hostile)], References = [Hostile] }],
            Unexplained = [new UnexplainedSignal(Hostile, Severity.Error, 1, evidence.Time, evidence.Time, [evidence])],
            Verdict = Verdict.Failing,
            VerdictReason = Hostile,
        };
    }

    [Fact]
    public void TheOnlyInlineStyle_IsAllowedByItsHash_AndNothingElseMayLoad()
    {
        var html = Html(HostileResult());

        var style = Assert.Single(StyleElement().Matches(html)).Groups["css"].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        var csp = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"(?<p>[^\"]+)\">").Groups["p"].Value;
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{hash}'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        foreach (Match tag in Regex.Matches(html, "<[a-zA-Z][^>]*>"))
        {
            // Real tags only (log text is encoded, so its "<" is "&lt;"): none loads, links, submits or runs anything.
            Assert.DoesNotMatch(@"\s(src|href|action|style|on\w+)\s*=", tag.Value);
        }
        Assert.DoesNotContain("url(", style, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileLogText_IsEncoded_AndReadsAsTheSameText()
    {
        var html = Html(HostileResult());

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", html, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty));
        Assert.Contains("<script>alert(1)</script><img src=x onerror=alert(2)>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AScenarioReport_ShowsTheCauseAndTheFix()
    {
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(RepoPaths.SampleTraces, "scenarios", "CERT-NOT-FOUND", "bundle")] });

        var html = Html(result);

        Assert.Contains("<h3>1. <code>CERT-NOT-FOUND</code>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>Get-ExchangeCertificate -Server &#39;ATL-MBX-001&#39;", html, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</body></html>\n", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<style>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
