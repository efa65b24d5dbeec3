using LyncOwaDiag.Cli.Tests.Support;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>
/// The reports' sections as a ticket reader needs them: a folded finding's fix marked as an alternative under its own
/// heading, what was not checked with what to collect, and no heading over nothing.
/// </summary>
public class ReportSectionsTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2013, 5, 14, 11, 0, 0, TimeSpan.Zero);

    private static (string Markdown, string Html) Reports(DiagnosisResult result)
    {
        var md = new StringWriter();
        MarkdownReportWriter.Write(md, result, GeneratedAt);
        var html = new StringWriter();
        HtmlReportWriter.Write(html, result, GeneratedAt);
        return (md.ToString(), html.ToString());
    }

    [Fact]
    public void AFoldedFindingsFix_IsAnAlternative_UnderItsOwnHeading_AfterTheCausesFix()
    {
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(CliRun.Root, "sample-traces", "scenarios", "WEBCONFIG-KEYS-MISPLACED", "bundle")] });
        var cause = result.Findings[0];
        Assert.NotEmpty(cause.Consequences);
        var (md, html) = Reports(result);

        var command = cause.Fix.First(f => f.Command is not null).Command!;
        // Markdown keeps a command as it is (a fenced block), HTML encodes it.
        foreach (var (text, written) in new[] { (md, command), (html, HtmlText.Encode(command)) })
        {
            var causeFix = text.IndexOf(written, StringComparison.Ordinal);
            var alternative = text.IndexOf("only if this is a cause of its own", StringComparison.Ordinal);
            Assert.InRange(causeFix, 0, alternative);
            Assert.Equal(cause.Consequences.Count(c => c.Fix.Count > 0), CountOf(text, "only if this is a cause of its own"));
        }
    }

    [Fact]
    public void WhatWasNotChecked_HasASectionOfItsOwn_WithWhatToCollect()
    {
        var result = new DiagnosisResult
        {
            Inputs = [],
            Checklist = [new ChecklistResult("presence-traffic", "Presence traffic flows", ChecklistState.NotChecked, "no SIPStack trace was collected", []) { ToCollect = "a SIPStack trace of the Front End" }],
            NotChecked = [new NotCheckedRule("CLOCK-SKEW", "Clocks differ", "the logs of one server only were collected")],
        };
        var (md, html) = Reports(result);

        Assert.Contains("## Not checked", md, StringComparison.Ordinal);
        Assert.Contains("<h2>Not checked</h2>", html, StringComparison.Ordinal);
        foreach (var text in new[] { md, html })
        {
            Assert.Contains("presence-traffic", text[text.IndexOf("Not checked", StringComparison.Ordinal)..], StringComparison.Ordinal);
            Assert.Contains("a SIPStack trace of the Front End", text, StringComparison.Ordinal);
            Assert.Contains("the logs of one server only were collected", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ASectionWithNothingInIt_IsNotWritten()
    {
        var (md, html) = Reports(new DiagnosisResult { Inputs = [] });

        Assert.DoesNotContain("Verification checklist", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Not checked", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Verification checklist", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul>\n</ul>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul></ul>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table><tr><th>item</th><th>state</th><th>why</th><th>evidence</th></tr>\n</table>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
