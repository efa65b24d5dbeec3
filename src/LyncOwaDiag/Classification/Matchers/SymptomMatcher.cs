using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>symptoms:</c> of a rule — signals the cause accounts for without being evidence of it (the "initialization
/// failed" row after any start-up error). They never fire the rule; when it fires they are not unexplained.
/// </summary>
internal sealed record SymptomMatcher(EventPattern Pattern) : MatcherSpec(MatcherOptions.None)
{
    public override string Kind => "symptom";

    public override IEnumerable<EventPattern> Patterns => [Pattern];

    public override MatcherRun Start() => new Run(this);

    private sealed class Run(SymptomMatcher spec) : MatcherRun
    {
        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found) =>
            spec.Pattern.Test(e, context);
    }
}
