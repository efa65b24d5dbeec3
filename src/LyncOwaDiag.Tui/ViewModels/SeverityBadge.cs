using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// How a severity is shown in the troubleshooter: a fixed-width word, so that it reads without colour and in
/// monochrome terminals, and the first letter as a one-character badge for narrow columns.
/// </summary>
public static class SeverityBadge
{
    public const int Width = 4;

    public static string Label(Severity severity) => severity switch
    {
        Severity.Critical => "CRIT",
        Severity.Error => "ERR ",
        Severity.Warning => "WARN",
        Severity.Info => "INFO",
        Severity.Verbose => "VERB",
        _ => "????",
    };

    public static char Letter(Severity severity) => Label(severity)[0];
}
