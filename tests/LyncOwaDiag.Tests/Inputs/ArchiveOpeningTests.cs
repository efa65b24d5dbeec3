using LyncOwaDiag.Inputs;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Inputs;

/// <summary>An archive is opened once per run, and its entries read from that opening, on any thread.</summary>
public class ArchiveOpeningTests
{
    [Fact]
    public void Zip_IsOpenedOnce_SoEntriesStillReadAfterTheFileIsGone()
    {
        using var temp = new TempFolder();
        var zip = temp.File("bundle.zip", ZipBytes.Of(("a.txt", "alpha"), ("b.txt", "beta")));

        using var set = InputDiscovery.Discover([zip]);
        File.Delete(zip);

        Assert.Equal(["alpha", "beta"], set.Files.Select(ReadAll));
    }

    [Fact]
    public void ManyEntries_ReadInterleavedOnSeveralThreads_EachGivesItsOwnBytes()
    {
        using var temp = new TempFolder();
        var entries = Enumerable.Range(0, 64).Select(i => ($"e{i:D3}.txt", (object)string.Concat(Enumerable.Repeat($"entry {i:D3};", 5_000)))).ToArray();
        var zip = temp.File("bundle.zip", ZipBytes.Of(entries));

        using var set = InputDiscovery.Discover([zip]);
        var texts = new string[set.Files.Count];
        Parallel.For(0, set.Files.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Small reads, so that the threads' reads of the one archive interleave many times over.
            using var stream = set.Files[i].Open();
            using var text = new StreamReader(stream, bufferSize: 16);
            var buffer = new char[7];
            var builder = new System.Text.StringBuilder();
            int read;
            while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
            {
                builder.Append(buffer, 0, read);
            }

            texts[i] = builder.ToString();
        });

        Assert.Equal(entries.Select(e => (string)e.Item2), texts);
    }

    private static string ReadAll(InputFile file)
    {
        using var reader = new StreamReader(file.Open());
        return reader.ReadToEnd();
    }
}
