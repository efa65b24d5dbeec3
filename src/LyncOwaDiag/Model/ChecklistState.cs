namespace LyncOwaDiag.Model;

/// <summary>How a verification checklist item came out; <see cref="NotChecked"/> when its evidence was not collected.</summary>
public enum ChecklistState
{
    Passed,
    Failed,
    NotChecked,
}
