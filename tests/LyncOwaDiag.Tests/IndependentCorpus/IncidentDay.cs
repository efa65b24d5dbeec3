namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The day every incident happens on, in UTC: November 2019, when Exchange 2013 CU23 (build 1497.2, June 2019) was
/// current, so versions, certificate dates and log dates agree with each other.
/// </summary>
internal static class IncidentDay
{
    public static DateTime Date => Shifted(new DateTime(2019, 11, 19, 0, 0, 0, DateTimeKind.Utc));

    /// <summary>A date the story fixes (a certificate's NotAfter, a file's write time), moved with the incident.</summary>
    public static DateTime Shifted(DateTime written) => written.AddYears(CorpusVariation.Current.YearShift);

    /// <summary>The name of the IM (or HttpProxy) log file of a day relative to the incident.</summary>
    public static string LogDay(int days = 0) => Date.AddDays(days).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime At(int hour, int minute, int second = 0, int millisecond = 0) =>
        Date.AddHours(hour).AddMinutes(minute).AddSeconds(second).AddMilliseconds(millisecond);

    /// <summary>When the collector ran (after the incident window).</summary>
    public static DateTime CollectedAt => At(15, 30);

    /// <summary>The Exchange build the collector reports: Exchange 2013 CU23.</summary>
    public const string ExchangeBuild = "15.0.1497.2";

    public const string ExchangeDisplayVersion = "Version 15.0 (Build 1497.2)";

    /// <summary>The Lync Server 2013 build the collector reports (a 2019 cumulative update).</summary>
    public const string LyncBuild = "5.0.8308.1091";
}
