using System.Diagnostics;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Pipeline;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// <c>index PATH…</c>: builds the compact timeline index of the inputs and reports its size, the managed heap after
/// a full collection and the time, then re-reads the raw text of a thousand entries spread over it.
/// </summary>
internal static class IndexMeasure
{
    public static void Run(string[] paths)
    {
        var clock = Stopwatch.StartNew();
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = paths });
        var index = TimelineIndex.Build(session.Events());
        var built = clock.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true);

        clock.Restart();
        var step = Math.Max(1, index.Count / 1000);
        long chars = 0;
        for (var i = 0; i < index.Count; i += step)
        {
            chars += session.ReadRaw(index.Location(i))?.Length ?? 0;
        }

        Console.WriteLine($"{index.Count:N0} entries built in {built.TotalSeconds:F1} s; managed heap after full GC {heap / 1048576.0:F0} MB ({(double)heap / Math.Max(1, index.Count):F0} bytes per entry)");
        Console.WriteLine($"{(index.Count + step - 1) / step:N0} raw texts re-read in {clock.Elapsed.TotalMilliseconds:F0} ms ({chars:N0} chars)");
        GC.KeepAlive(index);
    }
}
