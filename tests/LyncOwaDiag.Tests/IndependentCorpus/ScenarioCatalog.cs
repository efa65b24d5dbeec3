namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Every scenario of the independent corpus, by name.</summary>
internal static class ScenarioCatalog
{
    private static readonly Lazy<IReadOnlyList<CorpusScenario>> Scenarios = new(() =>
    [
        .. HealthyScenarios.All(),
        .. ExchangeSetupScenarios.All(),
        .. CertificateScenarios.All(),
        .. LyncTopologyScenarios.All(),
        .. RuntimeScenarios.All(),
    ]);

    public static IReadOnlyList<CorpusScenario> All => Scenarios.Value;

    public static CorpusScenario Named(string name) => All.Single(s => s.Name == name);

    /// <summary>
    /// The cause ids of KNOWLEDGE.md's table (CERT-EXPIRED / CERT-NOT-YET-VALID / CERT-EXPIRING share a row), copied
    /// here so the coverage check needs no shared folder.
    /// </summary>
    public static IReadOnlyList<string> DocumentedCauses { get; } =
    [
        "UCMA-MISSING", "UCMA-DLL-NOT-FOUND", "UCMA-LOAD-FAILED", "WEBCONFIG-IMSERVERNAME-MISSING", "WEBCONFIG-THUMBPRINT-MISSING",
        "WEBCONFIG-KEYS-MISPLACED", "WEBCONFIG-RESET-BY-CU", "CERT-NOT-FOUND", "CERT-EXPIRED", "CERT-NOT-YET-VALID", "CERT-EXPIRING",
        "CERT-NO-PRIVATE-KEY", "CERT-NAME-MISMATCH", "CERT-UNTRUSTED", "TRUSTED-APP-MISSING", "TRUSTED-APP-DUPLICATE",
        "TOPOLOGY-NOT-ENABLED", "SITE-ID-WRONG", "WRONG-IMSERVERNAME", "LYNC-UNREACHABLE", "VDIR-IM-TYPE-NONE", "VDIR-IM-ON-BACKEND",
        "POLICY-IM-DISABLED", "APPPOOL-NOT-RECYCLED", "USER-NOT-ENABLED", "IM-ENABLED-NOT-INTEGRATED", "ENDPOINT-MANAGER-NOT-INITIALISED",
        "IM-LOG-FOLDER-MISSING", "EXCHANGE-2010-LIMITS", "UM-DIALPLAN-ROUTING", "CLOCK-SKEW", "OWA2-IM-DISABLED-BY-WEBCONFIG",
        "VDIR-IM-SETTINGS-IGNORED", "IM-PAYLOAD-NOT-PICKED", "TRACE-INSUFFICIENT",
    ];
}
