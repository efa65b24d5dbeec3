namespace LyncOwaDiag.Inputs;

/// <summary>One readable input: a file on disk or an entry of an archive, opened afresh on every read.</summary>
public sealed class InputFile(string displayPath, long length, Func<Stream> open, string? folderName)
{
    /// <summary>The path shown to users; inside archives <c>bundle.zip!/path/in/zip</c>.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>Uncompressed size in bytes.</summary>
    public long Length { get; } = length;

    /// <summary>The name of the folder holding the file: the last resort for its host name.</summary>
    public string? FolderName { get; } = folderName;

    public Stream Open() => open();

    public override string ToString() => DisplayPath;
}
