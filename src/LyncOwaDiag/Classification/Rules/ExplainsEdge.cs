namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// One edge of the <c>explains</c> graph: the rule whose finding this rule's cause produces, and the sentence that
/// says how (from the documentation), so that a reviewer can check each fold against it.
/// </summary>
public sealed record ExplainsEdge(string RuleId, string Because);
