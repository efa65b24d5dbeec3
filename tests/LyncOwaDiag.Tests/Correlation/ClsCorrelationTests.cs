using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Correlation;

public class ClsCorrelationTests
{
    private static TimelineEvent Event(params EventKey[] keys) => On("ATL-CS-001", keys);

    private static TimelineEvent On(string host, params EventKey[] keys) => new()
    {
        Host = host,
        Timestamp = DateTimeOffset.UnixEpoch,
        TimeQuality = TimeQuality.AssumedUtc,
        Source = EventSource.SipStack,
        Severity = Severity.Info,
        Kind = "sipstack.trace",
        Summary = "x",
        Keys = keys,
        Location = new SourceLocation("t.txt", 1, 1, 0),
    };

    [Fact]
    public void IdsOfCall_CollectsTheCorrelationIdsOfThatCallOnly()
    {
        var events = new[]
        {
            Event(new EventKey(KeyKind.CallId, "ABC"), new EventKey(KeyKind.CorrelationId, "11")),
            Event(new EventKey(KeyKind.CallId, "abc"), new EventKey(KeyKind.CorrelationId, "12")),
            Event(new EventKey(KeyKind.CallId, "other"), new EventKey(KeyKind.CorrelationId, "13")),
        };

        var ids = ClsCorrelation.IdsOfCall(events, "abc");
        Assert.True(ClsCorrelation.JoinsWithoutCallId(Event(new EventKey(KeyKind.CorrelationId, "11")), ids));
        Assert.True(ClsCorrelation.JoinsWithoutCallId(Event(new EventKey(KeyKind.CorrelationId, "12")), ids));
        Assert.False(ClsCorrelation.JoinsWithoutCallId(Event(new EventKey(KeyKind.CorrelationId, "13")), ids));
    }

    [Fact]
    public void Join_StaysWithinTheHost_ForIdsAreEachServersOwnCounter()
    {
        var ids = ClsCorrelation.IdsOfCall([Event(new EventKey(KeyKind.CallId, "abc"), new EventKey(KeyKind.CorrelationId, "11"))], "abc");
        Assert.True(ClsCorrelation.JoinsWithoutCallId(On("atl-cs-001", new EventKey(KeyKind.CorrelationId, "11")), ids));
        Assert.False(ClsCorrelation.JoinsWithoutCallId(On("ATL-CS-002", new EventKey(KeyKind.CorrelationId, "11")), ids));
    }

    [Fact]
    public void Join_TakesRecordsWithoutACallId_NeverAnotherCallsMessage()
    {
        var ids = ClsCorrelation.IdsOfCall([Event(new EventKey(KeyKind.CallId, "abc"), new EventKey(KeyKind.CorrelationId, "11"))], "abc");
        Assert.True(ClsCorrelation.JoinsWithoutCallId(Event(new EventKey(KeyKind.CorrelationId, "11")), ids));
        Assert.False(ClsCorrelation.JoinsWithoutCallId(Event(new EventKey(KeyKind.CorrelationId, "12")), ids));
        Assert.False(ClsCorrelation.JoinsWithoutCallId(Event(new EventKey(KeyKind.CorrelationId, "11"), new EventKey(KeyKind.CallId, "other")), ids));
        Assert.False(ClsCorrelation.JoinsWithoutCallId(Event(), ids));
    }

    [Fact]
    public void LookAhead_LeavesTheInventoryAndDiagnosticsToTheMainRead()
    {
        // The sample ends in a truncated record: one diagnostic, which a first pass must not report again.
        var path = Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack", "cls-frontend-two-searches-truncated.txt");
        using var once = TimelineSession.Open(new DiagnoseOptions { Paths = [path] });
        var expected = once.Events().Count();

        using var twice = TimelineSession.Open(new DiagnoseOptions { Paths = [path] });
        Assert.Equal(expected, twice.LookAhead().Count());
        Assert.Equal(expected, twice.Events().Count());

        Assert.Equal(once.Diagnostics.Total, twice.Diagnostics.Total);
        Assert.Equal(once.Inputs.Single().Events, twice.Inputs.Single().Events);
        Assert.True(twice.Diagnostics.Total > 0);
    }
}
