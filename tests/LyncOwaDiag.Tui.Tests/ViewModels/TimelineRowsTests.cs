using LyncOwaDiag.Model;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>The table's rows: what each shows, kept compactly, readable while they are being added.</summary>
public class TimelineRowsTests
{
    private static readonly DateTimeOffset T0 = new(2013, 5, 14, 9, 0, 0, TimeSpan.Zero);

    internal static TimelineEvent Event(int i, string? callId = null, string summary = "", string host = "ATL-CS-001", Severity severity = Severity.Info) => new()
    {
        Timestamp = T0.AddMilliseconds(i),
        TimeQuality = TimeQuality.Exact,
        Source = EventSource.SipStack,
        Severity = severity,
        Host = host,
        Kind = "sip.request",
        Summary = summary.Length > 0 ? summary : $"incoming INVITE sip:user{i}@litwareinc.com",
        Keys = callId is null ? [] : [new EventKey(KeyKind.CallId, callId)],
        Location = new SourceLocation("trace.txt", (i * 20) + 1, (i * 20) + 20, i * 1000L),
    };

    [Fact]
    public void EachRow_ShowsItsSummaryHostAndKind_AndNamesItsDialog()
    {
        var rows = new TimelineRows();
        rows.Add(Event(0, "call-a"));
        rows.Add(Event(1, host: "ATL-MBX-001"));
        rows.Add(Event(2, "CALL-A"));

        Assert.Equal(3, rows.Count);
        Assert.Equal("incoming INVITE sip:user1@litwareinc.com", rows.Summary(1));
        Assert.Equal("ATL-MBX-001", rows.Host(1));
        Assert.Equal("sip.request", rows.Kind(2));
        Assert.Equal("call-a", rows.CallId(2));
        Assert.Null(rows.CallId(1));
        Assert.Equal([0, 2], rows.DialogRows(2));
        Assert.Empty(rows.DialogRows(1));
    }

    [Fact]
    public void Text_IsMadeSafe_AndMessagesAreKeptWhole_UpToTheRowsCapOnACharacterBoundary()
    {
        var rows = new TimelineRows();
        rows.Add(Event(0, summary: "evil \u001b]0;owned\u0007\u001b[2J text"));
        rows.Add(Event(1, summary: new string('é', 40_000)));
        rows.Add(Event(2), detail: "Log Name: Application\nMessage:\n\u001b[31mred\u001b[0m");
        rows.Add(Event(3, summary: new string('x', 3000) + " (504) Server time-out"));

        Assert.DoesNotContain('\u001b', rows.Summary(0));
        Assert.Contains("\\x1B]0;owned", rows.Summary(0), StringComparison.Ordinal);
        Assert.All(rows.Summary(1), c => Assert.Equal('é', c));
        Assert.InRange(rows.Summary(1).Length, 29_000, 30_000);
        Assert.EndsWith("(504) Server time-out", rows.Summary(3), StringComparison.Ordinal);
        Assert.Contains("(504) Server time-out", rows.SearchText(3), StringComparison.Ordinal);
        Assert.Equal("Log Name: Application\nMessage:\n\\x1B[31mred\\x1B[0m", rows.Detail(2));
        Assert.Null(rows.Detail(0));
    }

    [Fact]
    public void Rows_SpanManyTextBlocks_AndStayCorrect()
    {
        var rows = new TimelineRows();
        for (var i = 0; i < 30_000; i++)
        {
            rows.Add(Event(i, summary: $"{i}:" + new string('x', 200)));
        }

        foreach (var i in new[] { 0, 4_000, 4_500, 29_999 })
        {
            Assert.StartsWith($"{i}:", rows.Summary(i), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AReader_SeesWholeRowsWhileTheyAreAdded()
    {
        var rows = new TimelineRows();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 200_000; i++)
            {
                rows.Add(Event(i, summary: $"row {i}"));
            }
        });

        var checks = 0;
        while (!writer.IsCompleted || checks == 0)
        {
            var n = rows.Count;
            if (n > 0)
            {
                Assert.Equal($"row {n - 1}", rows.Summary(n - 1));
                Assert.Equal(T0.AddMilliseconds(n - 1), rows[n - 1].Timestamp);
                checks++;
            }
        }

        await writer;
        Assert.Equal(200_000, rows.Count);
    }
}
