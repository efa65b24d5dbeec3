namespace LyncOwaDiag.Cli.Hosting;

/// <summary>The exit codes of docs/design.md#command-line-and-exit-codes, the same for every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>
    /// triage: findings at or above --fail-on, or a verdict at that level (failing counts as error, degraded as
    /// warning); timeline/flow/inspect: --on-invalid fail hit a bad record.
    /// </summary>
    public const int Failed = 1;

    /// <summary>Usage error, no readable input at all, or an output that cannot be written (the path and the OS reason said).</summary>
    public const int Usage = 2;

    /// <summary>A bug of ours: one line on stderr, details with --verbose.</summary>
    public const int Internal = 3;
}
