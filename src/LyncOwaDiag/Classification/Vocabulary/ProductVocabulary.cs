namespace LyncOwaDiag.Classification.Vocabulary;

/// <summary>
/// The product names the classification engine itself must know, each with why. What is specific to a cause lives
/// in the rule files; what is here is what the engine needs beside any rule. An architecture test keeps such names
/// out of the engine's other files, so that this list stays the whole of it.
/// </summary>
internal static class ProductVocabulary
{
    /// <summary>
    /// Where a bundle states its releases: a rule's <c>versions:</c> holds only when the releases found are among
    /// its own (docs/design.md#rules), and these properties are all the engine looks at to find them.
    /// </summary>
    public static readonly IReadOnlyList<VersionSource> VersionSources =
    [
        // The collector's manifest records the builds it saw on the server.
        new("exchange", null, "exchangeVersion", ProductVersions.Exchange),
        // A hand-gathered bundle has no manifest, but often Get-ExchangeServer's output.
        new("exchange", "Get-ExchangeServer", "AdminDisplayVersion", ProductVersions.Exchange),
        new("lync", null, "lyncVersion", ProductVersions.Lync),
    ];

    /// <summary>
    /// The event-log providers that take part in the integration: their errors and warnings are signals that need
    /// explaining (docs/design.md#unexplained-signals); other providers' errors are only counted.
    /// </summary>
    public static readonly IReadOnlyList<string> IntegrationProviders = ["MSExchange OWA", "Schannel", "MSExchange ManagedAvailability"];

    /// <summary>As <see cref="IntegrationProviders"/>, by the start of the name: Lync's and OCS's providers are many and versioned.</summary>
    public static readonly IReadOnlyList<string> IntegrationProviderPrefixes = ["LS ", "LS-", "OCS ", "MSExchange OWA"];

    /// <summary>
    /// Snapshot scopes that are one settings file rather than a list of objects: every key of one file makes one
    /// object, wherever it stands, so that a rule compares keys across the whole file. A cmdlet's objects are told
    /// apart by name instead.
    /// </summary>
    public static readonly IReadOnlyList<string> SingleObjectScopes = ["web.config"];

    /// <summary>
    /// The front end's (Client Access) copy of OWA's web.config, <c>…\FrontEnd\HttpProxy\owa\web.config</c>: OWA's IM
    /// reads its keys from the back end's <c>ClientAccess\Owa\web.config</c> only. A web.config the collector's manifest
    /// says it copied from that path is put in this scope instead of <c>web.config</c>, so rules about OWA's settings
    /// do not read the proxy's, and a rule can name keys put there by mistake.
    /// </summary>
    public const string FrontEndWebConfigScope = "front-end web.config";

    /// <summary>The scope of a snapshot file the collector copied from <paramref name="serverPath"/>, its reader having given it <paramref name="declaredScope"/>.</summary>
    public static string ScopeOfCopy(string declaredScope, string serverPath) =>
        declaredScope.Equals("web.config", StringComparison.OrdinalIgnoreCase)
        && serverPath.Replace('/', '\\').Contains("\\FrontEnd\\HttpProxy\\", StringComparison.OrdinalIgnoreCase)
            ? FrontEndWebConfigScope
            : declaredScope;

    /// <summary>
    /// The ms-diagnostics attributes that carry a result code, in the order they are tried: the <c>resultCode</c>
    /// and <c>resultName</c> fields read a SIP response's code from them.
    /// </summary>
    public static readonly IReadOnlyList<string> ResultCodeAttributes = ["HRESULT", "WinsockFailureCode"];
}
