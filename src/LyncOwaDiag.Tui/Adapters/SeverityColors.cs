using LyncOwaDiag.Model;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace LyncOwaDiag.Tui.Adapters;

/// <summary>
/// Severity as colour: a badge with its own background (white on red, black on yellow …), legible whatever the
/// terminal's theme; the word beside it carries the meaning where there is no colour.
/// </summary>
internal static class SeverityColors
{
    private static readonly Scheme Critical = new(new Attribute(Color.White, Color.Red));
    private static readonly Scheme Error = new(new Attribute(Color.Black, Color.BrightRed));
    private static readonly Scheme Warning = new(new Attribute(Color.Black, Color.Yellow));

    /// <summary>A search match: the rows' summaries and the matched text in the detail.</summary>
    public static readonly Scheme Match = new(new Attribute(Color.Black, Color.BrightCyan));

    /// <summary>
    /// The whole screen's scheme under NO_COLOR: the terminal's own colours, the focus and the selection in reverse
    /// video (an attribute, not a colour), as less and lnav do without colour.
    /// </summary>
    public static Scheme Monochrome()
    {
        var plain = new Attribute(Color.None, Color.None);
        var reverse = new Attribute(Color.None, Color.None, TextStyle.Reverse);
        return new Scheme(plain)
        {
            HotNormal = plain,
            Focus = reverse,
            HotFocus = reverse,
            Active = reverse,
            HotActive = reverse,
            Highlight = reverse,
            Editable = plain,
            ReadOnly = plain,
            Disabled = plain,
        };
    }

    /// <summary>The badge's scheme, or null for info and verbose (the pane's own colours).</summary>
    public static Scheme? For(Severity severity) => severity switch
    {
        Severity.Critical => Critical,
        Severity.Error => Error,
        Severity.Warning => Warning,
        _ => null,
    };
}
