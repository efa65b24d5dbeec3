using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>event:</c> — every event that fits the pattern is an occurrence. A pattern that compares with a snapshot
/// value keeps the events that pass its other conditions (up to a bound) and decides at the end of the pass.
/// </summary>
internal sealed record EventMatcher(EventPattern Pattern, MatcherOptions Options) : MatcherSpec(Options)
{
    public override string Kind => "event";

    public override IEnumerable<EventPattern> Patterns => [Pattern];

    public override MatcherRun Start() => new Run(this);

    private sealed class Run(EventMatcher spec) : MatcherRun
    {
        private const int DeferredKept = 10_000;
        private readonly List<TimelineEvent> _deferred = [];
        private Bindings _scratch = new();

        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found)
        {
            if (spec.Pattern.UsesFacts)
            {
                if (!spec.Pattern.MatchWithoutFacts(e, context))
                {
                    return false;
                }

                if (_deferred.Count < DeferredKept)
                {
                    _deferred.Add(e);
                }

                return true;
            }

            return Try(e, context, found);
        }

        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            var found = new List<Occurrence>();
            foreach (var e in _deferred)
            {
                Try(e, context.Match, found.Add);
            }

            return found;
        }

        private bool Try(TimelineEvent e, MatchContext context, Action<Occurrence> found)
        {
            // Most events fail: they are tested with one reused set of names, and a match takes it over.
            var bindings = _scratch;
            bindings.Clear();
            if (!spec.Pattern.Match(e, bindings, context))
            {
                return false;
            }

            _scratch = new Bindings();

            bindings.BindStandard(e);
            found(spec.Options.Apply(new Occurrence(bindings, [EventEvidence.Of(e)], e.Timestamp)));
            return true;
        }
    }
}
