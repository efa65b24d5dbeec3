namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>A pane's place on screen, in cells.</summary>
public readonly record struct Pane(int X, int Y, int Width, int Height);
