using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>The words and one-character marks that show how a time was obtained, wherever a time is printed.</summary>
public static class TimeQualityText
{
    public static string Name(TimeQuality quality) => quality switch
    {
        TimeQuality.Exact => "exact",
        TimeQuality.AssumedUtc => "assumed-UTC",
        TimeQuality.OffsetApplied => "offset-applied",
        TimeQuality.SkewCorrected => "skew-corrected",
        TimeQuality.LocalUnknownOffset => "local-unknown-offset",
        _ => quality.ToString(),
    };

    public static char Mark(TimeQuality quality) => quality switch
    {
        TimeQuality.Exact => ' ',
        TimeQuality.AssumedUtc => '~',
        TimeQuality.OffsetApplied => '+',
        TimeQuality.SkewCorrected => '^',
        TimeQuality.LocalUnknownOffset => '?',
        _ => ' ',
    };

    public const string Legend =
        "time marks: (blank) exact UTC, ~ assumed UTC, + local time converted with --tz or an inferred offset, ^ skew-corrected, ? local time, offset unknown";

    /// <summary>ISO 8601 with milliseconds; UTC ends in Z, an unknown-offset local time has no zone.</summary>
    public static string Format(DateTimeOffset time, TimeQuality quality) =>
        quality == TimeQuality.LocalUnknownOffset
            ? time.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)
            : time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
