using System.IO.Compression;
using System.Text;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Inputs;

public class InputDiscoveryTests
{
    [Fact]
    public void FoldersFilesAndMissingPaths_AreListedInOrder()
    {
        using var temp = new TempFolder();
        temp.File("FE01/b.txt", "b");
        temp.File("FE01/sub/a.txt", "a");
        var single = temp.File("single.log", "s");

        using var set = InputDiscovery.Discover([Path.Combine(temp.Path, "FE01"), single, Path.Combine(temp.Path, "nope")]);

        Assert.Equal(["b.txt", "a.txt", "single.log"], set.Files.Select(f => Path.GetFileName(f.DisplayPath)));
        Assert.Equal(["FE01", "sub", Path.GetFileName(temp.Path)], set.Files.Select(f => f.FolderName));
        var skipped = Assert.Single(set.Skipped);
        Assert.Equal("no such file or folder", skipped.Reason);
    }

    [Fact]
    public void Zip_EntriesAreReadInPlace_WithArchiveDisplayPaths_AndFolderHosts()
    {
        using var temp = new TempFolder();
        var zip = Path.Combine(temp.Path, "bundle.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Write(archive, "MBX01/trace.txt", "hello");
            Write(archive, "root.txt", "root");
        }

        using var set = InputDiscovery.Discover([zip]);
        Assert.Equal(["bundle.zip!/MBX01/trace.txt", "bundle.zip!/root.txt"], set.Files.Select(f => Path.GetFileName(f.DisplayPath.Split("!/")[0]) + "!/" + f.DisplayPath.Split("!/")[1]));
        Assert.Equal(["MBX01", "bundle"], set.Files.Select(f => f.FolderName));
        using var reader = new StreamReader(set.Files[0].Open());
        Assert.Equal("hello", reader.ReadToEnd());
    }

    [Fact]
    public void Zip_DotDotAndAbsoluteEntries_AreRejected()
    {
        using var temp = new TempFolder();
        var zip = Path.Combine(temp.Path, "evil.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Write(archive, "../escape.txt", "x");
            Write(archive, "/etc/absolute.txt", "x");
            Write(archive, "C:/windows/drive.txt", "x");
            Write(archive, "ok/fine.txt", "x");
        }

        using var set = InputDiscovery.Discover([zip]);
        Assert.Equal("fine.txt", Path.GetFileName(Assert.Single(set.Files).DisplayPath));
        Assert.Equal(3, set.Skipped.Count);
        Assert.Contains(set.Skipped, s => s.Reason.StartsWith("'..' in archive entry name", StringComparison.Ordinal));
        Assert.Contains(set.Skipped, s => s.Reason.StartsWith("absolute path in archive entry name", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(temp.Path, "escape.txt")));
    }

    [Fact]
    public void Zip_BombRatioAndTotalSize_AreCapped()
    {
        using var temp = new TempFolder();
        var zip = Path.Combine(temp.Path, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Write(archive, "zeros.txt", new string('0', 2_000_000));
            Write(archive, "small.txt", "tiny");
        }

        var limits = new ArchiveLimits { RatioCheckFromBytes = 1_000_000, MaxCompressionRatio = 100 };
        using (var set = InputDiscovery.Discover([zip], limits))
        {
            Assert.Contains("zip bomb", Assert.Single(set.Skipped).Reason, StringComparison.Ordinal);
            Assert.Equal("small.txt", Path.GetFileName(Assert.Single(set.Files).DisplayPath));
        }

        using (var set = InputDiscovery.Discover([zip], new ArchiveLimits { MaxTotalUncompressedBytes = 1000 }))
        {
            Assert.Contains("inflate past the limit", set.Skipped[0].Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NestedZip_ThreeArchivesDeepAreRead_DeeperIsNot()
    {
        using var temp = new TempFolder();
        var fourth = ZipBytes.Of(("deep.txt", "deep"));
        var third = ZipBytes.Of(("MBX01/im.txt", "inner"), ("fourth.zip", fourth));
        var inner = ZipBytes.Of(("third.zip", third));
        var outer = Path.Combine(temp.Path, "outer.zip");
        File.WriteAllBytes(outer, ZipBytes.Of(("inner.zip", inner)));

        using var set = InputDiscovery.Discover([outer]);
        var file = Assert.Single(set.Files);
        Assert.EndsWith("outer.zip!/inner.zip!/third.zip!/MBX01/im.txt", file.DisplayPath, StringComparison.Ordinal);
        using (var reader = new StreamReader(file.Open()))
        {
            Assert.Equal("inner", reader.ReadToEnd());
        }

        Assert.Contains(set.Skipped, s => s.Reason.StartsWith("archive nested more than 3 archives deep", StringComparison.Ordinal));
    }

    [Fact]
    public void TruncatedZip_IsOneClearLine()
    {
        using var temp = new TempFolder();
        var bytes = ZipBytes.Of(("a.txt", new string('a', 10_000)));
        var zip = temp.File("cut.zip", bytes[..(bytes.Length / 2)]);

        using var set = InputDiscovery.Discover([zip]);
        Assert.Empty(set.Files);
        Assert.StartsWith("not a readable zip archive", Assert.Single(set.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedTempFolder_IsPrivate_AndRemovedOnDispose()
    {
        using var temp = new TempFolder();
        var outer = temp.File("outer.zip", ZipBytes.Of(("inner.zip", ZipBytes.Of(("a.txt", "a")))));
        string folder;
        using (var set = InputDiscovery.Discover([outer]))
        {
            folder = set.TempFolder!;
            Assert.StartsWith(Path.GetTempPath(), folder, StringComparison.Ordinal);
            Assert.True(Directory.Exists(folder));
            Assert.Single(set.Files);
        }

        Assert.False(Directory.Exists(folder));
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
