using System.IO.Compression;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// A zip archive opened once for the whole run: its central directory is read once, and every entry is opened from
/// it by index. Reopening the archive per entry read the whole central directory per entry, which made a bundle of
/// n entries cost n² (16 k entries: minutes). Entries may be read on several threads at once (see
/// <see cref="PerThreadPositionStream"/>); opening one is serialised, because it reads the entry's local header
/// through a reader the archive shares.
/// </summary>
internal sealed class SharedArchive : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly Lock _opening = new();

    private IReadOnlyList<ZipArchiveEntry> _entries = [];

    private SharedArchive(ZipArchive archive) => _archive = archive;

    /// <summary>The entries in the order of the central directory (once <see cref="ReadEntries"/> has run); an entry's index here names it for good.</summary>
    public IReadOnlyList<ZipArchiveEntry> Entries => _entries;

    /// <exception cref="InvalidDataException">Not a zip archive (no end of central directory).</exception>
    public static SharedArchive Open(string path)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var stream = new PerThreadPositionStream(handle);
        try
        {
            return new SharedArchive(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the central directory, once, before any entry is opened.</summary>
    /// <exception cref="InvalidDataException">The central directory is damaged.</exception>
    public IReadOnlyList<ZipArchiveEntry> ReadEntries() => _entries = _archive.Entries;

    public Stream OpenEntry(int index)
    {
        lock (_opening)
        {
            return Entries[index].Open();
        }
    }

    public void Dispose() => _archive.Dispose();
}
