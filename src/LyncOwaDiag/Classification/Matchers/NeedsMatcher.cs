using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>needs:</c> on any matcher — the source the matcher's evidence can only come from (the collector's manifest, say).
/// When no event of it was seen and the matcher found nothing, the rule is <em>not checked</em>, saying what to
/// collect: a bundle without that source is silent on the cause, which is not the same as the cause being absent.
/// </summary>
internal sealed record NeedsMatcher(MatcherSpec Inner, IReadOnlyList<EventPattern> Needs, string NeedsName) : MatcherSpec(Inner.Options)
{
    public override string Kind => Inner.Kind;

    public override IEnumerable<EventPattern> Patterns => [.. Inner.Patterns, .. Needs];

    public override MatcherRun Start() => new Run(this, Inner.Start());

    private sealed class Run(NeedsMatcher spec, MatcherRun inner) : MatcherRun
    {
        private bool _seen;

        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found)
        {
            if (!_seen)
            {
                for (var i = 0; i < spec.Needs.Count && !_seen; i++)
                {
                    _seen = spec.Needs[i].CanMatch(e.Source) && spec.Needs[i].Test(e, context);
                }
            }

            return inner.Observe(e, context, found);
        }

        public override bool Decided => inner.Decided;

        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            var occurrences = inner.Complete(context, notChecked).ToList();
            if (occurrences.Count == 0 && !_seen)
            {
                notChecked($"no {spec.NeedsName} was collected");
            }

            return occurrences;
        }
    }
}
