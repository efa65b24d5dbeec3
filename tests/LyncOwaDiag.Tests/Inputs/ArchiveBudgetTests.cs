using System.Buffers.Binary;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Inputs;

/// <summary>
/// The limits of an archive count every entry: entries each under the size where the ratio check starts, entries
/// sharing one compressed blob, and the sum of one archive's entries; and entries of one name are all read.
/// </summary>
public class ArchiveBudgetTests
{
    [Fact]
    public void ManyEntriesEachUnderTheRatioCheck_AreCappedByTheArchivesRatio()
    {
        using var temp = new TempFolder();
        var zeros = new byte[(1 << 20) - 1];
        var zip = temp.File("bomb.zip", ZipBytes.Of(Enumerable.Range(0, 64).Select(i => ($"z{i:D2}.txt", (object)zeros)).ToArray()));

        using var set = InputDiscovery.Discover([zip], new ArchiveLimits { RatioCheckFromBytes = 1 << 20, MaxCompressionRatio = 100 });

        Assert.Equal("z00.txt", Path.GetFileName(Assert.Single(set.Files).DisplayPath));
        Assert.Equal(63, set.Skipped.Count);
        Assert.All(set.Skipped, s => Assert.Contains("inflate", s.Reason, StringComparison.Ordinal));
        Assert.All(set.Skipped, s => Assert.Contains("together, above the limit of 100:1 (zip bomb?)", s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void EntriesSharingOneCompressedBlob_TheFirstIsRead_TheOthersAreSaid()
    {
        using var temp = new TempFolder();
        var zip = temp.File("overlap.zip", SharedBlob(entries: 50, content: new string('x', 100_000)));

        using var set = InputDiscovery.Discover([zip]);

        var file = Assert.Single(set.Files);
        Assert.EndsWith("!/b00.txt", file.DisplayPath, StringComparison.Ordinal);
        Assert.Equal(49, set.Skipped.Count);
        Assert.All(set.Skipped, s => Assert.EndsWith("!/b00.txt (entries sharing compressed bytes: zip bomb?); entry not read", s.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void OneArchivesTotal_IsCapped_BeforeTheRunsTotal()
    {
        using var temp = new TempFolder();
        var zip = temp.File("bundle.zip", ZipBytes.Of(("a.txt", "123456"), ("b.txt", "123456")));

        using var set = InputDiscovery.Discover([zip], new ArchiveLimits { MaxArchiveUncompressedBytes = 10 });

        Assert.Single(set.Files);
        Assert.Equal("the archive would inflate past the limit of 10 bytes for one archive; entry not read", Assert.Single(set.Skipped).Reason);
    }

    [Fact]
    public void EntriesOfOneName_AreBothRead_TheSecondNamedByItsPlace()
    {
        using var temp = new TempFolder();
        var zip = temp.File("bundle.zip", ZipBytes.Of(("FE01/trace.txt", "first"), ("other.txt", "o"), ("FE01/trace.txt", "second")));

        using var set = InputDiscovery.Discover([zip]);

        Assert.Equal(["bundle.zip!/FE01/trace.txt", "bundle.zip!/FE01/trace [entry 3].txt", "bundle.zip!/other.txt"], set.Files.Select(f => f.DisplayPath[f.DisplayPath.IndexOf("bundle.zip", StringComparison.Ordinal)..]));
        Assert.Equal(["first", "second", "o"], set.Files.Select(f => new StreamReader(f.Open()).ReadToEnd()));
        Assert.Empty(set.Skipped);
    }

    [Fact]
    public void NestedArchives_PastTheTempBudget_AreSkippedWithTheReason()
    {
        using var temp = new TempFolder();
        var noise = new byte[300_000];
        new Random(7).NextBytes(noise);
        var outer = temp.File("outer.zip", ZipBytes.Of(("a.zip", ZipBytes.Of(("a.bin", noise))), ("b.zip", ZipBytes.Of(("b.bin", noise)))));

        using var set = InputDiscovery.Discover([outer], new ArchiveLimits { MinTempBytes = 400_000, TempBytesPerInputByte = 0 });

        Assert.EndsWith("a.zip!/a.bin", Assert.Single(set.Files).DisplayPath, StringComparison.Ordinal);
        var skipped = Assert.Single(set.Skipped);
        Assert.EndsWith("outer.zip!/b.zip", skipped.Path, StringComparison.Ordinal);
        Assert.StartsWith("copying this nested archive would take the temp space past its limit of 400000 bytes", skipped.Reason, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(set.TempFolder!, "*.zip").Sum(f => new FileInfo(f).Length) <= 400_000);
    }

    [Fact]
    public void TempBudget_GrowsWithTheArchivesGiven()
    {
        using var temp = new TempFolder();
        var noise = new byte[300_000];
        new Random(7).NextBytes(noise);
        var outer = temp.File("outer.zip", ZipBytes.Of(("a.zip", ZipBytes.Of(("a.bin", noise))), ("b.zip", ZipBytes.Of(("b.bin", noise)))));

        using var set = InputDiscovery.Discover([outer], new ArchiveLimits { MinTempBytes = 400_000 });

        Assert.Equal(2, set.Files.Count);
        Assert.Empty(set.Skipped);
    }

    /// <summary>A zip whose central directory lists <paramref name="entries"/> entries, all pointing at one local header and its data.</summary>
    private static byte[] SharedBlob(int entries, string content)
    {
        var single = ZipBytes.Of(("b00.txt", content));
        var end = single.Length - 22;
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(single.AsSpan(end)));
        var directoryOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(single.AsSpan(end + 16));
        var record = single[directoryOffset..end];
        using var output = new MemoryStream();
        output.Write(single, 0, directoryOffset);
        for (var i = 0; i < entries; i++)
        {
            var copy = (byte[])record.Clone();
            System.Text.Encoding.ASCII.GetBytes($"b{i:D2}.txt").CopyTo(copy, 46);
            output.Write(copy);
        }

        var eocd = single[end..];
        BinaryPrimitives.WriteUInt16LittleEndian(eocd.AsSpan(8), (ushort)entries);
        BinaryPrimitives.WriteUInt16LittleEndian(eocd.AsSpan(10), (ushort)entries);
        BinaryPrimitives.WriteUInt32LittleEndian(eocd.AsSpan(12), (uint)(record.Length * entries));
        output.Write(eocd);
        return output.ToArray();
    }
}
