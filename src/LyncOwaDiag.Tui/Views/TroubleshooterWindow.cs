using LyncOwaDiag.Tui.Adapters;
using LyncOwaDiag.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace LyncOwaDiag.Tui.Views;

/// <summary>
/// The troubleshooter's one window: the findings list on top and, under it, either the answer (the selected row's
/// page: cause, fix commands, checklist) or the timeline table and the detail; the state line and the key bar; the
/// prompt (search, command, go to, export), the filter panel and the help and ladder panels over them. It is wiring:
/// a key is looked up in <see cref="KeyTable"/>, its command goes to the <see cref="Troubleshooter"/> view-model,
/// then the panes are brought in line with it.
/// </summary>
public sealed class TroubleshooterWindow : Window
{
    private readonly Troubleshooter _model;
    private readonly FrameView _findingsFrame = new() { CanFocus = true };
    private readonly ListView _findings = new() { Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly FrameView _timelineFrame = new() { CanFocus = true };
    private readonly TableView _table = new() { Width = Dim.Fill(), Height = Dim.Fill(), FullRowSelect = true };
    private readonly FrameView _detailFrame = new() { CanFocus = true };
    private readonly TextLines _detail = new() { Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly FrameView _answerFrame = new() { CanFocus = true };
    private readonly TextLines _answer = new() { Width = Dim.Fill(), Height = Dim.Fill(), Wrap = true };
    private readonly Label _keys = new() { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
    private readonly bool _color;
    private readonly Label _state = new() { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1 };
    private readonly PromptBar _prompt = new() { X = 0, Y = Pos.AnchorEnd(2) };
    private readonly FilterPanel _filter;
    private readonly TextPanel _panel = new();
    private TimelineTableSource _source;
    private View? _overlay;
    private PromptKind _promptKind;
    private int _shownRow = -1;
    private int _shownVersion = -1;
    private bool _syncing;
    private System.Drawing.Size _measuredFor;
    private int _measuredRows;
    private int _measuredVersion = -1;
    private IApplication? _app;
    private string _findingsTitle = "Findings (classifying…)";
    private int _screenVersion;
    private string _timelineTitle = "Timeline";
    private string _detailTitle = "Detail";
    private int _shownAnswer = -1;
    private string _shownAnswerText = string.Empty;
    private int _keysFor = -1;

    private enum PromptKind
    {
        Search,
        Command,
        GoTo,
        Export,
    }

    /// <param name="color">False under NO_COLOR or --no-color: no badge, highlight or theme colour, the words carry it all.</param>
    public TroubleshooterWindow(Troubleshooter model, bool color = true)
    {
        _model = model;
        _color = color;
        Title = "LyncOwaDiag";
        BorderStyle = LineStyle.None;
        _filter = new FilterPanel(model.FilterForm);
        _source = new TimelineTableSource(model, model.Rows);
        _table.Table = _source;
        _table.Style.ShowHorizontalHeaderOverline = false;
        _table.Style.AlwaysShowHeaders = true;
        _table.Style.ShowVerticalCellLineForFirstColumn = false;
        _table.Style.ShowVerticalCellLineForLastColumn = false;
        _table.Style.GetOrCreateColumnStyle(TimelineColumns.Host).MaxWidth = 14;
        _table.Style.GetOrCreateColumnStyle(TimelineColumns.Kind).MaxWidth = 20;
        _table.Style.ExpandLastColumn = true;
        _table.Style.GetOrCreateColumnStyle(TimelineColumns.Severity).ColorGetter =
            args => _color && _source.Rows > args.RowIndex ? SeverityColors.For(TimelineColumns.SeverityOf(_source.Data, args.RowIndex)) : null;
        _table.Style.GetOrCreateColumnStyle(TimelineColumns.Summary).ColorGetter =
            args => _color && _source.Rows > args.RowIndex && _model.Search.Pattern is not null && _model.Search.IsMatch(args.RowIndex) ? SeverityColors.Match : null;
        _table.CollectionNavigator = null;
        _table.ValueChanged += (_, _) => TableMoved();
        _findings.SetSource<string>([]);

        Place(_findingsFrame, l => l.Findings);
        Place(_timelineFrame, l => l.Timeline);
        Place(_detailFrame, l => l.Detail);
        Place(_answerFrame, l => l.Answer);
        _findingsFrame.Add(_findings);
        _timelineFrame.Add(_table);
        _detailFrame.Add(_detail);
        _answerFrame.Add(_answer);
        _findings.ValueChanged += (_, _) => FindingMoved();
        if (_color)
        {
            _detail.HighlightAttribute = _answer.HighlightAttribute = SeverityColors.Match.Normal;
        }
        else
        {
            SetScheme(SeverityColors.Monochrome());
        }

        // Display only: the keys themselves are taken in Attach, before any view can.
        Add(_findingsFrame, _timelineFrame, _detailFrame, _answerFrame, _state, _prompt, _keys, _filter, _panel);
        _findings.SetFocus();
        Refresh();
    }

    private void Place(View pane, Func<PaneLayout, Pane> which)
    {
        PaneLayout Layout() => PaneLayout.For(Viewport.Width, Viewport.Height);
        pane.X = Pos.Func(_ => which(Layout()).X);
        pane.Y = Pos.Func(_ => which(Layout()).Y);
        pane.Width = Dim.Func(_ => which(Layout()).Width);
        pane.Height = Dim.Func(_ => which(Layout()).Height);
    }

    /// <summary>
    /// Listens to the keys before any pane does (the troubleshooter's keys work wherever the focus is, except in a
    /// text field) and polls the background reads five times a second.
    /// </summary>
    public void Attach(IApplication app)
    {
        _app = app;
        app.Keyboard.KeyDown += (_, key) =>
        {
            if (HandleKey(key))
            {
                key.Handled = true;
            }
        };
        app.AddTimeout(TimeSpan.FromMilliseconds(200), () =>
        {
            Refresh();
            return true;
        });
    }

    /// <summary>The view-model's key handling; true when the key was the troubleshooter's.</summary>
    public bool HandleKey(Key key)
    {
        if (key == Key.C.WithCtrl)
        {
            _app?.RequestStop();
            return true;
        }

        if (_overlay is not null)
        {
            return OverlayKey(key);
        }

        if (key == Key.Tab || key == Key.Tab.WithShift)
        {
            CycleFocus(key == Key.Tab ? 1 : -1);
            return Done();
        }

        if ((key == Key.Home || key == Key.End) && _table.HasFocus)
        {
            // The table's own Home/End move along the row; in a timeline they mean its first and last event.
            _model.Select(key == Key.Home ? 0 : _model.Rows.Count - 1);
            return Done();
        }

        if (key == Key.Enter && (_findings.HasFocus || _answer.HasFocus))
        {
            return Run(TroubleshooterCommand.OpenFinding);
        }

        if (key == Key.Esc)
        {
            // Terminal.Gui quits on Esc by default; here Esc only closes things, q quits.
            return true;
        }

        if (key.IsCtrl || key.IsAlt || key.AsRune.Value is 0 or > char.MaxValue)
        {
            return false;
        }

        return KeyTable.For((char)key.AsRune.Value) is { } command && Run(command);
    }

    /// <summary>What each command of <see cref="KeyTable"/> does on screen: the view-model's call, or an overlay opened.</summary>
    private bool Run(TroubleshooterCommand command)
    {
        switch (command)
        {
            case TroubleshooterCommand.Help:
                Open(_panel);
                _panel.Show("Keys (Esc close)", KeyTable.Help(), wrap: true);
                break;
            case TroubleshooterCommand.Quit:
                _app?.RequestStop();
                return true;
            case TroubleshooterCommand.ToggleView:
                _model.ToggleView();
                break;
            case TroubleshooterCommand.OpenFinding:
                _model.OpenFinding(_model.AnswerRow);
                break;
            case TroubleshooterCommand.NextEvidence:
                _model.NextEvidence();
                break;
            case TroubleshooterCommand.PreviousEvidence:
                _model.PreviousEvidence();
                break;
            case TroubleshooterCommand.Copy:
                _model.Copy();
                break;
            case TroubleshooterCommand.Search:
                _model.BeginSearch();
                OpenPrompt(PromptKind.Search, "/", string.Empty);
                break;
            case TroubleshooterCommand.NextMatch:
                _model.SearchNext();
                break;
            case TroubleshooterCommand.PreviousMatch:
                _model.SearchNext(backwards: true);
                break;
            case TroubleshooterCommand.NextError:
                _model.NextError();
                break;
            case TroubleshooterCommand.PreviousError:
                _model.PreviousError();
                break;
            case TroubleshooterCommand.Command:
                OpenPrompt(PromptKind.Command, ":", string.Empty);
                break;
            case TroubleshooterCommand.GoTo:
                OpenPrompt(PromptKind.GoTo, "Go to (time, +5m, -30s, row): ", string.Empty);
                break;
            case TroubleshooterCommand.Filter:
                Open(_filter);
                _filter.Show();
                break;
            case TroubleshooterCommand.Bookmark:
                _model.ToggleBookmark();
                break;
            case TroubleshooterCommand.NextBookmark:
                _model.NextBookmark();
                break;
            case TroubleshooterCommand.PreviousBookmark:
                _model.NextBookmark(backwards: true);
                break;
            case TroubleshooterCommand.Wrap:
                _detail.Wrap = !_detail.Wrap;
                break;
            case TroubleshooterCommand.Ladder:
                if (_model.Ladder(_panel.TextWidth(Viewport.Width)) is { } ladder)
                {
                    Open(_panel);
                    _panel.Show("Ladder (Esc close, arrows scroll)", ladder);
                }

                break;
            case TroubleshooterCommand.Servers:
                if (_model.Findings is { } loaded)
                {
                    Open(_panel);
                    _panel.Show("Servers (Esc close, arrows scroll)", loaded.Servers, wrap: true);
                }

                break;
            case TroubleshooterCommand.ToggleTime:
                _model.ToggleTime();
                _source.Version++;
                _table.SetNeedsDraw();
                break;
            case TroubleshooterCommand.Export:
                OpenPrompt(PromptKind.Export, "Export report to (.md, .html, .json): ", "lyncowadiag-report.html");
                break;
            default:
                return false;
        }

        return Done();
    }

    private void OpenPrompt(PromptKind kind, string caption, string text)
    {
        Open(_prompt);
        _promptKind = kind;
        _prompt.Show(caption, text);
    }

    private void CycleFocus(int direction)
    {
        View[] panes = _model.View == TroubleshooterView.Answer ? [_findings, _answer] : [_findings, _table, _detail];
        var at = Array.FindIndex(panes, p => p.HasFocus);
        panes[((at < 0 ? 1 : at) + direction + panes.Length) % panes.Length].SetFocus();
    }

    /// <summary>Each pane's title, the focused one marked (the mark reads without colour).</summary>
    private void TitleFrames()
    {
        var answerTitle = _model.Findings is { } f && f[_model.AnswerRow] is { } finding ? "Finding · " + finding.RuleId : "Summary";
        foreach (var (frame, title, pane) in new (FrameView, string, View)[] { (_findingsFrame, _findingsTitle, _findings), (_timelineFrame, _timelineTitle, _table), (_detailFrame, _detail.Wrap ? "Detail (wrapped)" + _detailTitle["Detail".Length..] : _detailTitle, _detail), (_answerFrame, answerTitle + "  (v: timeline, Enter: evidence, c: copy)", _answer) })
        {
            var wanted = (pane.HasFocus ? "▶ " : string.Empty) + title;
            if (frame.Title != wanted)
            {
                frame.Title = wanted;
            }
        }
    }

    private bool OverlayKey(Key key)
    {
        if (key == Key.Esc)
        {
            if (_overlay == _prompt && _promptKind == PromptKind.Search)
            {
                _model.CancelSearch();
            }

            Close();
            return Done();
        }

        if (key == Key.U.WithCtrl && _overlay?.MostFocused is TextField field)
        {
            // As in a shell: Ctrl+U empties the field.
            field.Text = string.Empty;
            return Done();
        }

        if ((key == Key.CursorUp || key == Key.CursorDown) && _overlay == _prompt && _promptKind == PromptKind.Search)
        {
            // As in a shell and in lnav: ↑ brings back an earlier search.
            if (_model.Search.Recall(older: key == Key.CursorUp) is { } earlier)
            {
                _prompt.Field.Text = earlier;
                _prompt.Field.MoveEnd();
            }

            return Done();
        }

        if (key != Key.Enter)
        {
            return false;
        }

        if (_overlay == _filter)
        {
            _filter.Commit();
            if (_model.ApplyFilter())
            {
                Close();
            }
        }
        else if (_overlay == _prompt)
        {
            var text = _prompt.Field.Text;
            Close();
            switch (_promptKind)
            {
                case PromptKind.Search:
                    _model.CommitSearch(text);
                    break;
                case PromptKind.Command:
                    _model.RunCommand(text);
                    break;
                case PromptKind.GoTo:
                    _model.GoTo(text);
                    break;
                default:
                    _model.Export(text);
                    break;
            }
        }
        else
        {
            Close();
        }

        return Done();
    }

    private void Open(View overlay)
    {
        _overlay = overlay;
        if (overlay == _prompt)
        {
            _state.Visible = false;
            _prompt.Field.TextChanged -= SearchTyped;
            _prompt.Field.TextChanged += SearchTyped;
        }
    }

    private void SearchTyped(object? sender, EventArgs e)
    {
        if (_overlay == _prompt && _promptKind == PromptKind.Search)
        {
            _model.UpdateSearch(_prompt.Field.Text);
            Refresh();
        }
    }

    private void Close()
    {
        if (_overlay is null)
        {
            return;
        }

        _overlay.Visible = false;
        _overlay = null;
        _state.Visible = true;
        FocusView();
    }

    private bool Done()
    {
        Refresh();
        return true;
    }

    /// <summary>Brings the panes in line with the view-model: new rows, findings, selection, detail, state line.</summary>
    public void Refresh()
    {
        var changed = _model.Poll();
        if (_screenVersion != _model.ScreenVersion)
        {
            // What the screen may show changed (--redact learned the names): every cell and the detail are asked again.
            _screenVersion = _model.ScreenVersion;
            _source.Version++;
            _findings.SetNeedsDraw();
            changed = true;
        }

        var compact = PaneLayout.For(Viewport.Width, Viewport.Height).Timeline.Width < TimelineColumns.NarrowBelow;
        if (compact != _model.Columns.Compact || _table.Style.GetOrCreateColumnStyle(TimelineColumns.Kind).Visible == compact)
        {
            _model.Columns.Compact = compact;
            _table.Style.GetOrCreateColumnStyle(TimelineColumns.Kind).Visible = !compact;
            _source.Version++;
            changed = true;
        }

        if (!ReferenceEquals(_source.Data, _model.Rows))
        {
            _source = new TimelineTableSource(_model, _model.Rows);
            _table.Table = _source;
            _measuredRows = 0;
            changed = true;
        }

        if (_model.Findings is { } shown)
        {
            _findingsTitle = $"Findings · {shown.Verdict}";
        }

        if (_model.Findings is { } findings && (_findings.Source is not FindingsListSource listed || !ReferenceEquals(listed.Pane, findings)))
        {
            _findings.Source = new FindingsListSource(findings, _color);
        }

        if (_model.Findings is not null && _findings.SelectedItem != _model.AnswerRow)
        {
            _syncing = true;
            _findings.SelectedItem = _model.AnswerRow;
            _syncing = false;
        }

        ShowView();

        // Column widths follow the rows on screen and the room there is; Update measures them again (only the rows
        // on screen). Rows arriving below a full screen change nothing visible: while a big bundle loads, the
        // table is left alone, which leaves the reading threads the CPU.
        var onScreen = _table.RowOffset + _table.Viewport.Height;
        var visibleChange = changed && (_measuredRows < onScreen || _model.Rows.Count < _measuredRows);
        if (visibleChange || _table.Viewport.Size != _measuredFor || _source.Version != _measuredVersion)
        {
            _measuredFor = _table.Viewport.Size;
            _measuredRows = _model.Rows.Count;
            _measuredVersion = _source.Version;
            _table.Update();
        }

        SyncSelection();

        _timelineTitle = _model.FilterText is { } filter ? "Timeline · filter: " + filter : "Timeline";
        var state = _model.StateLine();
        if (_state.Text != state)
        {
            _state.Text = state;
        }

        _prompt.Note = _overlay == _prompt && _promptKind == PromptKind.Search && _model.Message.Length > 0 ? " " + _model.Message : string.Empty;
        if (_keysFor != Viewport.Width)
        {
            _keysFor = Viewport.Width;
            _keys.Text = KeyTable.Bar(Viewport.Width);
        }

        TitleFrames();
    }

    /// <summary>The answer pane, or the timeline and detail, as the view-model's view says; the focus follows to a pane that shows.</summary>
    private void ShowView()
    {
        var answer = _model.View == TroubleshooterView.Answer;
        if (_answerFrame.Visible != answer || _timelineFrame.Visible == answer)
        {
            _answerFrame.Visible = answer;
            _timelineFrame.Visible = _detailFrame.Visible = !answer;
            if (_overlay is null)
            {
                FocusView();
            }
        }

        if (answer)
        {
            var text = _model.AnswerText();
            if (_shownAnswer != _model.AnswerRow || (!ReferenceEquals(text, _shownAnswerText) && text != _shownAnswerText))
            {
                _answer.Content = text;
                _shownAnswer = _model.AnswerRow;
                _shownAnswerText = text;
            }
        }

        if (_detail.Highlight != _model.Search.Pattern)
        {
            _detail.Highlight = _model.Search.Pattern;
            _detail.SetNeedsDraw();
            _table.SetNeedsDraw();
        }
    }

    /// <summary>The focus on a pane of the view shown: the findings list in the answer, the table in the timeline.</summary>
    private void FocusView()
    {
        if (_model.View == TroubleshooterView.Answer)
        {
            if (!_findings.HasFocus && !_answer.HasFocus)
            {
                _findings.SetFocus();
            }
        }
        else if (!_table.HasFocus && !_detail.HasFocus)
        {
            _table.SetFocus();
        }
    }

    private void FindingMoved()
    {
        if (_syncing || _model.Findings is null)
        {
            return;
        }

        _model.SelectAnswer(_findings.SelectedItem ?? 0);
        Refresh();
    }

    private void SyncSelection()
    {
        if (_model.Rows.Count == 0)
        {
            if (_shownRow != -1 || _detail.Content.Length > 0)
            {
                _detailTitle = "Detail";
                _detail.Content = string.Empty;
                _shownRow = -1;
            }

            return;
        }

        var row = _model.Selected;
        if (_table.Value?.SelectedCell.Y != row)
        {
            _syncing = true;
            _table.SetSelection(0, row, false, null);
            _table.EnsureCursorIsVisible();
            _syncing = false;
        }

        if (row != _shownRow || _source.Version != _shownVersion || _detail.Content.Length == 0)
        {
            var (title, text) = _model.Detail();
            _detailTitle = "Detail · " + title;
            _detail.Highlight = _model.Search.Pattern;
            _detail.Content = text;
            _shownRow = row;
            _shownVersion = _source.Version;
        }
    }

    private void TableMoved()
    {
        if (_syncing || _table.Value is not { } selection)
        {
            return;
        }

        if (selection.SelectedCell.Y != _model.Selected)
        {
            _model.Select(selection.SelectedCell.Y);
        }

        SyncSelection();
        _state.Text = _model.StateLine();
    }

    // For the headless tests: what is on screen besides the driver's text.
    internal View? Overlay => _overlay;

    internal string DetailText => _detail.Content;

    internal string AnswerContent => _answer.Content;

    internal string PanelText => _panel.Content;

    internal TableView Table => _table;

    internal ListView FindingsList => _findings;

    internal FilterPanel FilterPanel => _filter;

    internal PromptBar Prompt => _prompt;
}
