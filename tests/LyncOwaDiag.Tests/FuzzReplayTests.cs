using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests;

/// <summary>Replays every saved fuzz input through sniffing and its reader: no throw, no hang, no lost line.</summary>
public class FuzzReplayTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.FuzzCorpus, "*", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.FuzzCorpus, file));
        }

        return data;
    }

    [Fact]
    public void Corpus_IsNotEmpty() => Assert.NotEmpty(CorpusFiles());

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task CorpusFile_ReadsThroughThePipeline_WithoutThrowingOrHanging(string relative)
    {
        var path = Path.Combine(RepoPaths.FuzzCorpus, relative);
        // A thread of its own: on a thread-pool task, the wait for a free pool thread while other tests keep the pool
        // busy counted against the limit, which is about the reader hanging, not the machine being loaded.
        var run = Task.Factory.StartNew(() =>
        {
            using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [path] });
            var count = session.Events().Count();
            return (count, session.Inputs.Single(), session.Diagnostics.Kept.Where(d => d.Message.StartsWith("reading stopped", StringComparison.Ordinal)).ToList());
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var finished = await Task.WhenAny(run, Task.Delay(Limit));
        Assert.True(finished == run, $"{relative} took longer than {Limit}");
        var (count, input, stopped) = await run;
        Assert.Equal(count, input.Events);

        // The pipeline survives a reader that throws ("reading stopped"), but the rest of the file is lost: a bug.
        Assert.Empty(stopped);
        Assert.DoesNotContain("cannot be read", input.SkippedReason ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void SipStackCorpusFile_AccountsForEveryLine(string relative)
    {
        if (!relative.StartsWith("sipstack", StringComparison.Ordinal) || relative.Contains("utf16", StringComparison.Ordinal))
        {
            return; // Line accounting is checked on the UTF-8 bytes the SIPStack reader sees; other readers add theirs.
        }

        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.FuzzCorpus, relative));
        var (events, diagnostics) = SipStackRead.Bytes(bytes);
        Assert.Null(LineCoverage.Problem(events, diagnostics, LineCoverage.CountLines(bytes)));
        Assert.DoesNotContain(diagnostics, d => d.Message.StartsWith("reading stopped", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ExchangeLogCorpusFile_AccountsForEveryLine(string relative)
    {
        if (!relative.StartsWith("exchange-log", StringComparison.Ordinal))
        {
            return; // Each reader checks its own folder.
        }

        var text = File.ReadAllText(Path.Combine(RepoPaths.FuzzCorpus, relative));
        var (events, diagnostics) = ExchangeLogRead.Text(text);
        var lines = LineCoverage.CountLinesAnyBreak(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Null(LineCoverage.Problem(events, diagnostics, lines));
    }
}
