using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// The ladders of the dialogs a report should show: those whose messages are evidence of a finding. They take a
/// second read of the inputs, done only when a report asks, and keep only the messages of those few Call-IDs.
/// </summary>
public static class FailingDialogs
{
    public const int MaxDialogs = 3;

    public static IReadOnlyList<DialogLadder> Draw(DiagnoseOptions options, DiagnosisResult result, int width = 100)
    {
        var callIds = result.Findings.SelectMany(f => f.Consequences.Prepend(f)).SelectMany(f => f.CallIds)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxDialogs).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (callIds.Count == 0)
        {
            return [];
        }

        using var session = TimelineSession.Open(options);
        return session.Events()
            .Where(e => e.Payload is SipMessage { CallId: { } c } && callIds.Contains(c))
            .GroupBy(e => ((SipMessage)e.Payload!).CallId!, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var list = g.ToList();
                var span = $"{list.Count} message{(list.Count == 1 ? string.Empty : "s")}, {TimeQualityText.Format(list[0].Timestamp, list[0].TimeQuality)} to {TimeQualityText.Format(list[^1].Timestamp, list[^1].TimeQuality)}";
                return new DialogLadder(g.Key, span, LadderRenderer.Render(list, width), LadderRenderer.Svg(list));
            })
            .ToList();
    }
}
