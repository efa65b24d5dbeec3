using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// The findings pane: one line per finding, causes first as triage ranks them and their consequences indented
/// under them; severity as a word (legible without colour), title, count. Log-derived text is made terminal-safe.
/// </summary>
public sealed class FindingsPane
{
    private readonly List<(Finding Finding, int Depth)> _rows = [];
    private readonly Func<string, string> _shown;
    private readonly string _verdict;
    private readonly string _servers;

    /// <param name="shown">What the screen may show of a text (the redactor under --redact); as it is by default.</param>
    public FindingsPane(DiagnosisResult result, Func<string, string>? shown = null)
    {
        _shown = shown ?? (text => text);
        foreach (var finding in result.Findings)
        {
            Add(finding, 0);
        }

        _verdict = $"{result.Verdict.ToString().ToLowerInvariant()}: {SafeText.ForTerminal(result.VerdictReason)}";
        _servers = result.Servers.Count == 0
            ? "The bundle names no server: nothing in its files says which machine wrote them."
            : "As the bundle's content names them; a folder name is only a guess and no check relies on it.\n\n" + string.Join("\n\n", result.Servers.Select(server =>
                SafeText.ForTerminal(ServerText.Line(server)) + "\n" + string.Join("\n", server.Names.Select(n => "  " + SafeText.ForTerminal(ServerText.Name(n))))));
    }

    public string Verdict => _shown(_verdict);

    /// <summary>The servers panel: each server with its roles, and each of its names with where it was learned.</summary>
    public string Servers => _shown(_servers);

    public int Count => _rows.Count;

    public Finding this[int row] => _rows[row].Finding;

    /// <summary>The row as shown, cut to <paramref name="width"/> characters.</summary>
    public string Line(int row, int width)
    {
        var (f, depth) = _rows[row];
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
