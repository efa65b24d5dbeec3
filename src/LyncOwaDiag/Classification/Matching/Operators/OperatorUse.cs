namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>An operator as one condition uses it: with the argument the rule file gave.</summary>
internal sealed record OperatorUse(ConditionOperator Operator, object Argument)
{
    /// <summary>The argument's own texts, which may hold placeholders (a sub-condition's are its own).</summary>
    public IReadOnlyList<string> Texts => Argument switch
    {
        string text when Operator.Argument is ArgumentKind.Text => [text],
        TextOptions options => options.Items,
        _ => [],
    };

    /// <summary>The texts of an <see cref="ConditionOperator.OneOf"/> operator; null for any other.</summary>
    public IReadOnlyList<string>? OneOf => Operator.OneOf?.Invoke(Argument);

    public bool AllowsNoValue => Operator.AllowsNoValue(Argument);
}
