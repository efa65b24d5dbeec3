using System.Net;
using System.Text.RegularExpressions;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using LyncOwaDiag.Tests.Support;
using Markdig;

namespace LyncOwaDiag.Tests.Reporting;

/// <summary>The Markdown report stays inert however hostile the log text, and reads as the same text once rendered.</summary>
public partial class MarkdownReportTests
{
    private const string Hostile =
        "[click](http://evil.example/a) ![img](http://evil.example/i.png) <script>alert(1)</script> <b>bold</b> " +
        "http://evil.example/b www.evil.example kim@evil.example | a | b | ``tick`` `x` *em* _u_ ~~s~~ &lt; \\ \u001b[31mred\u202egnp";

    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static string Render(DiagnosisResult result)
    {
        var text = new StringWriter();
        MarkdownReportWriter.Write(text, result, new DateTimeOffset(2013, 5, 14, 10, 0, 0, TimeSpan.Zero));
        return Markdown.ToHtml(text.ToString(), Gfm);
    }

    private static DiagnosisResult HostileResult()
    {
        var location = new SourceLocation("MBX01/" + Hostile + ".LOG", 7, 7, 0);
        var evidence = new Evidence(location, new DateTimeOffset(2013, 5, 14, 9, 21, 0, TimeSpan.Zero), TimeQuality.Exact, Hostile);
        var finding = new Finding
        {
            RuleId = "CERT-NOT-FOUND",
            Title = "title " + Hostile,
            Severity = Severity.Error,
            Confidence = Confidence.High,
            Cause = "cause " + Hostile,
            Evidence = [evidence],
            Fix = [new FixStep("step " + Hostile, "Get-Thing -Name '" + Hostile + "'\n```\nnot the end")],
            References = ["Enabling Instant Messaging on Outlook Web App"],
            Count = 1,
        };
        return new DiagnosisResult
        {
            Inputs = [new InputSummary { File = location.File, Format = InputFormat.ExchangeLog, Host = Hostile }],
            Findings = [finding],
            Checklist = [new ChecklistResult("event-112", "title", ChecklistState.Failed, Hostile, [evidence])],
            Unexplained = [new UnexplainedSignal(Hostile, Severity.Error, 3, evidence.Time, evidence.Time, [evidence])],
            NotChecked = [new NotCheckedRule("X", "t", Hostile)],
            Verdict = Verdict.Failing,
            VerdictReason = Hostile,
        };
    }

    [Fact]
    public void HostileLogText_MakesNoLinkImageHtmlOrCell()
    {
        var html = Render(HostileResult());

        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<em>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<del>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202e", html, StringComparison.Ordinal);

        // Every table row has as many cells as its header.
        foreach (Match table in Table().Matches(html))
        {
            var header = Regex.Matches(table.Value, @"<th[\s>]").Count;
            foreach (Match row in Regex.Matches(table.Value, "<tr>(.*?)</tr>", RegexOptions.Singleline).Skip(1))
            {
                Assert.Equal(header, Regex.Matches(row.Value, @"<td[\s>]").Count);
            }
        }
    }

    [Fact]
    public void HostileLogText_IsStillReadable_AsTheSameText()
    {
        var text = WebUtility.HtmlDecode(Regex.Replace(Render(HostileResult()), "<[^>]+>", string.Empty));

        Assert.Contains("[click](http://evil.example/a)", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("kim@evil.example", text, StringComparison.Ordinal);
        Assert.Contains("\\x1B[31mred\\u202Egnp", text, StringComparison.Ordinal);
        Assert.Contains("not the end", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AScenarioReport_HasTheCauseEvidenceFixAndChecklist()
    {
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(RepoPaths.SampleTraces, "scenarios", "CERT-NOT-FOUND", "bundle")] });

        var html = Render(result);

        Assert.Matches("<h3[^>]*>1. <code>CERT-NOT-FOUND</code>", html);
        Assert.Matches("<pre><code[^>]*>Get-ExchangeCertificate -Server ('|&#39;)(?i:ATL-MBX-001)", html);
        Assert.Contains("20130514-1.LOG:6", html, StringComparison.Ordinal);
        Assert.Matches("<h2[^>]*>Verification checklist</h2>", html);
    }

    [GeneratedRegex("<table>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();
}
