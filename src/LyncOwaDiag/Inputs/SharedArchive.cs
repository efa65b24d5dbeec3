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

    private readonly IReadOnlyList<ZipDataRange>? _ranges;
    private IReadOnlyList<ZipArchiveEntry> _entries = [];
    private int?[] _overlapped = [];

    private SharedArchive(ZipArchive archive, IReadOnlyList<ZipDataRange>? ranges)
    {
        _archive = archive;
        _ranges = ranges;
    }

    /// <summary>The entries in the order of the central directory (once <see cref="ReadEntries"/> has run); an entry's index here names it for good.</summary>
    public IReadOnlyList<ZipArchiveEntry> Entries => _entries;

    /// <exception cref="InvalidDataException">Not a zip archive (no end of central directory).</exception>
    public static SharedArchive Open(string path)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var stream = new PerThreadPositionStream(handle);
        try
        {
            IReadOnlyList<ZipDataRange>? ranges;
            try
            {
                ranges = ZipCentralDirectory.Read(stream);
            }
            catch (EndOfStreamException)
            {
                // Too damaged to say; the BCL's reader says why.
                ranges = null;
            }

            stream.Position = 0;
            return new SharedArchive(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false), ranges);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the central directory, once, before any entry is opened.</summary>
    /// <exception cref="InvalidDataException">The central directory is damaged.</exception>
    public IReadOnlyList<ZipArchiveEntry> ReadEntries()
    {
        _entries = _archive.Entries;
        _overlapped = new int?[_entries.Count];
        if (_ranges is { } ranges && ranges.Count == _entries.Count)
        {
            // In offset order, an entry that starts before the farthest end so far starts inside an earlier entry's bytes.
            int? farthest = null;
            foreach (var index in Enumerable.Range(0, ranges.Count).OrderBy(i => ranges[i].LocalHeaderOffset).ThenBy(i => i))
            {
                if (farthest is { } earlier && ranges[index].LocalHeaderOffset < ranges[earlier].End)
                {
                    _overlapped[index] = earlier;
                }

                if (farthest is null || ranges[index].End > ranges[farthest.Value].End)
                {
                    farthest = index;
                }
            }
        }

        return _entries;
    }

    /// <summary>The entry whose bytes this entry's data starts inside, if any: the first of them is read, the others not.</summary>
    public int? OverlappedEntry(int index) => _overlapped[index];

    public Stream OpenEntry(int index)
    {
        lock (_opening)
        {
            return Entries[index].Open();
        }
    }

    public void Dispose() => _archive.Dispose();
}
