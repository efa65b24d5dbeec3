using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// One event as a rule describes it: conditions on named fields, all of which must hold. The sources it can match
/// are worked out once, so that most events are turned away by one comparison.
/// </summary>
internal sealed class EventPattern
{
    private readonly IReadOnlyList<(string Field, FieldCondition Condition)> _conditions;

    public EventPattern(IReadOnlyList<(string Field, FieldCondition Condition)> conditions)
    {
        _conditions = conditions;
        Sources = conditions.Where(c => c.Field.Equals("source", StringComparison.OrdinalIgnoreCase)).Select(c => SourcesOf(c.Condition)).FirstOrDefault();
    }

    /// <summary>The sources whose events can match, or null for any.</summary>
    public IReadOnlySet<EventSource>? Sources { get; }

    public IEnumerable<string> Fields => _conditions.Select(c => c.Field);

    public bool CanMatch(EventSource source) => Sources is null || Sources.Contains(source);

    /// <summary>Some condition compares with a snapshot value, so the match can be decided only at the end of the pass.</summary>
    public bool UsesFacts => _conditions.Any(c => c.Condition.UsesFacts);

    /// <summary>Tests the event; on success <paramref name="bindings"/> holds what the conditions captured.</summary>
    public bool Match(TimelineEvent e, Bindings bindings, MatchContext context) => Match(e, bindings, context, skipFactConditions: false);

    /// <summary>Tests the conditions that need no snapshot value: a cheap first sieve for patterns decided at the end.</summary>
    public bool MatchWithoutFacts(TimelineEvent e, MatchContext context) => Match(e, new Bindings(), context, skipFactConditions: true);

    private bool Match(TimelineEvent e, Bindings bindings, MatchContext context, bool skipFactConditions)
    {
        if (!CanMatch(e.Source))
        {
            return false;
        }

        foreach (var (field, condition) in _conditions)
        {
            if (skipFactConditions && condition.UsesFacts)
            {
                continue;
            }

            if (!condition.Test(EventFields.Read(e, field), bindings, context))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlySet<EventSource>? SourcesOf(FieldCondition condition)
    {
        var names = condition.EqualTo is not null ? [condition.EqualTo] : condition.In;
        if (names is null || condition.Not is not null)
        {
            return null;
        }

        var sources = names.Select(EventFields.ParseSource).ToList();
        return sources.All(s => s is not null) ? sources.Select(s => s!.Value).ToHashSet() : null;
    }
}
