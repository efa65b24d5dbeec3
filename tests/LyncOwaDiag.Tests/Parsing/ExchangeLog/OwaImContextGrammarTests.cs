using LyncOwaDiag.Parsing.ExchangeLog.OwaIm;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.ExchangeLog;

public class OwaImContextGrammarTests
{
    [Theory]
    [InlineData("DEBUG:InstantMessageOCSProvider.InitializeEndpointManager. Initializing Endpoint with port number : 5075", "DEBUG", "InstantMessageOCSProvider.InitializeEndpointManager", "Initializing Endpoint with port number : 5075")]
    [InlineData("DEBUG:Globals.Initialize: Success!", "DEBUG", "Globals.Initialize", "Success!")]
    [InlineData("DEBUG:IM Certificate has expired.", "DEBUG", null, "IM Certificate has expired.")]
    [InlineData("ERROR:InstantMessageOCSProvider.EndpointManager.CreateEndpoint failed. boom", "ERROR", "InstantMessageOCSProvider.EndpointManager.CreateEndpoint", "failed. boom")]
    [InlineData("Cryptographic exception is thrown: x", null, null, "Cryptographic exception is thrown: x")]
    public void Head_PrefixMethodAndText(string context, string? prefix, string? method, string text)
    {
        var parsed = OwaImContextGrammar.Read(context);
        Assert.Equal((prefix, method, text), (parsed.Prefix, parsed.Method, parsed.Text));
    }

    [Fact]
    public void SignInFailure_ContextTripleAndException()
    {
        var parsed = OwaImContextGrammar.Read("ERROR:InstantMessageOCSProvider.SignInCallback failed. Context User=kim@litwareinc.com, Sip address=sip:kim@litwareinc.com, Lyncserver=atl-cs-001.litwareinc.com, Exception: Microsoft.Rtc.Internal.Ucweb.UcwebException: (504) Server time-out.\n   at A.B()\n   at C.D()");
        Assert.Equal(("kim@litwareinc.com", "sip:kim@litwareinc.com", "atl-cs-001.litwareinc.com"), (parsed.User, parsed.SipAddress, parsed.LyncServer));
        Assert.Equal("Microsoft.Rtc.Internal.Ucweb.UcwebException: (504) Server time-out.", parsed.ExceptionSummary);
        Assert.Equal("   at A.B()\n   at C.D()", parsed.ExceptionDetail);
    }

    [Fact]
    public void UnavailablePayload_ServiceErrorAndMethodName()
    {
        var parsed = OwaImContextGrammar.Read("ERROR:InstantMessageOCSProvider.GenerateInstantMessageUnavailablePayload. Context: User=kim@litwareinc.com, Sip address=sip:kim@litwareinc.com, Lyncserver=atl-cs-001.litwareinc.com. endPoint: null, MethodName: SignInCallback, InstantMessageServiceError: SignInFailure, Exception: x");
        Assert.Equal(("SignInFailure", "SignInCallback", "atl-cs-001.litwareinc.com"), (parsed.ServiceError, parsed.MethodName, parsed.LyncServer));
    }

    [Theory]
    [InlineData("DEBUG:IM Certificate with thumbprint 7A3F9C2E could not be found.", "not-found", "7A3F9C2E")]
    [InlineData("DEBUG:IM Certificate has not become valid yet.", "not-yet-valid", null)]
    [InlineData("DEBUG:IM Certificate will expire soon.", "expiring", null)]
    [InlineData("DEBUG:IM Certificate does not have a private key.", "no-private-key", null)]
    public void Certificate_StateAndThumbprint(string context, string state, string? thumbprint)
    {
        var parsed = OwaImContextGrammar.Read(context);
        Assert.Equal((state, thumbprint), (parsed.CertificateState, parsed.Thumbprint));
    }

    [Fact]
    public void PortFileAndPayloadUser()
    {
        Assert.Equal(5076, OwaImContextGrammar.Read("DEBUG:InstantMessageOCSProvider.InitializeEndpointManager. Initializing Endpoint with port number : 5076").Port);
        Assert.Equal(@"C:\Program Files\Microsoft UCMA 4.0\Runtime\SSP\Microsoft.Rtc.Internal.Ucweb.dll",
            OwaImContextGrammar.Read(@"ERROR:InstantMessageOCSProvider.InitializeEndpointManager. IM provider not found.  File: C:\Program Files\Microsoft UCMA 4.0\Runtime\SSP\Microsoft.Rtc.Internal.Ucweb.dll").File);
        Assert.Equal("sip:diego@litwareinc.com", OwaImContextGrammar.Read("ERROR:InstantMessageNotifier.LogPayloadNotPickedEvent. Payload has grown too large without being picked up. User: sip:diego@litwareinc.com").User);
    }

    [Fact]
    public void NullValuesInTheTracingContext_AreAbsent()
    {
        var parsed = OwaImContextGrammar.Read("DEBUG:InstantMessageOCSProvider.SignInCallback. Context: User=null, Sip address=null, Lyncserver=null");
        Assert.Equal((null, null, null), (parsed.User, parsed.SipAddress, parsed.LyncServer));
    }

    public static TheoryData<string> SampleContexts()
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleTraces, "formats", "owa-im")).Order(StringComparer.Ordinal))
        {
            var (events, _) = ExchangeLogRead.Text(File.ReadAllText(file));
            foreach (var entry in events.Select(e => e.Payload).OfType<Model.OwaImEntry>().Where(e => seen.Add(e.Context)))
            {
                data.Add(entry.Context);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleContexts))]
    public void HotPathKeys_EqualTheGrammar(string context)
    {
        var parsed = OwaImContextGrammar.Read(context);
        var (user, sip, server, thumbprint) = OwaImKeys.Extract(context);
        Assert.Equal((parsed.User, parsed.SipAddress, parsed.LyncServer, parsed.Thumbprint), (user, sip, server, thumbprint));
    }

    [Fact]
    public void EveryDocumentedMessage_IsClassified()
    {
        string[] contexts =
        [
            "ERROR:InstantMessageOCSProvider.InitializeEndpointManager. No registry setting for IM Provider.",
            "ERROR:InstantMessageOCSProvider.InitializeEndpointManager. IM provider not found.  File: x.dll",
            "DEBUG:InstantMessageOCSProvider.InitializeEndpointManager. EndpointManager initialized successfully",
            "DEBUG:Globals.Initialize: OWA2 Instant Messaging integration is disabled by web.config.",
            "DEBUG:IM Certificate has expired.",
            "ERROR:InstantMessageOCSProvider.SignInCallback failed. Context User=a, Sip address=b, Lyncserver=c, Exception: d",
            "DEBUG:InstantMessageOCSProvider.SignInCallback. Context: User=a, Sip address=b, Lyncserver=c",
        ];
        Assert.Equal(
            ["no-registry-setting", "provider-not-found", "endpoint-manager-initialized", "disabled-by-webconfig", "certificate-expired", "sign-in-failed", "sign-in-callback"],
            contexts.Select(c => OwaImMessages.Classify(c).Id));
    }
}
