using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Pipeline;

/// <summary>
/// --follow: a log written while it is followed gives the same events, at the same file:line, as reading the finished
/// log at once — wherever the writes happen to cut it, records and lines included.
/// </summary>
public sealed class InputFollowerTests : IDisposable
{
    private readonly List<TimelineSession> _sessions = [];

    public void Dispose() => _sessions.ForEach(s => s.Dispose());

    private static readonly string Trace = File.ReadAllText(Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack", "ocslogger-register-invite-diagnostics.txt"));

    private static readonly string ImLog = File.ReadAllText(Path.Combine(RepoPaths.SampleTraces, "scenarios", "TRUSTED-APP-MISSING", "bundle", "ATL-MBX-001", "Logging", "OWA", "InstantMessaging", "20130514-1.LOG"));

    /// <summary>What a user compares: when, how bad, what, where.</summary>
    private static string Shown(TimelineEvent e) => $"{e.Timestamp:O} {e.Severity} {e.Kind} {e.Summary} {e.Location}";

    private static List<string> WholeRead(string folder)
    {
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [folder] });
        return session.Events().Select(Shown).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A clock the test moves: a file is idle once the test says time has passed.</summary>
    private sealed class Clock
    {
        public DateTime Now { get; set; } = DateTime.UtcNow;
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ALogWrittenInPieces_GivesTheEventsOfTheWholeLog_AtTheSameLines(int seed)
    {
        using var temp = new TempFolder();
        var random = new Random(seed);
        var trace = Encoding.UTF8.GetBytes(Trace);
        var log = Encoding.UTF8.GetBytes(ImLog);
        // Each file starts with a random part already written, cut anywhere (inside a record, inside a line).
        var traceAt = random.Next(1, trace.Length);
        var logAt = random.Next(1, log.Length);
        var (traceStart, logStart) = (traceAt, logAt);
        var tracePath = temp.File("ATL-CS-001/trace.txt", trace[..traceAt]);
        var logPath = temp.File("ATL-MBX-001/20130514-1.LOG", log[..logAt]);
        var clock = new Clock();
        var sink = new CollectingSink();

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.Path] });
        var follower = session.Follow(sink, () => clock.Now);
        var seen = session.Events().Where(e => e.Location.ByteOffset < follower.ConsumedAtStart(e.Location.File)).Select(Shown).ToList();
        while (traceAt < trace.Length || logAt < log.Length)
        {
            traceAt = Append(tracePath, trace, traceAt, random);
            logAt = Append(logPath, log, logAt, random);
            seen.AddRange(follower.Poll().Select(Shown));
            // Now and then the writer pauses (OCSLogger flushes in buffers), even inside a record.
            clock.Now += random.Next(4) == 0 ? InputFollower.IdleFlush + TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(500);
            seen.AddRange(follower.Poll().Select(Shown));
        }

        // The last record waits for the file to go quiet, as a record still being written would.
        clock.Now += InputFollower.IdleFlush;
        seen.AddRange(follower.Poll().Select(Shown));
        clock.Now += InputFollower.IdleFlush;
        seen.AddRange(follower.Poll().Select(Shown));

        var expected = WholeRead(temp.Path);
        var actual = seen.Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual), $"missing:\n{string.Join('\n', expected.Except(actual))}\nextra:\n{string.Join('\n', actual.Except(expected))}\n(cut at {traceStart} and {logStart})");
    }

    /// <summary>
    /// The inputs at <paramref name="path"/> read once as the main read reads them, with a follower on the test's
    /// clock; the session is closed when the test ends.
    /// </summary>
    private InputFollower Followed(string path, Clock clock, CollectingSink sink)
    {
        var session = TimelineSession.Open(new DiagnoseOptions { Paths = [path] });
        _sessions.Add(session);
        var follower = session.Follow(sink, () => clock.Now);
        _ = session.Events().ToList();
        return follower;
    }

    private static int Append(string path, byte[] whole, int at, Random random)
    {
        if (at >= whole.Length)
        {
            return at;
        }

        var next = Math.Min(whole.Length, at + random.Next(1, 900));
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(whole, at, next - at);
        return next;
    }

    [Fact]
    public void ALogThatRollsOver_IsFollowedIntoItsNewFile_ReadUnderItsOwnHeader()
    {
        using var temp = new TempFolder();
        temp.File("ATL-MBX-001/20130514-1.LOG", ImLog);
        var clock = new Clock();
        var follower = Followed(temp.Path, clock, new CollectingSink());

        var header = string.Join('\n', ImLog.Split('\n').TakeWhile(l => l.TrimStart('\uFEFF').StartsWith('#'))) + "\n";
        temp.File("ATL-MBX-001/20130514-2.LOG", header + "2013-05-14T09:30:00.400Z,32,1,,,,0,\"ERROR:InstantMessageOCSProvider.SignInCallback failed. Context User=lee@litwareinc.com, after the roll\",\n");
        clock.Now += InputFollower.IdleFlush;
        var appended = follower.Poll();

        var error = Assert.Single(appended, e => e.Severity == Severity.Error);
        Assert.Contains("after the roll", error.Summary, StringComparison.Ordinal);
        Assert.EndsWith("20130514-2.LOG:6", error.Location.ToString(), StringComparison.Ordinal);
        Assert.Equal("ATL-MBX-001", error.Host);
    }

    [Fact]
    public void ALogTruncatedInPlace_IsReadAgainFromItsStart_AndSaysSo()
    {
        using var temp = new TempFolder();
        var path = temp.File("ATL-CS-001/trace.txt", Trace);
        var clock = new Clock();
        var sink = new CollectingSink();
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.Path] });
        var follower = session.Follow(sink, () => clock.Now);
        var whole = session.Events().Count();

        File.WriteAllText(path, Trace[..Trace.IndexOf("TL_", 10, StringComparison.Ordinal)]);
        clock.Now += InputFollower.IdleFlush;
        follower.Poll();
        clock.Now += InputFollower.IdleFlush;
        var again = follower.Poll();

        Assert.InRange(again.Count, 1, whole - 1);
        Assert.All(again, e => Assert.Equal(1, e.Location.FirstLine));
        Assert.Contains(sink.Diagnostics, d => d.Message.Contains("shrank", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatCannotBeFollowed_IsNamedWithWhy()
    {
        using var temp = new TempFolder();
        temp.File("a/trace.txt", Trace);
        temp.File("b/utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Trace)).ToArray());
        temp.File("c/web.config", "<configuration><appSettings><add key=\"IMServerName\" value=\"pool.contoso.com\"/></appSettings></configuration>");
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.Path] });
        var follower = session.Follow(new CollectingSink());

        Assert.Equal(1, follower.Count);
        Assert.Contains(follower.NotFollowed, n => n.Contains("utf16.txt", StringComparison.Ordinal) && n.Contains("UTF-16", StringComparison.Ordinal));
        Assert.Contains(follower.NotFollowed, n => n.Contains("web.config", StringComparison.Ordinal) && n.Contains("read once", StringComparison.Ordinal));
    }

    [Fact]
    public void ALogRestartedAndRewrittenPastTheOldEnd_BetweenTwoPolls_IsReadAgainFromItsStart()
    {
        using var temp = new TempFolder();
        var path = temp.File("ATL-CS-001/trace.txt", Trace);
        var clock = new Clock();
        var sink = new CollectingSink();
        var follower = Followed(temp.Path, clock, sink);

        // Restarted: a new log, longer than the old one, written before the next look.
        File.WriteAllText(path, Trace.Replace("1843281234", "1843299999", StringComparison.Ordinal) + Trace);
        clock.Now += InputFollower.IdleFlush;
        var again = follower.Poll().ToList();
        clock.Now += InputFollower.IdleFlush;
        again.AddRange(follower.Poll());

        Assert.Contains(sink.Diagnostics, d => d.Message.Contains("following it from its start", StringComparison.Ordinal));
        Assert.Contains(again, e => e.Location.FirstLine == 1);
    }

    [Fact]
    public void AFileNamedAlone_BringsNoNeighbour_AndAFolderOnlyItsNewFiles()
    {
        using var temp = new TempFolder();
        var named = temp.File("fe/trace.txt", Trace);
        temp.File("fe/older-trace.txt", Trace);
        var clock = new Clock();
        var follower = Followed(named, clock, new CollectingSink());
        temp.File("fe/rolled.txt", Trace);
        clock.Now += InputFollower.IdleFlush;

        Assert.Empty(follower.Poll());

        var inFolder = Followed(temp.Path, clock, new CollectingSink());
        temp.File("fe/rolled-again.txt", Trace);
        clock.Now += InputFollower.IdleFlush;
        var read = inFolder.Poll();

        Assert.NotEmpty(read);
        Assert.All(read, e => Assert.EndsWith("rolled-again.txt", e.Location.File, StringComparison.Ordinal));
    }

    [Fact]
    public void AUtf16FileAppearing_IsNamedNotRead_AndAFileThatGoesAndComesBack_IsFollowedAgain()
    {
        using var temp = new TempFolder();
        var path = temp.File("fe/trace.txt", Trace);
        var clock = new Clock();
        var sink = new CollectingSink();
        var follower = Followed(temp.Path, clock, sink);

        temp.File("fe/utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Trace)).ToArray());
        clock.Now += InputFollower.IdleFlush;
        Assert.Empty(follower.Poll());
        Assert.Contains(follower.NotFollowed, n => n.Contains("utf16.txt", StringComparison.Ordinal) && n.Contains("UTF-16", StringComparison.Ordinal));

        File.Delete(path);
        follower.Poll();
        follower.Poll();
        Assert.Single(sink.Diagnostics, d => d.Message.Contains("gone", StringComparison.Ordinal));

        File.WriteAllText(path, Trace);
        clock.Now += InputFollower.IdleFlush;
        follower.Poll();
        clock.Now += InputFollower.IdleFlush;
        var back = follower.Poll();
        Assert.NotEmpty(back);
        Assert.All(back, e => Assert.EndsWith("trace.txt", e.Location.File, StringComparison.Ordinal));
    }

    [Fact]
    public void AFileNamedAlone_ThatGoesAndComesBack_IsFollowedAgain()
    {
        using var temp = new TempFolder();
        var path = temp.File("fe/trace.txt", Trace);
        var clock = new Clock();
        var follower = Followed(path, clock, new CollectingSink());

        File.Delete(path);
        follower.Poll();
        File.WriteAllText(path, Trace);
        clock.Now += InputFollower.IdleFlush;
        var back = follower.Poll().ToList();
        clock.Now += InputFollower.IdleFlush;
        back.AddRange(follower.Poll());

        Assert.Contains(back, e => e.Location.FirstLine == 1);
        Assert.False(follower.WatchesFolders);
    }

    [Fact]
    public void ARecordEndedBy_EndRecord_WithoutABeginMark_IsNotSplitByAWritersPause()
    {
        using var temp = new TempFolder();
        var lines = Trace.Split('\n');
        // A TL_ line whose record ends on the next line with $$end_record, no $$begin_record on its first line.
        var at = Array.FindIndex(lines, l => l.StartsWith("TL_", StringComparison.Ordinal) && !l.Contains("$$begin_record", StringComparison.Ordinal)
            && lines.Length > Array.IndexOf(lines, l) + 1);
        var before = string.Join('\n', lines.Take(at)) + "\n";
        var path = temp.File("fe/trace.txt", before);
        var clock = new Clock();
        var follower = Followed(temp.Path, clock, new CollectingSink());

        File.AppendAllText(path, lines[at] + "\n");
        follower.Poll();
        clock.Now += InputFollower.IdleFlush + TimeSpan.FromSeconds(1);
        var paused = follower.Poll();
        File.AppendAllText(path, "$$end_record\n");
        clock.Now += InputFollower.IdleFlush;
        follower.Poll();
        clock.Now += InputFollower.IdleFlush;
        var ended = follower.Poll();

        Assert.Empty(paused);
        var whole = Assert.Single(ended);
        Assert.Equal(whole.Location.FirstLine + 1, whole.Location.LastLine);
    }
}
