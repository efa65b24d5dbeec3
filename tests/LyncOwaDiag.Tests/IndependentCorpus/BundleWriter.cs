using System.Globalization;
using System.IO.Compression;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Lays an incident's server parts out on disk as <see cref="BundleLayout"/> says; returns the path to diagnose.</summary>
internal static class BundleWriter
{
    public static string Write(Incident incident, string root)
    {
        var ticket = Path.Combine(root, incident.Ticket);
        var offset = TimeSpan.FromHours(incident.Org.LocalOffsetHours);
        switch (incident.Layout)
        {
            case BundleLayout.CollectorZips:
                foreach (var part in incident.Parts)
                {
                    var items = part.Items(offset).ToList();
                    var name = $"LyncOwaDiag-{part.Host.NetBios}-{IncidentDay.CollectedAt.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.zip";
                    Save(Path.Combine(ticket, name), Zip([("manifest.json", CollectorManifest.Write(part, items), IncidentDay.CollectedAt), .. items.Select(i => (i.CollectorPath, i.Content, i.WrittenUtc))]), IncidentDay.CollectedAt);
                }

                return ticket;
            case BundleLayout.CollectorFolders:
                foreach (var part in incident.Parts)
                {
                    var items = part.Items(offset).ToList();
                    var folder = Path.Combine(ticket, part.Host.NetBios);
                    Save(Path.Combine(folder, "manifest.json"), CollectorManifest.Write(part, items), IncidentDay.CollectedAt);
                    foreach (var item in items)
                    {
                        Save(Path.Combine(folder, item.CollectorPath), item.Content, item.WrittenUtc);
                    }
                }

                return ticket;
            case BundleLayout.HandFolders:
                foreach (var part in incident.Parts)
                {
                    foreach (var item in part.Items(offset))
                    {
                        Save(Path.Combine(ticket, part.HandFolder, part.HandPrefix + item.HandName), item.Content, item.WrittenUtc);
                    }
                }

                return ticket;
            case BundleLayout.HandFlat:
                foreach (var part in incident.Parts)
                {
                    foreach (var item in part.Items(offset))
                    {
                        Save(Path.Combine(ticket, part.HandPrefix + item.HandName), item.Content, item.WrittenUtc);
                    }
                }

                return ticket;
            case BundleLayout.ZipOfZips:
                var inner = incident.Parts.Select(p => (p.HandFolder + ".zip", Zip(p.Items(offset).Select(i => (p.HandPrefix + i.HandName, i.Content, i.WrittenUtc)).ToList()), IncidentDay.CollectedAt)).ToList();
                var outer = ticket + ".zip";
                Save(outer, Zip(inner), IncidentDay.CollectedAt);
                return outer;
            default:
                throw new ArgumentOutOfRangeException(nameof(incident));
        }
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
