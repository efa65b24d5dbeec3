using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.EventLog;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Reads 10 MB of each text event export held in memory, one thread: Event Viewer CSV (the real export beside
/// mta_test.evtx, its rows repeated), wevtutil XML fragments and wevtutil text (the bundled samples, repeated).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class EventExportReadingBenchmark
{
    private const int Size = 10 << 20;

    private byte[] _text = [];

    [Params("csv", "xml", "wevtutil")]
    public string Format { get; set; } = "csv";

    [GlobalSetup]
    public void Setup()
    {
        var root = EvtxReadingBenchmark.Checkout().FullName;
        var (head, body) = Format switch
        {
            "csv" => Split(File.ReadAllText(Path.Combine(root, "..", "shared", "real-samples", "events", "mta_test.csv")), afterFirstLine: true),
            "xml" => (string.Empty, File.ReadAllText(Path.Combine(root, "sample-traces", "formats", "event-xml", "wevtutil-qe-xml-fragments.xml"))),
            _ => Split(File.ReadAllText(Path.Combine(root, "sample-traces", "formats", "wevtutil", "wevtutil-qe-text.txt")), afterFirstLine: true),
        };
        var text = new StringBuilder(head, Size + body.Length);
        while (text.Length < Size)
        {
            text.Append(body);
        }

        _text = Encoding.UTF8.GetBytes(text.ToString());
    }

    private static (string Head, string Body) Split(string text, bool afterFirstLine)
    {
        text = text.TrimStart('\uFEFF');
        var cut = afterFirstLine ? text.IndexOf('\n', StringComparison.Ordinal) + 1 : 0;
        var body = text[cut..];
        return (text[..cut], body.EndsWith('\n') ? body : body + "\r\n");
    }

    [Benchmark]
    public long ReadExportToEvents()
    {
        long count = 0;
        var context = new ReadContext("bench", null, null, DiscardingSink.Instance);
        var reader = Format switch
        {
            "csv" => (Func<Stream, ReadContext, IEnumerable<TimelineEvent>>)EventCsvReader.Read,
            "xml" => EventXmlReader.Read,
            _ => WevtutilTextReader.Read,
        };
        foreach (var e in reader(new MemoryStream(_text, writable: false), context))
        {
            count += e.Location.LastLine;
        }

        return count;
    }
}
