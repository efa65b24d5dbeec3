using System.Text.RegularExpressions;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Logs the peer of every inbound message by IP address and an ephemeral port, as real traces do for connections
/// the other end opened: <c>Peer: atl-owa-001.litwareinc.com:5075</c> becomes <c>Peer: 10.0.7.3:50214</c>. One
/// address per name, the same in every trace of the bundle.
/// </summary>
internal sealed partial class IpPeersTransform : BundleTransform
{
    public override string Name => "ip-peers";

    public override void Apply(string root)
    {
        var addresses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        SipTraceRewriter.Apply(root, text => IncomingPeer().Replace(text, m =>
        {
            var host = m.Groups["host"].Value;
            if (!addresses.TryGetValue(host, out var ip))
            {
                addresses[host] = ip = $"10.0.7.{addresses.Count + 3}";
            }

            return $"{m.Groups["before"].Value}Peer: {ip}:{50000 + (Math.Abs(StringComparer.Ordinal.GetHashCode(host)) % 9000)}";
        }));
    }

    // A Direction line saying incoming, then (within the same record) the Peer line with a name, not an address.
    [GeneratedRegex(@"(?<before>Direction: incoming[^\n]*\n(?:(?!\$\$end_record)[^\n]*\n)*?)Peer: (?<host>[A-Za-z][A-Za-z0-9.-]*)(?::\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex IncomingPeer();
}
