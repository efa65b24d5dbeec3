using System.Globalization;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Vocabulary;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>
/// Which events are signals that need explaining (docs/design.md#unexplained-signals) and how they group: errors and warnings of the
/// providers that take part in the integration (<see cref="ProductVocabulary.IntegrationProviders"/>), SIP final responses of 400 and above, IM log errors and SIPStack
/// error records. Errors of other providers are only counted.
/// </summary>
internal static class SignalSignature
{
    /// <summary>The signature of a signal, or null for an event that is none.</summary>
    public static string? Of(TimelineEvent e) => e.Payload switch
    {
        EventLogRecord r when e.Severity <= Severity.Warning && IsRelevant(r.Provider) => $"{r.Provider} {r.EventId.ToString(CultureInfo.InvariantCulture)}",
        SipMessage { StatusCode: >= 400 } m => Sip(e, m),
        OwaImEntry i when e.Severity <= Severity.Error => $"OWA IM: {i.Message ?? EventEvidence(i.Context)}",
        SipStackRecord s when e.Severity <= Severity.Error && s.ResultCode is { } code => $"SIPStack {s.LogType ?? "record"}: {code}",
        _ => null,
    };

    /// <summary>An error of a provider outside the integration: counted, not listed.</summary>
    public static bool IsOtherError(TimelineEvent e) =>
        e.Payload is EventLogRecord r && e.Severity <= Severity.Error && !IsRelevant(r.Provider);

    private static bool IsRelevant(string provider) =>
        ProductVocabulary.IntegrationProviders.Contains(provider, StringComparer.OrdinalIgnoreCase)
        || ProductVocabulary.IntegrationProviderPrefixes.Any(p => provider.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static string Sip(TimelineEvent e, SipMessage m)
    {
        var codes = EventFields.Read(e, "sip.msDiagnostics.code").Select(v => v.Text).ToList();
        var status = m.StatusCode!.Value.ToString(CultureInfo.InvariantCulture);
        return codes.Count == 0 ? $"SIP {status} to {m.TransactionMethod}" : $"SIP {status} to {m.TransactionMethod}, ms-diagnostics {string.Join(",", codes)}";
    }

    private static string EventEvidence(string context)
    {
        var firstLine = context.Split('\n')[0].Trim();
        return firstLine.Length <= 80 ? firstLine : firstLine[..79] + "…";
    }
}
