using LyncOwaDiag.Tui.ViewModels;
using NetArchTest.Rules;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>The view-models hold all state and logic and can be tested without a terminal: no Terminal.Gui type in them.</summary>
public class ViewModelDependencyTests
{
    [Fact]
    public void ViewModels_DoNotDependOnTerminalGui()
    {
        var result = Types.InAssembly(typeof(Troubleshooter).Assembly)
            .That().ResideInNamespace("LyncOwaDiag.Tui.ViewModels")
            .ShouldNot().HaveDependencyOn("Terminal.Gui")
            .GetResult();

        Assert.True(result.IsSuccessful, "depend on Terminal.Gui: " + string.Join(", ", result.FailingTypeNames ?? []));
        Assert.Contains(typeof(Troubleshooter), Types.InAssembly(typeof(Troubleshooter).Assembly).That().ResideInNamespace("LyncOwaDiag.Tui.ViewModels").GetTypes());
    }
}
