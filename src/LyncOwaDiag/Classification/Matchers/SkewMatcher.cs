using System.Globalization;
using LyncOwaDiag.Classification.Matching;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>skew:</c> — a clock skew measured between two hosts (docs/design.md#time) beyond <see cref="Over"/> (and up to
/// <see cref="UpTo"/>). Binds <c>host</c>, <c>reference</c>, <c>seconds</c>, <c>direction</c> and <c>pairs</c>.
/// </summary>
internal sealed record SkewMatcher(TimeSpan Over, TimeSpan? UpTo, MatcherOptions Options) : MatcherSpec(Options)
{
    public override string Kind => "skew";

    public override MatcherRun Start() => new Run(this);

    private sealed class Run(SkewMatcher spec) : MatcherRun
    {
        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            foreach (var skew in context.Skews)
            {
                var size = skew.Offset.Duration();
                // An interval that holds zero says the pairs cannot tell the clocks apart, whatever its middle is.
                if (size <= spec.Over || (spec.UpTo is { } upTo && size > upTo) || (skew.Low <= TimeSpan.Zero && skew.High >= TimeSpan.Zero))
                {
                    continue;
                }

                var bindings = new Bindings();
                bindings.Set("host", skew.Host);
                bindings.Set("reference", skew.Reference);
                bindings.Set("seconds", size.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture));
                bindings.Set("direction", skew.Offset < TimeSpan.Zero ? "ahead of" : "behind");
                bindings.Set("pairs", skew.Pairs.ToString(CultureInfo.InvariantCulture));
                var first = skew.Messages.Count == 0 ? (DateTimeOffset?)null : skew.Messages.Min(m => m.Time);
                yield return spec.Options.Apply(new Occurrence(bindings, skew.Messages, first));
            }
        }
    }
}
