using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Correlation;

/// <summary>
/// Opening each file only when the timeline reaches it must not change the timeline: the deferred merge gives exactly
/// the eager merge's order, ties included, however many streams overlap and however few are opened ahead.
/// </summary>
public class DeferredTimeMergeTests
{
    private static readonly DateTimeOffset T0 = new(2013, 5, 14, 9, 0, 0, TimeSpan.Zero);

    private static TimelineEvent At(int second, string name) => new()
    {
        Timestamp = T0.AddSeconds(second),
        TimeQuality = TimeQuality.Exact,
        Source = EventSource.SipStack,
        Severity = Severity.Info,
        Kind = "test",
        Summary = name,
        Location = new SourceLocation(name, 1, 1, 0),
    };

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GivesTheEagerMergesOrder_TiesAndOverlapsIncluded(int seed)
    {
        var random = new Random(seed);
        var streams = Enumerable.Range(0, random.Next(1, 40)).Select(s =>
        {
            // Rolled pieces one after another, overlapping ones, empty ones, and some out of order inside.
            var start = random.Next(0, 3) == 0 ? s * 20 : random.Next(0, 200);
            var times = Enumerable.Range(0, random.Next(0, 30)).Select(_ => start + random.Next(0, 25)).ToList();
            if (random.Next(0, 2) == 0)
            {
                times.Sort();
            }

            return times.Select((t, i) => At(t, $"s{s}e{i}")).ToList();
        }).ToList();

        var eager = TimeMerge.Merge(streams).Select(e => e.Summary).ToList();
        var deferred = DeferredTimeMerge.Merge(
            streams.Select(s => (s.Count == 0 ? (DateTimeOffset?)null : s[0].Timestamp, (Func<IEnumerable<TimelineEvent>>)(() => s))).ToList(),
            openAhead: random.Next(0, 4)).Select(e => e.Summary).ToList();

        Assert.Equal(eager, deferred);
    }

    [Fact]
    public void OpensAStreamOnlyWhenTheTimelineReachesIt()
    {
        // Ten rolled pieces of one trace: with nothing opened ahead, at most two are open at once (the one being
        // read and the next, opened as its first event comes due).
        var open = 0;
        var most = 0;
        IEnumerable<TimelineEvent> Piece(int p)
        {
            most = Math.Max(most, ++open);
            try
            {
                foreach (var second in Enumerable.Range(p * 10, 10))
                {
                    yield return At(second, $"p{p}");
                }
            }
            finally
            {
                open--;
            }
        }

        var merged = DeferredTimeMerge.Merge(Enumerable.Range(0, 10).Select(p => ((DateTimeOffset?)T0.AddSeconds(p * 10), (Func<IEnumerable<TimelineEvent>>)(() => Piece(p)))).ToList(), openAhead: 0).ToList();

        Assert.Equal(100, merged.Count);
        Assert.True(most <= 2, $"{most} pieces were open at once");
    }

    [Fact]
    public void ASessionOfManyFiles_ReadsTheSameTimeline_OpenedAsNeeded_AsAllAtOnce()
    {
        // Every scenario bundle at once: dozens of files on overlapping days, zipped and not.
        var bundles = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "sample-traces", "scenarios"))
            .Select(d => Path.Combine(d, "bundle")).Where(Directory.Exists).Order(StringComparer.Ordinal).ToList();
        List<(string, DateTimeOffset)> Read(int parallelFiles)
        {
            using var session = TimelineSession.Open(new DiagnoseOptions { Paths = bundles, ParallelFiles = parallelFiles });
            return session.Events().Select(e => (e.Location.ToString(), e.Timestamp)).ToList();
        }

        var allAtOnce = Read(parallelFiles: 10_000);
        var asNeeded = Read(parallelFiles: 2);

        Assert.True(allAtOnce.Count > 1000, $"only {allAtOnce.Count} events: too few to prove anything");
        Assert.Equal(allAtOnce, asNeeded);
    }
}
