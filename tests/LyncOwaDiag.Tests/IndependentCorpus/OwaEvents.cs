using System.Globalization;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// MSExchange OWA instant-messaging events (reference/owa-im.md §2.1): category 9, insertion strings in the order of
/// the call site. Their English message texts were never found publicly; the renderings here only stand in for what
/// a CSV export would carry, and the evidence is the provider, id and level.
/// </summary>
internal static class OwaEvents
{
    private const string Source = "MSExchange OWA";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static CorpusEvent Initialized(CorpusHost host, DateTime at) =>
        Make(host, at, 112, EventLevel.Information, "The Instant Messaging Endpoint Manager was successfully initialized.", []);

    public static CorpusEvent NoRegistrySetting(CorpusHost host, DateTime at) =>
        Make(host, at, 83, EventLevel.Error,
            @"The instant messaging provider could not be loaded: the registry value SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging\ImplementationDLLPath is missing or empty (current value: '').",
            [@"SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging\ImplementationDLLPath", string.Empty]);

    public static CorpusEvent ProviderFileMissing(CorpusHost host, DateTime at, string path) =>
        Make(host, at, 84, EventLevel.Error, $"The instant messaging provider file {path} does not exist.", [path]);

    public static CorpusEvent ProviderLoadFailed(CorpusHost host, DateTime at, string path, string inner) =>
        Make(host, at, 87, EventLevel.Error, $"An exception was thrown while loading the instant messaging provider {path}: {inner}", [path, inner]);

    public static CorpusEvent CreateEndpointFailed(CorpusHost host, DateTime at, CorpusUser user, string exception) =>
        Make(host, at, 88, EventLevel.Error,
            $"Instant Messaging could not create the endpoint for {user.DisplayName}, {user.Sip}.\r\n{exception}",
            [user.DisplayName, user.Sip, exception]);

    public static CorpusEvent CertificateExpired(CorpusHost host, DateTime at, DateTime notAfterLocal) =>
        Make(host, at, 102, EventLevel.Error, $"The instant messaging certificate expired on {Local(notAfterLocal)}.", [Local(notAfterLocal)]);

    public static CorpusEvent CertificateNotFound(CorpusHost host, DateTime at, string thumbprint) =>
        Make(host, at, 103, EventLevel.Error, $"IM Certificate with thumbprint {thumbprint} could not be found.", [thumbprint]);

    public static CorpusEvent CertificateNotYetValid(CorpusHost host, DateTime at, DateTime notBeforeLocal) =>
        Make(host, at, 104, EventLevel.Error, $"The instant messaging certificate is not valid before {Local(notBeforeLocal)}.", [Local(notBeforeLocal)]);

    public static CorpusEvent CertificateExpiring(CorpusHost host, DateTime at, DateTime notAfterLocal) =>
        Make(host, at, 106, EventLevel.Warning, $"The instant messaging certificate will expire on {Local(notAfterLocal)}.", [Local(notAfterLocal)]);

    public static CorpusEvent PayloadNotPicked(CorpusHost host, DateTime at, CorpusUser user) =>
        Make(host, at, 74, EventLevel.Error, $"Instant messaging payload for {user.Sip} has grown too large without being picked up.", [user.Sip]);

    private static string Local(DateTime time) => time.ToString("M/d/yyyy h:mm:ss tt", English);

    private static CorpusEvent Make(CorpusHost host, DateTime at, int id, EventLevel level, string message, string[] data) => new()
    {
        Provider = Source,
        Id = id,
        Level = level,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = message,
        Data = data,
        Task = 9,
        TaskName = "(9)",
        Qualifiers = level switch { EventLevel.Error => 49156, EventLevel.Warning => 32772, _ => 16388 },
    };
}
