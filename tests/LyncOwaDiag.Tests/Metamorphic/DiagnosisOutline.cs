using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>What a metamorphic comparison looks at in a result, and how a failure message shows it.</summary>
internal sealed record DiagnosisOutline(
    Verdict Verdict,
    string? VerdictReason,
    Finding? Top,
    IReadOnlyList<Finding> Findings,
    IReadOnlySet<string> NotChecked,
    IReadOnlySet<string> Fqdns,
    IReadOnlyList<ServerSummary> Servers,
    IReadOnlyList<string> FixCommands)
{
    public static DiagnosisOutline Of(DiagnosisResult result)
    {
        var all = result.Findings.SelectMany(Flatten).ToList();
        return new(
            result.Verdict,
            result.VerdictReason,
            result.Findings.Count > 0 ? result.Findings[0] : null,
            all,
            result.NotChecked.Select(n => n.RuleId).ToHashSet(StringComparer.Ordinal),
            result.Servers.Where(s => s.Fqdn is not null && !s.IsGuess).Select(s => s.Fqdn!).ToHashSet(StringComparer.OrdinalIgnoreCase),
            result.Servers,
            all.SelectMany(f => f.Fix).Select(f => f.Command).OfType<string>().ToList());
    }

    /// <summary>A finding and, below it, the findings it explains (their fixes are shown too).</summary>
    private static IEnumerable<Finding> Flatten(Finding finding) => finding.Consequences.SelectMany(Flatten).Prepend(finding);

    public string TopText => Top is null ? "(no finding)" : Describe(Top);

    public string Describe() =>
        $"verdict {Verdict} ({VerdictReason}); top {TopText}; findings [{string.Join(", ", Findings.Select(Describe))}]; "
        + $"not checked [{string.Join(", ", NotChecked.Order(StringComparer.Ordinal))}]; "
        + $"servers [{string.Join(", ", Servers.Select(Describe))}]";

    private static string Describe(Finding finding) => $"{finding.RuleId} ({finding.Severity}, {finding.Confidence})";

    private static string Describe(ServerSummary server) =>
        $"{server.Label}={server.Fqdn ?? "no FQDN"} ({server.Roles}{(server.IsGuess ? ", guess" : "")})";
}
