using LyncOwaDiag.Tui.Tests.Support;

namespace LyncOwaDiag.Tui.Tests.Views;

/// <summary>A terminal narrowed to a sliver (a split pane dragged shut) must draw what fits, never end the program.</summary>
public sealed class NarrowScreenTests
{
    [Fact]
    public void TheWindow_DrawsAtEveryWidthDownToOne_AndBack()
    {
        using var tui = Headless.OpenScenario("CERT-NAME-MISMATCH");

        foreach (var (width, height) in (IEnumerable<(int, int)>)[(12, 8), (6, 6), (5, 5), (3, 4), (1, 3), (2, 1), (80, 24)])
        {
            tui.App.Driver!.SetScreenSize(width, height);
            tui.Draw();
            tui.Draw();
        }

        Assert.Contains("OWA's certificate", tui.Screen, StringComparison.Ordinal);
    }
}
