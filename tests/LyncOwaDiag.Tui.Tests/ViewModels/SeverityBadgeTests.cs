using LyncOwaDiag.Model;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

public class SeverityBadgeTests
{
    [Fact]
    public void EverySeverity_HasItsOwnFixedWidthWord_SoItReadsWithoutColour()
    {
        var labels = Enum.GetValues<Severity>().Select(SeverityBadge.Label).ToList();
        Assert.All(labels, l => Assert.Equal(SeverityBadge.Width, l.Length));
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.DoesNotContain("????", labels);
    }

    [Fact]
    public void Letters_TellErrorsFromWarnings() =>
        Assert.NotEqual(SeverityBadge.Letter(Severity.Error), SeverityBadge.Letter(Severity.Warning));
}
