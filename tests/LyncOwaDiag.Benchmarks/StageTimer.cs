using System.Diagnostics;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.Framing;
using LyncOwaDiag.Parsing.SipStack;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// <c>stages FILE</c>: a rough split of where reading time goes (framing, first-line scanning, whole reader), to
/// find hot spots between BenchmarkDotNet runs. Figures for the README come from BenchmarkDotNet.
/// </summary>
internal static class StageTimer
{
    public static void Run(string path)
    {
        var length = new FileInfo(path).Length;
        if (path.EndsWith(".evtx", StringComparison.OrdinalIgnoreCase))
        {
            Time("evtx: planned records", length, () => LyncOwaDiag.Parsing.EventLog.Evtx.EvtxReader.Read(File.OpenRead(path), new ReadContext(path, null, null, new NullSink()), usePlans: true).LongCount());
            Time("evtx: full resolution", length, () => LyncOwaDiag.Parsing.EventLog.Evtx.EvtxReader.Read(File.OpenRead(path), new ReadContext(path, null, null, new NullSink()), usePlans: false).LongCount());
            return;
        }

        Time("frame lines", length, () =>
        {
            using var reader = new Utf8LineReader(File.OpenRead(path));
            long n = 0;
            while (reader.ReadLine(out var line))
            {
                n += line.Length;
            }

            return n;
        });
        Time("frame + scan TL_ lines", length, () =>
        {
            using var reader = new Utf8LineReader(File.OpenRead(path));
            var scanner = new SipStackLineScanner(new StringPool());
            long n = 0;
            while (reader.ReadLine(out var line))
            {
                if (SipStackLineScanner.LooksLikeEntryStart(line) && scanner.TryScan(line, out var header))
                {
                    n += header!.Origin.SourceLine;
                }
            }

            return n;
        });
        Time("whole reader", length, () =>
        {
            long n = 0;
            foreach (var e in SipStackReader.Read(File.OpenRead(path), new ReadContext(path, null, null, new NullSink())))
            {
                n += e.Location.LastLine;
            }

            return n;
        });
    }

    private static void Time(string stage, long bytes, Func<long> work)
    {
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        work();
        watch.Stop();
        var mb = bytes / 1048576.0;
        Console.WriteLine($"{stage,-24} {watch.Elapsed.TotalSeconds,7:F2} s  {mb / watch.Elapsed.TotalSeconds,7:F0} MB/s  {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0,8:F0} MB allocated");
    }

    private sealed class NullSink : IDiagnosticSink
    {
        public void Report(ParseDiagnostic diagnostic)
        {
        }
    }
}
