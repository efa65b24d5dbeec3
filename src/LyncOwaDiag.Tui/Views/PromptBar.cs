using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace LyncOwaDiag.Tui.Views;

/// <summary>
/// A one-line prompt in place of the state line: the search pattern (<c>/</c>) or the export file name (<c>e</c>).
/// The window decides what Enter and Esc do; typing goes to the field.
/// </summary>
internal sealed class PromptBar : View
{
    private readonly Label _caption = new() { X = 0, Y = 0 };
    private readonly Label _note = new() { X = Pos.AnchorEnd(), Y = 0 };

    public PromptBar()
    {
        Height = 1;
        Width = Dim.Fill();
        Visible = false;
        CanFocus = true;
        Field = new TextField { X = Pos.Right(_caption), Y = 0, Width = Dim.Fill(Dim.Func(_ => _note.Text.Length)) };
        Add(_caption, Field, _note);
    }

    public TextField Field { get; }

    /// <summary>A note at the right end: the search's outcome (no match, a bad pattern).</summary>
    public string Note
    {
        get => _note.Text;
        set
        {
            if (_note.Text != value)
            {
                _note.Text = value;
                SetNeedsLayout();
            }
        }
    }

    public void Show(string caption, string text)
    {
        _caption.Text = caption;
        Field.Text = text;
        Visible = true;
        Field.SetFocus();
        Field.MoveEnd();
    }
}
