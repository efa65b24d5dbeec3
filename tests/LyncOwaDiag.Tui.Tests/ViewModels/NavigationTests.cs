using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>The moves of the n/N, Enter, ] / [ and t keys, on the compact timeline index, without a terminal.</summary>
public class NavigationTests
{
    private static readonly DateTimeOffset T0 = new(2013, 5, 14, 9, 0, 0, TimeSpan.Zero);

    private static TimelineEvent Event(int line, Severity severity, string file = "trace.txt") => new()
    {
        Timestamp = T0.AddSeconds(line),
        TimeQuality = TimeQuality.Exact,
        Source = EventSource.SipStack,
        Severity = severity,
        Kind = "sipstack.trace",
        Summary = "line " + line,
        Location = new SourceLocation(file, line, line, line * 100),
    };

    private static TimelineIndex Index() => TimelineIndex.Build(
    [
        Event(1, Severity.Info), Event(2, Severity.Error), Event(3, Severity.Info), Event(4, Severity.Warning),
        Event(5, Severity.Critical), Event(6, Severity.Info),
    ]);

    [Fact]
    public void NextAndPreviousError_SkipWhatIsBelowError_AndStayAtTheEnds()
    {
        var cursor = new TimelineCursor(Index());

        Assert.True(cursor.NextError());
        Assert.Equal(1, cursor.Selected);
        Assert.True(cursor.NextError());
        Assert.Equal(4, cursor.Selected);
        Assert.False(cursor.NextError());
        Assert.Equal(4, cursor.Selected);
        Assert.True(cursor.PreviousError());
        Assert.Equal(1, cursor.Selected);
        Assert.False(cursor.PreviousError());
    }

    [Fact]
    public void EvidenceWalk_FindsTheRows_InTimelineOrder_AndWraps()
    {
        var index = Index();
        var at = (int line) => new Evidence(new SourceLocation("trace.txt", line, line, 0), T0, TimeQuality.Exact, "x");
        var finding = new Finding
        {
            RuleId = "X", Title = "t", Severity = Severity.Error, Confidence = Confidence.High, Cause = "c",
            Evidence = [at(5), at(2), new Evidence(new SourceLocation("web.config", 9, 9, 0), T0, TimeQuality.Exact, "not in the timeline")],
        };

        var walk = new EvidenceWalk(finding, index);

        Assert.Equal([1, 4], walk.Rows);
        Assert.Equal(1, walk.First());
        Assert.Equal(4, walk.Next());
        Assert.Equal(1, walk.Next());
        Assert.Equal(4, walk.Previous());
    }

    [Fact]
    public void EvidenceWalk_WithNoEvidenceInTheTimeline_GoesNowhere()
    {
        var walk = new EvidenceWalk(new Finding { RuleId = "X", Title = "t", Severity = Severity.Error, Confidence = Confidence.High, Cause = "c" }, Index());

        Assert.Null(walk.First());
        Assert.Null(walk.Next());
    }

    private sealed class FixedZone(TimeZoneInfo zone) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => zone;
    }

    [Fact]
    public void TimeToggle_ShowsTheViewersLocalTime_ButLeavesUnknownOffsetsAsLogged()
    {
        var display = new TimeDisplay(new FixedZone(TimeZoneInfo.CreateCustomTimeZone("UTC+02", TimeSpan.FromHours(2), "UTC+02", "UTC+02")));
        var time = new DateTimeOffset(2013, 5, 14, 9, 21, 0, TimeSpan.Zero);

        Assert.Equal("2013-05-14T09:21:00.000Z", display.Format(time, TimeQuality.Exact));
        display.Toggle();
        Assert.Equal("2013-05-14T11:21:00.000+02:00", display.Format(time, TimeQuality.Exact));
        Assert.Equal("2013-05-14T09:21:00.000", display.Format(time, TimeQuality.LocalUnknownOffset));
        Assert.StartsWith("local", display.Label, StringComparison.Ordinal);
    }
}
