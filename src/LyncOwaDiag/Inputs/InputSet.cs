namespace LyncOwaDiag.Inputs;

/// <summary>The files found under the paths given, the ones skipped, and the archives and temp folder to close and clean up.</summary>
public sealed class InputSet(IReadOnlyList<InputFile> files, IReadOnlyList<SkippedInput> skipped, string? tempFolder, IReadOnlyList<IDisposable>? openArchives = null) : IDisposable
{
    public IReadOnlyList<InputFile> Files { get; } = files;

    public IReadOnlyList<SkippedInput> Skipped { get; } = skipped;

    /// <summary>The private folder nested archives were copied to, if any; removed on dispose.</summary>
    internal string? TempFolder { get; } = tempFolder;

    public void Dispose()
    {
        foreach (var archive in openArchives ?? [])
        {
            archive.Dispose();
        }

        if (TempFolder is not null)
        {
            RunTempFolders.Remove(TempFolder);
        }
    }
}
