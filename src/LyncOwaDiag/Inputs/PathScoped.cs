namespace LyncOwaDiag.Inputs;

/// <summary>Picks the rule that applies to one input among <c>--tz</c>- or <c>--culture</c>-style rules.</summary>
public static class PathScoped
{
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
