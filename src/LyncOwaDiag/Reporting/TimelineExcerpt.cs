using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>The events around a finding's first evidence, for the HTML report's filterable excerpt.</summary>
public sealed record TimelineExcerpt(string RuleId, IReadOnlyList<TimelineEvent> Events);
