using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>refutedBy: { config: … }</c> on any matcher — the snapshot check that, when it holds, shows the matcher's
/// reading to be wrong: a failed sign-in reads as a wrong IMServerName only until web.config's IMServerName is seen
/// to be the registrar of the OWA server's pool. A weak matcher that the bundle itself contradicts finds nothing.
/// </summary>
internal sealed record RefutableMatcher(MatcherSpec Inner, ConfigMatcher Refutation) : MatcherSpec(Inner.Options)
{
    public override string Kind => Inner.Kind;

    public override IEnumerable<Classification.Matching.EventPattern> Patterns => Inner.Patterns;

    public override MatcherRun Start() => new Run(this, Inner.Start());

    private sealed class Run(RefutableMatcher spec, MatcherRun inner) : MatcherRun
    {
        // What the inner matcher found while events streamed is held back: only the snapshots, read at the end, can refute it.
        private readonly List<Occurrence> _held = [];

        public override bool Observe(TimelineEvent e, Classification.Matching.MatchContext context, Action<Occurrence> found) =>
            inner.Observe(e, context, _held.Add);

        public override bool Decided => inner.Decided;

        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            var occurrences = _held.Concat(inner.Complete(context, notChecked)).ToList();
            if (occurrences.Count == 0)
            {
                return occurrences;
            }

            // The refutation's own "not checked" reasons are not this rule's: a refutation that cannot be made refutes nothing.
            return spec.Refutation.Start().Complete(context, _ => { }).Any() ? [] : occurrences;
        }
    }
}
