namespace LyncOwaDiag.Inputs;

/// <summary>Picks the rule that applies to one input among <c>--tz</c>- or <c>--culture</c>-style rules.</summary>
public static class PathScoped
{
    /// <summary>
    /// Splits <c>PATH=VALUE</c> at the last <c>=</c> (paths may contain one, values do not): no path when there is
    /// no <c>=</c> or nothing before it.
    /// </summary>
    public static (PathPattern? Path, string Value) Split(string text)
    {
        var eq = text.LastIndexOf('=');
        return (eq > 0 ? new PathPattern(text[..eq]) : null, eq >= 0 ? text[(eq + 1)..] : text);
    }

    /// <summary>The last rule that matches wins, so a specific rule after a global one overrides it.</summary>
    public static T? Last<T>(IReadOnlyList<T> rules, string displayPath)
        where T : class, IPathScoped
    {
        T? found = null;
        foreach (var rule in rules)
        {
            if (rule.Path is null || rule.Path.Matches(displayPath))
            {
                found = rule;
            }
        }

        return found;
    }
}
