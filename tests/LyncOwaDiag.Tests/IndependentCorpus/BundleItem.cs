namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// One collected file: where the collector puts it in its zip, what an admin gathering by hand would call it, where
/// it was on the server, its bytes and its last write time there.
/// </summary>
internal sealed record BundleItem(string CollectorPath, string HandName, string? SourcePath, byte[] Content, DateTime WrittenUtc)
{
    /// <summary>
    /// The hand-gathered name with the admin's <paramref name="prefix"/> on the file itself, not on a folder it sits
    /// in (<c>LocaleMetaData/</c> stays as Event Viewer names it).
    /// </summary>
    public string HandPath(string prefix)
    {
        var slash = HandName.LastIndexOf('/') + 1;
        return HandName[..slash] + prefix + HandName[slash..];
    }
}
