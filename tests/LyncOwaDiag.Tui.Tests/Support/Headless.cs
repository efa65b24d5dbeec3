using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tui.ViewModels;
using LyncOwaDiag.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace LyncOwaDiag.Tui.Tests.Support;

/// <summary>
/// The troubleshooter's window on Terminal.Gui's ANSI driver, without a terminal: keys are injected as a user would
/// type them and the screen is read back as text.
/// </summary>
internal sealed class Headless : IDisposable
{
    private Headless(BundleLoader loader, int width, int height, bool redact, bool color = true)
    {
        Loader = loader;
        App = Application.Create().Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Model = new Troubleshooter(loader, FixedClock.PlusTwo(), redact, new TerminalClipboard(Terminal, ClipboardFile));
        Window = new TroubleshooterWindow(Model, color);
        Window.Attach(App);
        App.Begin(Window);

        // As the five-a-second refresh does in a terminal: the second look sees the laid-out size.
        Draw();
        Draw();
    }

    public IApplication App { get; }

    /// <summary>What c sent the terminal (the OSC 52 sequence), and the file it also wrote.</summary>
    public MemoryStream Terminal { get; } = new();

    public string ClipboardFile { get; } = Path.Combine(Path.GetTempPath(), $"tui-clipboard-{Guid.NewGuid():N}.txt");

    public BundleLoader Loader { get; }

    public Troubleshooter Model { get; }

    public TroubleshooterWindow Window { get; }

    public string Screen => App.Driver!.ToString()!;

    /// <summary>Opens a scenario bundle and waits until it is read, so the screen is the finished one.</summary>
    public static Headless OpenScenario(string scenario, int width = 80, int height = 24, bool redact = false, bool color = true)
    {
        var loader = new BundleLoader(new DiagnoseOptions { Paths = [Bundles.Scenario(scenario)] }, RuleSet.Load([]));
        loader.Start();
        loader.Completion.Wait(TimeSpan.FromMinutes(1));
        return new Headless(loader, width, height, redact, color);
    }

    /// <summary>A window over a loader the test started (and disposes).</summary>
    public static Headless OverLoader(BundleLoader loader, int width = 80, int height = 24) => new(loader, width, height, redact: false) { _ownsLoader = false };

    private bool _ownsLoader = true;

    /// <summary>A window over rows already filled (a million, say), with no bundle behind them.</summary>
    public static Headless OverRows(TimelineRows rows, int width = 80, int height = 24) =>
        new(new BundleLoader(new DiagnoseOptions { Paths = [] }, RuleSet.Load([]), rows), width, height, redact: false);

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            App.InjectKey(key);
            Draw();
        }
    }

    /// <summary>
    /// Waits for the filter read or export the last key started, then draws. Not with await: Terminal.Gui's
    /// synchronisation context would queue the continuation on a main loop that headless tests do not run.
    /// </summary>
    public void WaitForBackground()
    {
        Assert.True(SpinWait.SpinUntil(() => Model.Background.IsCompleted, TimeSpan.FromMinutes(1)), "background work did not finish");
        Draw();
    }

    public void Type(string text) => Press(text.Select(c => new Key(c)).ToArray());

    public void Draw()
    {
        Window.Refresh();
        App.LayoutAndDraw();
    }

    public void Dispose()
    {
        File.Delete(ClipboardFile);
        Window.Dispose();
        App.Dispose();
        if (_ownsLoader)
        {
            Loader.Dispose();
        }
    }
}
