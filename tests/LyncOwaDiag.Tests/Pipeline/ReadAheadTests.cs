using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.SipStackSome;

namespace LyncOwaDiag.Tests.Pipeline;

public class ReadAheadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ReadAhead<int>.BatchSize - 1)]
    [InlineData(ReadAhead<int>.BatchSize)]
    [InlineData(ReadAhead<int>.BatchSize + 1)]
    [InlineData(10_000)]
    public void HandsOverEveryItemInOrder(int count) =>
        Assert.Equal(Enumerable.Range(0, count), new ReadAhead<int>(Enumerable.Range(0, count)));

    [Fact]
    public void ReaderFailure_SurfacesAfterTheItemsReadBeforeIt()
    {
        static IEnumerable<int> FailsAfter(int n)
        {
            for (var i = 0; i < n; i++)
            {
                yield return i;
            }

            throw new InvalidDataException("record 300 is damaged");
        }

        var seen = new List<int>();
        var e = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var i in new ReadAhead<int>(FailsAfter(300)))
            {
                seen.Add(i);
            }
        });
        Assert.Equal("record 300 is damaged", e.Message);
        Assert.Equal(Enumerable.Range(0, 300), seen);
    }

    [Fact]
    public void StoppingEarly_StopsTheReader()
    {
        var produced = 0;
        IEnumerable<int> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref produced);
                yield return i;
            }
        }

        Assert.Equal(Enumerable.Range(0, 10), new ReadAhead<int>(Endless()).Take(10));

        // Dispose joined the reader: it is stopped, no further than the batches it may run ahead.
        var stoppedAt = Volatile.Read(ref produced);
        Thread.Sleep(50);
        Assert.Equal(stoppedAt, Volatile.Read(ref produced));
        Assert.True(stoppedAt <= ReadAhead<int>.BatchSize * (ReadAhead<int>.BatchesAhead + 2), $"read {stoppedAt} items ahead");
    }

    [Fact]
    public void TwoReaders_RunAtOnce_BeforeEitherIsAskedForAnItem()
    {
        // A cannot produce until B has started: on one thread, or started lazily, this would time out.
        using var bStarted = new ManualResetEventSlim();
        IEnumerable<string> A()
        {
            yield return bStarted.Wait(TimeSpan.FromSeconds(10)) ? "a: b was already running" : "a: b never started";
        }

        IEnumerable<string> B()
        {
            bStarted.Set();
            yield return "b";
        }

        using var a = new ReadAhead<string>(A()).GetEnumerator();
        using var b = new ReadAhead<string>(B()).GetEnumerator();
        Assert.True(a.MoveNext());
        Assert.Equal("a: b was already running", a.Current);
    }

    [Fact]
    public void Diagnostics_FollowInputOrder_WhicheverFileFinishesFirst()
    {
        // The first file is long and damaged at its end, the second short and damaged at once: read in parallel, the
        // second's diagnostic arrives first, yet the list keeps the inputs' order.
        using var temp = new TempFolder();
        var longFile = temp.File("a/long.txt", string.Concat(Enumerable.Repeat(ProtocolRecord(), 2000)) + "garbage line that is no trace\n");
        var shortFile = temp.File("b/short.txt", "garbage line that is no trace\n" + ProtocolRecord());

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [longFile, shortFile] });
        Assert.Equal(2001, session.Events().Count());

        var files = session.Diagnostics.Kept.Where(d => d.Severity <= Severity.Warning).Select(d => Path.GetFileName(d.Location.File)).Distinct().ToList();
        Assert.Equal(["long.txt", "short.txt"], files);
    }
}
