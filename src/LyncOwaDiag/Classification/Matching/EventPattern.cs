using LyncOwaDiag.Classification.Matching.Operators;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// One event as a rule describes it: conditions on named fields, all of which must hold. The sources it can match
/// are worked out once, so that most events are turned away by one comparison.
/// </summary>
internal sealed class EventPattern
{
    private readonly (string Field, FieldCondition Condition, Func<TimelineEvent, IReadOnlyList<FieldValue>> Read, bool UsesFacts)[] _conditions;
    private readonly IReadOnlyList<(string Field, FieldCondition Condition)> _declared;

    public EventPattern(IReadOnlyList<(string Field, FieldCondition Condition)> conditions)
    {
        _declared = conditions;
        Names = conditions.SelectMany(c => c.Condition.Names).Where(IsName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Cheap fields first: most events fail on their kind or status before any text is built or searched.
        _conditions = conditions.OrderBy(c => EventFields.Cost(c.Field)).Select(c => (c.Field, c.Condition, EventFields.Reader(c.Field), c.Condition.UsesFacts)).ToArray();
        Sources = conditions.Where(c => c.Field.Equals("source", StringComparison.OrdinalIgnoreCase)).Select(c => SourcesOf(c.Condition)).FirstOrDefault();
        UsesFacts = conditions.Any(c => c.Condition.UsesFacts);
        Kinds = KindsOf(conditions);
        ImMessages = ImMessagesOf(conditions);

        // Source and kind conditions that the sets above say in full are tested through the sets: no value is read.
        _conditions = _conditions.Where(c => !(c.Condition.IsPlainSet && (
            (c.Field.Equals("source", StringComparison.OrdinalIgnoreCase) && Sources is not null) ||
            (c.Field.Equals("kind", StringComparison.OrdinalIgnoreCase) && Kinds is not null && KindsOf([(c.Field, c.Condition)]) is not null)))).ToArray();
    }

    /// <summary>The sources whose events can match, or null for any.</summary>
    public IReadOnlySet<EventSource>? Sources { get; }

    /// <summary>The event kinds that can match, or null for any: from a <c>kind</c> condition, or implied by a field only one kind has.</summary>
    public IReadOnlySet<string>? Kinds { get; }

    /// <summary>The documented IM log messages that can match (an <c>im.message</c> list of constants), or null for any.</summary>
    public IReadOnlySet<string>? ImMessages { get; }

    /// <summary>Whether events of this source and kind can match at all; the classifier dispatches on it.</summary>
    public bool CanMatch(EventSource source, string kind) => CanMatch(source) && (Kinds is null || Kinds.Contains(kind));

    /// <summary>
    /// As <see cref="CanMatch(EventSource, string)"/>, and for IM log rows their documented message too: most rows are
    /// debug lines that no IM rule names, and they now reach only the patterns that can match them.
    /// </summary>
    public bool CanMatch(EventSource source, string kind, string? imMessage) =>
        CanMatch(source, kind) && (ImMessages is null || (imMessage is not null && ImMessages.Contains(imMessage.Trim())));

    public IEnumerable<string> Fields => _conditions.Select(c => c.Field);

    public bool CanMatch(EventSource source) => Sources is null || Sources.Contains(source);

    /// <summary>Some condition compares with a snapshot value, so the match can be decided only at the end of the pass.</summary>
    public bool UsesFacts { get; }

    /// <summary>The names bound elsewhere that the pattern's texts fill in (<c>{owaFqdn}</c>); a regex quantifier such as <c>{40}</c> is none.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The pattern without the conditions that fill in a name: what can be tested before the names are bound.</summary>
    public EventPattern WithoutNames() => new(_declared.Where(c => !c.Condition.Names.Any(IsName)).ToList());

    private static bool IsName(string placeholder) => placeholder.Length > 0 && char.IsLetter(placeholder[0]);

    /// <summary>Tests the event; on success <paramref name="bindings"/> holds what the conditions captured.</summary>
    public bool Match(TimelineEvent e, Bindings bindings, MatchContext context) => Match(e, bindings, context, skipFactConditions: false);

    /// <summary>Tests the conditions that need no snapshot value: a cheap first sieve for patterns decided at the end.</summary>
    public bool MatchWithoutFacts(TimelineEvent e, MatchContext context) => Match(e, Scratch(), context, skipFactConditions: true);

    /// <summary>Whether the event fits, when what the conditions capture is not wanted (symptoms, checklist items, absences).</summary>
    public bool Test(TimelineEvent e, MatchContext context) => Match(e, Scratch(), context, skipFactConditions: false);

    /// <summary>Whether any of the patterns fits the event (a loop: Any with a lambda would allocate for every event).</summary>
    public static bool AnyFits(IReadOnlyList<EventPattern> patterns, TimelineEvent e, MatchContext context)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            if (patterns[i].Test(e, context))
            {
                return true;
            }
        }

