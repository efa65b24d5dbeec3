namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>Calendar checks shared by the grammar and the scanner so that both accept the same dates.</summary>
internal static class SipStackTime
{
    public static bool IsValid(int year, int month, int day, int hour, int minute, int second) =>
        year is >= 1 and <= 9999
        && month is >= 1 and <= 12
        && day >= 1 && day <= DateTime.DaysInMonth(year, month)
        && hour < 24 && minute < 60 && second < 60;

    public static DateTime Create(int year, int month, int day, int hour, int minute, int second, int millisecond) =>
        new(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified);
}
