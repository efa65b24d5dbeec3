using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.EventLog;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Reads 10 MB of each text event export: Event Viewer CSV (the real export beside mta_test.evtx, its rows
/// repeated), wevtutil XML fragments and wevtutil text (the bundled samples, repeated).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class EventExportReadingBenchmark : InMemoryReadingBenchmark
{
    [Params("csv", "xml", "wevtutil")]
    public string Format { get; set; } = "csv";

    protected override Func<Stream, ReadContext, IEnumerable<TimelineEvent>> Reader => Format switch
    {
        "csv" => EventCsvReader.Read,
        "xml" => EventXmlReader.Read,
        _ => WevtutilTextReader.Read,
    };

    protected override string BuildText()
    {
        var root = EvtxReadingBenchmark.Checkout().FullName;
        return Format switch
        {
            "csv" => RepeatAfterFirstLine(File.ReadAllText(Path.Combine(root, "..", "shared", "real-samples", "events", "mta_test.csv"))),
            "xml" => Repeat(string.Empty, File.ReadAllText(Formats("event-xml", "wevtutil-qe-xml-fragments.xml"))),
            _ => RepeatAfterFirstLine(File.ReadAllText(Formats("wevtutil", "wevtutil-qe-text.txt"))),
        };
    }

    private static string RepeatAfterFirstLine(string text)
    {
        text = text.TrimStart('\uFEFF');
        var cut = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var body = text[cut..];
        return Repeat(text[..cut], body.EndsWith('\n') ? body : body + "\r\n");
    }
}
