using System.IO.Compression;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>The transforms do what the metamorphic cases claim of them, and no more.</summary>
public class BundleTransformTests
{
    private static readonly DateTime WebConfigWritten = new(2013, 5, 14, 9, 20, 50, DateTimeKind.Utc);

    [Fact]
    public void Rename_LeavesNoFolderOrZipName_KeepsZipsWhole_AndLocaleMetaData()
    {
        using var folder = Sample();
        var zip = File.ReadAllBytes(Path.Combine(folder.Path, "ATL-CS-001.zip"));

        new RenameTransform().Apply(folder.Path);

        var paths = Relative(folder.Path);
        Assert.DoesNotContain(paths, p => p.Contains("ATL-", StringComparison.Ordinal) || p.Contains("Logging", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("/LocaleMetaData/Application_1033.MTA", StringComparison.Ordinal));
        var renamedZip = Assert.Single(Directory.GetFiles(folder.Path, "*.zip"));
        Assert.Contains(Path.GetFileNameWithoutExtension(renamedZip), MeaninglessNames.All);
        Assert.Equal(zip, File.ReadAllBytes(renamedZip));
        Assert.Equal(6, paths.Count);
    }

    [Fact]
    public void Flatten_PutsEveryFileAtTheRoot_CountsCollisions_AndKeepsEvtxWithItsDisplayInformation()
    {
        using var folder = Sample();
        folder.File("ATL-CS-001/Application.evtx", [2]);
        folder.File("ATL-CS-001/LocaleMetaData/Application_1033.MTA", [12]);

        new FlattenTransform().Apply(folder.Path);

        string[] expected =
        [
            "ATL-CS-001.zip", "manifest.json", "web.config", "20130514-1.LOG",
            "Application.evtx", "LocaleMetaData/Application_1033.MTA",
            "1-Application.evtx", "LocaleMetaData/1-Application_1033.MTA",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Relative(folder.Path).Order(StringComparer.Ordinal));
        // Each .MTA's byte is its own .evtx's byte plus ten: the pairs came through together.
        foreach (var prefix in new[] { "", "1-" })
        {
            var evtx = File.ReadAllBytes(Path.Combine(folder.Path, prefix + "Application.evtx"))[0];
            Assert.Equal(evtx + 10, File.ReadAllBytes(Path.Combine(folder.Path, "LocaleMetaData", prefix + "Application_1033.MTA"))[0]);
        }
    }

    [Fact]
    public void DropManifests_RemovesThemFromFoldersAndZips_KeepsEveryOtherEntry_AndTheFileTimesTheyRecorded()
    {
        using var folder = Sample();

        new DropManifestsTransform().Apply(folder.Path);

        Assert.DoesNotContain(Relative(folder.Path), p => p.EndsWith("manifest.json", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(Path.Combine(folder.Path, "ATL-CS-001.zip"));
        Assert.Equal(["cls-search.txt", "sub/lync-shell.txt"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using (var reader = new StreamReader(zip.GetEntry("cls-search.txt")!.Open()))
        {
            Assert.Equal("trace", reader.ReadToEnd());
        }

        Assert.Equal(WebConfigWritten, File.GetLastWriteTimeUtc(Path.Combine(folder.Path, "ATL-MBX-001", "web.config")));
    }

    [Fact]
    public void TransformedBundle_IsACopy_DeletedOnDispose()
    {
        using var folder = Sample();
        string copy;
        using (var bundle = new TransformedBundle(folder.Path, new RenameTransform()))
        {
            copy = bundle.Path;
            Assert.Equal("bundle", Path.GetFileName(copy));
            Assert.Equal(6, bundle.Listing().Count);
        }

        Assert.False(Directory.Exists(copy));
        Assert.True(File.Exists(Path.Combine(folder.Path, "ATL-MBX-001", "manifest.json")));
    }

    /// <summary>
    /// The product pairs an .evtx with its display information by folder and base name; after every transform each
    /// record still has its message. Two pairs of the same name, so that flattening must number one pair as a whole.
    /// </summary>
    [RealSampleTheory]
    [InlineData("rename")]
    [InlineData("flatten")]
    [InlineData("drop-manifests")]
    [InlineData("rename+drop-manifests")]
    public void EveryTransform_KeepsEachEvtxWithItsDisplayInformation(string transform)
    {
        var samples = Path.Combine(RepoPaths.Shared, "real-samples", "evtx");
        var evtx = File.ReadAllBytes(Path.Combine(samples, "mta_test.evtx"));
        var mta = File.ReadAllBytes(Path.Combine(samples, "LocaleMetaData", "mta_test_1033.MTA"));
        using var folder = new TempFolder();
        folder.File("ATL-MBX-001/Logs/mta_test.evtx", evtx);
        folder.File("ATL-MBX-001/Logs/LocaleMetaData/mta_test_1033.MTA", mta);
        folder.File("ATL-CS-001/mta_test.evtx", evtx);
        folder.File("ATL-CS-001/LocaleMetaData/mta_test_1033.MTA", mta);
        var before = Messages(folder.Path);

        using var bundle = new TransformedBundle(folder.Path, BundleTransforms.Named(transform));
        var after = Messages(bundle.Path);

        Assert.Equal(2 * 239, before.Count);
        Assert.All(after, m => Assert.False(m.EndsWith('|'), "every record has its formatted message"));
        Assert.Equal(before, after);
    }

    private static List<string> Messages(string path)
    {
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [path] });
        return session.Events()
            .Select(e => (EventLogRecord)e.Payload!)
            .Select(r => $"{r.RecordId}|{r.EventId}|{r.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A bundle shaped like the scenarios': a server folder with a manifest and nested logs, a zip with a manifest.</summary>
    [Fact]
    public void IpPeers_LogsInboundPeersByAddress_InFoldersAndZips_AndLeavesOutboundNames()
    {
        using var folder = new TempFolder();
        var inbound = SipStackSome.ProtocolRecord(cls: true).Replace("Direction: outgoing", "Direction: incoming", StringComparison.Ordinal)
            .Replace(":5199", ":5075", StringComparison.Ordinal);
        var trace = inbound + SipStackSome.ProtocolRecord(cls: true);
        folder.File("FE/cls.txt", trace);
        folder.File("FE.zip", ZipBytes.Of(("cls.txt", trace)));

        new IpPeersTransform().Apply(folder.Path);

        using var zip = ZipFile.OpenRead(Path.Combine(folder.Path, "FE.zip"));
        using var entry = new StreamReader(zip.Entries.Single().Open());
        foreach (var text in new[] { File.ReadAllText(Path.Combine(folder.Path, "FE", "cls.txt")), entry.ReadToEnd() })
        {
            Assert.Matches(@"Direction: incoming[^\n]*\nPeer: 10\.0\.7\.3:5\d{4}\n", text);
            Assert.Contains("Peer: atl-owa-001.litwareinc.com:5199", text, StringComparison.Ordinal);
            Assert.DoesNotContain("atl-owa-001.litwareinc.com:5075", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RelayingEdge_AddsAnEdgeTrace_ThatRelaysEveryRequestItReceives()
    {
        using var folder = new TempFolder();

        new RelayingEdgeTransform().Apply(folder.Path);

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [folder.Path] });
        var messages = session.Events().Select(e => e.Payload).OfType<SipMessage>().Where(m => m.IsRequest).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages.GroupBy(m => m.CallId), call => Assert.Equal(["incoming", "outgoing"], call.Select(m => m.DirectionWord)));
        Assert.Equal("DMZ-EDGE01", Assert.Single(session.Servers.Servers).Label);
    }

    private static TempFolder Sample()
    {
        var folder = new TempFolder();
        folder.File("ATL-MBX-001/manifest.json", """{ "host": "ATL-MBX-001", "items": [ { "path": "web.config", "lastWriteTime": "2013-05-14T09:20:50Z" } ] }""");
        folder.File("ATL-MBX-001/web.config", "<configuration/>");
        folder.File("ATL-MBX-001/Application.evtx", [1]);
        folder.File("ATL-MBX-001/LocaleMetaData/Application_1033.MTA", [11]);
        folder.File("ATL-MBX-001/Logging/OWA/InstantMessaging/20130514-1.LOG", "#Software: Microsoft Exchange Server");
        folder.File("ATL-CS-001.zip", ZipBytes.Of(("manifest.json", "{}"), ("cls-search.txt", "trace"), ("sub/lync-shell.txt", "PS>"), ("sub/manifest.json", "{}")));
        return folder;
    }

    private static List<string> Relative(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToList();
}
