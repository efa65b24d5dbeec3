using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Matching.Operators;
using LyncOwaDiag.Time;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// A matcher whose reading stands or falls with a snapshot check. <c>refutedBy: { config: … }</c>: the check holding
/// shows the reading wrong (a failed sign-in is no wrong IMServerName once web.config names the registrar of the OWA
/// server's pool). <c>supportedBy: { config: … }</c>: the reading stands only where the check holds (Lync refusing
/// OWA means an unpublished topology only while the snapshot shows the pool). <c>weakenedBy: { config: … }</c>: where
/// the check holds on the reading's server the reading stays, as a low-confidence candidate.
/// </summary>
internal sealed record ConfigGatedMatcher(MatcherSpec Inner, ConfigMatcher Check, GateEffect Effect) : MatcherSpec(Inner.Options)
{
    public override string Kind => Inner.Kind;

    public override IEnumerable<EventPattern> Patterns => Inner.Patterns;

    public override MatcherRun Start() => new Run(this, Inner.Start());

    private sealed class Run(ConfigGatedMatcher spec, MatcherRun inner) : MatcherRun
    {
        // What the inner matcher found while events streamed is held back: the snapshots are judged at the end.
        private readonly List<Occurrence> _held = [];

        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found) =>
            inner.Observe(e, context, _held.Add);

        public override bool Decided => inner.Decided;

        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            var occurrences = _held.Concat(inner.Complete(context, notChecked)).ToList();
            if (occurrences.Count == 0)
            {
                return occurrences;
            }

            // The check's own "not checked" reasons are not this rule's: a check that cannot be made holds nowhere.
            if (spec.Effect == GateEffect.Support)
            {
                // Support is sought for each reading with the names it bound (the FQDN Lync refused, say).
                return occurrences.Where(o => spec.Check.StartWith(o.Bindings).Complete(context, _ => { }).Any()).ToList();
            }

            if (spec.Effect == GateEffect.Weaken)
            {
                // Only the reading's own server's snapshot weakens it: another server's web.config says nothing of it.
                // The check is seeded with the names the reading bound, not its host: a seeded name is never rebound,
                // and the check must say which server's snapshot held.
                return occurrences.Select(o => spec.Check.StartWith(BoundNames(o.Bindings)).Complete(context, _ => { }).Any(w => SameServer(w.Bindings, o.Bindings))
                        ? o with { Confidence = Confidence.Low }
                        : o)
                    .ToList();
            }

            var held = spec.Check.Start().Complete(context, _ => { }).ToList();

            // A refutation speaks for its own server and its own value: web.config naming the right registrar on one
            // server says nothing of sign-ins on another, nor of sign-ins still made to another name.
            return occurrences.Where(o => !held.Any(r => Refutes(r.Bindings, o.Bindings))).ToList();
        }

        private static Bindings BoundNames(Bindings reading)
        {
            var seed = new Bindings();
            foreach (var name in reading.Names.Where(n => n is not ("host" or "hostFqdn" or "file")))
            {
                seed.Set(name, reading[name]);
            }

            return seed;
        }

        private static bool SameServer(Bindings check, Bindings reading) =>
            check["host"] is { } checkedOn && reading["host"] is { } readOn && ClockSkewEstimator.HostKey(checkedOn) == ClockSkewEstimator.HostKey(readOn);

        private static bool Refutes(Bindings refutation, Bindings reading)
        {
            if (!SameServer(refutation, reading))
            {
                return false;
            }

            // Names both sides bound (the IMServerName the snapshot holds, the Lyncserver the log signed in to) must agree.
            foreach (var name in refutation.Names)
            {
                if (name is "host" or "hostFqdn" or "file" or "note" || reading[name] is not { } read || refutation[name] is not { } value)
                {
                    continue;
                }

                if (!ValueComparison.IsSameHost(read, value) && !read.Equals(value, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
