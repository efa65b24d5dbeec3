using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// One matcher's state during one classification pass. Events stream through <see cref="Observe"/>; matchers that
/// decide only at the end (absence, configuration, skew) do so in <see cref="Complete"/>.
/// </summary>
internal abstract class MatcherRun
{
    /// <summary>Looks at one event; true when one of the matcher's event patterns matched it (the event is explained if the rule fires).</summary>
    public virtual bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found) => false;

    /// <summary>
    /// After <see cref="Complete"/>: the matcher had the evidence it needs and found the cause absent (the expected
    /// event came). Another matcher of the same rule that lacked its source then has nothing left to decide.
    /// </summary>
    public virtual bool Decided => false;

    /// <summary>What the matcher decides once every event was seen: occurrences, or why it could not decide.</summary>
    public virtual IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked) => [];
}
