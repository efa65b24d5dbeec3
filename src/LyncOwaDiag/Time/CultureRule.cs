using System.Globalization;
using LyncOwaDiag.Inputs;

namespace LyncOwaDiag.Time;

/// <summary>
/// <c>--culture NAME</c> for every input, or <c>--culture "GLOB=NAME"</c> for the inputs whose path matches: a bundle
/// often mixes an English Front End's exports with a German mailbox server's.
/// </summary>
public sealed record CultureRule(PathPattern? Path, CultureInfo Culture) : IPathScoped
{
    public static bool TryParse(string text, out CultureRule? rule, out string? error)
    {
        rule = null;
        error = null;
        var (path, value) = PathScoped.Split(text);
        var name = value.Trim();
        if (name.Length == 0)
        {
            error = "empty culture name";
            return false;
        }

        CultureInfo culture;
        try
        {
            // predefinedOnly: an invented name would otherwise become a culture with invariant formats and no error.
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            error = $"unknown culture '{name}'";
            return false;
        }

        rule = new CultureRule(path, culture);
        return true;
    }

    public static CultureInfo? For(IReadOnlyList<CultureRule> rules, string displayPath) =>
        PathScoped.Last(rules, displayPath)?.Culture;
}