        return false;
    }

    // Matching never nests (a negated condition works on a copy), so one throw-away set of names per thread will do:
    // a new one for every pattern tested against every event was a third of what the classifier allocated.
    [ThreadStatic]
    private static Bindings? _scratch;

    private static Bindings Scratch()
    {
        var bindings = _scratch ??= new Bindings();
        bindings.Clear();
        return bindings;
    }

    private bool Match(TimelineEvent e, Bindings bindings, MatchContext context, bool skipFactConditions)
    {
        if (!CanMatch(e.Source) || (Kinds is not null && !Kinds.Contains(e.Kind)))
        {
            return false;
        }

        foreach (var (_, condition, read, usesFacts) in _conditions)
        {
            if (skipFactConditions && usesFacts)
            {
                continue;
            }

            if (!condition.Test(read(e), bindings, context))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlySet<string>? KindsOf(IReadOnlyList<(string Field, FieldCondition Condition)> conditions)
    {
        // An explicit kind condition first: the pattern then tests its kind through this set alone.
        foreach (var (field, condition) in conditions)
        {
            if (field.Equals("kind", StringComparison.OrdinalIgnoreCase) && condition.IsPlainSet
                && condition.OneOf is { } kinds && kinds.All(k => k.IndexOf('{') < 0))
            {
                return kinds.ToHashSet(StringComparer.Ordinal);
            }
        }

        // Only responses have a status, only requests a method: a required condition on either rules out the other kinds.
        foreach (var (field, condition) in conditions)
        {
            if (!condition.RequiresValue)
            {
                continue;
            }

            if (field.Equals("sip.status", StringComparison.OrdinalIgnoreCase))
            {
                return new HashSet<string>(["sip.response"], StringComparer.Ordinal);
            }

            if (field.Equals("sip.method", StringComparison.OrdinalIgnoreCase))
            {
                return new HashSet<string>(["sip.request"], StringComparer.Ordinal);
            }
        }

        return null;
    }

    private static IReadOnlySet<string>? ImMessagesOf(IReadOnlyList<(string Field, FieldCondition Condition)> conditions)
    {
        foreach (var (field, condition) in conditions)
        {
            // Constant texts only, none numeric: the set then decides exactly as the condition's own comparison would.
            if (field.Equals("im.message", StringComparison.OrdinalIgnoreCase) && condition.IsPlainSet
                && TextOptions.ConstantTextSet(condition.OneOf) is { } messages)
            {
                return messages;
            }
        }

        return null;
    }

    private static IReadOnlySet<EventSource>? SourcesOf(FieldCondition condition)
    {
        if (condition.OneOf is not { } names)
        {
            return null;
        }

        var sources = names.Select(EventSourceNames.Parse).ToList();
        return sources.All(s => s is not null) ? sources.Select(s => s!.Value).ToHashSet() : null;
    }
}
