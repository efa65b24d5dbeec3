using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>triage's progress on a terminal: one line rewritten in place while a long read runs, erased before the answer.</summary>
public class ProgressLineTests
{
    private static TimelineEvent At(long offset) => new()
    {
        Timestamp = DateTimeOffset.UnixEpoch,
        TimeQuality = TimeQuality.Exact,
        Source = EventSource.SipStack,
        Severity = Severity.Info,
        Kind = "sip.request",
        Summary = "s",
        Location = new SourceLocation("trace.txt", 1, 1, offset),
    };

    [Fact]
    public void ALongRead_ShowsHowFarItIs_OnOneLine_ErasedWhenItEnds()
    {
        var error = new StringWriter();
        var line = new ProgressLine(error, new ReadProgress(1000), enabled: true, showAfter: TimeSpan.Zero);
        line.Observe(At(500));
        line.Observe(At(510));

        Assert.True(SpinWait.SpinUntil(() => error.ToString().Contains("reading", StringComparison.Ordinal), TimeSpan.FromSeconds(10)));
        line.Dispose();

        var text = error.ToString();
        Assert.StartsWith("\r\u001b[2Klyncowadiag: reading 51 % · 2 events", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void WhenNotWanted_NothingIsWritten()
    {
        var error = new StringWriter();
        using (var line = new ProgressLine(error, new ReadProgress(1000), enabled: false, showAfter: TimeSpan.Zero))
        {
            line.Observe(At(500));
            Thread.Sleep(300);
        }

        Assert.Equal(string.Empty, error.ToString());
        Assert.False(ProgressLine.Wanted(quiet: true));
    }
}
