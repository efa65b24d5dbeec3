using LyncOwaDiag.Parsing.Sip;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.Sip;

/// <summary>One assertion per real message from the sipe project's captures (shared/real-samples/sipstack-sipe).</summary>
public class RealSampleTests
{
    [RealSampleFact]
    public void MsDiagnosticsPublic4141_UserDisabled()
    {
        var lines = RealSamples.Lines("14-ms-diagnostics-public-4141-user-disabled.txt");
        Assert.True(SipValueParser.TryParseMsDiagnostic(RealSamples.HeaderValue(lines, "ms-diagnostics-public"), out var diagnostic, out var error), error);
        Assert.Equal((4141, "User disabled"), (diagnostic!.Code, diagnostic.Reason));
    }

    [RealSampleFact]
    public void MsDiagnostics1004_CarriesItsErrorType()
    {
        var lines = RealSamples.Lines("15-ms-diagnostics-1004-481-route-set.txt");
        Assert.True(SipValueParser.TryParseMsDiagnostic(RealSamples.HeaderValue(lines, "ms-diagnostics"), out var diagnostic, out var error), error);
        Assert.Equal((1004, "Connection identifier encoded into the route set references a connection instance that no longer exists"),
            (diagnostic!.Code, diagnostic.Attribute("ErrorType")));
    }

    [RealSampleFact]
    public void MsDiagnostics20000_On503_NamesGroupChat()
    {
        var text = string.Join("\r\n", RealSamples.Lines("16-ms-diagnostics-20000-503-groupchat.txt"));
        Assert.True(RawSipMessageParser.TryParse(text, out var message, out var error), error);
        Assert.True(SipValueParser.TryParseMsDiagnostic(message!.Value("ms-diagnostics")!, out var diagnostic, out error), error);
        Assert.Equal((503, 20000, "GroupChat"), (message.StartLine.StatusCode, diagnostic!.Code, diagnostic.Attribute("component")));
    }

    [RealSampleFact]
    public void RegisterOk_ContactCarriesTheGruu()
    {
        var ok = RealSamples.CStringMessages("17-oc2007r2-register-200ok-uccapi-gruu.txt")[1];
        Assert.True(RawSipMessageParser.TryParse(ok, out var message, out var error), error);
        Assert.True(SipValueParser.TryParseNameAddressList(message!.Value("Contact")!, out var contacts, out error), error);
        Assert.Equal("sip:user@cosmo.local;opaque=user:epid:21nYNIVlkV-jtN6FPBU0fQAA;gruu", Assert.Single(contacts!).Parameter("gruu"));
    }

    [RealSampleFact]
    public void Ringing_PAssertedIdentityInUpperCase_IsAUser()
    {
        var ringing = RealSamples.CStringMessages("18-ocs-180-ringing-rtcc-server-gruu-pai.txt")[0];
        Assert.True(RawSipMessageParser.TryParse(ringing, out var message, out var error), error);
        Assert.True(SipValueParser.TryParseNameAddress(message!.Value("p-asserted-identity")!, out var identity, out error), error);
        Assert.Equal(("recipient", "sip:recipient@company.com"), (identity!.DisplayName, identity.Uri.AddressOfRecord));
    }

    [RealSampleFact]
    public void ClientDiagnostics52017_EncryptionLevels()
    {
        var lines = RealSamples.Lines("19-ms-client-diagnostics-52017-488-and-warning-310.txt");
        Assert.True(SipValueParser.TryParseMsDiagnostic(RealSamples.HeaderValue(lines, "ms-client-diagnostics"), out var diagnostic, out var error), error);
        Assert.Equal((52017, "Encryption levels dont match"), (diagnostic!.Code, diagnostic.Reason));
    }

    [RealSampleFact]
    public void Warning310_RecommendedClientVersion()
    {
        var lines = RealSamples.Lines("19-ms-client-diagnostics-52017-488-and-warning-310.txt");
        Assert.True(SipValueParser.TryParseWarning(RealSamples.HeaderValue(lines, "Warning"), out var warning, out var error), error);
        Assert.Equal((310, "lcs.microsoft.com", "You are currently not using the recommended version of the client"), (warning!.Code, warning.Agent, warning.Text));
    }
}
