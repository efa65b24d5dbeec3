namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// Where the panes go for a terminal size: findings on top, the timeline under them, the detail below (or, from 240
/// columns, beside the timeline, where long SIP headers have room); the state line and the key bar take the last two
/// rows. In 80×24 the timeline keeps the most rows; beside each other only where the timeline keeps its full columns.
/// The answer view puts its one pane where the timeline and detail are.
/// </summary>
public sealed record PaneLayout(Pane Findings, Pane Timeline, Pane Detail)
{
    /// <summary>
    /// Side by side from here: below, a timeline sharing the width leaves its summary column too narrow to read
    /// (about 45 characters at 200 columns), while stacked it has the whole width.
    /// </summary>
    public const int WideFrom = 240;

    /// <summary>The answer view's pane: all the room under the findings list, where the timeline and detail go otherwise.</summary>
    public Pane Answer => new(0, Findings.Height, Findings.Width, Math.Max(Timeline.Y + Timeline.Height, Detail.Y + Detail.Height) - Findings.Height);

    public static PaneLayout For(int width, int height)
    {
        var avail = Math.Max(6, height - 2);
        var findings = Math.Clamp(avail / 4, 4, 12);
        if (width >= WideFrom)
        {
            var rest = avail - findings;
            var timelineWidth = width * 3 / 5;
            return new PaneLayout(
                new Pane(0, 0, width, findings),
                new Pane(0, findings, timelineWidth, rest),
                new Pane(timelineWidth, findings, width - timelineWidth, rest));
        }

        var detail = Math.Clamp(avail * 3 / 10, 3, 20);
        var timeline = Math.Max(3, avail - findings - detail);
        return new PaneLayout(
            new Pane(0, 0, width, findings),
            new Pane(0, findings, width, timeline),
            new Pane(0, findings + timeline, width, Math.Max(0, avail - findings - timeline)));
    }
}
