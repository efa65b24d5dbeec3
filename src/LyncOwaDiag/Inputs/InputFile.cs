namespace LyncOwaDiag.Inputs;

/// <summary>One readable input: a file on disk or an entry of an archive, opened afresh on every read.</summary>
public sealed class InputFile(string displayPath, long length, Func<Stream> open, string? folderName, DateTimeOffset? lastWrite = null, bool lastWriteIsLocal = false)
{
    /// <summary>The path shown to users; inside archives <c>bundle.zip!/path/in/zip</c>.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>Uncompressed size in bytes.</summary>
    public long Length { get; } = length;

    /// <summary>The name of the folder holding the file: the last resort for its host name.</summary>
    public string? FolderName { get; } = folderName;

    /// <summary>When the file was last written: UTC for files on disk; a zip entry keeps a local time without zone.</summary>
    public DateTimeOffset? LastWrite { get; } = lastWrite;

    /// <summary>True when <see cref="LastWrite"/> is a wall-clock time of unknown offset (zip entries).</summary>
    public bool LastWriteIsLocal { get; } = lastWriteIsLocal;

    /// <summary>The folder (or archive folder) holding the file, as a path: used to pair a manifest with its files.</summary>
    public string? Container { get; init; }

    public Stream Open() => open();

    public override string ToString() => DisplayPath;
}
