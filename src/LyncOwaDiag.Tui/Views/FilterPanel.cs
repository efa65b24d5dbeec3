using LyncOwaDiag.Tui.ViewModels;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace LyncOwaDiag.Tui.Views;

/// <summary>
/// The <c>f</c> dialog: one field per filter of <see cref="FilterForm"/>, filled with the filter in force; Enter
/// applies, Esc cancels, all fields empty shows the whole timeline again.
/// </summary>
internal sealed class FilterPanel : FrameView
{
    private readonly FilterForm _form;
    private readonly List<(TextField Field, Func<string> Get, Action<string> Set)> _fields = [];

    public FilterPanel(FilterForm form)
    {
        _form = form;
        Title = "Filter (Enter apply, Esc cancel, all empty = no filter)";
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(80);
        Height = 12;
        Visible = false;
        CanFocus = true;
        var y = 0;
        Row("Source", "e.g. sipstack,owa-im (also exchange-log, event-log, config)", () => form.Source, v => form.Source = v, ref y);
        Row("Min severity", "e.g. error (critical, error, warning, info)", () => form.MinimumSeverity, v => form.MinimumSeverity = v, ref y);
        Row("Host", "e.g. FE01", () => form.Host, v => form.Host = v, ref y);
        Row("User", "e.g. sip:kim@contoso.com", () => form.User, v => form.User = v, ref y);
        Row("Call-ID", string.Empty, () => form.CallId, v => form.CallId = v, ref y);
        Row("Since", "e.g. 2013-05-14T09:21:00Z", () => form.Since, v => form.Since = v, ref y);
        Row("Until", string.Empty, () => form.Until, v => form.Until = v, ref y);
        Row("Matching", "regex, e.g. 504|timed? ?out (:filter-in)", () => form.Matching, v => form.Matching = v, ref y);
        Row("Not matching", "regex, e.g. OPTIONS|keep-alive (:filter-out)", () => form.NotMatching, v => form.NotMatching = v, ref y);
    }

    private void Row(string label, string hint, Func<string> get, Action<string> set, ref int y)
    {
        var caption = new Label { X = 0, Y = y, Width = 14, Text = label };
        var field = new TextField { X = 14, Y = y, Width = Dim.Fill() };
        if (hint.Length > 0)
        {
            field.Title = hint;
        }

        Add(caption, field);
        _fields.Add((field, get, set));
        y++;
    }

    public void Show()
    {
        foreach (var (field, get, _) in _fields)
        {
            field.Text = get();
        }

        Visible = true;
        _fields[0].Field.SetFocus();
    }

    /// <summary>Copies the fields into the form.</summary>
    public void Commit()
    {
        foreach (var (field, _, set) in _fields)
        {
            set(field.Text);
        }
    }

    public FilterForm Form => _form;

    internal IReadOnlyList<TextField> Fields => _fields.Select(f => f.Field).ToList();
}
