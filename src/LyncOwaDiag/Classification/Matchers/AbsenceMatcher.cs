using System.Globalization;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>absent:</c> — an expected event never came although its precondition (<see cref="After"/>) was seen, and a
/// source that would show it (<see cref="Collected"/>) was collected and covers the precondition's time. Without
/// such a source the matcher does not fire: it reports that the check could not be made.
/// </summary>
/// <param name="AfterOnly">The expected event counts only at or after the first precondition (a change that must be followed by a restart).</param>
internal sealed record AbsenceMatcher(EventPattern Expect, EventPattern? After, IReadOnlyList<EventPattern>? Collected, string? CollectedName, bool AfterOnly, MatcherOptions Options)
    : MatcherSpec(Options)
{
    /// <summary>A source this close to the precondition's time still counts as covering it (export boundaries are not exact).</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(10);

    private const int EvidenceKept = 5;

    public override string Kind => "absent";

    // Collected too: the matcher must see every event of the sources it notes as collected, not only those Expect or
    // After could match, or the classifier's dispatch would keep them from it.
    public override IEnumerable<EventPattern> Patterns => [Expect, .. After is null ? [] : new[] { After }, .. Collected ?? []];

    public override MatcherRun Start() => new Run(this);

    private sealed class Run(AbsenceMatcher spec) : MatcherRun
    {
        private readonly List<Evidence> _before = [];
        private readonly Bindings _bindings = new();
        private Bindings _scratch = new();
        private readonly Dictionary<string, (DateTimeOffset First, DateTimeOffset Last, bool Matched)> _sources = new(StringComparer.Ordinal);
        private long _preconditions;
        private DateTimeOffset? _firstPrecondition;
        private DateTimeOffset? _lastPrecondition;
        private bool _expected;

        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found)
        {
            if (spec.Collected is { } collected && AnyCanMatch(collected, e.Source))
            {
                var matched = EventPattern.AnyFits(collected, e, context);
                _sources[e.Location.File] = _sources.TryGetValue(e.Location.File, out var s)
                    ? (s.First < e.Timestamp ? s.First : e.Timestamp, s.Last > e.Timestamp ? s.Last : e.Timestamp, s.Matched || matched)
                    : (e.Timestamp, e.Timestamp, matched);
            }

            if (spec.Expect.Test(e, context))
            {
                _expected |= !spec.AfterOnly || _preconditions > 0;
                return false;
            }

            var bindings = _scratch;
            bindings.Clear();
            if (spec.After is null || !spec.After.Match(e, bindings, context))
            {
                return false;
            }

            _scratch = new Bindings();

            _preconditions++;
            _firstPrecondition ??= e.Timestamp;
            _lastPrecondition = e.Timestamp;
            if (_before.Count < EvidenceKept)
            {
                bindings.BindStandard(e);
                _bindings.Merge(bindings);
                _before.Add(EventEvidence.Of(e));
            }

            return true;
        }

        // A loop, not Any with a lambda: a lambda capturing the event would cost an allocation for every event.
        private static bool AnyCanMatch(IReadOnlyList<EventPattern> patterns, EventSource source)
        {
            for (var i = 0; i < patterns.Count; i++)
            {
                if (patterns[i].CanMatch(source))
                {
                    return true;
                }
            }

            return false;
        }

        public override bool Decided => _expected && (spec.After is null || _preconditions > 0);

        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            if (_expected || (spec.After is not null && _preconditions == 0))
            {
                yield break;
            }

            var from = _firstPrecondition ?? context.Match.LogsStart;
            var to = _lastPrecondition ?? context.Match.LogsEnd;
            var covering = spec.Collected is null
                ? []
                : _sources.Where(s => s.Value.Matched && from is not null && to is not null && s.Value.First - Slack <= to && s.Value.Last + Slack >= from).ToList();
            if (spec.Collected is not null && covering.Count == 0)
            {
                notChecked(_sources.Any(s => s.Value.Matched)
                    ? $"the {spec.CollectedName ?? "source that would show it"} that was collected does not cover {Span(from, to)}"
                    : $"no {spec.CollectedName ?? "source that would show it"} was collected");
                yield break;
            }

            var evidence = new List<Evidence>(_before);
            foreach (var (file, span) in covering.Take(EvidenceKept))
            {
                evidence.Add(new Evidence(new SourceLocation(file, 1, 1, 0), span.First, TimeQuality.Exact,
                    $"{file} covers {Span(span.First, span.Last)} and has no such event"));
            }

            var bindings = _bindings.Copy();
            bindings.Set("count", _preconditions.ToString(CultureInfo.InvariantCulture));
            yield return spec.Options.Apply(new Occurrence(bindings, evidence, from));
        }

        private static string Span(DateTimeOffset? from, DateTimeOffset? to) =>
            from is null || to is null ? "the time of the logs" : $"{Iso(from.Value)} – {Iso(to.Value)}";

        private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
