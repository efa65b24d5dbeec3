using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// All the troubleshooter's state and what its keys do, with no Terminal.Gui type: the rows shown (the whole
/// timeline or a filtered read), the selected row, the findings, the evidence walk, search, filter, time display,
/// ladder and export. The views only draw what it holds and pass it the keys; <see cref="Poll"/> takes in what the
/// background reads have done since the last look.
/// </summary>
public sealed class Troubleshooter
{
    private readonly BundleLoader _loader;
    private readonly TimeProvider _clock;
    private readonly bool _redact;
    private TimelineCursor _cursor;
    private EvidenceWalk? _walk;
    private Finding? _walkFinding;
    private ReadProgress? _filterProgress;
    private Task _filtering = Task.CompletedTask;
    private Task _export = Task.CompletedTask;
    private int _searchOrigin;
    private string _termBefore = string.Empty;
    private bool _touched;
    private int _lastCount = -1;
    private LoadPhase _lastPhase = LoadPhase.Reading;
    private Task<Redactor>? _learning;
    private volatile Redactor? _redactor;
    private Redactor? _failureRedactor;
    private TerminalClipboard? _clipboard;
    private readonly HashSet<SourceLocation> _bookmarks = [];
    private int _copyNext;

    /// <summary>What a cell or pane shows under --redact until every name of the bundle has been learned.</summary>
    public const string RedactionPending = "(hidden until every name is read: --redact)";

    public Troubleshooter(BundleLoader loader, TimeProvider clock, bool redact, TerminalClipboard? clipboard = null)
    {
        _loader = loader;
        _clipboard = clipboard;
        _clock = clock;
        _redact = redact;
        Rows = loader.Rows;
        _cursor = new TimelineCursor(Rows.Index);
        Time = new TimeDisplay(clock);
        Columns = new TimelineColumns(Time);
        Search = new Search(row => Rows.SearchText(row), () => Rows.Count);
    }

    /// <summary>
    /// Bumped when what the screen may show changes (the names to hide are learned): cells cached before must be
    /// asked for again.
    /// </summary>
    public int ScreenVersion { get; private set; }

    /// <summary>
    /// A log-derived text as the screen may show it: as it is, or under --redact with every name of the bundle
    /// replaced by its pseudonym, the same ones the exported reports use. Until the names are learned (a read of its
    /// own once loading ends) nothing of the logs shows.
    /// </summary>
    public string Shown(string text) =>
        !_redact || text.Length == 0 ? text : _redactor is { } redactor ? redactor.Redact(text) : RedactionPending;

    /// <summary>The rows the table shows: the whole timeline, or the filtered read.</summary>
    public TimelineRows Rows { get; private set; }

    public TimelineColumns Columns { get; }

    public TimeDisplay Time { get; }

    public Search Search { get; }

    public FilterForm FilterForm { get; } = new();

    /// <summary>The findings pane, once the classifier has finished; null while loading.</summary>
    public FindingsPane? Findings { get; private set; }

    /// <summary>The answer (the selected row's page) or the timeline; the answer first, as it is what the user came for.</summary>
    public TroubleshooterView View { get; private set; } = TroubleshooterView.Answer;

    /// <summary>The findings list's selected row (0: the summary).</summary>
    public int AnswerRow { get; private set; }

    /// <summary>The answer pane's text: the selected row's page, or what the read is doing until the classifier is done.</summary>
    public string AnswerText()
    {
        if (Findings is { } findings)
        {
            return findings.Page(Math.Clamp(AnswerRow, 0, findings.Count - 1)).Text;
        }

        var p = _loader.Progress;
        return p.Phase switch
        {
            LoadPhase.Failed => "The bundle could not be read; the state line below says why.",
            LoadPhase.Cancelled => "Cancelled.",
            _ => "Reading the bundle: the answer (the verdict, each finding's cause and fix commands, the checklist) shows here when it is read.\n\nv shows the timeline as it fills.",
        };
    }

    /// <summary>v: the answer or the timeline.</summary>
    public void ToggleView()
    {
        _touched = true;
        View = View == TroubleshooterView.Answer ? TroubleshooterView.Timeline : TroubleshooterView.Answer;
        Message = string.Empty;
    }

    /// <summary>The findings list's cursor moved: its page shows, and c starts again at its first command.</summary>
    public void SelectAnswer(int row)
    {
        if (row != AnswerRow)
        {
            _touched = true;
            AnswerRow = Findings is { } findings ? Math.Clamp(row, 0, findings.Count - 1) : 0;
            _copyNext = 0;
        }
    }

