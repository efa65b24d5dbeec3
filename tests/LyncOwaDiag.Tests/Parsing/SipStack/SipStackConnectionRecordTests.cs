using System.Text;
using System.Text.Json;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.ClassifySome;
using static LyncOwaDiag.Tests.Support.SipStackSome;

namespace LyncOwaDiag.Tests.Parsing.SipStack;

/// <summary>
/// A TF_CONNECTION record as Lync writes it: its two ends, the transport and the name from the peer's certificate
/// (<c>Data: fqdn="…"</c>) reach the summary (the evidence text and the CSV), the JSON timeline and the rules.
/// </summary>
public class SipStackConnectionRecordTests
{
    private const string Fields =
        "LogType: connection\nSeverity: error\nText: The peer is not a configured server on this network interface\n" +
        "Local-IP: 192.168.10.20:5061\nPeer-IP: 192.168.10.31:50123\nConnection-ID: 0x1D02\nTransport: M-TLS\n" +
        "Data: fqdn=\"mail.litwareinc.com\";peer-type=\"InternalServer\"\n";

    private static TimelineEvent Record() => SipStackRead.Single(DiagnosticRecord(Fields, flag: "TF_CONNECTION"));

    [Fact]
    public void ConnectionFields_AreReadIntoTheRecord()
    {
        var connection = Assert.IsType<SipStackRecord>(Record().Payload).Connection;

        Assert.NotNull(connection);
        Assert.Equal("192.168.10.20:5061", connection.LocalAddress);
        Assert.Equal("192.168.10.31:50123", connection.PeerAddress);
        Assert.Equal("M-TLS", connection.Transport);
        Assert.Equal("0x1D02", connection.ConnectionId);
        Assert.Equal("mail.litwareinc.com", connection.DataFqdn);
        Assert.Equal("fqdn=\"mail.litwareinc.com\";peer-type=\"InternalServer\"", connection.Data);
    }

    [Theory]
    [InlineData("fqdn=\"a.example.com\"", "a.example.com")]
    [InlineData("fqdn = \" a.example.com \"; peer-type=\"x\"", "a.example.com")]
    [InlineData("peer-type=\"x\";fqdn=\"a.example.com\"", "a.example.com")]
    [InlineData("expected-fqdn =\" a.example.com \"", null)]
    public void DataFqdn_IsTheFqdnParameterOnly(string data, string? fqdn) =>
        Assert.Equal(fqdn, LyncOwaDiag.Parsing.SipStack.SipStackConnectionReader.DataParameter(data, "fqdn"));

    [Fact]
    public void Summary_NamesBothEnds_TheTransport_AndTheCertificateName()
    {
        var e = Record();

        Assert.Equal("The peer is not a configured server on this network interface (peer 192.168.10.31:50123, local 192.168.10.20:5061, M-TLS, fqdn=\"mail.litwareinc.com\")", e.Summary);
        Assert.Contains(new EventKey(KeyKind.Fqdn, "mail.litwareinc.com"), e.Keys);
        Assert.Contains(new EventKey(KeyKind.IpEndpoint, "192.168.10.31:50123"), e.Keys);
    }

    [Fact]
    public void Csv_CarriesTheConnectionInItsSummaryColumn()
    {
        var output = new StringWriter();
        using (var writer = new TimelineCsvWriter(output))
        {
            writer.Write(Record());
        }

        var row = output.ToString().Split('\n')[1];
        Assert.Contains("local 192.168.10.20:5061", row, StringComparison.Ordinal);
        Assert.Contains("fqdn=\"\"mail.litwareinc.com\"\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs_WritesTheConnectionObject()
    {
        using var memory = new MemoryStream();
        using (var writer = new TimelineEcsWriter(memory))
        {
            writer.Write(Record());
        }

        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(memory.ToArray()));
        var connection = doc.RootElement.GetProperty("lyncowadiag").GetProperty("connection");
        Assert.Equal("192.168.10.20:5061", connection.GetProperty("local").GetString());
        Assert.Equal("192.168.10.31:50123", connection.GetProperty("peer").GetString());
        Assert.Equal("M-TLS", connection.GetProperty("transport").GetString());
        Assert.Equal("mail.litwareinc.com", connection.GetProperty("fqdn").GetString());
        Assert.Equal("0x1D02", connection.GetProperty("id").GetString());
    }

    [Fact]
    public void Rules_BindTheConnectionFields()
    {
        var rules = Rules(Rule("X-CONNECTION", """
                  - event: { source: sipstack, kind: sipstack.connection, record.fqdn: { as: certFqdn }, record.transport: { as: transport }, record.localIp: { as: local }, record.peerIp: { as: peer } }
            """, cause: "{certFqdn} over {transport} from {peer} to {local}", command: "echo {certFqdn}"));

        var finding = Assert.Single(Run(rules, [Record()]).Findings);

        Assert.Equal("mail.litwareinc.com over M-TLS from 192.168.10.31:50123 to 192.168.10.20:5061", finding.Cause);
        // A user's rule names no kind for certFqdn: it is taken as a name, so it is single-quoted.
        Assert.Equal("echo 'mail.litwareinc.com'", finding.Fix[0].Command);
    }
}
