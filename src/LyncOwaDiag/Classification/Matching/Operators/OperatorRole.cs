namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>The part an operator plays in a condition, which decides when <see cref="FieldCondition"/> consults it.</summary>
internal enum OperatorRole
{
    /// <summary>Tests each value of the field; the condition needs one value that passes every such test.</summary>
    ValueTest,

    /// <summary>Tests the field's values together: whether there are any, or what a negated sub-condition says of them.</summary>
    ValuesTest,

    /// <summary>Binds the value that passed to a name, for later conditions and the finding's text.</summary>
    Binding,

    /// <summary>Lets the condition hold when nothing passes: it then only binds what it can.</summary>
    Optional,
}
