using System.IO.Compression;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Rewrites a zip entry by entry, keeping each entry's time and the zip's own: an entry's new bytes, the same bytes,
/// or null to leave it out. A zip nothing changes in is not written.
/// </summary>
internal static class ZipRewriter
{
    public static void Rewrite(string zip, Func<ZipArchiveEntry, byte[], byte[]?> change)
    {
        var written = File.GetLastWriteTimeUtc(zip);
        var entries = new List<(string Name, DateTimeOffset Time, byte[] Bytes)>();
        var changed = false;
        using (var source = ZipFile.OpenRead(zip))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                var kept = change(entry, bytes);
                changed |= kept is null || !ReferenceEquals(kept, bytes);
                if (kept is not null)
                {
                    entries.Add((entry.FullName, entry.LastWriteTime, kept));
                }
            }
        }

        if (!changed)
        {
            return;
        }

        using (var target = new ZipArchive(File.Create(zip), ZipArchiveMode.Create))
        {
            foreach (var (name, time, bytes) in entries)
            {
                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = time;
                using var to = entry.Open();
                to.Write(bytes);
            }
        }

        File.SetLastWriteTimeUtc(zip, written);
    }
}
