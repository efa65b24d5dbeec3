using LyncOwaDiag.Inputs;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>Everything a run needs besides the inputs' bytes; the CLI, the TUI and tests all build one.</summary>
public sealed record DiagnoseOptions
{
    public required IReadOnlyList<string> Paths { get; init; }

    public IReadOnlyList<TimeZoneRule> TimeZones { get; init; } = [];

    /// <summary>Cultures of culture-formatted exports; the last matching rule wins, none means each reader's default.</summary>
    public IReadOnlyList<CultureRule> Cultures { get; init; } = [];

    public IReadOnlyList<HostRule> Hosts { get; init; } = [];

    public InvalidDataPolicy OnInvalid { get; init; } = InvalidDataPolicy.Report;

    public ArchiveLimits ArchiveLimits { get; init; } = ArchiveLimits.Default;

    /// <summary>Events held per file to repair out-of-order stretches (see <see cref="Correlation.ReorderWindow"/>).</summary>
    public int ReorderWindow { get; init; } = Correlation.ReorderWindow.DefaultCapacity;

    /// <summary>Estimate clock skew between hosts from SIP messages both logged, and correct it (docs/design.md#time).</summary>
    public bool SkewCorrection { get; init; } = true;

    /// <summary>
    /// SIP messages of each trace the skew estimate looks at, at most: the skew is steady, a sample is enough, and
    /// reading it comes before the main read can start.
    /// </summary>
    public int SkewSampleMessages { get; init; } = 20_000;

    /// <summary>How many of each file's first events the server directory reads to learn whose the file is.</summary>
    public int ServerLookEvents { get; init; } = 2_000;

    /// <summary>Files read at once, each on its own thread ahead of the merge; 0 reads every file on the caller's thread.</summary>
    public int ParallelFiles { get; init; } = 64;

    /// <summary>Folders of rule files (<c>--rules</c>) that add to or override the built-in rules.</summary>
    public IReadOnlyList<string> RuleFolders { get; init; } = [];

    /// <summary>Diagnostics kept in memory; the rest are counted.</summary>
    public int MaxDiagnosticsKept { get; init; } = 10_000;
}
