using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>Maps WPP levels, record <c>Severity:</c> words and SIP statuses onto <see cref="Severity"/>.</summary>
internal static class SipStackSeverity
{
    /// <summary>Unknown levels (TL_NOISE, TL_DEBUG …) rank as verbose, never fail the parse.</summary>
    public static Severity FromLevel(string level) => level switch
    {
        "FATAL" => Severity.Critical,
        "ERROR" => Severity.Error,
        "WARN" or "WARNING" => Severity.Warning,
        "INFO" => Severity.Info,
        _ => Severity.Verbose,
    };

    public static Severity? FromWord(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "fatal" or "critical" => Severity.Critical,
        "error" => Severity.Error,
        "warning" or "warn" => Severity.Warning,
        "info" or "information" or "informational" => Severity.Info,
        "verbose" or "debug" => Severity.Verbose,
        _ => null,
    };

    /// <summary>A 5xx/6xx is an error, a 4xx a warning (challenges 401/407 are normal), the rest information.</summary>
    public static Severity FromStatus(int status) => status switch
    {
        401 or 407 => Severity.Info,
        >= 500 => Severity.Error,
        >= 400 => Severity.Warning,
        _ => Severity.Info,
    };

    public static Severity Worst(Severity a, Severity b) => a < b ? a : b;
}
