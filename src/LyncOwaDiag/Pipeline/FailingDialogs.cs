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

    /// <summary>The Call-IDs whose ladders this draws.</summary>
    public IReadOnlySet<string> CallIds => _callIds;

    public void Observe(TimelineEvent e)
    {
        if (e.Payload is SipMessage { CallId: { } c } && _callIds.Contains(c))
        {
            _messages.Add(e);
        }
    }

    public IReadOnlyList<DialogLadder> Ladders() =>
        _messages.GroupBy(e => ((SipMessage)e.Payload!).CallId!, StringComparer.OrdinalIgnoreCase)
            .Select(g => Ladder(g.Key, g.ToList(), width))
            .ToList();

    /// <summary>One dialog's ladder, text and SVG, from its messages in timeline order.</summary>
    public static DialogLadder Ladder(string callId, IReadOnlyList<TimelineEvent> messages, int width = 100)
    {
        var span = $"{messages.Count} message{(messages.Count == 1 ? string.Empty : "s")}, {TimeQualityText.Format(messages[0].Timestamp, messages[0].TimeQuality)} to {TimeQualityText.Format(messages[^1].Timestamp, messages[^1].TimeQuality)}";
        return new DialogLadder(callId, span, LadderRenderer.Render(messages, width), LadderRenderer.Svg(messages));
    }
}
