using LyncOwaDiag.Classification.Matching.Operators;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// What a rule asks of one field or property: the operators of <see cref="ConditionOperators"/> with their arguments.
/// A field may have several values (an event's ms-diagnostics codes, a certificate's domains); the value tests hold
/// when one value passes all of them, the values tests (<c>present</c>, <c>empty</c>, <c>not</c>) look at the values
/// together.
/// </summary>
internal sealed class FieldCondition
{
    // Arrays walked by index: the tests run for every value of every event a pattern sees.
    private readonly OperatorUse[] _valueTests;
    private readonly OperatorUse[] _valuesTests;

    public FieldCondition(IReadOnlyList<OperatorUse> uses)
    {
        Uses = uses;
        _valueTests = uses.Where(u => u.Operator.Role == OperatorRole.ValueTest).OrderBy(u => u.Operator.Binds).ToArray();
        _valuesTests = uses.Where(u => u.Operator.Role == OperatorRole.ValuesTest).ToArray();
        As = uses.Where(u => u.Operator.Role == OperatorRole.Binding).Select(u => (string)u.Argument).LastOrDefault();
        Optional = uses.Any(u => u.Operator.Role == OperatorRole.Optional && (bool)u.Argument);
        var sets = uses.Select(u => u.OneOf).OfType<IReadOnlyList<string>>().ToList();
        OneOf = sets.Count == 1 && !uses.Any(u => u.AllowsNoValue) ? sets[0] : null;
        IsPlainSet = OneOf is not null && uses.Count == 1;
        SetTexts = sets.SelectMany(s => s).ToList();
    }

    public IReadOnlyList<OperatorUse> Uses { get; }

    /// <summary>Binds the passing value to this name.</summary>
    public string? As { get; }

    /// <summary>Only captures: the condition holds whether or not a value passes, and binds what it can.</summary>
    public bool Optional { get; }

    /// <summary>
    /// The texts one of which every value that lets the condition hold equals, when one operator says so and the
    /// condition cannot hold without a value; else null.
    /// </summary>
    public IReadOnlyList<string>? OneOf { get; }

    /// <summary>Equal to one value or in a list, and nothing else (no binding, negation or other test): <see cref="OneOf"/> says it all.</summary>
    public bool IsPlainSet { get; }

    /// <summary>Every text an <c>equals</c> or <c>in</c> of the condition names.</summary>
    public IReadOnlyList<string> SetTexts { get; }

    /// <summary>Whether the condition can hold only for a field that has a value.</summary>
    public bool RequiresValue => !Uses.Any(u => u.AllowsNoValue);

    public bool Test(IReadOnlyList<FieldValue> values, Bindings bindings, MatchContext context) =>
        TestRequired(values, bindings, context) || Optional;

    private static bool IsNonEmpty(FieldValue v) => v.Items is { Count: > 0 } || !string.IsNullOrWhiteSpace(v.Text);

    private bool TestRequired(IReadOnlyList<FieldValue> values, Bindings bindings, MatchContext context)
    {
        var any = false;
        for (var i = 0; i < values.Count && !any; i++)
        {
            any = IsNonEmpty(values[i]);
        }

        for (var i = 0; i < _valuesTests.Length; i++)
        {
            var use = _valuesTests[i];
            if (!use.Operator.TestValues!(use.Argument, values, any, bindings, context))
            {
                return false;
            }
        }

        if (_valueTests.Length == 0)
        {
            if (As is null)
            {
                return true;
            }

            // A name bound to nothing would leave a hole in the text: binding needs a value (optional: true allows none).
            if (!any)
            {
                return false;
            }

            bindings.Set(As, values.First(IsNonEmpty).Text.Trim());
            return true;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (!IsNonEmpty(value))
            {
                continue;
            }

            // TestOne binds only once every test passed (the binding tests come last), so no copy is needed.
            if (TestOne(value, bindings, context))
            {
                if (As is not null)
                {
                    bindings.Set(As, value.Text.Trim());
                }

                return true;
            }
        }

        return false;
    }

    private bool TestOne(FieldValue value, Bindings bindings, MatchContext context)
    {
        // No lambda here: one that captured would cost an allocation for every value of every event tested.
        var text = value.Text.Trim();
        for (var i = 0; i < _valueTests.Length; i++)
        {
            var use = _valueTests[i];
            if (!use.Operator.TestValue!(use.Argument, value, text, bindings, context))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any text of the condition refers to a snapshot value, which is known only at the end of the pass.</summary>
    public bool UsesFacts =>
        Templates.Any(t => t.Contains("{" + MatchContext.FactPrefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether any text of the condition fills in the bound name (e.g. <c>{host}</c>).</summary>
    public bool Refers(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The names the condition's texts fill in, its sub-conditions' included.</summary>
    public IEnumerable<string> Names => Templates.SelectMany(Placeholders.Names);

    /// <summary>The texts of the condition that may hold placeholders, its sub-conditions' included.</summary>
    private IEnumerable<string> Templates =>
        Uses.SelectMany(u => u.Argument is FieldCondition sub ? sub.Templates : u.Texts);
}
