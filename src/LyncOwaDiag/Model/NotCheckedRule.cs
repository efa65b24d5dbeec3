namespace LyncOwaDiag.Model;

/// <summary>A rule that could not be decided because the source that would show its cause was not collected.</summary>
public sealed record NotCheckedRule(string RuleId, string Title, string Reason);
