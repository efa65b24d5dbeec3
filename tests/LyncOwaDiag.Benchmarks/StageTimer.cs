using System.Diagnostics;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.ExchangeLog;
using LyncOwaDiag.Parsing.Framing;
using LyncOwaDiag.Parsing.SipStack;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// <c>stages FILE</c>: a rough split of where reading time goes (framing, first-line scanning, whole reader), to
/// find hot spots between BenchmarkDotNet runs. Figures for the README come from BenchmarkDotNet.
/// </summary>
internal static class StageTimer
{
    /// <summary>What the classifier costs per rule, on events read once into memory on a SIPStack trace or an Exchange log (set STAGES_CLASSIFY=1; STAGES_CLASSIFY_ALL_ONLY=1 for the whole set only).</summary>
    private static void ClassifierCost(string path)
    {
        var context = new ReadContext(path, null, null, DiscardingSink.Instance);
        var events = (IsExchangeLog(path) ? ExchangeLogReader.Read(File.OpenRead(path), context) : SipStackReader.Read(File.OpenRead(path), context)).ToList();
        var rules = LyncOwaDiag.Classification.Rules.RuleSet.Load();
        void Measure(string name, LyncOwaDiag.Classification.Rules.RuleSet set)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            var classifier = new LyncOwaDiag.Classification.Engine.Classifier(set);
            foreach (var e in events)
            {
                classifier.Observe(e);
            }

            classifier.Complete([], []);
            Console.WriteLine($"{name,-40} {watch.Elapsed.TotalMilliseconds,8:F0} ms  {watch.Elapsed.TotalMilliseconds * 1e6 / events.Count,8:F0} ns/event {(GC.GetTotalAllocatedBytes() - allocated) / (double)events.Count,8:F0} B/event");
        }

        Console.WriteLine($"{events.Count:N0} events");
        Measure("all rules and the checklist (cold: JIT)", rules);
        using (var tally = Environment.GetEnvironmentVariable("STAGES_ALLOC") == "1" ? new AllocationTally() : null)
        {
            Measure("all rules and the checklist", rules);
            tally?.Print();
        }

        if (Environment.GetEnvironmentVariable("STAGES_CLASSIFY_ALL_ONLY") == "1")
        {
            return;
        }

        Measure("no rules (engine, signals)", LyncOwaDiag.Classification.Rules.RuleSet.Of([]));
        Measure("checklist only", LyncOwaDiag.Classification.Rules.RuleSet.Of([], rules.Checklist));
        foreach (var rule in rules.Rules)
        {
            Measure(rule.Id, LyncOwaDiag.Classification.Rules.RuleSet.Of([rule]));
        }
    }

    private static bool IsExchangeLog(string path) => path.EndsWith(".log", StringComparison.OrdinalIgnoreCase);

    public static void Run(string path)
    {
        var length = new FileInfo(path).Length;
        if (IsExchangeLog(path) && Environment.GetEnvironmentVariable("STAGES_CLASSIFY") == "1")
        {
            ClassifierCost(path);
            return;
        }

        if (path.EndsWith(".evtx", StringComparison.OrdinalIgnoreCase))
        {
            Time("evtx: planned records", length, () => LyncOwaDiag.Parsing.EventLog.Evtx.EvtxReader.Read(File.OpenRead(path), new ReadContext(path, null, null, DiscardingSink.Instance), usePlans: true).LongCount());
            Time("evtx: full resolution", length, () => LyncOwaDiag.Parsing.EventLog.Evtx.EvtxReader.Read(File.OpenRead(path), new ReadContext(path, null, null, DiscardingSink.Instance), usePlans: false).LongCount());
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
        if (Environment.GetEnvironmentVariable("STAGES_CLASSIFY") == "1")
        {
            ClassifierCost(path);
            return;
        }

        Time("whole reader", length, () =>
        {
            long n = 0;
            foreach (var e in SipStackReader.Read(File.OpenRead(path), new ReadContext(path, null, null, DiscardingSink.Instance)))
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
}
