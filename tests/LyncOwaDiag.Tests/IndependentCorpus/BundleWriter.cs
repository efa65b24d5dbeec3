using System.Globalization;
using System.IO.Compression;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Lays an incident's server parts out on disk as <see cref="BundleLayout"/> says; returns the path to diagnose.</summary>
internal static class BundleWriter
{
    public static string Write(Incident incident, string root)
    {
        var variation = CorpusVariation.Current;
        IncidentVariation.Apply(incident, variation);
        var path = Write(incident, root, variation.ReversedOrder);
        return variation.WrappedInZip ? WrapInZip(path, root) : path;
    }

    private static string Write(Incident incident, string root, bool reversed)
    {
        var ticket = Path.Combine(root, incident.Ticket);
        var parts = reversed ? Enumerable.Reverse(incident.Parts).ToList() : incident.Parts;
        var offset = TimeSpan.FromHours(incident.Org.LocalOffsetHours);
        IEnumerable<BundleItem> Items(ServerPart part) => reversed ? part.Items(offset).Reverse() : part.Items(offset);
        switch (incident.Layout)
        {
            case BundleLayout.CollectorZips:
                foreach (var part in parts)
                {
                    var items = Items(part).ToList();
                    var name = $"LyncOwaDiag-{part.Host.NetBios}-{IncidentDay.CollectedAt.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.zip";
                    Save(Path.Combine(ticket, name), Zip([("manifest.json", CollectorManifest.Write(part, items), IncidentDay.CollectedAt), .. items.Select(i => (i.CollectorPath, i.Content, i.WrittenUtc))]), IncidentDay.CollectedAt);
                }

                return ticket;
            case BundleLayout.CollectorFolders:
                foreach (var part in parts)
                {
                    var items = Items(part).ToList();
                    var folder = Path.Combine(ticket, part.Host.NetBios);
                    Save(Path.Combine(folder, "manifest.json"), CollectorManifest.Write(part, items), IncidentDay.CollectedAt);
                    foreach (var item in items)
                    {
                        Save(Path.Combine(folder, item.CollectorPath), item.Content, item.WrittenUtc);
                    }
                }

                return ticket;
            case BundleLayout.HandFolders:
                foreach (var part in parts)
                {
                    foreach (var item in Items(part))
                    {
                        Save(Path.Combine(ticket, part.HandFolder, item.HandPath(part.HandPrefix)), item.Content, item.WrittenUtc);
                    }
                }

                return ticket;
            case BundleLayout.HandFlat:
                foreach (var part in parts)
                {
                    foreach (var item in Items(part))
                    {
                        Save(Path.Combine(ticket, item.HandPath(part.HandPrefix)), item.Content, item.WrittenUtc);
                    }
                }

                return ticket;
            case BundleLayout.ZipOfZips:
                var inner = parts.Select(p => (p.HandFolder + ".zip", Zip(Items(p).Select(i => (i.HandPath(p.HandPrefix), i.Content, i.WrittenUtc)).ToList()), IncidentDay.CollectedAt)).ToList();
                var outer = ticket + ".zip";
                Save(outer, Zip(inner), IncidentDay.CollectedAt);
                return outer;
            default:
                throw new ArgumentOutOfRangeException(nameof(incident));
        }
    }

    /// <summary>
    /// The ticket as a support case attachment: one zip holding the folder or archive the scenario wrote, under a
    /// name that says nothing about the servers.
    /// </summary>
    private static string WrapInZip(string path, string root)
    {
        var entries = File.Exists(path)
            ? [(Path.GetFileName(path), File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path))]
            : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Select(f => (Path.Combine(Path.GetFileName(path), Path.GetRelativePath(path, f)), File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)))
                .ToList();
        var attachment = Path.Combine(root, "attachment.zip");
        Save(attachment, Zip(entries), IncidentDay.CollectedAt);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        else
        {
            Directory.Delete(path, recursive: true);
        }

        return attachment;
    }

    /// <summary>Writes a file with the write time it had on the server: copying keeps it, and snapshots are dated by it.</summary>
    private static void Save(string path, byte[] content, DateTime writtenUtc)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, writtenUtc);
    }

    private static byte[] Zip(IReadOnlyList<(string Name, byte[] Content, DateTime WrittenUtc)> entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, written) in entries)
            {
                var entry = archive.CreateEntry(name.Replace('\\', '/'));
                entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(written, DateTimeKind.Utc));
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }
}
