using System.IO.Compression;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Pipeline;

/// <summary>
/// An EVTX and the display information exported beside it (<c>LocaleMetaData/&lt;name&gt;_&lt;LCID&gt;.MTA</c>) give the
/// same messages wherever the pair travels: a folder, a zip's root (as our collector writes it), a folder in a zip.
/// </summary>
public sealed class DisplayInformationPairingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lyncowadiag-mta-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static List<string> Messages(string path)
    {
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [path] });
        return session.Events()
            .Select(e => (EventLogRecord)e.Payload!)
            .Select(r => $"{r.RecordId}|{r.EventId}|{r.Message}")
            .ToList();
    }

    private string Lay(string folder, string under)
    {
        var samples = Path.Combine(RepoPaths.Shared, "real-samples", "evtx");
        var target = Path.Combine(_root, folder, under);
        Directory.CreateDirectory(Path.Combine(target, "LocaleMetaData"));
        File.Copy(Path.Combine(samples, "mta_test.evtx"), Path.Combine(target, "mta_test.evtx"));
        File.Copy(Path.Combine(samples, "LocaleMetaData", "mta_test_1033.MTA"), Path.Combine(target, "LocaleMetaData", "mta_test_1033.MTA"));
        return Path.Combine(_root, folder);
    }

    [RealSampleTheory]
    [InlineData("")]
    [InlineData("ATL-MBX-001")]
    [InlineData("logs kim 14 may/mbx")]
    public void ZippedPair_ReadsTheSameMessagesAsTheFolder(string under)
    {
        var folder = Lay("folder", under);
        var zip = Path.Combine(_root, "bundle.zip");
        ZipFile.CreateFromDirectory(folder, zip);

        var fromFolder = Messages(folder);
        var fromZip = Messages(zip);

        Assert.Equal(239, fromFolder.Count);
        Assert.All(fromFolder, m => Assert.False(m.EndsWith('|'), "every record has its formatted message"));
        Assert.Equal(fromFolder, fromZip);
    }
}
