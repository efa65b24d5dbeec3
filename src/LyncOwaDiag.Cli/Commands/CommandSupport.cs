using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>What several commands say the same way: no readable input, and the diagnostics count.</summary>
internal static class CommandSupport
{
    /// <param name="redact">With --redact, the paths and reasons are said as the redactor says them (input1/…).</param>
    public static int NoReadableInput(CliOutput output, TimelineSession session, bool redact = false)
    {
        output.Error.WriteLine("lyncowadiag: no readable input.");
        Func<string, string> shown = redact ? ReportFiles.Learn(session).Redact : text => text;
        foreach (var input in session.Inputs)
        {
            output.Error.WriteLine($"  {shown(SafeText.ForTerminal(input.File))}: {shown(SafeText.ForTerminal(input.SkippedReason ?? "not read"))}");
        }

        return ExitCodes.Usage;
    }

    /// <summary>A one-line count on stderr, so that machine output on stdout stays clean.</summary>
    /// <param name="redact">Under --redact, the redactor the command's output went through: stderr names nothing either.</param>
    public static void WriteDiagnosticsSummary(CliOutput output, TimelineSession session, CommonSettings settings, Func<string, string>? redact = null)
    {
        var shown = redact ?? (text => text);
        var diagnostics = session.Diagnostics.Kept.Where(d => d.Disposition != DiagnosticDisposition.InputSkipped && d.Severity <= Severity.Warning).ToList();
        foreach (var skipped in session.Inputs.Where(i => i.SkippedReason is not null))
        {
            output.Error.WriteLine(shown($"skipped {SafeText.ForTerminal(skipped.File)}: {SafeText.ForTerminal(skipped.SkippedReason)}"));
        }

        if (diagnostics.Count == 0 || settings.Quiet)
        {
            return;
        }

        output.Error.WriteLine($"{diagnostics.Count} diagnostic(s); run 'lyncowadiag inspect' on the file for the list. First:");
        foreach (var d in diagnostics.Take(settings.Verbose ? int.MaxValue : 3))
        {
            output.Error.WriteLine(shown($"  {SafeText.ForTerminal(d.ToString())}"));
        }
    }
}
