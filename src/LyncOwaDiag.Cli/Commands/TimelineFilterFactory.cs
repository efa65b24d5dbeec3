using System.Globalization;
using System.Text.RegularExpressions;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Turns the timeline's filter options into a <see cref="TimelineFilter"/>, or a usage error naming the value.</summary>
internal static class TimelineFilterFactory
{
    public static TimelineFilter Create(TimelineSettings settings, string? host) => new()
    {
        Since = Time(settings.Since, "--since"),
        Until = Time(settings.Until, "--until"),
        Sources = settings.Sources.Length == 0 ? null : settings.Sources.SelectMany(s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Select(Source).ToHashSet(),
        MinimumSeverity = settings.Severity is null ? null : SeverityOf(settings.Severity),
        CallId = settings.CallId,
        User = settings.User,
        Host = host,
        Grep = settings.Grep is null ? null : Regex(settings.Grep),
    };

    private static DateTimeOffset? Time(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new UsageException($"{option}: '{text}' is not a time like 2013-05-14T09:21:00Z");
    }

    private static EventSource Source(string text) =>
        EventSourceNames.Parse(text) ?? throw new UsageException($"--source: expected {EventSourceNames.All}, got '{text}'");

    private static Severity SeverityOf(string text) => text.ToLowerInvariant() switch
    {
        "critical" => Severity.Critical,
        "error" => Severity.Error,
        "warning" or "warn" => Severity.Warning,
        "info" => Severity.Info,
        "verbose" => Severity.Verbose,
        _ => throw new UsageException($"--severity: expected critical, error, warning, info or verbose, got '{text}'"),
    };

    private static Regex Regex(string pattern)
    {
        try
        {
            // Non-backtracking: linear in the text whatever the pattern, so a whole message of thousands of characters
            // cannot make one match run away (the TUI's search and filters use the same engine).
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException e)
        {
            throw new UsageException($"--grep: {e.Message} (backreferences, lookarounds and atomic groups are not supported)");
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--grep: not a regular expression: {e.Message}");
        }
    }
}