    public int Selected => Math.Min(_cursor.Selected, Math.Max(0, Rows.Count - 1));

    /// <summary>The outcome of the last key, for the state line ("no error below", "report written to …").</summary>
    public string Message { get; private set; } = string.Empty;

    /// <summary>The filter in force, described; null when the whole timeline shows.</summary>
    public string? FilterText { get; private set; }

    public ReadProgress LoadProgress => _loader.Progress;

    public bool Loaded => _loader.Progress.Phase == LoadPhase.Done;

    /// <summary>
    /// Takes in what the background reads did since the last call: true when the screen should redraw (more rows,
    /// a phase changed). Builds the findings pane when the classifier is done.
    /// </summary>
    public bool Poll()
    {
        var phase = _loader.Progress.Phase;
        var count = Rows.Count;
        var changed = count != _lastCount || phase != _lastPhase || _filterProgress is { Phase: not LoadPhase.Reading };
        if (_redact && phase == LoadPhase.Done && _learning is null && _loader.Session is { } session)
        {
            _learning = Task.Run(() => ReportFiles.Learn(session));
        }

        if (_learning is { IsCompletedSuccessfully: true } learnt && _redactor is null)
        {
            _redactor = learnt.Result;
            ScreenVersion++;
            changed = true;
        }

        if (_loader.Follows && Findings is { } shown && _loader.Result is { } remade && !ReferenceEquals(shown.Result, remade))
        {
            // --follow made the findings again from the grown inputs: the list and its pages follow, the row kept.
            Findings = new FindingsPane(remade, Shown, Shorten);
            AnswerRow = Math.Min(AnswerRow, Findings.Count - 1);
            changed = true;
        }

        if (_loader.Follows && _lastCount >= 0 && count > _lastCount && _cursor.Selected == _lastCount - 1)
        {
            // As less +F and lnav: a cursor on the last row stays on the last row as rows arrive; anywhere else it stays put.
            _cursor.Select(count - 1);
        }

        if (phase == LoadPhase.Done && Findings is null && _loader.Result is { } result)
        {
            Findings = new FindingsPane(result, Shown, Shorten);
            changed = true;
            if (!_touched)
            {
                // Nobody has moved yet: start where the answer is, on the first cause (the summary when there is
                // none), with the timeline waiting at its first evidence.
                AnswerRow = Findings.FirstRow;
                if (AnswerRow != FindingsPane.SummaryRow)
                {
                    StartWalk(AnswerRow);
                    Message = string.Empty;
                }
            }
        }

        if (_filterProgress is { Phase: LoadPhase.Failed } failed)
        {
            Message = "filter: " + failed.Error;
        }

        if (_filterProgress is { Phase: not LoadPhase.Reading })
        {
            _filterProgress = null;
        }

        _lastCount = count;
        _lastPhase = phase;
        return changed;
    }

    /// <summary>The state line: progress while reading, then the row count, the filter, the time zone, the last message.</summary>
    public string StateLine()
    {
        var p = _loader.Progress;
        var state = p.Phase switch
        {
            LoadPhase.Reading => FormattableString.Invariant($"Loading {p.Fraction:P0} · {N(Rows.Count)} events · {p.Elapsed.TotalSeconds:0.0} s"),
            LoadPhase.Failed => "Failed: " + (_redact ? (_failureRedactor ??= FailureRedactor()).Redact(p.Error) : p.Error),
            LoadPhase.Cancelled => "Cancelled",
            _ when _loader.FollowState is { } following => $"{N(Rows.Count)} events · {following}",
            _ when FilterText is null => FormattableString.Invariant($"{N(Rows.Count)} events, read in {p.Elapsed.TotalSeconds:0.0} s"),
            _ => $"{N(Rows.Count)} events",
        };
        if (FilterText is { } filter)
        {
            state += _filterProgress is { Phase: LoadPhase.Reading } f ? FormattableString.Invariant($" · filtering {f.Fraction:P0}") : $" · filter: {filter}";
        }

        state += " · " + Time.Label;
        // The outcome of the last key first: it is what the user is looking for, and long states get cut.
        return Message.Length == 0 ? state : Shown(Message) + " · " + state;
    }

