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
public sealed class BundleLoader(DiagnoseOptions options, RuleSet rules) : IDisposable
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

    public TimelineRows Rows { get; } = new();

    public DiagnoseOptions Options => options;

    public ReadProgress Progress { get; private set; } = new(0);

    /// <summary>The session, once opened (the inputs found); null before.</summary>
    public TimelineSession? Session => Volatile.Read(ref _session);

    /// <summary>The findings, checklist and verdict, once the read is done; null before.</summary>
    public DiagnosisResult? Result { get; private set; }

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
        var servers = session.Servers;
        Result = Diagnoser.Diagnose(session, rules, e =>
        {
            Rows.Add(e, DetailFor(session, e), servers.IsGuess(e.Host) ? ServerText.HostShown(e.Host, _ => true) : null);
            progress.Track(e);
        }, _quit.Token);
        progress.Finish(LoadPhase.Done);
    });

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
                    rows.Add(e, DetailFor(session, e), session.Servers.IsGuess(e.Host) ? ServerText.HostShown(e.Host, _ => true) : null);
                }
            }

            progress.Finish(LoadPhase.Done);
        }), _quit.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _filtering = task;
        return (rows, progress, task);
    }

    private static string? DetailFor(TimelineSession session, TimelineEvent e) =>
        session.HasRawText(e.Location.File) ? null : EventRecordText.Render(e) ?? e.Summary;

    /// <summary>Stops any read and waits for it (briefly): the terminal is restored only after.</summary>
    public void Dispose()
    {
        _quit.Cancel();
        try
        {
            Task.WaitAll([Completion, _filtering], TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled or failed: already reported through Progress.
        }

        Session?.Dispose();
        _quit.Dispose();
    }
}
