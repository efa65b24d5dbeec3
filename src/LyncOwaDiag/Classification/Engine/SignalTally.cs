using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>
/// Counts the signals as they stream past, grouped by signature and by the rules whose patterns matched them, so
/// that at the end the groups of rules that fired can be dropped and the rest reported as unexplained.
/// </summary>
internal sealed class SignalTally
{
    private const int EvidenceKept = 3;
    private const int GroupsKept = 10_000;

    private readonly Dictionary<(string Signature, string Rules), Group> _groups = [];

    public long OtherErrors { get; private set; }

    public void Add(TimelineEvent e, IReadOnlyList<string> matchedRules)
    {
        if (SignalSignature.IsOtherError(e))
        {
            OtherErrors++;
            return;
        }

        if (SignalSignature.Of(e) is not { } signature)
        {
            return;
        }

        // The classifier lists the matched rules in rule-set order, the same order for every event: no sort needed.
        var rules = matchedRules.Count switch
        {
            0 => string.Empty,
            1 => matchedRules[0],
            _ => string.Join(",", matchedRules),
        };
        var key = (signature, rules);
        if (!_groups.TryGetValue(key, out var group))
        {
            if (_groups.Count >= GroupsKept)
            {
                // Unbounded variety (a signature with ever-changing text) must not grow memory without end.
                key = ("(other signals)", key.Item2);
                group = _groups.GetValueOrDefault(key);
            }

            if (group is null)
            {
                group = new Group(e.Severity, e.Timestamp, matchedRules.ToList());
                _groups[key] = group;
            }
        }

        group.Count++;
        group.Severity = e.Severity < group.Severity ? e.Severity : group.Severity;
        group.First = e.Timestamp < group.First ? e.Timestamp : group.First;
        group.Last = e.Timestamp > group.Last ? e.Timestamp : group.Last;
        if (group.Evidence.Count < EvidenceKept)
        {
            group.Evidence.Add(EventEvidence.Of(e));
        }
    }

    /// <summary>The signals no fired rule explains, merged per signature, most severe and most frequent first.</summary>
    public IReadOnlyList<UnexplainedSignal> Unexplained(IReadOnlySet<string> firedRules) =>
        _groups.Where(g => !g.Value.Rules.Any(firedRules.Contains))
            .GroupBy(g => g.Key.Signature)
            .Select(g => new UnexplainedSignal(
                g.Key,
                g.Min(x => x.Value.Severity),
                g.Sum(x => x.Value.Count),
                g.Min(x => x.Value.First),
                g.Max(x => x.Value.Last),
                g.SelectMany(x => x.Value.Evidence).OrderBy(ev => ev.Time).Take(EvidenceKept).ToList()))
            .OrderBy(s => s.Severity).ThenByDescending(s => s.Count).ThenBy(s => s.Signature, StringComparer.Ordinal)
            .ToList();

    private sealed class Group(Severity severity, DateTimeOffset time, IReadOnlyList<string> rules)
    {
        public long Count { get; set; }

        public Severity Severity { get; set; } = severity;

        public DateTimeOffset First { get; set; } = time;

        public DateTimeOffset Last { get; set; } = time;

        public IReadOnlyList<string> Rules { get; } = rules;

        public List<Evidence> Evidence { get; } = [];
    }
}
