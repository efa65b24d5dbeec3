using LyncOwaDiag.Classification.Matching;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>One way a rule recognises its cause, as the rule file states it; <see cref="Start"/> gives the state for one pass.</summary>
internal abstract record MatcherSpec(MatcherOptions Options)
{
    /// <summary><c>event</c>, <c>together</c>, <c>absent</c>, <c>config</c> or <c>skew</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The event patterns inside, for dispatch by source.</summary>
    public virtual IEnumerable<EventPattern> Patterns => [];

    public abstract MatcherRun Start();
}
