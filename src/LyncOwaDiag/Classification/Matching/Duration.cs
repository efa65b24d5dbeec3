using System.Globalization;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>Durations as rule files write them: <c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>2h</c>, <c>30d</c>.</summary>
internal static class Duration
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var t = text.Trim();
        var unitAt = 0;
        while (unitAt < t.Length && (char.IsAsciiDigit(t[unitAt]) || t[unitAt] == '.'))
        {
            unitAt++;
        }

        if (unitAt == 0 || !double.TryParse(t[..unitAt], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        TimeSpan? v = t[unitAt..] switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "s" => TimeSpan.FromSeconds(n),
            "m" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            "d" => TimeSpan.FromDays(n),
            _ => null,
        };
        value = v ?? default;
        return v is not null;
    }

    public static string Format(TimeSpan value) =>
        value.TotalDays >= 1 && value.TotalDays == Math.Floor(value.TotalDays) ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalDays:0}d")
        : value.TotalHours >= 1 && value.TotalHours == Math.Floor(value.TotalHours) ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalHours:0}h")
        : value.TotalMinutes >= 1 && value.TotalMinutes == Math.Floor(value.TotalMinutes) ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalMinutes:0}m")
        : value.TotalSeconds >= 1 && value.TotalSeconds == Math.Floor(value.TotalSeconds) ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0}s")
        : string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0}ms");
}
