using LyncOwaDiag.Model;
using LyncOwaDiag.Tui.Tests.Support;
using LyncOwaDiag.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Input;

namespace LyncOwaDiag.Tui.Tests.Views;

/// <summary>
/// The window headless on the ANSI driver: every key as a user presses it, and what the screen then shows.
/// One failing scenario (CERT-NAME-MISMATCH) throughout.
/// </summary>
public sealed class TroubleshooterWindowTests : IDisposable
{
    private readonly Headless _tui = Headless.OpenScenario("CERT-NAME-MISMATCH");

    public void Dispose() => _tui.Dispose();

    private Troubleshooter Model => _tui.Model;

    private string SelectedSummary => Model.Rows.Summary(Model.Selected);

    [Fact]
    public void MainWindow_In80x24_MatchesItsGoldenScreen() =>
        ScreenGolden.AssertMatches("main-80x24-CERT-NAME-MISMATCH.txt", _tui.Screen);

    [Fact]
    public void MainWindow_In160x40_ShowsFullTimesAndTheKind()
    {
        using var wide = Headless.OpenScenario("CERT-NAME-MISMATCH", 160, 40);
        wide.Press(new Key('n'));

        ScreenGolden.AssertMatches("main-160x40-CERT-NAME-MISMATCH.txt", wide.Screen);
        Assert.Contains("│Kind", wide.Screen, StringComparison.Ordinal);
        Assert.Contains("2013-05-14T", wide.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusBar_ShowsTheKeys_AndTheStateLineTheCount()
    {
        using var healthy = Headless.OpenScenario("healthy");
        var lines = healthy.Screen.Split('\n');
        Assert.Matches($@"^{healthy.Model.Rows.Count} events, read in \d+\.\d s · UTC$", lines[^3].Trim());
        Assert.Contains("/ Search", lines[^2], StringComparison.Ordinal);
        Assert.Contains("f Filter", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void N_MovesToTheNextError_AndShiftN_BackToThePrevious()
    {
        _tui.Press(new Key('n'));
        var first = Model.Selected;
        Assert.True(Model.Rows[first].Severity <= Severity.Error);
        Assert.Contains("TL_ERROR", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(new Key('n'));
        Assert.True(Model.Selected > first);
        _tui.Press(new Key('N'));
        Assert.Equal(first, Model.Selected);
        _tui.Press(new Key('N'));
        Assert.Contains("no error above this row", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_OnAFinding_JumpsToItsEvidence_AndBrackets_WalkIt()
    {
        _tui.Press(Key.Tab.WithShift);
        Assert.Contains("▶ Findings", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(Key.Enter);
        var first = Model.Selected;
        Assert.Contains("evidence 1 of", _tui.Screen, StringComparison.Ordinal);
        Assert.Contains("▶ Timeline", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(new Key(']'));
        Assert.Contains("evidence 2 of", _tui.Screen, StringComparison.Ordinal);
        Assert.True(Model.Selected > first);
        _tui.Press(new Key('['));
        Assert.Equal(first, Model.Selected);
    }

    [Fact]
    public void OnOpening_TheCursorIsOnTheTopFindingsFirstEvidence()
    {
        Assert.Contains("evidence 1 of", _tui.Screen, StringComparison.Ordinal);
        var at = Model.Rows.Index.Location(Model.Selected);
        Assert.Contains(Model.Findings![0].Evidence, e => e.Location.File == at.File && e.Location.FirstLine == at.FirstLine);
    }

    [Fact]
    public void Brackets_WithoutAnEvidenceWalk_SayWhatToDo()
    {
        using var healthy = Headless.OpenScenario("healthy");
        healthy.Press(new Key(']'));
        Assert.Contains("Enter on a finding first", healthy.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Slash_SearchesAsTheUserTypes_EnterFindsTheNext_EscClosesAndKeysWorkAgain()
    {
        _tui.Press(new Key('/'));
        _tui.Type("504 Server");
        Assert.Contains("504 Server", SelectedSummary, StringComparison.Ordinal);
        Assert.Contains("/504 Server", _tui.Screen, StringComparison.Ordinal);

        _tui.Type("zzz");
        Assert.Contains("search: no match", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(Key.Esc, Key.Home);
        var before = Model.Selected;
        _tui.Press(new Key('n'));
        Assert.NotEqual(before, Model.Selected);
    }

    [Fact]
    public void F_OpensTheFilter_EnterAppliesIt_ToTheWholeTimeline()
    {
        _tui.Press(new Key('f'));
        Assert.Contains("Min severity", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(Key.Tab);
        _tui.Type("error");
        _tui.Press(Key.Enter);
        _tui.WaitForBackground();

        Assert.Null(_tui.Window.Overlay);
        Assert.Contains("Timeline · filter: severity ≥ error", _tui.Screen, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, Model.Rows.Count), r => Assert.True(Model.Rows[r].Severity <= Severity.Error));
        Assert.DoesNotContain("│INFO│", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void F_FilterMatchingNothing_EmptiesTheTableAndTheDetail_AndCtrlU_ClearsAField()
    {
        _tui.Press(new Key('f'), Key.Tab, Key.Tab);
        _tui.Type("NO-SUCH-HOST");
        _tui.Press(Key.Enter);
        _tui.WaitForBackground();

        Assert.Equal(0, Model.Rows.Count);
        Assert.Contains("0 events · filter: host NO-SUCH-HOST", _tui.Screen, StringComparison.Ordinal);
        Assert.Empty(_tui.Window.DetailText);

        _tui.Press(new Key('f'), Key.Tab, Key.Tab);
        Assert.Equal("NO-SUCH-HOST", _tui.Window.FilterPanel.Fields[2].Text);
        _tui.Press(Key.U.WithCtrl);
        Assert.Empty(_tui.Window.FilterPanel.Fields[2].Text);
        _tui.Press(Key.Enter);
        Assert.Contains("filter cleared", _tui.Screen, StringComparison.Ordinal);
        Assert.NotEmpty(_tui.Window.DetailText);
    }

    [Fact]
    public void F_WithABadField_KeepsTheDialogOpen_AndNamesTheField()
    {
        _tui.Press(new Key('f'));
        _tui.Press(Key.Tab);
        _tui.Type("loud");
        _tui.Press(Key.Enter);

        Assert.NotNull(_tui.Window.Overlay);
        Assert.Contains("minimum severity: 'loud'", Model.Message, StringComparison.Ordinal);
        _tui.Press(Key.Esc);
        Assert.Null(_tui.Window.Overlay);
    }

    [Fact]
    public void L_DrawsTheLadderOfTheSelectedDialog()
    {
        _tui.Press(new Key('/'));
        _tui.Type("504 Server");
        _tui.Press(Key.Esc, new Key('l'));

        Assert.Contains("Ladder", _tui.Screen, StringComparison.Ordinal);
        Assert.Contains("504 Server time-out", _tui.Window.PanelText, StringComparison.Ordinal);
        Assert.Contains("diag 1010", _tui.Screen, StringComparison.Ordinal);
        _tui.Press(Key.Esc);
        Assert.DoesNotContain("diag 1010", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void S_ShowsTheServersTheBundleNames_WithWhereEachNameWasLearned()
    {
        _tui.Press(new Key('s'));

        Assert.Contains("Servers", _tui.Screen, StringComparison.Ordinal);
        Assert.Contains("ATL-MBX-001 = atl-mbx-001.litwareinc.com: mailbox (OWA)", _tui.Window.PanelText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Computer of", _tui.Window.PanelText, StringComparison.Ordinal);
        _tui.Press(Key.Esc);
        Assert.DoesNotContain("Computer of", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void T_TogglesBetweenUtcAndTheViewersZone()
    {
        var utc = Model.Columns.Cells(Model.Rows, 0)[TimelineColumns.Time];
        _tui.Press(new Key('t'));

        Assert.Contains("Time (local)", _tui.Screen, StringComparison.Ordinal);
        Assert.Contains("local (Test+2)", Model.StateLine(), StringComparison.Ordinal);
        var local = Model.Columns.Cells(Model.Rows, 0)[TimelineColumns.Time];
        Assert.Equal(TimeSpan.FromHours(2), TimeSpan.Parse(local[6..18], System.Globalization.CultureInfo.InvariantCulture) - TimeSpan.Parse(utc[6..18], System.Globalization.CultureInfo.InvariantCulture));
        _tui.Press(new Key('t'));
        Assert.Contains("Time (UTC)", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void E_AsksForAFileName_AndWritesTheReport()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tui-e-{Guid.NewGuid():N}.html");
        try
        {
            _tui.Press(new Key('e'));
            Assert.Contains("lyncowadiag-report.html", _tui.Screen, StringComparison.Ordinal);
            _tui.Window.Prompt.Field.Text = path;
            _tui.Press(Key.Enter);
            _tui.WaitForBackground();

            Assert.True(File.Exists(path));
            Assert.Contains("report written to", _tui.Screen, StringComparison.Ordinal);
            Assert.Contains("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void QuestionMark_ListsEveryKey()
    {
        _tui.Press(new Key('?'));

        foreach (var (key, _, text) in KeyHelp.All)
        {
            Assert.Contains($"{key,-6} {text}", _tui.Window.PanelText, StringComparison.Ordinal);
        }

        Assert.Contains("Keys (Esc close)", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_MovesBetweenThePanes()
    {
        Assert.Contains("▶ Timeline", _tui.Screen, StringComparison.Ordinal);
        _tui.Press(Key.Tab);
        Assert.Contains("▶ Detail", _tui.Screen, StringComparison.Ordinal);
        _tui.Press(Key.Tab);
        Assert.Contains("▶ Findings", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Q_And_CtrlC_Quit_ButEscDoesNot()
    {
        var window = (IRunnable)_tui.Window;
        _tui.Press(Key.Esc);
        Assert.False(window.StopRequested);

        _tui.Press(new Key('q'));
        Assert.True(window.StopRequested);

        using var other = Headless.OpenScenario("healthy");
        other.Press(Key.C.WithCtrl);
        Assert.True(((IRunnable)other.Window).StopRequested);
    }

    [Fact]
    public void ArrowKeys_MoveTheSelection_AndTheDetailFollows()
    {
        var start = Model.Selected;
        _tui.Press(Key.CursorDown, Key.CursorDown);
        Assert.Equal(start + 2, Model.Selected);
        Assert.Contains(Model.Detail().Title[..20], _tui.Screen, StringComparison.Ordinal);
    }
}
