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
    /// <summary>
    /// <c>afterLast: true</c> — only the latest precondition counts (so, as with <see cref="AfterOnly"/>, nothing before
    /// the first): the expected event must come after it (an app pool's latest start must be followed by its own event
    /// 112; one from before the restart says nothing of it), and the source must reach past it by <see cref="Settle"/>.
    /// </summary>
    public bool AfterLast { get; init; }

    /// <summary>
    /// With <see cref="AfterLast"/>: an expected event this much before the precondition still answers it (two logs'
    /// clocks round differently), and a source must reach this far past it before its silence counts.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);

    /// <summary>A source this close to the precondition's time still counts as covering it (export boundaries are not exact).</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(10);

    private const int EvidenceKept = 5;

    public override string Kind => "absent";

    // Collected too: the matcher must see every event of the sources it notes as collected, not only those Expect or
    // After could match, or the classifier's dispatch would keep them from it.
    public override IEnumerable<EventPattern> Patterns => [Expect, .. After is null ? [] : new[] { After }, .. Collected ?? []];

    public override MatcherRun Start() => new Run(this);

    /// <summary>
    /// One server's side of the check: a change on one mailbox server is followed (or not) by a restart on that server,
    /// never on its neighbour. Events of no known server count for every server (they cannot refute one in particular).
    /// </summary>
    private sealed class HostState
    {
        public readonly List<Evidence> Before = [];
        public readonly Bindings Bindings = new();
        public readonly Dictionary<string, (DateTimeOffset First, DateTimeOffset Last, bool Matched)> Sources = new(StringComparer.Ordinal);
        public long Preconditions;
        public DateTimeOffset? FirstPrecondition;
        public DateTimeOffset? LastPrecondition;
        public DateTimeOffset? LastExpected;
        public bool Expected;
    }

    private sealed class Run(AbsenceMatcher spec) : MatcherRun
    {
        private const string NoHost = "";
        private readonly Dictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
        private Bindings _scratch = new();

        private HostState State(string host)
        {
            if (!_hosts.TryGetValue(host, out var state))
            {
                _hosts[host] = state = new HostState();
            }

            return state;
        }

        // Without a precondition there is no server to hold the expected event to: the check is one for the bundle.
        private string HostOf(TimelineEvent e, MatchContext context) =>
            spec.After is null ? NoHost : context.KnownHost(e.Host) ?? NoHost;

        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found)
        {
            var host = HostOf(e, context);
            if (spec.Collected is { } collected && AnyCanMatch(collected, e.Source))
            {
                var matched = EventPattern.AnyFits(collected, e, context);
                var sources = State(host).Sources;
                sources[e.Location.File] = sources.TryGetValue(e.Location.File, out var s)
                    ? (s.First < e.Timestamp ? s.First : e.Timestamp, s.Last > e.Timestamp ? s.Last : e.Timestamp, s.Matched || matched)
                    : (e.Timestamp, e.Timestamp, matched);
            }

            if (spec.Expect.Test(e, context))
            {
                var state = State(host);
                state.Expected |= !(spec.AfterOnly || spec.AfterLast) || state.Preconditions > 0;
                state.LastExpected = e.Timestamp;
                return false;
            }

            var bindings = _scratch;
            bindings.Clear();
            if (spec.After is null || !spec.After.Match(e, bindings, context))
            {
                return false;
            }

            _scratch = new Bindings();
            var at = State(host);
            if (spec.AfterLast)
            {
                // A new start: what answered the earlier ones does not answer this one, unless it came with it.
                at.Expected = at.LastExpected is { } answered && answered >= e.Timestamp - Settle && answered <= e.Timestamp;
                at.FirstPrecondition = null;
                at.Before.Clear();
                at.Bindings.Clear();
            }

            at.Preconditions++;
            at.FirstPrecondition ??= e.Timestamp;
            at.LastPrecondition = e.Timestamp;
            if (at.Before.Count < EvidenceKept)
            {
                bindings.BindStandard(e);
                at.Bindings.Merge(bindings);
                at.Before.Add(EventEvidence.Of(e));
            }

            // A precondition is context, not something the cause accounts for: the rule firing explains no signal by it.
            return false;
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

        // A precondition of no known server is met by the expected event on any server, and the expected event of no
        // known server meets any server's precondition: which server it was cannot be told, so it refutes none. (A
        // checked server has a precondition, so AfterOnly asks nothing more of the unknown server's event.)
        private bool ExpectedOn(string host) =>
            (_hosts.TryGetValue(host, out var state) && state.Expected)
            || (host == NoHost && (spec.AfterLast ? _hosts.Values.Any(h => AnswersLatest(h, state)) : _hosts.Values.Any(h => h.Expected)))
            || (host != NoHost && _hosts.TryGetValue(NoHost, out var unknown) && (spec.AfterLast ? AnswersLatest(unknown, state) : unknown.Expected));

        // Across the line between known and unknown servers (an Event Viewer export names no computer; a flat folder's
        // IM log of two mailbox servers names neither), an expected event answers the latest precondition when it came
        // with it or after it.
        private static bool AnswersLatest(HostState unknown, HostState? server) =>
            unknown.LastExpected is { } answered && server?.LastPrecondition is { } latest && answered >= latest - Settle;

        private IEnumerable<string> Checked => spec.After is null ? [NoHost] : _hosts.Where(h => h.Value.Preconditions > 0).Select(h => h.Key);

        public override bool Decided => Checked.Any() && Checked.All(ExpectedOn);

        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            foreach (var host in Checked.ToList())
            {
                if (ExpectedOn(host))
                {
                    continue;
                }

                var state = State(host);
                var from = state.FirstPrecondition ?? context.Match.LogsStart;
                var to = state.LastPrecondition ?? context.Match.LogsEnd;
                var sources = host == NoHost ? _hosts.Values.SelectMany(h => h.Sources) : state.Sources.Concat(_hosts.TryGetValue(NoHost, out var u) ? u.Sources : []);
                var seen = sources.ToList();
                var covering = spec.Collected is null
                    ? []
                    : seen.Where(s => s.Value.Matched && from is not null && to is not null && s.Value.First - Slack <= to
                        && (spec.AfterLast ? s.Value.Last >= to + Settle : s.Value.Last + Slack >= from)).ToList();
                if (spec.Collected is not null && covering.Count == 0)
                {
                    var server = host == NoHost ? string.Empty : $" (server {host})";
                    notChecked(seen.Any(s => s.Value.Matched)
                        ? $"the {spec.CollectedName ?? "source that would show it"} that was collected does not cover {Span(from, to)}{server}"
                        : $"no {spec.CollectedName ?? "source that would show it"} was collected{server}");
                    continue;
                }

                var evidence = new List<Evidence>(state.Before);
                foreach (var (file, span) in covering.Take(EvidenceKept))
                {
                    evidence.Add(new Evidence(new SourceLocation(file, 1, 1, 0), span.First, TimeQuality.Exact,
                        $"{file} covers {Span(span.First, span.Last)} and has no such event"));
                }

                var bindings = state.Bindings.Copy();
                bindings.Set("count", state.Preconditions.ToString(CultureInfo.InvariantCulture));
                yield return spec.Options.Apply(new Occurrence(bindings, evidence, from));
            }
        }

        private static string Span(DateTimeOffset? from, DateTimeOffset? to) =>
            from is null || to is null ? "the time of the logs" : UtcText.Span(from.Value, to.Value);
    }
}
