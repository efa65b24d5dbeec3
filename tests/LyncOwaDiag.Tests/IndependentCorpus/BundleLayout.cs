namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>How a bundle reaches the tool (BUNDLES.md "Layout").</summary>
internal enum BundleLayout
{
    /// <summary>The collector's zips, one per server (<c>LyncOwaDiag-&lt;host&gt;-&lt;time&gt;.zip</c>) with manifest.json.</summary>
    CollectorZips,

    /// <summary>The collector's output unzipped: a folder per server with its manifest.</summary>
    CollectorFolders,

    /// <summary>Folders named by whoever gathered the files (<c>mbx</c>, <c>FE01</c>, <c>exchange logs</c>), no manifest.</summary>
    HandFolders,

    /// <summary>Every server's files in one folder, renamed to avoid clashes, no manifest.</summary>
    HandFlat,

    /// <summary>A ticket zip holding a zip per server, no manifest.</summary>
    ZipOfZips,
}
