using LyncOwaDiag.Model;
using LyncOwaDiag.Tui.Tests.Support;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>Where the panes go for a terminal size, and what the timeline's columns show in narrow and wide terminals.</summary>
public class LayoutAndColumnsTests
{
    [Fact]
    public void In80x24_ThePanesStackAndTheTimelineHasTheMostRows()
    {
        var layout = PaneLayout.For(80, 24);

        Assert.Equal(0, layout.Findings.Y);
        Assert.Equal(layout.Findings.Y + layout.Findings.Height, layout.Timeline.Y);
        Assert.Equal(layout.Timeline.Y + layout.Timeline.Height, layout.Detail.Y);
        Assert.Equal(22, layout.Detail.Y + layout.Detail.Height);
        Assert.True(layout.Timeline.Height > layout.Findings.Height && layout.Timeline.Height > layout.Detail.Height, layout.ToString());
        Assert.All(new[] { layout.Findings, layout.Timeline, layout.Detail }, p => Assert.Equal(80, p.Width));
    }

    [Fact]
    public void InAWideTerminal_TheDetailGoesBesideTheTimeline()
    {
        var layout = PaneLayout.For(260, 50);

        Assert.Equal(layout.Timeline.Y, layout.Detail.Y);
        Assert.Equal(layout.Timeline.Width, layout.Detail.X);
        Assert.Equal(260, layout.Timeline.Width + layout.Detail.Width);
        // At 200 columns the timeline keeps the whole width: its summary column would be ~45 characters beside the detail.
        Assert.Equal(200, PaneLayout.For(200, 50).Timeline.Width);
        Assert.True(layout.Timeline.Width >= TimelineColumns.NarrowBelow, "the timeline keeps its full columns");
        Assert.Equal(160, PaneLayout.For(160, 40).Detail.Width);
        Assert.Equal(48, layout.Timeline.Y + layout.Timeline.Height);
    }

    [Fact]
    public void CompactTimes_DropYearAndZone_AndFollowTheTimeToggle()
    {
        var time = new TimeDisplay(FixedClock.PlusTwo());
        var columns = new TimelineColumns(time);
        var rows = new TimelineRows();
        rows.Add(TimelineRowsTests.Event(0, severity: Severity.Error));

        Assert.Equal("2013-05-14T09:00:00.000Z ", columns.Cells(rows, 0)[TimelineColumns.Time]);
        columns.Compact = true;
        Assert.Equal("05-14 09:00:00.000 ", columns.Cells(rows, 0)[TimelineColumns.Time]);
        time.Toggle();
        Assert.Equal("05-14 11:00:00.000 ", columns.Cells(rows, 0)[TimelineColumns.Time]);
        Assert.Equal("Time (local)", columns.Headers[TimelineColumns.Time]);
        Assert.Equal("ERR ", columns.Cells(rows, 0)[TimelineColumns.Severity]);
    }
}
