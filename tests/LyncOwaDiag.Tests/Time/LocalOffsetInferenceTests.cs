using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Tests.Time;

public class LocalOffsetInferenceTests
{
    private static string Formats(params string[] parts) => Path.Combine([RepoPaths.SampleTraces, "formats", .. parts]);

    private static (List<TimelineEvent> Events, IReadOnlyList<TimeAssumption> Inferred) Run(params string[] paths) => Run(new DiagnoseOptions { Paths = paths });

    private static (List<TimelineEvent> Events, IReadOnlyList<TimeAssumption> Inferred) Run(DiagnoseOptions options)
    {
        using var session = TimelineSession.Open(options);
        var events = session.Events().ToList();
        return (events, session.InferredOffsets);
    }

    [Fact]
    public void LocalCsv_BesideTheSameEventsInXml_GetsTheirOffset()
    {
        var (events, inferred) = Run(Formats("event-csv", "Application-en.csv"), Formats("event-xml", "Application-MBX01.xml"));

        var assumption = Assert.Single(inferred);
        Assert.StartsWith("UTC-07:00 inferred: 3 of its 3 events match", assumption.How, StringComparison.Ordinal);
        var csv = events.Where(e => e.Location.File.EndsWith(".csv", StringComparison.Ordinal)).ToList();
        Assert.All(csv, e => Assert.Equal(TimeQuality.OffsetApplied, e.TimeQuality));
        Assert.Contains(csv, e => e.Timestamp == new DateTimeOffset(2013, 5, 14, 9, 20, 58, TimeSpan.Zero));
    }

    [Fact]
    public void Event112_BesideTheImLogRow_IsEnough()
    {
        var (_, inferred) = Run(Formats("event-csv", "Application-en.csv"), Formats("owa-im", "20130514-1.LOG"));
        Assert.StartsWith("UTC-07:00 inferred: 1 of its 3 events", Assert.Single(inferred).How, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingToCompareWith_LeavesTheOffsetUnknown()
    {
        var (events, inferred) = Run(Formats("event-csv", "Application-en.csv"));
        Assert.Empty(inferred);
        Assert.All(events, e => Assert.Equal(TimeQuality.LocalUnknownOffset, e.TimeQuality));
    }

    [Fact]
    public void ATzRule_WinsOverInference()
    {
        Assert.True(TimeZoneRule.TryParse("*.csv=UTC", out var rule, out _));
        var (events, inferred) = Run(new DiagnoseOptions { Paths = [Formats("event-csv", "Application-en.csv"), Formats("event-xml", "Application-MBX01.xml")], TimeZones = [rule!] });
        Assert.Empty(inferred);
        Assert.Contains(events, e => e.Timestamp == new DateTimeOffset(2013, 5, 14, 2, 20, 58, TimeSpan.Zero));
    }
}
