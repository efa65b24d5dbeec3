using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.SipStack;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Reads a synthetic SIPStack trace held in memory to the event model on one thread (docs/performance.md#budget: ≥ 150 MB/s).
/// Memory-resident so that the figure is the parser's, not the disk's.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class SipStackParsingBenchmark
{
    private byte[] _trace = [];

    [Params(10, 100)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var memory = new MemoryStream();
        new SyntheticTrace(seed: 42).Write(memory, SizeMB * (1L << 20));
        _trace = memory.ToArray();
    }

    [Benchmark]
    public long ReadToEvents()
    {
        var sink = new CountingSink();
        long count = 0;
        foreach (var e in SipStackReader.Read(new MemoryStream(_trace, writable: false), new ReadContext("bench.txt", null, null, sink)))
        {
            count += e.Location.LastLine;
        }

        return count + sink.Count;
    }

    private sealed class CountingSink : IDiagnosticSink
    {
        public long Count { get; private set; }

        public void Report(ParseDiagnostic diagnostic) => Count++;
    }
}
