using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// The dialogs a report draws when a second read of the whole bundle would cost too much, or when the evidence is a
/// record that names no Call-ID (a TF_DIAG or TF_CONNECTION record): the records around each finding's SIPStack
/// evidence are read again by their location, and the dialog is the one the evidence names, or the one whose
/// message the Front End handled under the evidence's CLS correlation id.
/// </summary>
internal static class DialogsByLocation
{
    /// <summary>Bytes read either side of an evidence record: a dialog's messages lie close together in a trace.</summary>
    public const int Radius = 256 * 1024;

    /// <summary>Evidence records tried per finding before it is given up.</summary>
    private const int TriedPerFinding = 3;

    public static IReadOnlyList<DialogLadder> Find(TimelineSession session, IEnumerable<Finding> findings, HashSet<string> drawn, int max)
    {
        var ladders = new List<DialogLadder>();
        foreach (var finding in findings)
        {
            foreach (var evidence in finding.Evidence.Take(TriedPerFinding))
            {
                if (ladders.Count >= max)
                {
                    return ladders;
                }

                if (Dialog(session, evidence) is not var (callId, messages) || !drawn.Add(callId))
                {
                    continue;
                }

                ladders.Add(FailingDialogs.Ladder(callId, messages));
                break;
            }
        }

        return ladders;
    }

    private static (string CallId, List<TimelineEvent> Messages)? Dialog(TimelineSession session, Evidence evidence)
    {
        var window = session.ReadAround(evidence.Location, Radius);
        var at = window.FirstOrDefault(e => e.Location.FirstLine == evidence.Location.FirstLine);
        if (at is null)
        {
            return null;
        }

        var callId = at.KeyValue(KeyKind.CallId) ?? CallOfCorrelation(window, at);
        if (callId is null)
        {
            return null;
        }

        var messages = window.Where(e => e.Payload is SipMessage && e.HasKey(KeyKind.CallId, callId)).ToList();
        return messages.Count == 0 ? null : (callId, messages);
    }

    /// <summary>The Call-ID of the message logged under the record's CLS correlation id on the same host, if the window holds it.</summary>
    private static string? CallOfCorrelation(IReadOnlyList<TimelineEvent> window, TimelineEvent record)
    {
        var ids = record.Keys.Where(k => k.Kind == KeyKind.CorrelationId).Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return null;
        }

        // The message nearest the record: correlation ids are a server's counter and come round again.
        return window.Where(e => e.Payload is SipMessage && string.Equals(e.Host, record.Host, StringComparison.OrdinalIgnoreCase)
                && e.Keys.Any(k => k.Kind == KeyKind.CorrelationId && ids.Contains(k.Value)))
            .OrderBy(e => Math.Abs(e.Location.ByteOffset - record.Location.ByteOffset))
            .Select(e => e.KeyValue(KeyKind.CallId))
            .FirstOrDefault(c => c is not null);
    }
}
