using System.IO.Compression;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// A bundle zip of many small SIPStack traces, one per entry in a folder per server, the shape that showed reading
/// archives entry by entry to be quadratic in the number of entries. Deterministic: the same count gives the same bytes.
/// </summary>
public static class SyntheticZip
{
    public static void Write(string path, int entries, long bytesPerEntry = 2048)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        var trace = new SyntheticTrace(seed: 42);
        for (var i = 0; i < entries; i++)
        {
            var entry = archive.CreateEntry($"FE{i % 8:D2}/Tracing/trace-{i:D6}.txt", CompressionLevel.Fastest);
            entry.LastWriteTime = new DateTimeOffset(2013, 5, 14, 12, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            trace.Write(stream, bytesPerEntry);
        }
    }
}
