using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tui.Tests.Support;
using LyncOwaDiag.Tui.ViewModels;
using Terminal.Gui.Input;

namespace LyncOwaDiag.Tui.Tests.Views;

/// <summary>
/// <c>tui --redact</c>: the screen someone shares names nothing of the bundle, as the exported reports do: the
/// findings, every timeline row on the way through the evidence, the detail of each, a SIP ladder, the servers panel.
/// </summary>
public sealed class RedactedScreenTests
{
    // What the scenario's files name (its hosts, their domain, the published names on its certificates).
    private static readonly string[] Names = ["litwareinc", "ATL-CS-001", "ATL-MBX-001", "atl-cs-001", "atl-mbx-001"];

    private static void AssertNamesNothing(string screen, string what)
    {
        foreach (var name in Names)
        {
            Assert.False(screen.Contains(name, StringComparison.OrdinalIgnoreCase), $"{what} shows '{name}':\n{screen}");
        }
    }

    [Fact]
    public void EveryScreenOfTheWalk_NamesNoHostOrDomainOfTheBundle()
    {
        using var ui = Headless.OpenScenario("CERT-NAME-MISMATCH", 160, 40, redact: true);
        Assert.True(SpinWait.SpinUntil(() => { ui.Model.Poll(); return ui.Model.ScreenVersion > 0; }, TimeSpan.FromMinutes(1)), "names never learned");
        ui.Draw();
        Assert.DoesNotContain(Troubleshooter.RedactionPending[..20], ui.Screen, StringComparison.Ordinal);
        Assert.Contains("sip", ui.Screen, StringComparison.OrdinalIgnoreCase);
        AssertNamesNothing(ui.Screen, "the first screen");

        for (var step = 0; step < 6; step++)
        {
            ui.Press(Key.Tab);
            AssertNamesNothing(ui.Screen, $"the screen after {step + 1} Tab");
            ui.Press(new Key(']'));
            AssertNamesNothing(ui.Screen, $"evidence row {step + 1}");
        }

        ui.Press(new Key('l'));
        AssertNamesNothing(ui.Screen, "the ladder");
        ui.Press(Key.Esc, new Key('s'));
        AssertNamesNothing(ui.Screen, "the servers panel");
    }

    [Fact]
    public async Task BeforeTheNamesAreLearned_NothingOfTheLogsShows()
    {
        using var loader = new BundleLoader(new DiagnoseOptions { Paths = [Bundles.Scenario("CERT-NAME-MISMATCH")] }, RuleSet.Load([]));
        loader.Start();
        await loader.Completion.WaitAsync(TimeSpan.FromMinutes(1));

        // The learning read starts at the first look after loading ends; until it is done each log-derived text is
        // held back, and the plain troubleshooter shows the text as it is.
        var redacting = new Troubleshooter(loader, FixedClock.PlusTwo(), redact: true);
        Assert.Equal(Troubleshooter.RedactionPending, redacting.Shown("atl-cs-001.litwareinc.com"));
        Assert.Equal(string.Empty, redacting.Shown(string.Empty));
        Assert.Equal("atl-cs-001.litwareinc.com", new Troubleshooter(loader, FixedClock.PlusTwo(), redact: false).Shown("atl-cs-001.litwareinc.com"));
    }
}
