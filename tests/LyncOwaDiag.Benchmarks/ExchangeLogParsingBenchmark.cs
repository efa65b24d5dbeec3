using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.ExchangeLog;

namespace LyncOwaDiag.Benchmarks;

/// <summary>Reads a synthetic OWA IM log held in memory to the event model on one thread (target ≥ 100 MB/s).</summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ExchangeLogParsingBenchmark
{
    private byte[] _log = [];

    [Params(10, 100)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var memory = new MemoryStream();
        new SyntheticImLog(seed: 42).Write(memory, SizeMB * (1L << 20));
        _log = memory.ToArray();
    }

    [Benchmark]
    public long ReadImLogToEvents()
    {
        long count = 0;
        var context = new ReadContext("bench.log", null, null, DiscardingSink.Instance, 3);
        foreach (var e in ExchangeLogReader.Read(new MemoryStream(_log, 3, _log.Length - 3, writable: false), context))
        {
            count += e.Location.LastLine;
        }

        return count;
    }
}
