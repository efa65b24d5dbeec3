using System.IO.Compression;
using System.Text;
using System.Text.Json;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>
/// One bundle holding every kind of bad input an admin's collection can bring, beside one good trace: a 50 MB line,
/// binary junk named .log, UTF-16 without a byte order mark, a truncated zip, a zip bomb, a zip with ../ and absolute
/// entries, an empty file and a folder of 10,000 small traces. triage names each with a reason, reads everything
/// readable, prints no stack trace, and leaves nothing behind in the temp folder.
/// </summary>
public sealed class BadInputBundleTests : IDisposable
{
    private const string Record =
        "TL_INFO(TF_PROTOCOL) [0]1D40.1E04::05/14/2013-09:21:{0:00}.{1:000}.00020001 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))$$begin_record\r\n" +
        "Trace-Correlation-Id: 2003888399\r\nInstance-Id: 00005001\r\nDirection: outgoing;source=\"local\";destination=\"internal\"\r\nPeer: atl-owa-001.litwareinc.com:5075\r\n" +
        "Message-Type: response\r\nStart-Line: SIP/2.0 404 Not Found\r\nFrom: <sip:kim@litwareinc.com>;tag=0a0b0c0d;epid=01020304\r\nTo: <sip:dana@contoso.com>;tag=1a1b1c1d\r\n" +
        "Call-ID: {2}\r\nCSeq: 2 SUBSCRIBE\r\nContent-Length: 0\r\nMessage-Body: -\r\n$$end_record\r\n";

    private readonly string _root = Directory.CreateTempSubdirectory("lyncowadiag-badinput-").FullName;

    private static string Trace(int i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Record, (i / 1000) % 60, i % 1000, $"call-{i}");

    public BadInputBundleTests()
    {
        var bundle = Directory.CreateDirectory(Path.Combine(_root, "bundle")).FullName;
        File.WriteAllText(Path.Combine(bundle, "good.txt"), Trace(1) + Trace(2));

        // One SIPStack record whose header line alone is 50 MB.
        using (var big = new StreamWriter(Path.Combine(bundle, "one-line.txt")))
        {
            big.Write(Trace(3).Replace("Peer: atl-owa-001.litwareinc.com:5075", "Peer: " + new string('x', 50 * 1024 * 1024), StringComparison.Ordinal));
        }

        var junk = new byte[64 * 1024];
        new Random(7).NextBytes(junk);
        File.WriteAllBytes(Path.Combine(bundle, "junk.log"), junk);
        File.WriteAllBytes(Path.Combine(bundle, "utf16-no-bom.txt"), Encoding.Unicode.GetBytes(Trace(4)));
        File.WriteAllBytes(Path.Combine(bundle, "empty.log"), []);

        var whole = Zip(("FE01/trace.txt", Encoding.UTF8.GetBytes(Trace(5) + Trace(6))));
        File.WriteAllBytes(Path.Combine(bundle, "truncated.zip"), whole[..(whole.Length / 2)]);
        File.WriteAllBytes(Path.Combine(bundle, "bomb.zip"), Zip(("zeros.txt", new byte[100 * 1024 * 1024])));
        File.WriteAllBytes(Path.Combine(bundle, "slip.zip"), Zip(("../evil.txt", Encoding.UTF8.GetBytes(Trace(7))), ("/etc/abs.txt", Encoding.UTF8.GetBytes(Trace(8))), ("ok/trace.txt", Encoding.UTF8.GetBytes(Trace(9)))));

        var many = Directory.CreateDirectory(Path.Combine(bundle, "many")).FullName;
        for (var i = 0; i < 10_000; i++)
        {
            File.WriteAllText(Path.Combine(many, $"trace-{i:00000}.txt"), Trace(100 + i));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    // The tool's own temp folders are "lyncowadiag-" and six random characters; the tests' (which other tests of
    // this assembly create while this one runs) carry one more word, "lyncowadiag-cli-…", "lyncowadiag-badinput-…".
    private static string[] TempLeftovers() =>
        Directory.GetDirectories(Path.GetTempPath(), "lyncowadiag-*").Where(d => !Path.GetFileName(d)["lyncowadiag-".Length..].Contains('-')).ToArray();

    [Fact]
    public void Triage_NamesEveryBadInput_ReadsTheRest_AndLeavesNothingBehind()
    {
        var before = TempLeftovers();
        var report = Path.Combine(_root, "report.json");

        var run = CliRun.Of("triage", Path.Combine(_root, "bundle"), "--report", report);

        Assert.Contains(run.ExitCode, new[] { 0, 1 });
        Assert.DoesNotContain("   at ", run.Error + run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var inputs = json.RootElement.GetProperty("inputs").EnumerateArray()
            .ToDictionary(i => Path.GetFileName(i.GetProperty("file").GetString()!.Split('!')[^1]), i => i);
        string Reason(string name) => inputs[name].TryGetProperty("skipped", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : string.Empty;
        long Events(string name) => inputs[name].GetProperty("events").GetInt64();

        var seen = string.Join("; ", inputs.Where(i => !i.Key.StartsWith("trace-", StringComparison.Ordinal)).Select(i => $"{i.Key}: {Reason(i.Key)}"));
        Assert.True(inputs.ContainsKey("junk.log"), seen);
        Assert.Equal(2, Events("good.txt"));
        Assert.Equal(1, Events("utf16-no-bom.txt"));
        Assert.Equal(1, Events("one-line.txt"));
        Assert.True(Reason("junk.log").Contains("binary", StringComparison.OrdinalIgnoreCase), seen);
        Assert.Contains("empty", Reason("empty.log"), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(Reason("truncated.zip"));
        Assert.Contains("ratio", Reason("zeros.txt"), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(Reason("evil.txt"));
        Assert.NotEmpty(Reason("abs.txt"));
        Assert.Equal(1, Events("trace.txt"));
        Assert.Equal(10_000, inputs.Keys.Count(k => k.StartsWith("trace-", StringComparison.Ordinal)));
        Assert.All(inputs.Where(i => i.Key.StartsWith("trace-", StringComparison.Ordinal)), i => Assert.Equal(1, i.Value.GetProperty("events").GetInt64()));
        Assert.Empty(TempLeftovers().Except(before));
        Assert.False(File.Exists(Path.Combine(_root, "evil.txt")));
    }
}
