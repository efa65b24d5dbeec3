using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tui.Tests.Support;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>
/// tui --follow: the view-model reads while the test appends to the logs, as an admin reproduces a failure while
/// OCSLogger and OWA write. New rows arrive, the cursor stays where the user left it (or follows the end), and the
/// findings are made again from what arrived.
/// </summary>
public sealed class FollowTests : IDisposable
{
    private static readonly string ImLog = Path.Combine(Bundles.Scenario("TRUSTED-APP-MISSING"), "ATL-MBX-001", "Logging", "OWA", "InstantMessaging", "20130514-1.LOG");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tui-follow-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task RowsAppendedToALog_ShowWhileTheCursorStays_AndTheFindingsAreMadeAgain()
    {
        var lines = File.ReadAllLines(ImLog);
        var healthyPart = lines.TakeWhile(l => !l.Contains("ERROR:", StringComparison.Ordinal)).ToList();
        var failingPart = lines.Skip(healthyPart.Count).ToList();
        var log = Path.Combine(_folder.FullName, "ATL-MBX-001", "20130514-1.LOG");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        File.WriteAllLines(log, healthyPart);

        using var loader = new BundleLoader(new DiagnoseOptions { Paths = [_folder.FullName] }, RuleSet.Load(), follow: true);
        loader.Start();
        await loader.Completion.WaitAsync(TimeSpan.FromMinutes(1));
        var model = new Troubleshooter(loader, FixedClock.PlusTwo(), redact: false);
        Assert.True(SpinWait.SpinUntil(() => { model.Poll(); return model.Findings is not null; }, TimeSpan.FromSeconds(30)));
        var before = model.Rows.Count;
        var firstFindings = model.Findings!.Result;
        Assert.DoesNotContain(firstFindings.Findings, f => f.Severity <= Model.Severity.Error);
        model.Select(0);

        await File.AppendAllLinesAsync(log, failingPart);
        Assert.True(SpinWait.SpinUntil(() => { model.Poll(); return model.Rows.Count >= before + failingPart.Count; }, TimeSpan.FromSeconds(20)), "the appended rows arrive");
        Assert.Equal(0, model.Selected);
        Assert.Contains("following 1 file(s)", model.StateLine(), StringComparison.Ordinal);
        Assert.Contains("ERROR:", model.Rows.Summary(model.Rows.Count - 1) + model.Rows.Summary(model.Rows.Count - 2), StringComparison.Ordinal);

        // A cursor on the last row follows the rows that arrive after it.
        model.Select(model.Rows.Count - 1);
        model.Poll();
        var last = model.Rows.Count;
        await File.AppendAllLinesAsync(log, [failingPart[^1].Replace("09:22:00.420Z", "09:23:00.420Z", StringComparison.Ordinal)]);
        Assert.True(SpinWait.SpinUntil(() => { model.Poll(); return model.Rows.Count > last; }, TimeSpan.FromSeconds(20)));
        Assert.Equal(model.Rows.Count - 1, model.Selected);

        Assert.True(SpinWait.SpinUntil(() => { model.Poll(); return !ReferenceEquals(model.Findings!.Result, firstFindings); }, TimeSpan.FromSeconds(30)), "the findings are made again");
        Assert.Contains(model.Findings!.Result.Checklist, c => c.Id == "sign-ins-succeed" && c.State == Model.ChecklistState.Failed);
    }
}
