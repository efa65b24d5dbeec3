using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Pipeline;

/// <summary>
/// Reads of one session may overlap (a view replays the timeline while a report looks ahead): each read owns its
/// state, so the main read's counts and diagnostics are those of a read alone.
/// </summary>
public class OverlappingReadsTests
{
    private static string Bundle => Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack");

    [Fact]
    public void ALookAheadAndAReplay_DuringTheMainRead_ChangeNeitherItsEventsNorItsCounts()
    {
        using var alone = TimelineSession.Open(new DiagnoseOptions { Paths = [Bundle], ParallelFiles = 1 });
        var expectedEvents = alone.Events().Select(e => (e.Location, e.Timestamp)).ToList();
        var expectedInputs = alone.Inputs.Select(i => (i.File, i.Events, i.Diagnostics, i.Lines)).ToList();
        var expectedDiagnostics = alone.Diagnostics.Kept.Count;

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [Bundle], ParallelFiles = 1 });
        var events = new List<(Model.SourceLocation, DateTimeOffset)>();

        // A look ahead and a replay begun before the main read and left open across it, then each run to its end.
        using var lookAhead = session.LookAhead().GetEnumerator();
        using var replay = session.Replay().GetEnumerator();
        Assert.True(lookAhead.MoveNext());
        Assert.True(replay.MoveNext());
        foreach (var e in session.Events())
        {
            events.Add((e.Location, e.Timestamp));
            if (events.Count == expectedEvents.Count / 2)
            {
                Assert.NotEmpty(session.LookAhead().ToList());
            }
        }

        while (lookAhead.MoveNext() && replay.MoveNext())
        {
        }

        Assert.Equal(expectedEvents, events);
        Assert.Equal(expectedInputs, session.Inputs.Select(i => (i.File, i.Events, i.Diagnostics, i.Lines)).ToList());
        Assert.Equal(expectedDiagnostics, session.Diagnostics.Kept.Count);
    }

    [Fact]
    public void TwoCountedReads_Interleaved_EachCountOnce_AndTheInventoryShowsTheLatest()
    {
        using var alone = TimelineSession.Open(new DiagnoseOptions { Paths = [Bundle] });
        var expected = alone.Events().Count();
        var expectedInputs = alone.Inputs.Select(i => (i.File, i.Events, i.Diagnostics)).ToList();
        var expectedDiagnostics = alone.Diagnostics.Kept.Count;

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [Bundle] });
        using var first = session.Events().GetEnumerator();
        var firstCount = 0;
        for (; firstCount < 3 && first.MoveNext(); firstCount++)
        {
        }

        Assert.Equal(expected, session.Events().Count());
        while (first.MoveNext())
        {
            firstCount++;
        }

        Assert.Equal(expected, firstCount);
        Assert.Equal(expectedInputs, session.Inputs.Select(i => (i.File, i.Events, i.Diagnostics)).ToList());
        Assert.Equal(expectedDiagnostics, session.Diagnostics.Kept.Count);
    }

    [Fact]
    public void EveryInputFormat_HasADescriptor_AndEveryReaderAFormatThatNamesIt()
    {
        foreach (var format in Enum.GetValues<Model.InputFormat>())
        {
            var descriptor = InputFormats.Of(format);
            Assert.Equal(format, descriptor.Format);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description), $"{format} has no description");
        }

        Assert.Equal(Enum.GetValues<Model.InputFormat>().Length, InputFormats.All.Count);
    }
}
