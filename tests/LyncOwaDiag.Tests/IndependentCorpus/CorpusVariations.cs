namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>The matrix's columns: the ways an admin can hand the same incident over (issue: metamorphic matrix).</summary>
internal static class CorpusVariations
{
    public static IReadOnlyList<CorpusVariation> All { get; } =
    [
        new() { Name = "evtx", EventFormat = EventExportFormat.Evtx },
        new() { Name = "evtx+mta", EventFormat = EventExportFormat.EvtxWithDisplayInformation },
        new() { Name = "viewer-csv-en", EventFormat = EventExportFormat.ViewerCsvEnglish },
        new() { Name = "viewer-txt-en", EventFormat = EventExportFormat.ViewerTxtEnglish },
        new() { Name = "viewer-csv-de", EventFormat = EventExportFormat.ViewerCsvGerman },
        new() { Name = "viewer-xml", EventFormat = EventExportFormat.EventViewerXml },
        new() { Name = "get-winevent-csv", EventFormat = EventExportFormat.GetWinEventCsv },
        new() { Name = "wevtutil-text", EventFormat = EventExportFormat.WevtutilText },
        new() { Name = "wevtutil-xml", EventFormat = EventExportFormat.WevtutilXml },
        new() { Name = "noise", ExtraNoise = true },
        new() { Name = "zipped", Layout = l => l switch { BundleLayout.CollectorFolders => BundleLayout.CollectorZips, BundleLayout.HandFolders or BundleLayout.HandFlat => BundleLayout.ZipOfZips, _ => l } },
        new() { Name = "unzipped", Layout = l => l switch { BundleLayout.CollectorZips => BundleLayout.CollectorFolders, BundleLayout.ZipOfZips => BundleLayout.HandFolders, _ => l } },
        new() { Name = "nested-zip", WrappedInZip = true },
        new() { Name = "renamed", RenamedOrg = true },
        new() { Name = "reordered", ReversedOrder = true },
        new() { Name = "+7y", YearShift = 7 },
        new() { Name = "tz+9", LocalOffsetHours = 9 },
        new() { Name = "-3y tz+1", YearShift = -3, LocalOffsetHours = 1 },
        new() { Name = "2nd-mailbox", SecondHealthyMailbox = true },
    ];
}
