using LyncOwaDiag.Parsing.Sip;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.Sip;

/// <summary>The hot-path SIP value scanners agree with the grammar on every sample and on mutated values.</summary>
public class SipValueScannerTests
{
    public static TheoryData<string> SampleStartLines()
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack")).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file).Where(l => l.StartsWith("Start-Line: ", StringComparison.Ordinal) || l.StartsWith("SIP-Start-Line: ", StringComparison.Ordinal)))
            {
                var value = line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..];
                if (seen.Add(value))
                {
                    data.Add(value);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleStartLines))]
    [InlineData("SIP/2.0 5040 x")]
    [InlineData("SIP/2.0  404 Not Found")]
    [InlineData("INVITE sip:a@b SIP/2.0 trailing")]
    [InlineData("IN VITE")]
    [InlineData("SIP/2 200 OK")]
    [InlineData("INVITE sip:a@b SIP/2.0\t")]
    public void StartLine_ScannerEqualsGrammar(string text)
    {
        var fast = SipValueScanner.TryStartLine(text, out var method, out var uri, out var status, out var reason);
        var slow = SipValueParser.TryParseStartLine(text, out var line, out _);
        Assert.Equal(slow, fast);
        if (slow)
        {
            Assert.Equal((line!.Method, line.RequestUri, line.StatusCode, line.ReasonPhrase), (method, uri, status, reason));
        }
    }

    [Theory]
    [InlineData("\"Kim Akers\" <sip:kim@litwareinc.com>;tag=9a8b7c;epid=01020304")]
    [InlineData("<sip:atl-owa-001.litwareinc.com@litwareinc.com;gruu;opaque=srvr:OutlookWebApp:xYz0>;tag=8899aabb")]
    [InlineData("\"recipient\"<SIP:recipient@company.com>")]
    [InlineData("sip:kim@litwareinc.com;tag=plain")]
    public void NameAddress_ScannerEqualsGrammar(string text)
    {
        SipValueScanner.NameAddress(text, out var aor, out var tag);
        Assert.True(SipValueParser.TryParseNameAddress(text, out var address, out var error), error);
        Assert.Equal((address!.Uri.AddressOfRecord, address.Parameter("tag")), (aor, tag));
    }

    [Theory]
    [InlineData("3 SERVICE")]
    [InlineData("x SERVICE")]
    [InlineData("3")]
    [InlineData("1 INVITE extra")]
    public void CSeq_ScannerEqualsGrammar(string text)
    {
        var fast = SipValueScanner.TryCSeq(text, out var number, out var method);
        var slow = SipValueParser.TryParseCSeq(text, out var cseq, out _);
        Assert.Equal(slow, fast);
        if (slow)
        {
            Assert.Equal((cseq!.Number, cseq.Method), (number, method));
        }
    }

    [Theory]
    [InlineData("SIP/2.0/TLS 192.168.44.10:50230;received=10.117.245.254;ms-received-port=50230;ms-received-cid=37ABE00")]
    [InlineData("SIP/2.0/TLS 192.168.172.6:12723")]
    [InlineData("SIP/2.0/TLS atl-cs-001.litwareinc.com:5061;branch=z9hG4bKab12, SIP/2.0/TLS 10.0.4.10:5062;branch=z9hG4bKcd34")]
    [InlineData("SIP/2.0/tls [2001:db8::1]:5061;branch=\"z9hG4bK-q\";received=2001:db8::9")]
    [InlineData("SIP/2.0/TCP host;branch=z9hG4bK1;rport")]
    public void TopVia_ScannerEqualsTheGrammarsFirstHop(string text)
    {
        Assert.True(SipValueScanner.TryTopVia(text, out var sentBy, out var branch, out var received));
        Assert.True(SipValueParser.TryParseVia(text, out var hops, out var error), error);
        var top = hops![0];
        Assert.Equal(top.Host, sentBy);
        Assert.Equal(top.Parameters.FirstOrDefault(p => p.Name.Equals("branch", StringComparison.OrdinalIgnoreCase))?.Value, branch);
        Assert.Equal(top.Parameters.FirstOrDefault(p => p.Name.Equals("received", StringComparison.OrdinalIgnoreCase))?.Value, received);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("SIP/2.0/TLS ")]
    [InlineData("HTTP/1.1/TLS host")]
    public void TopVia_NotAVia_IsRefused(string text) => Assert.False(SipValueScanner.TryTopVia(text, out _, out _, out _));

    [Theory]
    [InlineData("1046;reason=\"Failed to connect to a peer server\";WinsockFailureCode=\"10061(WSAECONNREFUSED)\";Peer=\"atl-mbx-001.litwareinc.com\";Port=\"5199\";source=\"atl-cs-001.litwareinc.com\"")]
    [InlineData("1010;reason=\"Certificate trust with another server could not be established\";ErrorType=\"Untrusted Root\";Peer=\"sip.fabrikam.com\";Port=5061")]
    [InlineData("2;reason=\"See response code and reason phrase\";HRESULT=\"0x80004005\";source=\"x\"")]
    [InlineData("1046;reason=\"a;Port=1 inside quotes\";Port=\"5199\"")]
    public void MsDiagnosticAttribute_ScannerEqualsGrammar(string value)
    {
        Assert.True(SipValueParser.TryParseMsDiagnostic(value, out var parsed, out var error), error);
        foreach (var name in new[] { "Peer", "Port", "source", "reason", "HRESULT", "Missing" })
        {
            Assert.Equal(parsed!.Attribute(name), SipValueScanner.MsDiagnosticAttribute(value, name));
        }
    }
}
