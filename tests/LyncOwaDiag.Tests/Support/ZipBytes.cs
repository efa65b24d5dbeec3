using System.IO.Compression;
using System.Text;

namespace LyncOwaDiag.Tests.Support;

/// <summary>A zip archive in memory, for tests that feed bundles: entries are text (UTF-8) or bytes.</summary>
internal static class ZipBytes
{
    public static byte[] Of(params (string Name, object Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content as byte[] ?? Encoding.UTF8.GetBytes((string)content));
            }
        }

        return memory.ToArray();
    }
}
