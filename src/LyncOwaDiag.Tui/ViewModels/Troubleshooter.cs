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
    private bool _touched;
    private int _lastCount = -1;
    private LoadPhase _lastPhase = LoadPhase.Reading;
    private Task<Redactor>? _learning;
    private volatile Redactor? _redactor;
    private Redactor? _failureRedactor;

    /// <summary>What a cell or pane shows under --redact until every name of the bundle has been learned.</summary>
    public const string RedactionPending = "(hidden until every name is read: --redact)";

    public Troubleshooter(BundleLoader loader, TimeProvider clock, bool redact)
    {
        _loader = loader;
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

        if (phase == LoadPhase.Done && Findings is null && _loader.Result is { } result)
        {
            Findings = new FindingsPane(result, Shown);
            changed = true;
            if (!_touched && Findings.Count > 0)
            {
                // Nobody has moved yet: start where the answer is, on the top finding's first evidence.
                OpenFinding(0);
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
        Message = _cursor.NextError() ? string.Empty : "no error below this row";
    }

    public void PreviousError()
    {
        _touched = true;
        Message = _cursor.PreviousError() ? string.Empty : "no error above this row";
    }

    /// <summary>Enter on a finding: the walk over its evidence starts at the first evidence row.</summary>
    public void OpenFinding(int findingRow)
    {
        if (Findings is null || findingRow < 0 || findingRow >= Findings.Count)
        {
            return;
        }

        var finding = Findings[findingRow];
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

        _cursor.Select(r);
        Message = $"evidence {_walk.Position} of {_walk.Rows.Count}: {SafeText.ForTerminal(_walkFinding.Title)}";
    }

    public void ToggleTime() => Time.Toggle();

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

    /// <summary>
    /// A location without the input folder the user named (the panes are narrow; the folder is on the command line):
    /// <c>ATL-CS-001.zip!/cls.txt:12-40</c> rather than the whole path.
    /// </summary>
    public string Shorten(string location)
    {
        foreach (var input in _loader.Options.Paths)
        {
            var folder = input.TrimEnd('/', '\\');
            if (folder.Length > 0 && location.Length > folder.Length + 1 && location.StartsWith(folder, StringComparison.Ordinal)
                && location[folder.Length] is '/' or '\\')
            {
                return location[(folder.Length + 1)..];
            }
        }

        return location;
    }

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

    /// <summary>Starts an incremental search from the selected row.</summary>
    public void BeginSearch()
    {
        _touched = true;
        _searchOrigin = Selected;
    }

    /// <summary>The pattern as typed so far: moves to the first match from where the search began.</summary>
    public void UpdateSearch(string pattern)
    {
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

    /// <summary>Enter in the search bar: the next match after the selected row.</summary>
    public void SearchNext(bool backwards = false)
    {
        if (Search.Find(Selected, backwards) is { } row)
        {
            _cursor.Select(row);
            _searchOrigin = row;
            Message = string.Empty;
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
            Message = "filter cleared";
            return true;
        }

        var (rows, progress, task) = _loader.Filter(filter);
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
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Message = SafeText.ForTerminal($"export failed: {e.Message}");
            }
        });
        return _export;
    }
}
