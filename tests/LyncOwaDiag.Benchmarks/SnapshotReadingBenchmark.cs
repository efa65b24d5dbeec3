using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.Config;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Reads 10 MB of cmdlet output held in memory, one thread: a Lync Management Shell transcript of Format-List
/// output (the bundled sample, repeated, as <c>Get-CsUser | fl</c> over thousands of users grows) and a
/// ConvertTo-Json array (the bundled object, repeated). web.config, reg query and the manifest are a few KB by nature.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class SnapshotReadingBenchmark
{
    private const int Size = 10 << 20;

    private byte[] _text = [];

    [Params("formatlist", "json")]
    public string Format { get; set; } = "formatlist";

    [GlobalSetup]
    public void Setup()
    {
        var formats = Path.Combine(EvtxReadingBenchmark.Checkout().FullName, "sample-traces", "formats");
        var text = new StringBuilder(Size + 65536);
        if (Format == "formatlist")
        {
            var transcript = File.ReadAllText(Path.Combine(formats, "format-list", "lync-shell-transcript.txt")).TrimStart('\uFEFF');
            while (text.Length < Size)
            {
                text.Append(transcript).Append("\r\n");
            }
        }
        else
        {
            // One array of many objects, as ConvertTo-Json writes a pipeline of them.
            var array = File.ReadAllText(Path.Combine(formats, "convertto-json", "Get-OwaVirtualDirectory.json")).Trim().TrimStart('\uFEFF');
            var objects = array[(array.IndexOf('[') + 1)..array.LastIndexOf(']')].Trim();
            text.Append("[\r\n");
            while (text.Length < Size)
            {
                text.Append(objects).Append(",\r\n");
            }

            text.Append(objects).Append("\r\n]\r\n");
        }

        _text = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark]
    public long ReadSnapshotToFacts()
    {
        long count = 0;
        var context = new ReadContext("bench", null, null, DiscardingSink.Instance);
        var reader = Format == "formatlist"
            ? (Func<Stream, ReadContext, IEnumerable<TimelineEvent>>)FormatListReader.Read
            : CmdletJsonReader.Read;
        foreach (var e in reader(new MemoryStream(_text, writable: false), context))
        {
            count += e.Location.LastLine;
        }

        return count;
    }
}
