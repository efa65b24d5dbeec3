using System.Collections;
using System.Collections.Specialized;
using LyncOwaDiag.Tui.ViewModels;
using Terminal.Gui.Views;

namespace LyncOwaDiag.Tui.Adapters;

/// <summary>
/// The findings pane's lines for Terminal.Gui's list: the severity word drawn as a coloured badge (unless the line
/// is selected, which keeps the list's own highlight), the rest in the list's colours.
/// </summary>
internal sealed class FindingsListSource(FindingsPane pane, bool color = true) : IListDataSource
{
    public event NotifyCollectionChangedEventHandler? CollectionChanged
    {
        add { }
        remove { }
    }

    public FindingsPane Pane => pane;

    public int Count => pane.Count;

    public int MaxItemLength => 200;

    public bool SuspendCollectionChangedEvent { get; set; }

    public bool IsMarked(int item) => false;

    public void SetMark(int item, bool value)
    {
        // Findings are not marked: Enter opens them.
    }

    public bool RenderMark(ListView listView, int item, int row, bool isMarked, bool markMultiple) => true;

    public void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX)
    {
        if (width <= 0)
        {
            return;
        }

        var text = pane.Line(item, width);
        var line = (text.Length > width ? text[..width] : text).PadRight(width);
        listView.Move(col, row);
        var normal = listView.App?.Driver?.GetAttribute();
        // A pane narrower than the badge (a terminal dragged to a sliver) shows what fits of it.
        var badgeWidth = Math.Min(SeverityBadge.Width, line.Length);
        if (color && !selected && pane[item] is { } finding && SeverityColors.For(finding.Severity) is { } badge && normal is not null)
        {
            listView.SetAttribute(badge.Normal);
            listView.AddStr(line[..badgeWidth]);
            listView.SetAttribute(normal.Value);
            listView.AddStr(line[badgeWidth..]);
        }
        else
        {
            listView.AddStr(line);
        }
    }

    public IList ToList() => Enumerable.Range(0, pane.Count).Select(i => pane.Line(i, 200)).ToList();

    public void Dispose()
    {
        // Nothing held.
    }
}
