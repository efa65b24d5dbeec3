using System.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace LyncOwaDiag.Tui.Views;

/// <summary>
/// Read-only lines that scroll with the arrow keys, PageUp/PageDown, Home/End: the detail pane and the text panels.
/// The text comes already made terminal-safe by the view-model; this only draws it.
/// </summary>
internal sealed class TextLines : View
{
    private string[] _lines = [];
    private int _top;
    private int _left;

    public TextLines()
    {
        CanFocus = true;
    }

    public string Content
    {
        get => string.Join('\n', _lines);
        set
        {
            _lines = value.Split('\n');
            _top = 0;
            _left = 0;
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var size = Viewport.Size;
        for (var y = 0; y < size.Height; y++)
        {
            var i = _top + y;
            var line = i < _lines.Length ? _lines[i] : string.Empty;
            line = _left < line.Length ? line[_left..] : string.Empty;
            Move(0, y);
            AddStr(line.Length > size.Width ? line[..size.Width] : line.PadRight(size.Width));
        }

        return true;
    }

    protected override bool OnKeyDown(Key key)
    {
        var page = Math.Max(1, Viewport.Height - 1);
        var (top, left) = (_top, _left);
        if (key == Key.CursorDown) { top++; }
        else if (key == Key.CursorUp) { top--; }
        else if (key == Key.PageDown) { top += page; }
        else if (key == Key.PageUp) { top -= page; }
        else if (key == Key.Home) { (top, left) = (0, 0); }
        else if (key == Key.End) { top = _lines.Length - Viewport.Height; }
        else if (key == Key.CursorRight) { left += 8; }
        else if (key == Key.CursorLeft) { left -= 8; }
        else { return false; }

        _top = Math.Clamp(top, 0, Math.Max(0, _lines.Length - Viewport.Height));
        _left = Math.Clamp(left, 0, Math.Max(0, _lines.Max(l => l.Length) - Viewport.Width));
        SetNeedsDraw();
        return true;
    }

    internal Point Scroll => new(_left, _top);
}
