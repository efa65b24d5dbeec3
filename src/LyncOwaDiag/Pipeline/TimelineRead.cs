using LyncOwaDiag.Model;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// One counted read of the timeline: its own diagnostics (the inventory's first, then the readers') and its own
/// counts per file. Two reads never share state, so overlapping reads cannot corrupt each other's counts.
/// </summary>
internal sealed class TimelineRead
{
    private readonly Dictionary<FileSource, FileReadCounts> _counts = [];

    public TimelineRead(BundleInventory inventory)
    {
        Diagnostics = new DiagnosticCollector(inventory.Options.OnInvalid, inventory.Options.MaxDiagnosticsKept);
        Diagnostics.RankFiles(inventory.FileOrder);
        foreach (var diagnostic in inventory.Diagnostics)
        {
            Diagnostics.Report(diagnostic);
        }

        foreach (var source in inventory.Sources)
        {
            _counts[source] = source.NewCounts(Diagnostics);
        }
    }

    public DiagnosticCollector Diagnostics { get; }

    public FileReadCounts CountsOf(FileSource source) => _counts[source];

    public InputSummary SummaryOf(FileSource source) => source.Summary(_counts[source]);
}
