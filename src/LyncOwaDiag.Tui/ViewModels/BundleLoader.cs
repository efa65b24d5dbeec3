using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// Reads a bundle on a background thread: one pass that fills the timeline rows as events arrive (so the screen
/// shows them at once) and feeds the classifier, which names the findings at the end. Later, reads the timeline again
/// through a filter into fresh rows. Quitting cancels whatever read runs.
/// </summary>
public sealed class BundleLoader(DiagnoseOptions options, RuleSet rules, bool follow = false) : IDisposable
{
    /// <summary>A loader over rows already filled, never started: for views measured on a million rows without reading them.</summary>
    internal BundleLoader(DiagnoseOptions options, RuleSet rules, TimelineRows rows)
        : this(options, rules)
    {
        Rows = rows;
    }

    private readonly CancellationTokenSource _quit = new();
    private TimelineSession? _session;
    private Task _filtering = Task.CompletedTask;
    private Task _following = Task.CompletedTask;
    private TimelineSession? _previousSession;
    private Task _reclassifying = Task.CompletedTask;
    private volatile string? _followProblem;
    private InputFollower? _follower;
    private long _appended;
    private long _followDiagnostics;

    /// <summary>--follow: how long new events settle before the findings are made again (a whole read of the bundle).</summary>
    public static readonly TimeSpan ReclassifyAfter = TimeSpan.FromSeconds(3);

    /// <summary>--follow: how often the growing inputs are looked at.</summary>
    public static readonly TimeSpan FollowPoll = TimeSpan.FromMilliseconds(500);

    public TimelineRows Rows { get; } = new();

    public DiagnoseOptions Options => options;

    public ReadProgress Progress { get; private set; } = new(0);

    /// <summary>The session, once opened (the inputs found); null before.</summary>
    public TimelineSession? Session => Volatile.Read(ref _session);

    /// <summary>The findings, checklist and verdict, once the read is done; null before. Under --follow, made again as the inputs grow.</summary>
    public DiagnosisResult? Result { get; private set; }

    /// <summary>Whether the inputs are followed (--follow), and the follower once the main read has begun.</summary>
    public bool Follows => follow;

    /// <summary>--follow: the state line's words: how many files are followed and what arrived.</summary>
    public string? FollowState => _follower is { } f
        ? $"following {f.Count} file(s): {Interlocked.Read(ref _appended):N0} event(s) read since{(Interlocked.Read(ref _followDiagnostics) is > 0 and var d ? $", {d:N0} diagnostic(s)" : string.Empty)}{(_followProblem is { } problem ? "; " + problem : string.Empty)}"
        : null;

    /// <summary>
    /// --follow: called on the reading thread with each event appended to <see cref="Rows"/> (the troubleshooter
    /// adds those its filter keeps to the filtered rows).
    /// </summary>
    public Action<TimelineEvent>? Appended { get; set; }

    /// <summary>The background read of the growing inputs (tests wait on it).</summary>
    internal Task Following => _following;

    public Task Completion { get; private set; } = Task.CompletedTask;

