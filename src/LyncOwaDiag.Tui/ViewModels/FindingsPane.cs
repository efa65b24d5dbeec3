using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// The findings list: the summary first (the verdict), then one line per finding, causes first as triage ranks them
/// and their consequences indented under them; severity as a word (legible without colour), title, count. Each row
/// has its page for the answer pane. Log-derived text is made terminal-safe.
/// </summary>
public sealed class FindingsPane
{
    private readonly List<(Finding? Finding, int Depth)> _rows = [];
    private readonly Func<string, string> _shown;
    private readonly string _verdict;
    private readonly string _servers;
    private readonly DiagnosisResult _result;
    private readonly AnswerPage?[] _pages;
    private readonly Func<string, string>? _shorten;

    /// <summary>The list's first row: the summary, whose page is the verdict and the checklist.</summary>
    public const int SummaryRow = 0;

    /// <param name="shown">What the screen may show of a text (the redactor under --redact); as it is by default.</param>
    /// <param name="shorten">A location as the panes show it (without the input folder); as it is by default.</param>
    public FindingsPane(DiagnosisResult result, Func<string, string>? shown = null, Func<string, string>? shorten = null)
    {
        _shorten = shorten;
        _shown = shown ?? (text => text);
        _result = result;
        _rows.Add((null, 0));
        foreach (var finding in result.Findings)
        {
            Add(finding, 0);
        }

        _verdict = $"{result.Verdict.ToString().ToLowerInvariant()}: {SafeText.ForTerminal(result.VerdictReason)}";
        _servers = result.Servers.Count == 0
            ? "The bundle names no server: nothing in its files says which machine wrote them."
            : "As the bundle's content names them; a folder name is only a guess and no check relies on it.\n\n" + string.Join("\n\n", result.Servers.Select(server =>
                SafeText.ForTerminal(ServerText.Line(server)) + "\n" + string.Join("\n", server.Names.Select(n => "  " + SafeText.ForTerminal(ServerText.Name(n))))));
        _pages = new AnswerPage?[_rows.Count];
    }

    public Verdict VerdictKind => _result.Verdict;

    /// <summary>The diagnosis the pane shows (--follow makes a new one as the inputs grow).</summary>
    public DiagnosisResult Result => _result;

    /// <summary>The row the answer pane opens on: the first cause when there is one, else the summary (a healthy bundle's "verified").</summary>
    public int FirstRow => _rows.Count > 1 ? 1 : SummaryRow;

    public string Verdict => _shown(_verdict);

    /// <summary>The servers panel: each server with its roles, and each of its names with where it was learned.</summary>
    public string Servers => _shown(_servers);

    /// <summary>Rows of the list: the summary and every finding.</summary>
    public int Count => _rows.Count;

    /// <summary>The finding of a row; null for the summary row.</summary>
    public Finding? this[int row] => _rows[row].Finding;

    /// <summary>The row's page for the answer pane, made once, as the screen may show it (redacted under --redact).</summary>
    public AnswerPage Page(int row)
    {
        if (_pages[row] is { } page)
        {
            return page;
        }

        var made = _rows[row].Finding is { } finding ? AnswerText.Finding(finding, _shorten) : AnswerText.Summary(_result, _shorten);
        made = made with { Text = _shown(made.Text), Copyable = made.Copyable.Select(_shown).ToList() };
        // Under --redact the pseudonyms are learned later: a page made before then is not kept.
        if (!made.Text.Contains(Troubleshooter.RedactionPending, StringComparison.Ordinal))
        {
            _pages[row] = made;
        }

        return made;
    }

    /// <summary>The row as shown, cut to <paramref name="width"/> characters.</summary>
    public string Line(int row, int width)
    {
        var (f, depth) = _rows[row];
        if (f is null)
        {
            var summary = _shown($"     Summary · {_verdict}");
            return summary.Length <= width ? summary : summary[..Math.Max(0, width - 1)] + "…";
        }

        var text = _shown($"{SeverityBadge.Label(f.Severity)} {new string(' ', depth * 2)}{SafeText.ForTerminal(f.Title)} ×{f.Count.ToString(CultureInfo.InvariantCulture)}");
        return text.Length <= width ? text : text[..Math.Max(0, width - 1)] + "…";
    }

    private void Add(Finding finding, int depth)
    {
        _rows.Add((finding, depth));
        foreach (var consequence in finding.Consequences)
        {
            Add(consequence, depth + 1);
        }
    }
}
