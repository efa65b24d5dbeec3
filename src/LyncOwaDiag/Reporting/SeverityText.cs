using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

public static class SeverityText
{
    /// <summary>ECS <c>log.level</c> words; also what text output shows, so severity reads without colour.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Verbose => "verbose",
        _ => severity.ToString().ToLowerInvariant(),
    };

    public static string SourceName(EventSource source) => EventSourceNames.Name(source);
}
