using System.Globalization;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>flow PATH… --call-id ID | --user URI</c>: the SIP ladder of a dialog, or of every dialog of a user.</summary>
public sealed class FlowCommand(CliOutput output) : Command<FlowSettings>
{
    public override int Execute(CommandContext context, FlowSettings settings, CancellationToken cancellationToken)
    {
        if ((settings.CallId is null) == (settings.User is null))
        {
            throw new UsageException("flow needs exactly one of --call-id or --user");
        }

        if (settings.Format is not ("text" or "md"))
        {
            throw new UsageException($"--format: expected text or md, got '{settings.Format}'");
        }

        var options = OptionsFactory.Create(settings, settings.Paths);
        using var session = TimelineSession.Open(options);
        if (!session.HasReadableInput)
        {
            return CommandSupport.NoReadableInput(output, session, settings.Redact);
        }

        // A user's dialogs are found first, then drawn: two reads, but memory holds only the messages drawn.
        var callIds = settings.CallId is { } id
            ? new HashSet<string>([id], StringComparer.OrdinalIgnoreCase)
            : SipDialogs.CallIdsOf(session.LookAhead(), settings.User!);
        var messages = session.Events()
            .Where(e => e.Payload is SipMessage { CallId: { } c } && callIds.Contains(c))
            .GroupBy(e => ((SipMessage)e.Payload!).CallId!, StringComparer.OrdinalIgnoreCase)
            .ToList();

        if (messages.Count == 0)
        {
            // Under --redact the user asked about is a name like any other, and one the bundle never showed has no
            // pseudonym: it is not repeated.
            var what = settings.CallId is not null ? $"Call-ID {settings.CallId}" : settings.Redact ? "that user (withheld by --redact)" : $"user {settings.User}";
            output.Error.WriteLine($"lyncowadiag: no SIP message with {SafeText.ForTerminal(what)} in the inputs.");
            return ExitCodes.Usage;
        }

        var redaction = RedactedOutput.Open(output, session, settings);
        var o = redaction?.Text ?? output.Out;
        foreach (var dialog in messages)
        {
            var list = dialog.ToList();
            var last = TimeQualityText.Format(list[^1].Timestamp, list[^1].TimeQuality);
            var title = $"Call-ID {dialog.Key}";
            var span = $"{list.Count} message{(list.Count == 1 ? string.Empty : "s")}, {TimeQualityText.Format(list[0].Timestamp, list[0].TimeQuality)} .. {last[(last.IndexOf('T', StringComparison.Ordinal) + 1)..]}";
            var ladder = LadderRenderer.Render(list, settings.Width);
            if (settings.Format == "md")
            {
                o.WriteLine($"### {Reporting.MarkdownText.Escape(title)}");
                o.WriteLine();
                o.WriteLine(Reporting.MarkdownText.Escape(span));
                o.WriteLine();
                o.WriteLine(Reporting.MarkdownText.Block(ladder.TrimEnd('\n'), "text"));
            }
            else
            {
                o.WriteLine(SafeText.ForTerminal(title));
                o.WriteLine(span);
                o.Write(ladder);
            }

            o.WriteLine();
        }

        if (!settings.Quiet)
        {
            output.Error.WriteLine(TimeQualityText.Legend);
        }

        redaction?.Dispose();
        return ExitCodes.Ok;
    }
}
