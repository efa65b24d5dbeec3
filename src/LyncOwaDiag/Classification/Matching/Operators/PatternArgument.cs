using System.Globalization;
using System.Text.RegularExpressions;

namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>A regular expression argument with its named groups, which bind what they capture.</summary>
internal sealed class PatternArgument(Regex regex)
{
    public Regex Regex { get; } = regex;

    // Worked out once (GetGroupNames builds a new array on every call); an array, so that the loop below allocates nothing.
    public string[] GroupNames { get; } =
        regex.GetGroupNames().Where(n => !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToArray();

    /// <summary>Whether the text matches; if so, the named groups that took part are bound.</summary>
    public bool Match(string text, Bindings bindings)
    {
        var match = Regex.Match(text);
        if (!match.Success)
        {
            return false;
        }

        foreach (var name in GroupNames)
        {
            if (match.Groups[name] is { Success: true } group)
            {
                bindings.Set(name, group.Value);
            }
        }

        return true;
    }
}
