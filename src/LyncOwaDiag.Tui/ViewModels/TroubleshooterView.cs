namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>What the screen shows under the findings list: the answer (the row's page) or the timeline and its detail.</summary>
public enum TroubleshooterView
{
    Answer,
    Timeline,
}
