namespace LyncOwaDiag.Model;

/// <summary>
/// Where an event or diagnostic came from, so raw text can be re-read on demand instead of kept in memory.
/// </summary>
/// <param name="File">Display path; inside an archive <c>bundle.zip!/path/in/zip</c>.</param>
/// <param name="FirstLine">1-based first line.</param>
/// <param name="LastLine">1-based last line, inclusive.</param>
/// <param name="ByteOffset">
/// Offset of the first line's first byte in the file's UTF-8 text (for UTF-8 files the file offset itself;
/// UTF-16 files are transcoded first, so the offset is into that transcoded text).
/// </param>
public readonly record struct SourceLocation(string File, long FirstLine, long LastLine, long ByteOffset)
{
    /// <summary>Separator between an archive and the path of an entry inside it.</summary>
    public const string ArchiveSeparator = "!/";

    public static string InArchive(string archivePath, string entryPath) =>
        archivePath + ArchiveSeparator + entryPath.Replace('\\', '/').TrimStart('/');

    public override string ToString() =>
        FirstLine == LastLine ? $"{File}:{FirstLine}" : $"{File}:{FirstLine}-{LastLine}";
}
