using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace LyncOwaDiag.Tui.Views;

/// <summary>A framed, scrollable, read-only text over the panes: the help and the dialog ladder. Esc or Enter closes it.</summary>
internal sealed class TextPanel : FrameView
{
    private readonly TextLines _text = new() { Width = Dim.Fill(), Height = Dim.Fill() };

    public TextPanel()
    {
        X = 2;
        Y = 1;
        Width = Dim.Fill(2);
        Height = Dim.Fill(2);
        Visible = false;
        CanFocus = true;
        Add(_text);
    }

    /// <param name="wrap">Whether long lines wrap (the help) or scroll sideways (a ladder, drawn to a width).</param>
    public void Show(string title, string text, bool wrap = false)
    {
        Title = title;
        _text.Wrap = wrap;
        _text.Content = text;
        Visible = true;
        _text.SetFocus();
    }

    /// <summary>The width the text has inside the frame, for text drawn to fit (the ladder).</summary>
    public int TextWidth(int screenWidth) => Math.Max(40, screenWidth - 6);

    public string Content => _text.Content;
}
