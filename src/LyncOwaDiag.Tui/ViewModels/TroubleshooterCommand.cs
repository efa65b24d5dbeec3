namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>What a key of the troubleshooter does; <see cref="KeyTable"/> says which key.</summary>
public enum TroubleshooterCommand
{
    Help,
    Quit,
    ToggleView,
    OpenFinding,
    NextEvidence,
    PreviousEvidence,
    Copy,
    Search,
    NextMatch,
    PreviousMatch,
    NextError,
    PreviousError,
    Command,
    Filter,
    GoTo,
    Bookmark,
    NextBookmark,
    PreviousBookmark,
    Wrap,
    Ladder,
    Servers,
    ToggleTime,
    Export,
    Pane,
    FirstLast,
    ClearField,
}
