using LyncOwaDiag.Model;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>The findings pane's lines and the incremental search, without a terminal.</summary>
public class PaneAndSearchTests
{
    private static Finding Finding(string id, Severity severity, params Finding[] consequences) =>
        new() { RuleId = id, Title = id + " title", Severity = severity, Confidence = Confidence.High, Cause = "c", Count = 3, Consequences = consequences };

    [Fact]
    public void FindingsPane_ShowsCausesWithTheirConsequencesIndented_SeverityAsAWord()
    {
        var pane = new FindingsPane(new DiagnosisResult
        {
            Inputs = [],
            Findings = [Finding("CAUSE", Severity.Error, Finding("EFFECT", Severity.Warning)), Finding("OTHER", Severity.Info)],
            Verdict = Verdict.Failing,
            VerdictReason = "1 cause",
        });

        Assert.Equal(4, pane.Count);
        Assert.Equal("     Summary · failing: 1 cause", pane.Line(FindingsPane.SummaryRow, 80));
        Assert.Null(pane[FindingsPane.SummaryRow]);
        Assert.Equal("ERR  CAUSE title ×3", pane.Line(1, 80));
        Assert.Equal("WARN   EFFECT title ×3", pane.Line(2, 80));
        Assert.Equal("ERR  CAUSE…", pane.Line(1, 11));
        Assert.Equal("OTHER", pane[3]!.RuleId);
        Assert.Equal("failing: 1 cause", pane.Verdict);
        Assert.Equal(1, pane.FirstRow);
    }

    [Fact]
    public void FindingsPane_MakesEscapeSequencesInTitlesVisible()
    {
        var pane = new FindingsPane(new DiagnosisResult { Inputs = [], Findings = [Finding("X\u001b[2J", Severity.Error)] });

        Assert.DoesNotContain('\u001b', pane.Line(1, 80));
        Assert.DoesNotContain('\u001b', pane.Page(1).Text);
    }

    [Fact]
    public void Search_FindsForwardAndBackward_Wrapping_AndReportsABadPattern()
    {
        string[] rows = ["REGISTER kim", "200 OK", "SUBSCRIBE kim", "504 Server time-out", "BYE"];
        var search = new Search(i => rows[i], () => rows.Length);

        Assert.True(search.SetPattern("kim"));
        Assert.Equal(2, search.Find(0));
        Assert.Equal(0, search.Find(2));
        Assert.Equal(2, search.Find(0, backwards: true));
        Assert.True(search.SetPattern("^5\\d\\d"));
        Assert.Equal(3, search.Find(4));
        Assert.False(search.SetPattern("(unclosed"));
        Assert.NotNull(search.Error);
        Assert.Null(search.Find(0));
        Assert.False(search.SetPattern("(k)\\1"));
        Assert.True(search.SetPattern("nothing here"));
        Assert.Null(search.Find(0));
    }
}
