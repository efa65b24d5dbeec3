using LyncOwaDiag.Inputs;

namespace LyncOwaDiag.Time;

/// <summary><c>--tz ZONE</c> for every input, or <c>--tz "GLOB=ZONE"</c> for the inputs whose path matches.</summary>
public sealed record TimeZoneRule(PathPattern? Path, TimeZoneSpec Zone) : IPathScoped
{
    public static bool TryParse(string text, out TimeZoneRule? rule, out string? error)
    {
        rule = null;
        var (path, zoneText) = PathScoped.Split(text);
        if (!TimeZoneSpec.TryParse(zoneText, out var zone, out error))
        {
            return false;
        }

        rule = new TimeZoneRule(path, zone!);
        return true;
    }

    /// <summary>The last rule that matches wins, so a specific rule after a global one overrides it.</summary>
    public static TimeZoneSpec? For(IReadOnlyList<TimeZoneRule> rules, string displayPath) =>
        PathScoped.Last(rules, displayPath)?.Zone;
}
