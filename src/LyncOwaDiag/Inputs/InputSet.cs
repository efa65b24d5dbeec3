namespace LyncOwaDiag.Inputs;

/// <summary>The files found under the paths given, the ones skipped, and the temp folder to clean up.</summary>
public sealed class InputSet(IReadOnlyList<InputFile> files, IReadOnlyList<SkippedInput> skipped, string? tempFolder) : IDisposable
{
    public IReadOnlyList<InputFile> Files { get; } = files;

    public IReadOnlyList<SkippedInput> Skipped { get; } = skipped;

    public void Dispose()
    {
        if (tempFolder is not null && Directory.Exists(tempFolder))
        {
            try
            {
                Directory.Delete(tempFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere: the OS temp cleaner gets it later.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
