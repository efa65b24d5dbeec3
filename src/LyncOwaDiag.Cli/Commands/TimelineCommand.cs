using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>timeline PATH…</c>: every event of every input, merged in time order, streamed as it is read.</summary>
public sealed class TimelineCommand(CliOutput output) : Command<TimelineSettings>
{
    public override int Execute(CommandContext context, TimelineSettings settings, CancellationToken cancellationToken)
    {
        // --host NAME (no PATH=) filters the timeline; --host PATH=NAME names hosts, as for every command.
        var hostFilter = settings.Hosts.Where(h => !h.Contains('=', StringComparison.Ordinal)).ToList();
        settings.Hosts = settings.Hosts.Where(h => h.Contains('=', StringComparison.Ordinal)).ToArray();
        var filter = TimelineFilterFactory.Create(settings, hostFilter.LastOrDefault());
        if (settings.Follow && settings.Redact)
        {
            // Names first written after the read began are not among those the redactor learned.
            throw new UsageException("--follow cannot be used with --redact: names in the appended text would not be known to the redactor; redact a finished bundle instead");
        }

        var options = OptionsFactory.Create(settings, settings.Paths);
        using var session = TimelineSession.Open(options);
        if (!session.HasReadableInput)
        {
            return CommandSupport.NoReadableInput(output, session, settings.Redact);
        }

        if (filter.CallId is { } callId)
        {
            // A first pass finds the call's CLS correlation ids, so the records that name no Call-ID come along.
            filter = filter with { CallCorrelationIds = ClsCorrelation.IdsOfCall(session.LookAhead(), callId) };
        }

        var redaction = RedactedOutput.Open(output, session, settings);
        using (ITimelineWriter writer = settings.Format.ToLowerInvariant() switch
        {
            "text" => new TimelineTextWriter(redaction?.Text ?? output.Out, session.Servers.IsGuess),
            "csv" => new TimelineCsvWriter(redaction?.Text ?? output.Out, session.Servers.IsGuess),
            "jsonl" => new TimelineEcsWriter(redaction?.JsonLines ?? output.RawOut, session.Servers.IsGuess),
            _ => throw new UsageException($"--format: expected text, csv or jsonl, got '{settings.Format}'"),
        })
        {
            if (settings.Format.Equals("jsonl", StringComparison.OrdinalIgnoreCase))
            {
                output.Out.Flush();
            }

            // The follower marks where each file ends before the main read: what lies past it is the follower's to give.
            var follower = settings.Follow ? session.Follow(new ConsoleDiagnosticSink(output.Error)) : null;
            foreach (var e in session.Events())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (filter.Matches(e) && (follower is null || e.Location.ByteOffset < follower.ConsumedAtStart(e.Location.File)))
                {
                    writer.Write(e);
                }
            }

            if (follower is not null)
            {
                Follow(follower, filter, writer, settings.Quiet, cancellationToken);
            }
        }

        redaction?.Dispose();
        output.Out.Flush();
        CommandSupport.WriteDiagnosticsSummary(output, session, settings, redaction is null ? null : redaction.Redact);
        if (!settings.Quiet && settings.Format.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            output.Error.WriteLine(TimeQualityText.Legend);
        }

        return ExitCodes.Ok;
    }

    /// <summary>--follow: the appended events, polled twice a second, written and flushed as they come, until Ctrl+C.</summary>
    private void Follow(InputFollower follower, TimelineFilter filter, ITimelineWriter writer, bool quiet, CancellationToken cancellation)
    {
        writer.Flush();
        output.Out.Flush();
        if (!quiet)
        {
            foreach (var reason in follower.NotFollowed)
            {
                output.Error.WriteLine(SafeText.ForTerminal("lyncowadiag: not followed: " + reason));
            }

            output.Error.WriteLine($"lyncowadiag: following {follower.Count} file(s) for appended text{(follower.WatchesFolders ? " and new files in the folders named" : string.Empty)}; Ctrl+C stops");
        }

        var reported = follower.NotFollowed.Count;
        // Ctrl+C ends the follow, not the process: the diagnostics summary still follows.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            FollowUntil(stop.Token, follower, filter, writer, ref reported);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private void FollowUntil(CancellationToken cancellation, InputFollower follower, TimelineFilter filter, ITimelineWriter writer, ref int reported)
    {
        while (!cancellation.IsCancellationRequested)
        {
            foreach (var e in follower.Poll())
            {
                if (filter.Matches(e))
                {
                    writer.Write(e);
                }
            }

            writer.Flush();
            output.Out.Flush();
            for (; reported < follower.NotFollowed.Count; reported++)
            {
                output.Error.WriteLine(SafeText.ForTerminal("lyncowadiag: not followed: " + follower.NotFollowed[reported]));
            }

            cancellation.WaitHandle.WaitOne(FollowPoll);
        }
    }

    private static readonly TimeSpan FollowPoll = TimeSpan.FromMilliseconds(500);
}
