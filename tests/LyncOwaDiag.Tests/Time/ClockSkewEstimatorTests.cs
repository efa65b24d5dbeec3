using System.Globalization;
using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Time;

public class ClockSkewEstimatorTests
{
    /// <summary>
    /// Two CLS traces of the same transactions: the Front End sends requests to the Edge and gets responses; the Edge
    /// logs them with its own clock, <paramref name="edgeAhead"/> ahead, and the network takes 5–60 ms each way,
    /// differently in each direction.
    /// </summary>
    private static (string Fe, string Edge) Traces(TimeSpan edgeAhead, int transactions, int seed)
    {
        var random = new Random(seed);
        var fe = new StringBuilder();
        var edge = new StringBuilder();
        var t = new DateTime(2013, 5, 14, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < transactions; i++)
        {
            t = t.AddMilliseconds(random.Next(200, 900));
            var callId = $"call{i:D4}";
            var there = TimeSpan.FromMilliseconds(random.Next(5, 60));
            var back = TimeSpan.FromMilliseconds(random.Next(12, 80));
            var answered = t + there + TimeSpan.FromMilliseconds(random.Next(1, 10));
            fe.Append(Record(@"atl-cs-001\ATL-CS-001", t, "outgoing", "atl-edge-01.litwareinc.com:5061", "INVITE sip:ana@fabrikam.com SIP/2.0", callId));
            edge.Append(Record(@"dmz\ATL-EDGE-01", t + there + edgeAhead, "incoming", "atl-cs-001.litwareinc.com:5061", "INVITE sip:ana@fabrikam.com SIP/2.0", callId));
            edge.Append(Record(@"dmz\ATL-EDGE-01", answered + edgeAhead, "outgoing", "atl-cs-001.litwareinc.com:5061", "SIP/2.0 200 OK", callId));
            fe.Append(Record(@"atl-cs-001\ATL-CS-001", answered + back, "incoming", "atl-edge-01.litwareinc.com:5061", "SIP/2.0 200 OK", callId));
        }

        return (fe.ToString(), edge.ToString());
    }

    private static string Record(string bracket, DateTime time, string direction, string peer, string startLine, string callId) =>
        $"TL_INFO(TF_PROTOCOL) [{bracket}]0B60.0D6C::{time.ToString("MM/dd/yyyy-HH:mm:ss.fff", CultureInfo.InvariantCulture)}.0000a5f1 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(160)) [1] $$begin_record\n" +
        $"Direction: {direction};source=\"internal\";destination=\"external\"\nPeer: {peer}\nStart-Line: {startLine}\n" +
        $"From: <sip:kim@litwareinc.com>;tag=1\nTo: <sip:ana@fabrikam.com>\nCall-ID: {callId}\nCSeq: 1 INVITE\nMessage-Body: -\n$$end_record\n";

    [Theory]
    [InlineData(2500, 1)]
    [InlineData(-740, 2)]
    [InlineData(37, 3)]
    [InlineData(-61000, 4)]
    public void KnownOffset_IsRecoveredWithin50ms_AndCorrected(int edgeAheadMs, int seed)
    {
        using var temp = new TempFolder();
        var (fe, edge) = Traces(TimeSpan.FromMilliseconds(edgeAheadMs), 40, seed);
        var paths = new[] { temp.File("FE/cls.txt", fe), temp.File("EDGE/cls.txt", edge) };

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = paths });
        var skew = Assert.Single(session.Skews);

        Assert.Equal(("atl-edge-01", "atl-cs-001"), (skew.Host, skew.Reference));
        Assert.InRange(skew.Offset.TotalMilliseconds, -edgeAheadMs - 50, -edgeAheadMs + 50);
        Assert.InRange(-edgeAheadMs, skew.Low.TotalMilliseconds, skew.High.TotalMilliseconds);
        Assert.Equal(80, skew.Pairs);
        Assert.Equal(Math.Abs(edgeAheadMs) > 1000, skew.Significant);

        // Corrected, every request arrives after it was sent and every response after it was answered.
        var events = session.Events().ToList();
        Assert.All(events.Where(e => e.Host == "ATL-EDGE-01"), e => Assert.Equal(TimeQuality.SkewCorrected, e.TimeQuality));
        foreach (var dialog in events.GroupBy(e => e.KeyValue(KeyKind.CallId)))
        {
            var order = dialog.Select(e => $"{e.Host}:{((SipMessage)e.Payload!).DirectionWord}").ToList();
            Assert.Equal(["ATL-CS-001:outgoing", "ATL-EDGE-01:incoming", "ATL-EDGE-01:outgoing", "ATL-CS-001:incoming"], order);
        }
    }

    [Fact]
    public void NoSkewCorrection_LeavesTimesAlone()
    {
        using var temp = new TempFolder();
        var (fe, edge) = Traces(TimeSpan.FromSeconds(5), 10, 7);
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.File("FE/a.txt", fe), temp.File("EDGE/b.txt", edge)], SkewCorrection = false });
        Assert.Empty(session.Skews);
        Assert.DoesNotContain(session.Events(), e => e.TimeQuality == TimeQuality.SkewCorrected);
    }

    [Fact]
    public void OneDirectionOnly_OrTooFewPairs_GivesNoEstimate()
    {
        using var temp = new TempFolder();
        var (fe, edge) = Traces(TimeSpan.FromSeconds(5), 1, 8);
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.File("FE/a.txt", fe), temp.File("EDGE/b.txt", edge)] });
        Assert.Empty(session.Skews);
    }
}
