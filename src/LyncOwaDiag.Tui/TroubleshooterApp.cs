using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tui.ViewModels;
using LyncOwaDiag.Tui.Views;
using Terminal.Gui.App;

namespace LyncOwaDiag.Tui;

/// <summary>
/// <c>lyncowadiag tui PATH…</c>: starts the background read, shows the window at once, and returns when the user
/// quits (q or Ctrl+C); the terminal is restored by disposing the application, whatever happened.
/// </summary>
public static class TroubleshooterApp
{
    public static int Run(DiagnoseOptions options, RuleSet rules, bool redact, TimeProvider clock, bool color = true, bool follow = false)
    {
        using var loader = new BundleLoader(options, rules, follow);
        loader.Start();
        using IApplication app = Application.Create().Init();
        var window = new TroubleshooterWindow(new Troubleshooter(loader, clock, redact), color);
        window.Attach(app);
        app.Run(window);
        window.Dispose();
        return 0;
    }
}
