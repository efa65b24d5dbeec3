using LyncOwaDiag.Parsing.Sip;

namespace LyncOwaDiag.Tests.Parsing.Sip;

public class SipGrammarTests
{
    [Theory]
    [InlineData("INVITE sip:kim@litwareinc.com;opaque=user:epid:Hq3;gruu SIP/2.0", "INVITE", "sip:kim@litwareinc.com;opaque=user:epid:Hq3;gruu", null, null)]
    [InlineData("SERVICE sip:atl-cs-001.litwareinc.com@litwareinc.com;gruu;opaque=srvr:HomeServer:AbCdEf SIP/2.0", "SERVICE", "sip:atl-cs-001.litwareinc.com@litwareinc.com;gruu;opaque=srvr:HomeServer:AbCdEf", null, null)]
    [InlineData("SIP/2.0 504 Server time-out", null, null, 504, "Server time-out")]
    [InlineData("SIP/2.0 200 OK", null, null, 200, "OK")]
    [InlineData("sip/2.0 180", null, null, 180, "")]
    public void StartLine_RequestOrStatus(string text, string? method, string? uri, int? status, string? reason)
    {
        Assert.True(SipValueParser.TryParseStartLine(text, out var line, out var error), error);
        Assert.Equal((method, uri, status, reason), (line!.Method, line.RequestUri, line.StatusCode, line.ReasonPhrase));
    }

