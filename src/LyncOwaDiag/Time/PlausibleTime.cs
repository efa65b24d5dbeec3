namespace LyncOwaDiag.Time;

/// <summary>
/// The years a log of this integration can come from: OCS and Exchange logs exist from the 2000s on, and nothing we
/// read is written a century ahead. A time outside (a 0001-01-01 or 9999-12-31 row, a zeroed FILETIME) stays on the
/// timeline where it was read, is reported, and does not stretch the logs' span that date conditions compare with
/// (one such row would make every certificate look expired, or not yet valid).
/// </summary>
public static class PlausibleTime
{
    public static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool Contains(DateTimeOffset time) => time >= Earliest && time < Latest;
}
