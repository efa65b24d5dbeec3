using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.ExchangeLog.OwaIm;

/// <summary>
/// The documented messages of the OWA IM log (docs/formats.md#owa-im-log-messages) by a phrase each contains, with the severity
/// they deserve. The level column is not enough: certificate problems are written as DEBUG rows.
/// </summary>
internal static class OwaImMessages
{
    // Order matters: the first phrase found wins, so the more specific phrase of a pair comes first.
    private static readonly (string Phrase, string Id, Severity Severity)[] Table =
    [
        ("No registry setting for IM Provider.", "no-registry-setting", Severity.Error),
        ("IM provider not found.", "provider-not-found", Severity.Error),
        ("Failed during initialization of", "provider-type-init-failed", Severity.Error),
        ("No constructor found.", "no-constructor", Severity.Error),
        ("Exception hit while initializing.", "init-exception", Severity.Error),
        ("Initializing Endpoint with port number", "initializing-endpoint", Severity.Verbose),
        ("EndpointManager initialized successfully", "endpoint-manager-initialized", Severity.Info),
        ("Globals.Initialize: Success!", "globals-initialized", Severity.Info),
        ("Globals.Initialize: Initialization failed.", "globals-init-failed", Severity.Error),
        ("Instant Messaging integration is disabled by web.config.", "disabled-by-webconfig", Severity.Warning),
        ("could not be found.", "certificate-not-found", Severity.Error),
        ("IM Certificate has expired.", "certificate-expired", Severity.Error),
        ("IM Certificate has not become valid yet.", "certificate-not-yet-valid", Severity.Error),
        ("IM Certificate will expire soon.", "certificate-expiring", Severity.Warning),
        ("IM Certificate does not have a private key.", "certificate-no-private-key", Severity.Error),
        ("Cryptographic exception is thrown", "certificate-store-error", Severity.Error),
        ("Security exception is thrown", "certificate-store-error", Severity.Error),
        ("Argument exception is thrown", "certificate-store-error", Severity.Error),
        ("Disposing EndpointManager", "endpoint-manager-disposed", Severity.Info),
        ("CreateEndpointAndBeginSignIn", "sign-in-started", Severity.Verbose),
        ("CreateEndpoint failed.", "create-endpoint-failed", Severity.Error),
        ("SignInCallback failed.", "sign-in-failed", Severity.Error),
        ("SignInCallback. EndPoint is null.", "sign-in-endpoint-null", Severity.Error),
        ("SignInCallback. Ignoring exception", "sign-in-exception-ignored", Severity.Verbose),
        ("SignInCallback. Context", "sign-in-callback", Severity.Info),
        ("GenerateInstantMessageUnavailablePayload", "unavailable-payload", Severity.Error),
        ("Sending UN response to the client", "unavailable-sent", Severity.Warning),
        ("Not a single sipUri is valid", "no-valid-sip-uri", Severity.Error),
        ("Payload has grown too large without being picked up", "payload-not-picked", Severity.Error),
    ];

    public static (string? Id, Severity? Severity) Classify(string context)
    {
        foreach (var (phrase, id, severity) in Table)
        {
            if (context.Contains(phrase, StringComparison.Ordinal))
            {
                return (id, severity);
            }
        }

        return (null, null);
    }

    public static IEnumerable<string> Ids => Table.Select(t => t.Id).Distinct();
}
