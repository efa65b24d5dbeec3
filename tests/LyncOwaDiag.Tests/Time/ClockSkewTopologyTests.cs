using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Time;

/// <summary>
/// Clock skew across the topologies real bundles come from: an Edge that logs the Front End by IP address and relays
/// every message on to a federated partner, traces without Via headers, a host reached only through another, and
/// the order the traces are given in.
/// </summary>
public class ClockSkewTopologyTests
{
    private static readonly SipHopTraces.Host FrontEnd = new("ATL-CS-001", "atl-cs-001.litwareinc.com", "10.0.4.10", TimeSpan.Zero);
    private static readonly SipHopTraces.Host Edge = new("DMZ-EDGE01", "dmz-edge01.litwareinc.com", "10.0.4.20", TimeSpan.FromMilliseconds(3200));

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void EdgeWithIpPeersAndRelays_IsPlacedWithin50ms_WhicheverTraceComesFirst(bool withVia, bool edgeFirst)
    {
        var traces = new SipHopTraces(11) { WithVia = withVia }
            .Transactions(FrontEnd, Edge, 30, relayTo: "sip.fabrikam.com")
            .Transactions(Edge, FrontEnd, 30);
        using var temp = new TempFolder();
        var fe = temp.File("b/fe.txt", traces.TraceOf(FrontEnd));
        var edge = temp.File("a/edge.txt", traces.TraceOf(Edge));

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = edgeFirst ? [edge, fe] : [fe, edge] });

        var skew = Assert.Single(session.MeasuredSkews);
        Assert.Equal(("dmz-edge01", "atl-cs-001"), (skew.Host, skew.Reference));
        Assert.InRange(skew.Offset.TotalMilliseconds, -3200 - 50, -3200 + 50);
        Assert.InRange(-3200, skew.Low.TotalMilliseconds, skew.High.TotalMilliseconds);
        Assert.Equal(120, skew.Pairs);

        // The Front End's IP address, which the Edge logged as its peer, is one of its names once the hops taught it.
        var frontEnd = Assert.Single(session.Servers.Servers, s => s.Label == "ATL-CS-001");
        Assert.Equal(withVia, frontEnd.Names.Any(n => n.Name == "10.0.4.10" && n.Where.File == edge));
    }

    [Fact]
    public void AHostPairedOnlyWithAnother_IsPlacedThroughIt_WithTheBoundsAdded()
    {
        // The reference talks to a Director; only the Director talks to the Edge.
        var director = new SipHopTraces.Host("ATL-DIR-01", "atl-dir-01.litwareinc.com", "10.0.4.30", TimeSpan.FromMilliseconds(-800));
        var secondFrontEnd = new SipHopTraces.Host("ATL-CS-002", "atl-cs-002.litwareinc.com", "10.0.4.11", TimeSpan.FromMilliseconds(150));
        var traces = new SipHopTraces(5)
            .Transactions(FrontEnd, secondFrontEnd, 40)
            .Transactions(FrontEnd, director, 25)
            .Transactions(director, Edge, 20, relayTo: "sip.fabrikam.com");
        using var temp = new TempFolder();
        string[] paths =
        [
            temp.File("1/fe.txt", traces.TraceOf(FrontEnd)), temp.File("2/fe2.txt", traces.TraceOf(secondFrontEnd)),
            temp.File("3/dir.txt", traces.TraceOf(director)), temp.File("4/edge.txt", traces.TraceOf(Edge)),
        ];

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = paths });

        var skews = session.MeasuredSkews.ToDictionary(s => s.Host);
        Assert.Equal(["atl-cs-002", "atl-dir-01", "dmz-edge01"], skews.Keys.Order(StringComparer.Ordinal));
        Assert.All(skews.Values, s => Assert.Equal("atl-cs-001", s.Reference));
        Assert.InRange(skews["atl-dir-01"].Offset.TotalMilliseconds, 800 - 50, 800 + 50);
        Assert.Null(skews["atl-dir-01"].Through);
        var edge = skews["dmz-edge01"];
        Assert.Equal("atl-dir-01", edge.Through);
        Assert.InRange(edge.Offset.TotalMilliseconds, -3200 - 100, -3200 + 100);
        Assert.InRange(-3200, edge.Low.TotalMilliseconds, edge.High.TotalMilliseconds);
    }

    [Fact]
    public void APartnerLoggingItsMachineName_IsKnownByTheServiceNameItIsSentTo()
    {
        // The partner's trace names its machine FAB-EDGE, the Edge sends to sip.fabrikam.com: the hops whose Via
        // branch both logged teach that the two are one host. The Front End never sent to the partner: no pair there.
        var partner = new SipHopTraces.Host("FAB-EDGE", "sip.fabrikam.com", "131.107.0.5", TimeSpan.FromSeconds(-20));
        var traces = new SipHopTraces(3)
            .Transactions(FrontEnd, Edge, 20)
            .Transactions(Edge, partner, 20);
        using var temp = new TempFolder();
        using var session = TimelineSession.Open(new DiagnoseOptions
        {
            Paths = [temp.File("x/p.txt", traces.TraceOf(partner)), temp.File("y/e.txt", traces.TraceOf(Edge)), temp.File("z/f.txt", traces.TraceOf(FrontEnd))],
        });

        // How far each clock is ahead of the reference's, whichever host that is.
        var reference = session.MeasuredSkews.Select(s => s.Reference).Distinct().Single();
        var ahead = session.MeasuredSkews.ToDictionary(s => s.Host, s => -s.Offset.TotalMilliseconds);
        ahead[reference] = 0;
        Assert.Equal(["atl-cs-001", "dmz-edge01", "fab-edge"], ahead.Keys.Order(StringComparer.Ordinal));
        Assert.InRange(ahead["dmz-edge01"] - ahead["atl-cs-001"], 3200 - 50, 3200 + 50);
        Assert.InRange(ahead["fab-edge"] - ahead["atl-cs-001"], -20_000 - 100, -20_000 + 100);
    }

    [Fact]
    public void Retransmissions_PairNoCopy_SoTheyMakeNoSkew()
    {
        // Both clocks agree. Every request is sent three times before one arrives: pairing the first copy with the
        // receipt would read 1.5 s of "skew". Such messages are left out, and the answers still pair.
        var sameClock = Edge with { Ahead = TimeSpan.Zero };
        var traces = new SipHopTraces(23).Transactions(FrontEnd, sameClock, 20, lostSends: 2).Transactions(sameClock, FrontEnd, 5);
        using var temp = new TempFolder();
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.File("a/fe.txt", traces.TraceOf(FrontEnd)), temp.File("b/edge.txt", traces.TraceOf(sameClock))] });

        var skew = Assert.Single(session.MeasuredSkews);
        Assert.InRange(skew.Offset.TotalMilliseconds, -50, 50);
        Assert.False(skew.Significant);
    }
}
