namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>Tests one value of a field: <paramref name="text"/> is its trimmed text, <paramref name="argument"/> the operator's, as read.</summary>
internal delegate bool ValueTest(object argument, FieldValue value, string text, Bindings bindings, MatchContext context);

/// <summary>Tests a field's values together; <paramref name="anyValue"/> says whether one of them is not blank.</summary>
internal delegate bool ValuesTest(object argument, IReadOnlyList<FieldValue> values, bool anyValue, Bindings bindings, MatchContext context);

/// <summary>
/// One operator of the rule language's conditions, as <see cref="ConditionOperators"/> lists it: its key in a rule
/// file, how its argument is read and checked (<see cref="Argument"/>), the part it plays (<see cref="Role"/>), how
/// it tests, and what the classifier may conclude from it without testing (<see cref="OneOf"/>, <see cref="AllowsNoValue"/>).
/// </summary>
internal sealed record ConditionOperator
{
    public required string Key { get; init; }

    public required ArgumentKind Argument { get; init; }

    public required OperatorRole Role { get; init; }

    /// <summary>With <see cref="OperatorRole.ValueTest"/>: whether one value passes.</summary>
    public ValueTest? TestValue { get; init; }

    /// <summary>With <see cref="OperatorRole.ValuesTest"/>: whether the values pass together.</summary>
    public ValuesTest? TestValues { get; init; }

    /// <summary>The test binds names of its own when it passes (a pattern's groups): it runs after the others, so a value that fails binds nothing.</summary>
    public bool Binds { get; init; }

    /// <summary>
    /// For an operator that passes only values equal to one of some texts (<c>equals</c>, <c>in</c>): those texts. A
    /// condition of such tests alone is a plain set, which the classifier dispatches on without reading the field.
    /// </summary>
    public Func<object, IReadOnlyList<string>>? OneOf { get; init; }

    /// <summary>Whether, with this argument, the condition may hold for a field that has no value (it then implies nothing about the event's kind or source).</summary>
    public Func<object, bool> AllowsNoValue { get; init; } = _ => false;
}
