using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Counts the runtime's allocation samples (one per ~100 KB allocated) by type while it is alive, to find which
/// objects a stage allocates between BenchmarkDotNet runs (<c>STAGES_ALLOC=1</c>).
/// </summary>
internal sealed class AllocationTally : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is null)
        {
            return;
        }

        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var i and >= 0 ? Convert.ToInt64(e.Payload[i]) : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, v) => v + amount);
    }

    public void Print(int top = 25)
    {
        var total = _bytesByType.Values.Sum();
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{bytes / 1048576.0,9:F1} MB  {100.0 * bytes / Math.Max(total, 1),5:F1} %  {type}");
        }
    }
}
