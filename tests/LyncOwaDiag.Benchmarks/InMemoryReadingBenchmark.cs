using System.Text;
using BenchmarkDotNet.Attributes;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// One reader over 10 MB of text held in memory, one thread: what the text event exports and the cmdlet-output
/// readers share. A subclass builds the text from a bundled sample and names the reader.
/// </summary>
public abstract class InMemoryReadingBenchmark
{
    protected const int Size = 10 << 20;

    private byte[] _text = [];

    /// <summary>At least <see cref="Size"/> characters of input.</summary>
    protected abstract string BuildText();

    protected abstract Func<Stream, ReadContext, IEnumerable<TimelineEvent>> Reader { get; }

    [GlobalSetup]
    public void Setup() => _text = Encoding.UTF8.GetBytes(BuildText());

    [Benchmark]
    public long ReadToEvents()
    {
        long count = 0;
        foreach (var e in Reader(new MemoryStream(_text, writable: false), new ReadContext("bench", null, null, DiscardingSink.Instance)))
        {
            count += e.Location.LastLine;
        }

        return count;
    }

    /// <summary>The sample's text repeated until it is <see cref="Size"/> long, after its first part once.</summary>
    protected static string Repeat(string head, string body, string tail = "")
    {
        var text = new StringBuilder(head, Size + body.Length + tail.Length);
        while (text.Length < Size)
        {
            text.Append(body);
        }

        return text.Append(tail).ToString();
    }

    protected static string Formats(params string[] path) =>
        Path.Combine([EvtxReadingBenchmark.Checkout().FullName, "sample-traces", "formats", .. path]);
}