    /// <summary>When loading failed there is no bundle to learn from: the inputs' folders and the names in the reason.</summary>
    private Redactor FailureRedactor()
    {
        var redactor = ReportFiles.ForInputs(_loader.Options.Paths);
        redactor.LearnNamesIn(_loader.Progress.Error ?? string.Empty);
        return redactor;
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public void Select(int row)
    {
        _touched = true;
        _cursor.Select(row);
        Message = string.Empty;
    }

    public void NextError()
    {
        _touched = true;
        View = TroubleshooterView.Timeline;
        Message = _cursor.NextError() ? string.Empty : "no error below this row";
    }

    public void PreviousError()
    {
        _touched = true;
        View = TroubleshooterView.Timeline;
        Message = _cursor.PreviousError() ? string.Empty : "no error above this row";
    }

    /// <summary>Enter on a finding: the timeline shows, at the first of its evidence rows, and ] and [ walk the rest.</summary>
    public void OpenFinding(int findingRow)
    {
        if (Findings is null || findingRow < 0 || findingRow >= Findings.Count)
        {
            return;
        }

        _touched = true;
        AnswerRow = findingRow;
        if (Findings[findingRow] is null)
        {
            Message = "the summary has no evidence to walk: pick a finding below it";
            return;
        }

        View = TroubleshooterView.Timeline;
        StartWalk(findingRow);
    }

    private void StartWalk(int findingRow)
    {
        var finding = Findings![findingRow]!;
        _walkFinding = finding;
        _walk = new EvidenceWalk(finding, Rows.Index);
        if (_walk.First() is { } row)
        {
            _cursor.Select(row);
            Message = $"evidence 1 of {_walk.Rows.Count}: {SafeText.ForTerminal(finding.Title)}";
        }
        else
        {
            var where = finding.Evidence.Select(e => Shorten(e.Location.ToString())).FirstOrDefault() ?? "nowhere";
            Message = SafeText.ForTerminal($"evidence not in the timeline{(FilterText is null ? string.Empty : " as filtered")}: {where}");
        }
    }

    public void NextEvidence() => WalkEvidence(_walk?.Next());

    public void PreviousEvidence() => WalkEvidence(_walk?.Previous());

    private void WalkEvidence(int? row)
    {
        if (_walk is null || _walkFinding is null)
        {
            Message = "Enter on a finding first";
            return;
        }

        if (row is not { } r)
        {
            Message = "this finding has no evidence in the timeline";
            return;
        }

        View = TroubleshooterView.Timeline;
        _cursor.Select(r);
        Message = $"evidence {_walk.Position} of {_walk.Rows.Count}{(_walk.Wrapped ? " (wrapped)" : string.Empty)}: {SafeText.ForTerminal(_walkFinding.Title)}";
    }

    /// <summary>
    /// c: on the answer, the page's next fix command (then its evidence lines), one more each press; on the timeline,
    /// the selected row (where, when, its whole message). To the terminal's clipboard and a file; as shown (redacted
    /// under --redact).
    /// </summary>
    public void Copy()
    {
        string text;
        string what;
        if (View == TroubleshooterView.Answer)
        {
            if (Findings is not { } findings)
            {
                Message = "copy: wait until the bundle is read";
                return;
            }

            var page = findings.Page(AnswerRow);
            if (page.Copyable.Count == 0)
            {
                Message = "copy: this page has no command or evidence line";
                return;
            }

            var at = _copyNext++ % page.Copyable.Count;
            text = page.Copyable[at];
            what = at < page.Commands ? $"fix command {at + 1} of {page.Commands}" : $"evidence line {at - page.Commands + 1} of {page.Copyable.Count - page.Commands}";
        }
        else
        {
            if (Rows.Count == 0)
            {
                Message = "copy: no row";
                return;
            }

            var row = Selected;
            var entry = Rows[row];
            text = Shown(SafeText.ForTerminal($"{Rows.Index.Location(row)} [{TimeQualityText.Format(entry.Timestamp, entry.TimeQuality)}] {Rows.Host(row)} {Rows.Summary(row)}"));
            what = "the row";
        }

        if (text == RedactionPending)
        {
            Message = "copy: " + RedactionPending;
            return;
        }

        Message = SafeText.ForTerminal($"{what} {(_clipboard ??= TerminalClipboard.ForConsole()).Copy(text)}");
    }

    /// <summary>m: bookmarks the selected row or removes its bookmark (kept by location, so a filter keeps them).</summary>
    public void ToggleBookmark()
    {
        if (Rows.Count == 0)
        {
            return;
        }

        View = TroubleshooterView.Timeline;
        var location = Rows.Index.Location(Selected);
        var added = _bookmarks.Add(location);
        if (!added)
        {
            _bookmarks.Remove(location);
        }

        ScreenVersion++;
        Message = added ? $"bookmarked ({_bookmarks.Count} in all; u/U go to them)" : "bookmark removed";
    }

    public bool IsBookmarked(int row) => _bookmarks.Count > 0 && _bookmarks.Contains(Rows.Index.Location(row));

    /// <summary>u (U: <paramref name="backwards"/>): the next bookmarked row, wrapping.</summary>
    public void NextBookmark(bool backwards = false)
    {
        _touched = true;
        View = TroubleshooterView.Timeline;
        var n = Rows.Count;
        for (var step = 1; step <= n && _bookmarks.Count > 0; step++)
        {
            var raw = backwards ? Selected - step : Selected + step;
            var row = (raw % n + n) % n;
            if (IsBookmarked(row))
            {
                _cursor.Select(row);
                Message = raw != row ? (backwards ? "bookmark: wrapped to the bottom" : "bookmark: wrapped to the top") : string.Empty;
                return;
            }
        }

        Message = _bookmarks.Count == 0 ? "no bookmark: m marks the selected row" : "no bookmarked row in the rows shown";
    }

    /// <summary>g and :goto: the first row at or after a time (or a move from the selected row's time), or a row number.</summary>
    public void GoTo(string text)
    {
        _touched = true;
        if (Rows.Count == 0)
        {
            Message = "go to: no row yet";
            return;
        }

        var zone = Time.Local ? _clock.LocalTimeZone : TimeZoneInfo.Utc;
        var (time, number, error) = GoToTime.Parse(text, Rows[Selected].Timestamp, zone);
        View = TroubleshooterView.Timeline;
        if (error is not null)
        {
            Message = SafeText.ForTerminal(error);
            return;
        }

        if (number is { } n)
        {
            _cursor.Select(n - 1);
            Message = n > Rows.Count ? $"go to: only {N(Rows.Count)} rows; the last shown" : n < 1 ? "go to: rows count from 1; the first shown" : string.Empty;
            return;
        }

        // The first row at or after the time. A scan, not a halving: rows --follow appends come in arrival order.
        var target = time!.Value;
        var found = -1;
        for (var row = 0; row < Rows.Count; row++)
        {
            if (Rows[row].Timestamp >= target)
            {
                found = row;
                break;
            }
        }

        _cursor.Select(found < 0 ? Rows.Count - 1 : found);
        Message = found < 0 ? "go to: that is after the last row; the last shown" : string.Empty;
    }

    private void AddFilter(Func<string> get, Action<string> set, string pattern)
    {
        if (pattern.Length == 0)
        {
            Message = "filter: a regular expression after the command";
            return;
        }

        var before = get();
        set(before.Length == 0 ? pattern : $"(?:{before})|(?:{pattern})");
        if (!ApplyFilter())
        {
            // Refused (a bad pattern, a read still running): the filters in force stay as they were.
            set(before);
        }
    }

    /// <summary>
    /// The <c>:</c> prompt, lnav's commands: <c>filter-in REGEX</c>, <c>filter-out REGEX</c>, <c>clear-filter</c>,
    /// <c>goto TIME</c>. The filters are the filter dialog's matching and not-matching fields.
    /// </summary>
    public void RunCommand(string line)
    {
        var text = line.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var (name, argument) = space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].Trim());
        switch (name.ToLowerInvariant())
        {
            case "filter-in":
                // As lnav: each filter-in adds to those in force (a row matching any is kept), each filter-out too.
                AddFilter(() => FilterForm.Matching, v => FilterForm.Matching = v, argument);
                break;
            case "filter-out":
                AddFilter(() => FilterForm.NotMatching, v => FilterForm.NotMatching = v, argument);
                break;
            case "clear-filter":
            case "clear-filters":
                FilterForm.Clear();
                ApplyFilter();
                break;
            case "goto":
                GoTo(argument);
                break;
            case "":
                Message = string.Empty;
                break;
            default:
                Message = SafeText.ForTerminal($":{name}: not a command; there are filter-in REGEX, filter-out REGEX, clear-filter, goto TIME");
                break;
        }
    }

    /// <summary>t: times in UTC or local; the timeline shows, as it is what changes.</summary>
    public void ToggleTime()
    {
        Time.Toggle();
        View = TroubleshooterView.Timeline;
    }

    /// <summary>The detail pane: the selected event's file:line and its raw text (or the record as read, for EVTX).</summary>
    public (string Title, string Text) Detail()
    {
        if (Rows.Count == 0)
        {
            return ("Detail", string.Empty);
        }

        var row = Selected;
        var location = Rows.Index.Location(row);
        var title = SafeText.ForTerminal(Shorten(location.ToString()));
        var text = Rows.Detail(row)
            ?? (_loader.Session?.ReadRaw(location) is { } raw
                ? TerminalText.Lines(RecordLayout.Lay(raw))
                : Rows.Summary(row) + "\n(the file can no longer be read)");
        return (Shown(title), Shown(text));
    }

    /// <summary>A location without the input folder the user named (see <see cref="InputRelative"/>).</summary>
    public string Shorten(string location) => InputRelative.Shorten(location, _loader.Options.Paths);

    /// <summary>
    /// <c>l</c>: the ladder of the selected event's SIP dialog, its messages parsed again from their records (no
    /// whole-file read); null with <see cref="Message"/> saying why when the row is not a SIP message.
    /// </summary>
    public string? Ladder(int width, int maxMessages = 500)
    {
        if (Rows.Count == 0 || _loader.Session is not { } session)
        {
            return null;
        }

        var row = Selected;
        if (Rows.CallId(row) is not { } callId)
        {
            Message = "no Call-ID on this row: select a SIP message or a record of a dialog";
            return null;
        }

        var rows = Rows.DialogRows(row);
        var messages = rows.Take(maxMessages).SelectMany(r => session.Reread(Rows.Index.Location(r))).Where(e => e.Payload is SipMessage).ToList();
        var cut = rows.Count > maxMessages ? $" (first {maxMessages} of {rows.Count})" : string.Empty;
        return Shown(TerminalText.Lines($"Call-ID {callId}: {messages.Count} message(s){cut}\n\n{LadderRenderer.Render(messages, width)}"));
    }

    /// <summary>/: a new search from the selected row (the previous term is in the history, ↑).</summary>
    public void BeginSearch()
    {
        _touched = true;
        View = TroubleshooterView.Timeline;
        _searchOrigin = Selected;
        _termBefore = Search.Error is null ? Search.Text : string.Empty;
        Search.SetPattern(string.Empty);
    }

    /// <summary>Esc in the search prompt: as in less, the term and the row from before the prompt come back.</summary>
    public void CancelSearch()
    {
        Search.SetPattern(_termBefore);
        // Counted again, so that n still says "match 3 of 27".
        _ = Search.Commit();
        _cursor.Select(_searchOrigin);
        Message = string.Empty;
    }

    /// <summary>Terms longer than this (a paste) are searched on Enter, not at each character.</summary>
    public const int SearchAsYouTypeAtMost = 200;

    /// <summary>Enter in the search prompt: the term is kept for n/N and its matches counted.</summary>
    public Task CommitSearch(string typed)
    {
        if (typed != Search.Text && !Search.SetPattern(typed))
        {
            Message = "search: " + SafeText.ForTerminal(Search.Error);
            return Task.CompletedTask;
        }

        if (Search.Error is not null || Search.Text.Length == 0)
        {
            return Task.CompletedTask;
        }

        var counting = Search.Commit();
        if (Search.Find(_searchOrigin - 1) is { } row)
        {
            _cursor.Select(row);
            Message = "n: next match, N: previous";
        }
        else
        {
            Message = "search: no match";
        }

        return counting;
    }

    /// <summary>The pattern as typed so far: moves to the first match from where the search began.</summary>
    public void UpdateSearch(string pattern)
    {
        if (pattern.Length > SearchAsYouTypeAtMost)
        {
            Message = "a long term: Enter searches";
            return;
        }

        if (!Search.SetPattern(pattern))
        {
            Message = "search: " + SafeText.ForTerminal(Search.Error);
            return;
        }

        if (pattern.Length == 0)
        {
            _cursor.Select(_searchOrigin);
            Message = string.Empty;
            return;
        }

        if (Search.Find(_searchOrigin - 1) is { } row)
        {
            _cursor.Select(row);
            Message = string.Empty;
        }
        else
        {
            Message = "search: no match";
        }
    }

    /// <summary>n (N: <paramref name="backwards"/>): the next match of the search, its number and whether it wrapped.</summary>
    public void SearchNext(bool backwards = false)
    {
        _touched = true;
        View = TroubleshooterView.Timeline;
        if (Search.Text.Length == 0)
        {
            Message = "search: no term yet (/ starts one)";
            return;
        }

        if (Search.Find(Selected, out var wrapped, backwards) is { } row)
        {
            _cursor.Select(row);
            _searchOrigin = row;
            var position = Search.Position(row) ?? "match";
            Message = wrapped ? $"{position} · search wrapped to the {(backwards ? "bottom" : "top")}" : position;
        }
        else
        {
            Message = Search.Error is null ? "search: no match" : "search: " + SafeText.ForTerminal(Search.Error);
        }
    }

    /// <summary>
    /// The filter dialog's Enter: reads the timeline again through the filter (in the background; the rows show as
    /// they come), or back to the whole timeline when every field is empty. False, with the reason, when refused.
    /// </summary>
    public bool ApplyFilter()
    {
        if (!Loaded)
        {
            Message = "filter: wait until the bundle is loaded";
            return false;
        }

        if (_filterProgress is { Phase: LoadPhase.Reading } || !_export.IsCompleted)
        {
            // One read of the session's files at a time: a filter and an export's redaction both re-read them.
            Message = "filter: wait until the previous filter or export is done";
            return false;
        }

        var (filter, error) = FilterForm.Build();
        if (filter is null)
        {
            Message = "filter: " + SafeText.ForTerminal(error);
            return false;
        }

        if (filter.IsEmpty)
        {
            ShowRows(_loader.Rows);
            FilterText = null;
            _loader.Appended = null;
            View = TroubleshooterView.Timeline;
            Message = "filter cleared";
            return true;
        }

        View = TroubleshooterView.Timeline;
        var (rows, progress, task) = _loader.Filter(filter);
        if (_loader.Follows)
        {
            // --follow: what arrives after the filter's read is kept or not by the same filter.
            _loader.Appended = e =>
            {
                if (task.IsCompleted && filter.Matches(e) && _loader.Session is { } session)
                {
                    BundleLoader.AddTo(rows, session, e);
                }
            };
        }

        _filterProgress = progress;
        _filtering = task;
        ShowRows(rows);
        FilterText = SafeText.ForTerminal(Describe());
        Message = string.Empty;
        return true;
    }

    private void ShowRows(TimelineRows rows)
    {
        Rows = rows;
        _cursor = new TimelineCursor(rows.Index);
        _walk = null;
        _walkFinding = null;
    }

    /// <summary>The filter read and the export running in the background, if any (tests wait on it).</summary>
    internal Task Background => Task.WhenAll(_filtering, _export);

    private string Describe() => string.Join(", ", new[]
    {
        ("source", FilterForm.Source), ("severity ≥", FilterForm.MinimumSeverity), ("host", FilterForm.Host),
        ("user", FilterForm.User), ("Call-ID", FilterForm.CallId), ("since", FilterForm.Since), ("until", FilterForm.Until),
        ("matching", FilterForm.Matching), ("not matching", FilterForm.NotMatching),
    }.Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => $"{f.Item1} {f.Item2.Trim()}"));

    /// <summary>
    /// <c>e</c>: writes the report to <paramref name="path"/> (format from the extension) in the background, through
    /// the same writers as <c>triage --report</c>, redacted when the troubleshooter was started with --redact.
    /// </summary>
    public Task Export(string path)
    {
        if (_loader.Result is not { } result || _loader.Session is not { } session)
        {
            Message = "export: wait until the bundle is loaded";
            return Task.CompletedTask;
        }

        if (!_export.IsCompleted || _filterProgress is { Phase: LoadPhase.Reading })
        {
            Message = "export: wait until the previous export or filter is done";
            return _export;
        }

        path = path.Trim();
        if (ReportFiles.Problem(path, _loader.Options.Paths) is { } problem)
        {
            Message = SafeText.ForTerminal("export: " + problem);
            return Task.CompletedTask;
        }

        Message = SafeText.ForTerminal($"exporting to {path}…");
        var generatedAt = _clock.GetUtcNow();
        _export = Task.Run(() =>
        {
            try
            {
                // A redactor of its own: the screen's numbers addresses as they are drawn, a report as triage does.
                ReportFiles.WriteAll([path], session, result, generatedAt, _redact ? ReportFiles.Learn(session) : null);
                Message = SafeText.ForTerminal($"report written to {path}{(_redact ? " (redacted)" : string.Empty)}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever went wrong, the state line says so rather than "exporting…" for ever.
                Message = SafeText.ForTerminal($"export failed: {e.Message}");
            }
        });
        return _export;
    }
}
