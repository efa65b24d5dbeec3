using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// The ladders of the dialogs a report should show: those whose messages are evidence of a finding. Fed by the
/// one extra read <see cref="ReportExtras"/> makes; keeps only the messages of those few Call-IDs.
/// </summary>
internal sealed class FailingDialogs(DiagnosisResult result, int width = 100)
{
    public const int MaxDialogs = 3;

    private readonly HashSet<string> _callIds = result.AllFindings.SelectMany(f => f.CallIds)
        .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxDialogs).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private readonly List<TimelineEvent> _messages = [];

    public bool Wanted => _callIds.Count > 0;

    public void Observe(TimelineEvent e)
    {
        if (e.Payload is SipMessage { CallId: { } c } && _callIds.Contains(c))
        {
            _messages.Add(e);
        }
    }

    public IReadOnlyList<DialogLadder> Ladders() =>
        _messages.GroupBy(e => ((SipMessage)e.Payload!).CallId!, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var list = g.ToList();
                var span = $"{list.Count} message{(list.Count == 1 ? string.Empty : "s")}, {TimeQualityText.Format(list[0].Timestamp, list[0].TimeQuality)} to {TimeQualityText.Format(list[^1].Timestamp, list[^1].TimeQuality)}";
                return new DialogLadder(g.Key, span, LadderRenderer.Render(list, width), LadderRenderer.Svg(list));
            })
            .ToList();
}
