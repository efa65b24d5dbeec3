using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>What the classifier concluded about one bundle.</summary>
internal sealed record Classification(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ChecklistResult> Checklist,
    IReadOnlyList<UnexplainedSignal> Unexplained,
    long OtherErrors,
    IReadOnlyList<NotCheckedRule> NotChecked,
    Verdict Verdict,
    string VerdictReason);
