using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>
/// Orders findings as docs/design.md#ranking says: a cause above the consequences it explains (folded under it), then
/// severity, then what the bundle shows about the servers before what it says of the bundle itself, then confidence. A finding explained by several causes folds under the first of them in rank order;
/// a cause that is itself explained folds with its consequences. A cause folds only what it is at least as sure of:
/// a low-confidence candidate does not swallow a certain finding. A low-confidence candidate whose every piece of
/// evidence a surer finding already cites is the same evidence read another way, and is dropped (the snapshots decided).
/// </summary>
internal static class FindingRanker
{
    public static IReadOnlyList<Finding> Rank(IReadOnlyList<Finding> findings, RuleSet rules)
    {
        var aboutEvidence = rules.Rules.Where(r => r.AboutEvidence).Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        (Severity, bool, Confidence, DateTimeOffset, string) Key(Finding f) =>
            (f.Severity, aboutEvidence.Contains(f.RuleId), f.Confidence, f.FirstSeen ?? DateTimeOffset.MaxValue, f.RuleId);

        var explains = rules.Rules.ToDictionary(r => r.Id, r => r.Explains.ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        bool Explains(Finding cause, Finding consequence) =>
            cause.RuleId != consequence.RuleId && cause.Confidence <= consequence.Confidence
            && explains.TryGetValue(cause.RuleId, out var set) && set.Contains(consequence.RuleId)
            && ShareAServer(cause, consequence);

        // A finding is a cause at the top unless another finding explains it without being explained by it in turn.
        var ordered = WithoutRejectedCandidates(findings).OrderBy(Key).ToList();
        var top = ordered.Where(f => !ordered.Any(other => Explains(other, f) && !Explains(f, other))).ToList();
        var placed = new HashSet<Finding>(top, ReferenceEqualityComparer.Instance);
        var folded = new Dictionary<Finding, List<Finding>>(ReferenceEqualityComparer.Instance);
        top.ForEach(t => folded[t] = []);
        var pending = ordered.Where(f => !placed.Contains(f)).ToList();
        while (pending.Count > 0)
        {
            var progress = false;
            foreach (var f in pending.ToList())
            {
                var cause = top.FirstOrDefault(t => Explains(t, f)) ?? top.FirstOrDefault(t => folded[t].Any(c => Explains(c, f)));
                if (cause is null)
                {
                    continue;
                }

                folded[cause].Add(f);
                pending.Remove(f);
                progress = true;
            }

            if (!progress)
            {
                // Explained only by findings in a cycle with each other: show them rather than lose them.
                top.AddRange(pending);
                pending.ForEach(p => folded[p] = []);
                break;
            }
        }

        // A consequence less sure than its cause shows no fix of its own: the cause's fix is the one to act on, and a
        // candidate's steps beside it would read as a second, equally founded plan.
        return top.Select(t => t with
            {
                Consequences = folded[t].Select(c => c.Confidence > t.Confidence ? c with { Fix = [] } : c).OrderBy(Key).ToList(),
                Severity = folded[t].Select(c => c.Severity).Append(t.Severity).Min(),
            })
            .OrderBy(Key)
            .ToList();
    }

    // Findings of no known server (an organisation's snapshot, a pool's trace) may explain or be explained by any; a
    // cause about a connection between servers (a certificate Lync rejects from OWA) names the other end among its
    // entities, and explains that server's failures too.
    private static bool ShareAServer(Finding cause, Finding consequence) =>
        cause.Servers.Count == 0 || consequence.Servers.Count == 0
        || consequence.Servers.Any(c => cause.Servers.Concat(cause.Entities).Any(s => Time.ClockSkewEstimator.HostKey(s) == Time.ClockSkewEstimator.HostKey(c)));

    private static List<Finding> WithoutRejectedCandidates(IReadOnlyList<Finding> findings) =>
        findings.Where(f => f.Confidence != Confidence.Low || f.Evidence.Count == 0 || !findings.Any(other =>
                other.Confidence < f.Confidence && f.Evidence.All(e => other.Evidence.Any(o => o.Location == e.Location))))
            .ToList();
}
