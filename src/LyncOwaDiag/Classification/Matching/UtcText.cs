using System.Globalization;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>A time and a span of time as the classifier's reasons say them: UTC to the second.</summary>
internal static class UtcText
{
    public static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Span(DateTimeOffset from, DateTimeOffset to) => $"{Instant(from)} – {Instant(to)}";
}