    public void Start() => Completion = Task.Factory.StartNew(Load, _quit.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Load() => Guarded(() => Progress, () =>
    {
        var session = TimelineSession.Open(options);
        Progress = new ReadProgress(session.ReadableBytes);
        Volatile.Write(ref _session, session);
        if (!session.HasReadableInput)
        {
            var skipped = session.Inputs.Select(i => $"{i.File}: {i.SkippedReason}").Take(5);
            Progress.Finish(LoadPhase.Failed, SafeText.ForTerminal("no readable input. " + string.Join("; ", skipped)));
            return;
        }

        var progress = Progress;
        // Made before the main read, the follower marks where each file ends: what lies past it comes from the follower.
        var follower = follow ? session.Follow(new CountingSink(() => Interlocked.Increment(ref _followDiagnostics))) : null;
        Result = Diagnoser.Diagnose(session, rules, e =>
        {
            if (follower is null || e.Location.ByteOffset < follower.ConsumedAtStart(e.Location.File))
            {
                AddTo(Rows, session, e);
            }

            progress.Track(e);
        }, _quit.Token);
        progress.Finish(LoadPhase.Done);
        if (follower is not null)
        {
            _follower = follower;
            _following = Task.Factory.StartNew(() => FollowLoop(follower), _quit.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    });

    /// <summary>
    /// --follow: appends what the inputs append to the rows as it comes; once new events have settled, reads the
    /// whole bundle again (new files included) for fresh findings, and keeps that session for the detail pane.
    /// </summary>
    private void FollowLoop(InputFollower follower)
    {
        var dueSince = (DateTime?)null;
        while (!_quit.IsCancellationRequested)
        {
            try
            {
                var current = Session!;
                var added = follower.Poll();
                foreach (var e in added)
                {
                    AddTo(Rows, current, e);
                    Appended?.Invoke(e);
                }

                if (added.Count > 0)
                {
                    Interlocked.Add(ref _appended, added.Count);
                    dueSince = DateTime.UtcNow;
                }

                if (dueSince is { } since && DateTime.UtcNow - since >= ReclassifyAfter && _reclassifying.IsCompleted)
                {
                    // A whole read of the bundle: on a thread of its own, so rows keep arriving meanwhile.
                    dueSince = null;
                    _reclassifying = Task.Run(Reclassify);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                // The follow goes on; the state line says what went wrong last.
                Interlocked.Increment(ref _followDiagnostics);
                _followProblem = SafeText.ForTerminal(e.Message);
            }

            _quit.Token.WaitHandle.WaitOne(FollowPoll);
        }
    }

    private void Reclassify()
    {
        try
        {
            var fresh = TimelineSession.Open(options);
            if (!fresh.HasReadableInput)
            {
                fresh.Dispose();
                return;
            }

            var result = Diagnoser.Diagnose(fresh, rules, cancellation: _quit.Token);
            // The screen may be re-reading a record through the session it had: that one is kept one more round, the
            // one before it (seconds old, no read can still be on it) is closed.
            var older = Interlocked.Exchange(ref _previousSession, Session);
            Volatile.Write(ref _session, fresh);
            Result = result;
            older?.Dispose();
            _followProblem = null;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            Interlocked.Increment(ref _followDiagnostics);
            _followProblem = SafeText.ForTerminal("findings not made again: " + (e is InvalidInputException invalid ? invalid.Diagnostic.ToString() : e.Message));
        }
    }

    /// <summary>Counts the follower's diagnostics for the state line.</summary>
    private sealed class CountingSink(Action counted) : Parsing.IDiagnosticSink
    {
        public void Report(ParseDiagnostic diagnostic) => counted();
    }

    /// <summary>
    /// Runs a background read to its end: cancelled when the user quits; anything unexpected shown, not thrown
    /// (readers report bad records as diagnostics, so what reaches here is a bug or a vanished file).
    /// </summary>
    private static void Guarded(Func<ReadProgress> progress, Action read)
    {
        try
        {
            read();
        }
        catch (OperationCanceledException)
        {
            progress().Finish(LoadPhase.Cancelled);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            progress().Finish(LoadPhase.Failed, SafeText.ForTerminal(e is InvalidInputException invalid ? invalid.Diagnostic.ToString() : e.Message));
        }
    }

    /// <summary>
    /// Reads the timeline again through <paramref name="filter"/> into new rows, on a background thread; the rows are
    /// shown as they fill. A Call-ID filter first finds the call's CLS correlation ids, as <c>timeline --call-id</c> does.
    /// </summary>
    public (TimelineRows Rows, ReadProgress Progress, Task Completion) Filter(TimelineFilter filter)
    {
        var session = Session ?? throw new InvalidOperationException("the bundle is not open yet");
        var rows = new TimelineRows();
        var progress = new ReadProgress(session.ReadableBytes);
        var task = Task.Factory.StartNew(() => Guarded(() => progress, () =>
        {
            var applied = filter.CallId is { } callId
                ? filter with { CallCorrelationIds = ClsCorrelation.IdsOfCall(session.LookAhead(), callId) }
                : filter;
            foreach (var e in session.Replay())
            {
                _quit.Token.ThrowIfCancellationRequested();
                progress.Track(e);
                if (applied.Matches(e))
                {
                    AddTo(rows, session, e);
                }
            }

            progress.Finish(LoadPhase.Done);
        }), _quit.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _filtering = task;
        return (rows, progress, task);
    }

    /// <summary>Adds an event to rows as the main read adds it: the rendered record for inputs without text, the host as shown.</summary>
    internal static void AddTo(TimelineRows rows, TimelineSession session, TimelineEvent e) =>
        rows.Add(e, DetailFor(session, e), session.Servers.IsGuess(e.Host) ? ServerText.HostShown(e.Host, _ => true) : null);

    private static string? DetailFor(TimelineSession session, TimelineEvent e) =>
        session.HasRawText(e.Location.File) ? null : EventRecordText.Render(e) ?? e.Summary;

    /// <summary>Stops any read and waits for it (briefly): the terminal is restored only after.</summary>
    public void Dispose()
    {
        _quit.Cancel();
        try
        {
            Task.WaitAll([Completion, _filtering, _following, _reclassifying], TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled or failed: already reported through Progress.
        }

        Session?.Dispose();
        _previousSession?.Dispose();

        _quit.Dispose();
    }
}
