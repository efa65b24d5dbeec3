using System.Drawing;
using System.Text.RegularExpressions;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace LyncOwaDiag.Tui.Views;

/// <summary>
/// Read-only lines that scroll with the arrow keys, PageUp/PageDown, Home/End: the answer, the detail pane and the
/// text panels. Long lines wrap at the pane's width (<see cref="Wrap"/>) or scroll sideways half a pane a press; the
/// search's matches are drawn highlighted. The text comes already made terminal-safe by the view-model.
/// </summary>
internal sealed class TextLines : View
{
    private string[] _lines = [];
    private string[] _shown = [];
    private int _shownWidth = -1;
    private int _top;
    private int _left;
    private bool _wrap;

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
            _shownWidth = -1;
            _top = 0;
            _left = 0;
            SetNeedsDraw();
        }
    }

    /// <summary>Whether long lines wrap at the pane's width (on words where there is a space) rather than scroll sideways.</summary>
    public bool Wrap
    {
        get => _wrap;
        set
        {
            _wrap = value;
            _shownWidth = -1;
            _top = 0;
            _left = 0;
            SetNeedsDraw();
        }
    }

    /// <summary>What to draw highlighted (the search); null for nothing.</summary>
    public Regex? Highlight { get; set; }

    /// <summary>The attribute of highlighted text; null (no colour) marks nothing, as the row still says it matched.</summary>
    public Terminal.Gui.Drawing.Attribute? HighlightAttribute { get; set; }

    private string[] Lines(int width)
    {
        if (_shownWidth != width)
        {
            _shown = _wrap ? _lines.SelectMany(line => WrapLine(line, Math.Max(1, width))).ToArray() : _lines;
            _shownWidth = width;
        }

        return _shown;
    }

    /// <summary>A line cut into pieces of at most <paramref name="width"/>, at the last space where there is one; the indent of the line is kept on its pieces.</summary>
    internal static IEnumerable<string> WrapLine(string line, int width)
    {
        if (line.Length <= width)
        {
            yield return line;
            yield break;
        }

        var indent = line.Length - line.TrimStart(' ').Length;
        var hang = new string(' ', indent < width / 2 ? indent + 2 : 0);
        var rest = line;
        var first = true;
        while (rest.Length > 0)
        {
            var prefix = first ? string.Empty : hang;
            var room = Math.Max(1, width - prefix.Length);
            if (rest.Length <= room)
            {
                yield return prefix + rest;
                yield break;
            }

            var cut = rest.LastIndexOf(' ', room);
            if (cut <= 0)
            {
                cut = room;
            }

            yield return prefix + rest[..cut];
            rest = rest[cut..].TrimStart(' ');
            first = false;
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var size = Viewport.Size;
        var lines = Lines(size.Width);
        var normal = GetAttributeForRole(VisualRole.Normal);
        for (var y = 0; y < size.Height; y++)
        {
            var i = _top + y;
            var line = i < lines.Length ? lines[i] : string.Empty;
            line = _left < line.Length ? line[_left..] : string.Empty;
            line = line.Length > size.Width ? line[..size.Width] : line.PadRight(size.Width);
            Move(0, y);
            if (Highlight is { } pattern && HighlightAttribute is { } marked && line.Length > 0)
            {
                DrawMarked(line, pattern, marked, normal);
            }
            else
            {
                AddStr(line);
            }
        }

        return true;
    }

    private void DrawMarked(string line, Regex pattern, Terminal.Gui.Drawing.Attribute marked, Terminal.Gui.Drawing.Attribute normal)
    {
        var at = 0;
        foreach (Match match in pattern.Matches(line))
        {
            if (match.Length == 0)
            {
                continue;
            }

            AddStr(line[at..match.Index]);
            SetAttribute(marked);
            AddStr(match.Value);
            SetAttribute(normal);
            at = match.Index + match.Length;
        }

        AddStr(line[at..]);
    }

    protected override bool OnKeyDown(Key key)
    {
        var page = Math.Max(1, Viewport.Height - 1);
        var half = Math.Max(8, Viewport.Width / 2);
        var lines = Lines(Viewport.Width);
        var (top, left) = (_top, _left);
        if (key == Key.CursorDown) { top++; }
        else if (key == Key.CursorUp) { top--; }
        else if (key == Key.PageDown || key == Key.Space) { top += page; }
        else if (key == Key.PageUp) { top -= page; }
        else if (key == Key.Home) { (top, left) = (0, 0); }
        else if (key == Key.End) { top = lines.Length - Viewport.Height; }
        else if (key == Key.CursorRight) { left += half; }
        else if (key == Key.CursorLeft) { left -= half; }
        else { return false; }

        _top = Math.Clamp(top, 0, Math.Max(0, lines.Length - Viewport.Height));
        _left = Math.Clamp(left, 0, Math.Max(0, lines.Max(l => l.Length) - Viewport.Width));
        SetNeedsDraw();
        return true;
    }

    internal Point Scroll => new(_left, _top);
}
