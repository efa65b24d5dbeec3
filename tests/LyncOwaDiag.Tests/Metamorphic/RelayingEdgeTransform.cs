using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Adds an Edge server's trace beside the bundle: federated presence between a Front End and a partner, every
/// message relayed by the Edge (logged incoming, then outgoing on the same Call-ID, CSeq and method) and answered
/// 200 OK, in the scenarios' minutes. Healthy traffic of another server: it must change nothing.
/// </summary>
internal sealed class RelayingEdgeTransform : BundleTransform
{
    private static readonly SipHopTraces.Host FrontEnd = new("ATL-CS-001", "atl-cs-001.litwareinc.com", "192.168.10.40", TimeSpan.Zero);
    private static readonly SipHopTraces.Host Edge = new("DMZ-EDGE01", "dmz-edge01.litwareinc.com", "192.168.30.5", TimeSpan.FromMilliseconds(700));

    public override string Name => "relaying-edge";

    public override void Apply(string root)
    {
        var traces = new SipHopTraces(17) { Start = new DateTime(2013, 5, 14, 9, 20, 10, DateTimeKind.Utc) }.Transactions(FrontEnd, Edge, 12, relayTo: "sip.fabrikam.com");
        var folder = Directory.CreateDirectory(Path.Combine(root, "edge-trace"));
        File.WriteAllText(Path.Combine(folder.FullName, "DMZ-EDGE01-cls.txt"), traces.TraceOf(Edge));
    }
}
