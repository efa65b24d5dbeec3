using System.Text;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tui.Tests.Support;
using LyncOwaDiag.Tui.ViewModels;
using Terminal.Gui.Input;

namespace LyncOwaDiag.Tui.Tests.Views;

/// <summary>Log text is untrusted: escape sequences in a trace reach the screen as visible text, never as control codes.</summary>
public class HostileTextTests
{
    [Fact]
    public async Task EscapeSequencesInATrace_AreShownNotObeyed()
    {
        var folder = Directory.CreateTempSubdirectory("tui-hostile-");
        try
        {
            var trace = File.ReadAllText(Path.Combine(Bundles.Checkout, "sample-traces", "formats", "sipstack", "ocslogger-register-invite-diagnostics.txt"))
                .Replace("Start-Line: REGISTER sip:litwareinc.com", "Start-Line: REGISTER sip:\u001b]0;owned\u0007\u001b[2J\u009b31mlitwareinc.com", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "trace.txt"), trace, new UTF8Encoding(false));

            using var loader = new BundleLoader(new DiagnoseOptions { Paths = [folder.FullName] }, RuleSet.Load());
            loader.Start();
            await loader.Completion.WaitAsync(TimeSpan.FromMinutes(1));
            var tui = Headless.OverLoader(loader, 160, 50);
            using (tui)
            {
                tui.Press(new Key('v'), Key.Home);
                var screen = tui.Screen;

                Assert.Contains("\\x1B]0;owned", screen, StringComparison.Ordinal);
                Assert.DoesNotContain('\u001b', screen);
                Assert.DoesNotContain('\u0007', screen);
                Assert.DoesNotContain('\u009b', screen);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
