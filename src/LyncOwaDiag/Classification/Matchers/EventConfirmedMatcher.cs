using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>confirmedBy: { event: …, confidence: … }</c> — a weak reading made surer by another event of the bundle, tested
/// with the reading's names at the end of the pass: a refusal of OWA's server as "not a configured server" is a missing
/// trusted application, not a certificate problem, when the pool's list of known servers (event 14492) leaves that
/// server out. The confirming event joins the evidence. The check is made only when the reading bound every name the
/// pattern uses: an unbound name would make a negated condition hold by default.
/// </summary>
internal sealed record EventConfirmedMatcher(MatcherSpec Inner, EventPattern Confirming, Confidence Confidence) : MatcherSpec(Inner.Options)
{
    /// <summary>The confirming pattern's conditions that use none of the reading's names, tested as events stream.</summary>
    private EventPattern Candidate { get; } = Confirming.WithoutNames();

    // Candidates for confirmation are rare events (a service start's server list); a bound keeps a flood harmless.
    private const int Kept = 1_000;

    public override string Kind => Inner.Kind;

    public override IEnumerable<EventPattern> Patterns => [.. Inner.Patterns, Candidate];

    public override MatcherRun Start() => new Run(this, Inner.Start());

    // A confirmation can only make a reading surer (the reader also refuses one that would not).
    private static Confidence? Surer(Confidence? own, Confidence confirmed) => own is { } o && o < confirmed ? o : confirmed;

    private sealed class Run(EventConfirmedMatcher spec, MatcherRun inner) : MatcherRun
    {
        private readonly List<Occurrence> _held = [];
        private readonly List<TimelineEvent> _candidates = [];

        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found)
        {
            if (_candidates.Count < Kept && spec.Candidate.Test(e, context))
            {
                _candidates.Add(e);
            }

            return inner.Observe(e, context, _held.Add);
        }

        public override bool Decided => inner.Decided;

        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            foreach (var o in _held.Concat(inner.Complete(context, notChecked)))
            {
                var confirming = spec.Confirming.Names.All(n => o.Bindings[n] is not null)
                    ? _candidates.FirstOrDefault(c => spec.Confirming.Match(c, o.Bindings.Copy(), context.Match))
                    : null;
                yield return confirming is null
                    ? o
                    : o with { Confidence = Surer(o.Confidence, spec.Confidence), Evidence = [.. o.Evidence, EventEvidence.Of(confirming)] };
            }
        }
    }
}
