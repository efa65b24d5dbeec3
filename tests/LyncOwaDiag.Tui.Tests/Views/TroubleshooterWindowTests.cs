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
    public void MainWindow_In80x24_OpensOnTheAnswer_TheCauseAndTheFirstFixCommand()
    {
        ScreenGolden.AssertMatches("main-80x24-CERT-NAME-MISMATCH.txt", _tui.Screen);
        var top = Model.Findings![1]!;
        var command = top.Fix.First(f => f.Command is not null).Command!;
        var screen = Unwrapped(_tui.Screen);

        Assert.Equal(TroubleshooterView.Answer, Model.View);
        Assert.Contains("Cause: " + top.Cause[..40], screen, StringComparison.Ordinal);
        Assert.Contains(command, screen, StringComparison.Ordinal);
    }

    [Fact]
    public void MainWindow_In200x50_OpensOnTheAnswer_WithEveryFixAndItsReferences()
    {
        using var wide = Headless.OpenScenario("CERT-NAME-MISMATCH", 200, 50);

        ScreenGolden.AssertMatches("main-200x50-CERT-NAME-MISMATCH.txt", wide.Screen);
        var top = wide.Model.Findings![1]!;
        var screen = Unwrapped(wide.Screen);
        Assert.All(top.Fix.Where(f => f.Command is not null), f => Assert.Contains(f.Command!, screen, StringComparison.Ordinal));
        Assert.Contains("References:", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthyBundle_OpensOnVerified_AndItsChecklist()
    {
        using var healthy = Headless.OpenScenario("healthy");

        Assert.Contains("Summary", healthy.Screen, StringComparison.Ordinal);
        Assert.Contains("Verdict: verified", healthy.Screen, StringComparison.Ordinal);
        Assert.Contains("[passed] event-112", healthy.Screen, StringComparison.Ordinal);
    }

    /// <summary>The answer pane's text as one line per page line: a wrapped line's pieces joined back (frames and hanging indents dropped).</summary>
    private static string Unwrapped(string screen) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join(' ', screen.Split('\n').Select(l => l.Trim('│', ' ', '╭', '╰'))), @"\s+", " ");

    [Fact]
    public void MainWindow_In160x40_ShowsFullTimesAndTheKind()
    {
        using var wide = Headless.OpenScenario("CERT-NAME-MISMATCH", 160, 40);
        wide.Press(new Key('e'));

        ScreenGolden.AssertMatches("main-160x40-CERT-NAME-MISMATCH.txt", wide.Screen);
        Assert.Contains("│Kind", wide.Screen, StringComparison.Ordinal);
        Assert.Contains("2013-05-14T", wide.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyBar_FitsEightyColumns_WithHelpAndQuit_AndTheStateLineTheCount()
    {
        using var healthy = Headless.OpenScenario("healthy");
        var lines = healthy.Screen.Split('\n');
        Assert.Matches($@"^{healthy.Model.Rows.Count} events, read in \d+\.\d s · UTC$", lines[^3].Trim());
        Assert.StartsWith("? Help  q Quit", lines[^2], StringComparison.Ordinal);
        Assert.Contains("/ Search", lines[^2], StringComparison.Ordinal);
        Assert.Contains("c Copy", lines[^2], StringComparison.Ordinal);

        using var wide = Headless.OpenScenario("healthy", 200, 50);
        Assert.Contains("f Filter", wide.Screen.Split('\n')[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void E_MovesToTheNextError_AndShiftE_BackToThePrevious_AsInLnav()
    {
        _tui.Press(Key.Home);
        _tui.Press(new Key('v'), Key.Home, new Key('e'));
        var first = Model.Selected;
        Assert.True(Model.Rows[first].Severity <= Severity.Error);
        Assert.Contains("TL_ERROR", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(new Key('e'));
        Assert.True(Model.Selected > first);
        _tui.Press(new Key('E'));
        Assert.Equal(first, Model.Selected);
        _tui.Press(new Key('E'));
        Assert.Contains("no error above this row", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_OnAFinding_JumpsToItsEvidence_AndBrackets_WalkIt()
    {
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
    public void OnOpening_TheTimelineWaitsAtTheTopFindingsFirstEvidence()
    {
        _tui.Press(new Key('v'));
        Assert.Contains("▶ Timeline", _tui.Screen, StringComparison.Ordinal);
        var at = Model.Rows.Index.Location(Model.Selected);
        Assert.Contains(Model.Findings![1]!.Evidence, e => e.Location.File == at.File && e.Location.FirstLine == at.FirstLine);
    }

    [Fact]
    public void Brackets_WithoutAnEvidenceWalk_SayWhatToDo()
    {
        using var healthy = Headless.OpenScenario("healthy");
        healthy.Press(new Key(']'));
        Assert.Contains("Enter on a finding first", healthy.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Slash_SearchesAsTheUserTypes_EscClosesAndKeysWorkAgain()
    {
        _tui.Press(new Key('/'));
        _tui.Type("504 Server");
        Assert.Contains("504 Server", SelectedSummary, StringComparison.Ordinal);
        Assert.Contains("/504 Server", _tui.Screen, StringComparison.Ordinal);

        _tui.Type("zzz");
        Assert.Contains("search: no match", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(Key.Esc, Key.Home);
        var before = Model.Selected;
        _tui.Press(new Key('e'));
        Assert.NotEqual(before, Model.Selected);
    }

    [Fact]
    public void Slash_StartsANewTerm_UpRecallsTheLast_NCountsTheMatches_AndSaysWhenItWraps()
    {
        _tui.Press(new Key('/'));
        _tui.Type("504");
        _tui.Press(Key.Enter);
        Assert.Null(_tui.Window.Overlay);
        SpinWait.SpinUntil(() => Model.Search.Position(Model.Selected) is not null, TimeSpan.FromSeconds(10));
        var matches = Enumerable.Range(0, Model.Rows.Count).Count(r => Model.Rows.SearchText(r).Contains("504", StringComparison.Ordinal));
        Assert.True(matches > 1, "the scenario has several 504 rows");

        var seen = new List<int>();
        var said = new List<string>();
        for (var i = 0; i <= matches; i++)
        {
            _tui.Press(new Key('n'));
            seen.Add(Model.Selected);
            said.Add(Model.Message);
            Assert.Contains("504", SelectedSummary, StringComparison.Ordinal);
            Assert.Matches($@"^match \d+ of {matches}", Model.Message);
        }

        Assert.Equal(matches, seen.Distinct().Count());
        Assert.Single(said, m => m.Contains("search wrapped to the top", StringComparison.Ordinal));
        _tui.Press(new Key('N'));
        Assert.Equal(seen[^2], Model.Selected);

        _tui.Press(new Key('/'));
        Assert.Equal(string.Empty, _tui.Window.Prompt.Field.Text);
        _tui.Type("BYE");
        Assert.Equal("BYE", Model.Search.Text);
        _tui.Press(Key.Esc, new Key('/'), Key.CursorUp);
        Assert.Equal("504", _tui.Window.Prompt.Field.Text);

        // As in less: Esc gives back the term and the row from before the prompt.
        _tui.Press(Key.Esc);
        var at = Model.Selected;
        _tui.Press(new Key('/'));
        _tui.Type("zzzz");
        _tui.Press(Key.Esc);
        Assert.Equal("504", Model.Search.Text);
        Assert.Equal(at, Model.Selected);
        _tui.Press(new Key('n'));
        Assert.Contains("504", SelectedSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void C_CopiesTheFixCommandsInTurn_ToTheTerminalByOsc52_AndToAFile()
    {
        var commands = Model.Findings![1]!.Fix.Where(f => f.Command is not null).Select(f => f.Command!).ToList();

        _tui.Press(new Key('c'));
        Assert.StartsWith($"fix command 1 of {commands.Count} copied to {_tui.ClipboardFile} and the terminal's clipboard (OSC 52)", Model.Message, StringComparison.Ordinal);
        var sent = System.Text.Encoding.ASCII.GetString(_tui.Terminal.ToArray());
        Assert.StartsWith("\u001b]52;c;", sent, StringComparison.Ordinal);
        Assert.EndsWith("\u0007", sent, StringComparison.Ordinal);
        Assert.Equal(commands[0], System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(sent[7..^1])));
        Assert.Equal(commands[0] + "\n", File.ReadAllText(_tui.ClipboardFile));

        if (commands.Count > 1)
        {
            _tui.Press(new Key('c'));
            Assert.Equal(commands[1] + "\n", File.ReadAllText(_tui.ClipboardFile));
        }

        _tui.Press(new Key('v'), new Key('c'));
        Assert.Contains(Model.Rows.Summary(Model.Selected), File.ReadAllText(_tui.ClipboardFile), StringComparison.Ordinal);
        Assert.Contains("the row copied", Model.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FilterInAndOut_AsLnavCommands_ShowTheActiveFilters_AndClearFilterRestoresAll()
    {
        var all = Model.Rows.Count;
        _tui.Press(new Key(':'));
        _tui.Type("filter-out OPTIONS|config");
        _tui.Press(Key.Enter);
        _tui.WaitForBackground();

        Assert.Contains("not matching OPTIONS|config", _tui.Screen, StringComparison.Ordinal);
        Assert.InRange(Model.Rows.Count, 1, all - 1);
        Assert.All(Enumerable.Range(0, Model.Rows.Count), r => Assert.DoesNotMatch("OPTIONS|config", Model.Rows.Summary(r)));

        _tui.Press(new Key(':'));
        _tui.Type("filter-in 504");
        _tui.Press(Key.Enter);
        _tui.WaitForBackground();
        Assert.Contains("matching 504", _tui.Screen, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, Model.Rows.Count), r => Assert.Contains("504", Model.Rows.SearchText(r) + string.Join(' ', Model.Rows.CallId(r)), StringComparison.Ordinal));

        _tui.Press(new Key(':'));
        _tui.Type("clear-filter");
        _tui.Press(Key.Enter);
        Assert.Equal(all, Model.Rows.Count);

        _tui.Press(new Key(':'));
        _tui.Type("fliter-in x");
        _tui.Press(Key.Enter);
        Assert.Contains("not a command", Model.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G_GoesToATime_OrAMoveFromTheSelectedRow()
    {
        _tui.Press(new Key('v'), Key.Home);
        var first = Model.Rows[0].Timestamp;
        var target = Enumerable.Range(0, Model.Rows.Count).Last(r => Model.Rows[r].Timestamp > first);
        var time = Model.Rows[target].Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);

        _tui.Press(new Key('g'));
        _tui.Type(time);
        _tui.Press(Key.Enter);
        Assert.Equal(Model.Rows[target].Timestamp, Model.Rows[Model.Selected].Timestamp);
        Assert.True(Model.Selected == 0 || Model.Rows[Model.Selected - 1].Timestamp < Model.Rows[target].Timestamp);

        _tui.Press(Key.Home, new Key('g'));
        _tui.Type("+1ms");
        _tui.Press(Key.Enter);
        Assert.True(Model.Rows[Model.Selected].Timestamp > first);

        _tui.Press(new Key('g'));
        _tui.Type("yesterday-ish");
        _tui.Press(Key.Enter);
        Assert.Contains("is not a time", Model.Message, StringComparison.Ordinal);

        foreach (var beyond in new[] { "+99999999999d", "-3000000d" })
        {
            _tui.Press(new Key('g'));
            _tui.Type(beyond);
            _tui.Press(Key.Enter);
            Assert.Contains("is beyond any time", Model.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FilterIns_AddUp_AndABadOne_LeavesTheFiltersAsTheyWere()
    {
        _tui.Press(new Key(':'));
        _tui.Type("filter-in 504");
        _tui.Press(Key.Enter);
        _tui.WaitForBackground();
        var only504 = Model.Rows.Count;
        _tui.Press(new Key(':'));
        _tui.Type("filter-in certificate");
        _tui.Press(Key.Enter);
        _tui.WaitForBackground();
        Assert.True(Model.Rows.Count > only504, "a second filter-in adds rows, as in lnav");

        _tui.Press(new Key(':'));
        _tui.Type("filter-in ([");
        _tui.Press(Key.Enter);
        Assert.Contains("not a regular expression", Model.Message, StringComparison.Ordinal);
        _tui.Press(new Key(':'));
        _tui.Type("filter-out OPTIONS");
        _tui.Press(Key.Enter);
        _tui.WaitForBackground();
        Assert.Contains("not matching OPTIONS", _tui.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("([", Model.FilterForm.Matching, StringComparison.Ordinal);
    }

    [Fact]
    public void APastedLongTerm_IsSearchedOnEnter_NotAtEachCharacter()
    {
        _tui.Press(new Key('v'), Key.Home, new Key('/'));
        var start = Model.Selected;
        _tui.Window.Prompt.Field.Text = new string('x', Troubleshooter.SearchAsYouTypeAtMost) + "|504";
        Assert.Equal(start, Model.Selected);
        Assert.Contains("Enter searches", Model.Message, StringComparison.Ordinal);

        _tui.Press(Key.Enter);
        Assert.Contains("504", SelectedSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void M_Bookmarks_U_AndShiftU_GoToThem_AndTheTimeColumnMarksThem()
    {
        _tui.Press(new Key('v'), Key.Home, Key.CursorDown, Key.CursorDown, new Key('m'));
        var a = Model.Selected;
        _tui.Press(Key.PageDown, new Key('m'));
        var b = Model.Selected;
        Assert.Contains("◆", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(Key.Home, new Key('u'));
        Assert.Equal(a, Model.Selected);
        _tui.Press(new Key('u'));
        Assert.Equal(b, Model.Selected);
        _tui.Press(new Key('u'));
        Assert.Equal(a, Model.Selected);
        Assert.Contains("wrapped", Model.Message, StringComparison.Ordinal);
        _tui.Press(new Key('U'));
        Assert.Equal(b, Model.Selected);

        _tui.Press(new Key('m'), new Key('u'), new Key('u'));
        Assert.Equal(a, Model.Selected);
    }

    [Fact]
    public void W_WrapsTheDetailsLongLines()
    {
        _tui.Press(new Key('v'), new Key('/'));
        _tui.Type("Ucweb");
        _tui.Press(Key.Enter);
        var longest = Model.Detail().Text.Split('\n').Max(l => l.Length);
        Assert.True(longest > 80, "an IM exception line is longer than the pane");
        Assert.DoesNotContain("(wrapped)", _tui.Screen, StringComparison.Ordinal);

        _tui.Press(new Key('w'));
        Assert.Contains("(wrapped)", _tui.Screen, StringComparison.Ordinal);
        _tui.Press(new Key('w'));
        Assert.DoesNotContain("(wrapped)", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void NoColor_DrawsTheScreenInTheTerminalsOwnColours()
    {
        using var plain = Headless.OpenScenario("CERT-NAME-MISMATCH", color: false);
        plain.Press(new Key('v'));
        var contents = plain.App.Driver!.Contents!;
        for (var row = 0; row < contents.GetLength(0); row++)
        {
            for (var col = 0; col < contents.GetLength(1); col++)
            {
                var attribute = contents[row, col].Attribute;
                Assert.True(attribute is null || (attribute.Value.Foreground == Terminal.Gui.Drawing.Color.None && attribute.Value.Background == Terminal.Gui.Drawing.Color.None),
                    $"colour at {row},{col}: {attribute}");
            }
        }
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
        _tui.Press(Key.Enter, new Key('l'));

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
    public void X_AsksForAFileName_AndWritesTheReport()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tui-e-{Guid.NewGuid():N}.html");
        try
        {
            _tui.Press(new Key('x'));
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

        foreach (var binding in KeyTable.All)
        {
            Assert.Contains($"{binding.Key,-7} {binding.Long}", _tui.Window.PanelText, StringComparison.Ordinal);
        }

        Assert.Contains("Keys (Esc close)", _tui.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_MovesBetweenThePanes()
    {
        Assert.Contains("▶ Findings", _tui.Screen, StringComparison.Ordinal);
        _tui.Press(Key.Tab);
        Assert.Contains("▶ Finding ·", _tui.Screen, StringComparison.Ordinal);
        _tui.Press(new Key('v'));
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
        _tui.Press(new Key('v'));
        var start = Model.Selected;
        _tui.Press(Key.CursorDown, Key.CursorDown);
        Assert.Equal(start + 2, Model.Selected);
        Assert.Contains(Model.Detail().Title[..20], _tui.Screen, StringComparison.Ordinal);
    }
}
