using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.EventLog.Evtx;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Reads a 64 MB EVTX grown from the real chunks of shared/real-samples (RdpCoreTS, 1 910 records in 14 chunks) to
/// the event model, in memory, one thread. Compare with <c>evtxexport</c> on the same file (docs/performance.md#budget: ≥ 20×).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class EvtxReadingBenchmark
{
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        var target = Path.Combine(Path.GetTempPath(), "lyncowadiag-bench-64m.evtx");
        EvtxGrower.Grow(SharedSample("2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx"), target, 64L << 20);
        _file = File.ReadAllBytes(target);
    }

    [Benchmark]
    public long ReadEvtxToEvents()
    {
        long count = 0;
        foreach (var e in EvtxReader.Read(new MemoryStream(_file, writable: false), new ReadContext("bench.evtx", null, null, DiscardingSink.Instance)))
        {
            count += e.Location.LastLine;
        }

        return count;
    }

    internal static string SharedSample(string name) => Path.Combine(Checkout().Parent?.FullName ?? ".", "shared", "real-samples", "evtx", name);

    /// <summary>The folder holding LyncOwaDiag.sln, from the benchmark's own folder up.</summary>
    internal static DirectoryInfo Checkout()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LyncOwaDiag.sln")))
        {
            dir = dir.Parent;
        }

        return dir ?? new DirectoryInfo(".");
    }
}
