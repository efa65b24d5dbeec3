namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The message texts of Exchange 2013's OWA InstantMessaging log (reference/owa-im.md §1.4), filled in. Kept apart
/// from <see cref="ImLog"/> so scenarios read like the log they describe.
/// </summary>
internal static class ImText
{
    private const string Provider = "InstantMessageOCSProvider.";
    private const string Init = Provider + "InitializeEndpointManager. ";

    public const string UcwebDll = @"C:\Program Files\Microsoft UCMA 4.0\Runtime\SSP\Microsoft.Rtc.Internal.Ucweb.dll";

    public static string Initializing(int port) => Init + $"Initializing Endpoint with port number : {port}";

    public const string Initialized = Init + "EndpointManager initialized successfully";

    public const string GlobalsSuccess = "Globals.Initialize: Success!";

    public const string GlobalsFailed = "Globals.Initialize: Initialization failed.";

    public const string DisabledByWebConfig = "Globals.Initialize: OWA2 Instant Messaging integration is disabled by web.config.";

    public const string NoRegistry = Init + "No registry setting for IM Provider.";

    public static string ProviderNotFound(string path) => Init + $"IM provider not found.  File: {path}";

    public static string InitException(string exception) => Init + $"Exception hit while initializing.  Exception: {exception}";

    public static string CertificateNotFound(string thumbprint) => $"IM Certificate with thumbprint {thumbprint} could not be found.";

    public const string CertificateExpired = "IM Certificate has expired.";

    public const string CertificateNotYetValid = "IM Certificate has not become valid yet.";

    public const string CertificateExpiring = "IM Certificate will expire soon.";

    public const string CertificateNoPrivateKey = "IM Certificate does not have a private key.";

    public const string Disposing = Provider + "DisposeEndpointManager. Disposing EndpointManager";

    public const string BeginSignIn = Provider + "CreateEndpointAndBeginSignIn";

    /// <summary>The TracingContext of user-level rows: <c>User=…, Sip address=…, Lyncserver=…</c>.</summary>
    public static string Context(CorpusUser user, string lyncServer) =>
        $"User={user.Smtp}, Sip address={user.Sip}, Lyncserver={lyncServer}";

    public static string SignInCallback(CorpusUser user, string lyncServer) =>
        Provider + $"SignInCallback. Context: {Context(user, lyncServer)}";

    public static string SignInFailed(CorpusUser user, string lyncServer, string exception) =>
        Provider + $"SignInCallback failed. Context {Context(user, lyncServer)}, Exception: {exception}";

    public static string IgnoredAfterClose(CorpusUser user, string lyncServer, string exception) =>
        Provider + $"SignInCallback. Ignoring exception after the connection is closed: Context {Context(user, lyncServer)}, Exception: {exception}";

    public static string CreateEndpointFailed(string exception) => Provider + $"EndpointManager.CreateEndpoint failed. {exception}";

    public static string Unavailable(CorpusUser user, string lyncServer, string method, string serviceError, string exception) =>
        Provider + $"GenerateInstantMessageUnavailablePayload. Context: {Context(user, lyncServer)}. endPoint: null, MethodName: {method}, InstantMessageServiceError: {serviceError}, Exception: {exception}";

    public const string SendingUnavailable = Provider + "GenerateInstantMessageUnavailablePayload. Sending UN response to the client";

    public static string PayloadNotPicked(CorpusUser user) =>
        $"InstantMessageNotifier.LogPayloadNotPickedEvent. Payload has grown too large without being picked up. User: {user.Sip}";
}