    [Theory]
    [InlineData("SIP/2.0 50 Bad", "column 9: expected status code, found '5'")]
    [InlineData("INVITE sip:kim@litwareinc.com", "column 30: expected ' ', found end of line")]
    [InlineData("INVITE  SIP/2.0", "column 16: expected ' ', found end of line")]
    public void StartLine_Errors(string text, string expected)
    {
        Assert.False(SipValueParser.TryParseStartLine(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("sip:kim@litwareinc.com", "sip", "kim", "litwareinc.com", null, "sip:kim@litwareinc.com")]
    [InlineData("SIP:recipient@company.com", "SIP", "recipient", "company.com", null, "sip:recipient@company.com")]
    [InlineData("sip:atl-owa-001.litwareinc.com:5075;transport=tls;ms-opaque=a1b2", "sip", null, "atl-owa-001.litwareinc.com", 5075, "sip:atl-owa-001.litwareinc.com")]
    [InlineData("sips:[2001:db8::1]:5061", "sips", null, "[2001:db8::1]", 5061, "sips:[2001:db8::1]")]
    [InlineData("tel:+14255550100", "tel", null, "+14255550100", null, "tel:+14255550100")]
    public void Uri_Parts(string text, string scheme, string? user, string host, int? port, string aor)
    {
        Assert.True(SipValueParser.TryParseUri(text, out var uri, out var error), error);
        Assert.Equal((scheme, user, host, port, aor), (uri!.Scheme, uri.User, uri.Host, uri.Port, uri.AddressOfRecord));
    }

    [Fact]
    public void Uri_Parameters_KeepOrderAndBareFlags()
    {
        Assert.True(SipValueParser.TryParseUri("sip:kim@litwareinc.com;opaque=user:epid:Hq3;gruu", out var uri, out var error), error);
        Assert.Equal("user:epid:Hq3", uri!.Parameter("opaque"));
        Assert.True(uri.HasParameter("gruu"));
    }

    [Theory]
    [InlineData("\"Kim Akers\" <sip:kim@litwareinc.com>;tag=9a8b7c;epid=01020304", "Kim Akers", "sip:kim@litwareinc.com", "9a8b7c")]
    [InlineData("\"recipient\"<SIP:recipient@company.com>", "recipient", "sip:recipient@company.com", null)]
    [InlineData("Kim Akers <sip:kim@litwareinc.com>;tag=x", "Kim Akers", "sip:kim@litwareinc.com", "x")]
    [InlineData("<sip:kim@litwareinc.com>", null, "sip:kim@litwareinc.com", null)]
    [InlineData("sip:kim@litwareinc.com;tag=plain", null, "sip:kim@litwareinc.com", "plain")]
    public void NameAddress_DisplayNameUriAndTag(string text, string? display, string aor, string? tag)
    {
        Assert.True(SipValueParser.TryParseNameAddress(text, out var address, out var error), error);
        Assert.Equal((display, aor, tag), (address!.DisplayName, address.Uri.AddressOfRecord, address.Parameter("tag")));
    }

    [Fact]
    public void Contact_QuotedParametersWithSemicolonsAndCommas()
    {
        var text = "<sip:192.168.172.6:12723;transport=tls;ms-opaque=fad3dfab32>;methods=\"INVITE, MESSAGE, BYE\";proxy=replace;+sip.instance=\"<urn:uuid:34D859DB>\"";
        Assert.True(SipValueParser.TryParseNameAddressList(text, out var list, out var error), error);
        var contact = Assert.Single(list!);
        Assert.Equal("INVITE, MESSAGE, BYE", contact.Parameter("methods"));
        Assert.Equal("<urn:uuid:34D859DB>", contact.Parameter("+sip.instance"));
        Assert.Equal("tls", contact.Uri.Parameter("transport"));
    }

    [Fact]
    public void Via_SeveralHopsWithParameters()
    {
        Assert.True(SipValueParser.TryParseVia("SIP/2.0/tls 192.168.44.10:50230;received=10.117.245.254;ms-received-port=50230, SIP/2.0/TLS 10.0.0.1:5061;branch=z9", out var via, out var error), error);
        Assert.Equal(2, via!.Count);
        Assert.Equal(("TLS", "192.168.44.10", 50230), (via[0].Transport, via[0].Host, via[0].Port));
        Assert.Equal("50230", via[0].Parameters.Single(p => p.Name == "ms-received-port").Value);
    }

    [Theory]
    [InlineData("3 SERVICE", 3, "SERVICE")]
    [InlineData("  12\tBENOTIFY ", 12, "BENOTIFY")]
    public void CSeq_NumberAndMethod(string text, long number, string method)
    {
        Assert.True(SipValueParser.TryParseCSeq(text, out var cseq, out var error), error);
        Assert.Equal((number, method), (cseq!.Number, cseq.Method));
    }

    [Theory]
    [InlineData("1010; reason =\"Certificate trust with another server could not be established\";ErrorType=\"The peer certificate does not contain a matching FQDN\"; tls-target =\" atl-owa-001.litwareinc.com \"; PeerServer =\" atl-owa-001.litwareinc.com \";HRESULT=\"0x80090322(SEC_E_WRONG_PRINCIPAL)\";source=\"atl-cs-001.litwareinc.com\"",
        1010, null, "atl-cs-001.litwareinc.com", "Certificate trust with another server could not be established")]
    [InlineData("1034;reason=\"Previous hop federated peer did not report diagnostic information\";Domain=\"fabrikam.com\";PeerServer=\"sip.fabrikam.com\";source=\"sip.contoso.com\"",
        1034, null, "sip.contoso.com", "Previous hop federated peer did not report diagnostic information")]
    [InlineData("10003;source=\"med01.contoso.com\";reason=\"Proxy returned a SIP failure code\";component=\"MediationServer\";SipResponseCode=\"404\"",
        10003, null, "med01.contoso.com", "Proxy returned a SIP failure code")]
    [InlineData("1027;reason=\u201DCannot route this type of SIP request to or from federated partners\u201D;source=\u201Dedge.contoso.com\u201D",
        1027, null, "edge.contoso.com", "Cannot route this type of SIP request to or from federated partners")]
    [InlineData("2000004;reason=\"The token is invalid\";error_category=\"invalid_tenant\"", 2000004, null, null, "The token is invalid")]
    [InlineData("4005.2;reason=\"Destination URI either not enabled for SIP or does not exist\";", 4005, 2, null, "Destination URI either not enabled for SIP or does not exist")]
    public void MsDiagnostics_AnyOrderSpacesQuotesAndSubCodes(string text, int code, int? sub, string? source, string reason)
    {
        Assert.True(SipValueParser.TryParseMsDiagnostic(text, out var d, out var error), error);
        Assert.Equal((code, sub, source, reason), (d!.Code, d.SubCode, d.Source, d.Reason));
    }

    [Fact]
    public void MsDiagnostics_HResultAndWinsockCodes_AreNormalised()
    {
        Assert.True(SipValueParser.TryParseMsDiagnostic("1010;HRESULT=\"0x80090322(SEC_E_WRONG_PRINCIPAL)\"", out var cert, out _));
        Assert.Equal(new Model.ResultCode(0x80090322, "SEC_E_WRONG_PRINCIPAL"), cert!.ResultCode);
        Assert.True(SipValueParser.TryParseMsDiagnostic("1046;reason=\"Failed to connect to a peer server\";WinsockFailureCode=\"10061(WSAECONNREFUSED)\"", out var socket, out _));
        Assert.Equal(new Model.ResultCode(0x8007274D, "WSAECONNREFUSED", 10061), socket!.ResultCode);
    }

    [Fact]
    public void MsDiagnostics_Error_NamesThePlace()
    {
        Assert.False(SipValueParser.TryParseMsDiagnostic("reason=\"no code\"", out _, out var error));
        Assert.Equal("column 1: expected diagnostic code, found 'r'", error);
    }
}
