using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// <c>t</c> toggles the times between UTC and the viewer's local time (from the injected clock's zone). Times whose
/// offset was never known stay as logged, whatever the mode, and keep their mark.
/// </summary>
public sealed class TimeDisplay(TimeProvider clock)
{
    public bool Local { get; private set; }

    public void Toggle() => Local = !Local;

    public string Label => Local ? $"local ({clock.LocalTimeZone.Id})" : "UTC";

    /// <summary>
    /// Month, day and time to the millisecond, without year or zone, for narrow terminals (the column header says
    /// which zone); an unknown-offset time stays as logged.
    /// </summary>
    public string Compact(DateTimeOffset time, TimeQuality quality)
    {
        var shown = !Local || quality == TimeQuality.LocalUnknownOffset
            ? (quality == TimeQuality.LocalUnknownOffset ? time.DateTime : time.UtcDateTime)
            : TimeZoneInfo.ConvertTime(time, clock.LocalTimeZone).DateTime;
        return shown.ToString("MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
    }

    /// <summary>The time column's header: which zone the times are in.</summary>
    public string Header => Local ? "Time (local)" : "Time (UTC)";

    public string Format(DateTimeOffset time, TimeQuality quality)
    {
        if (!Local || quality == TimeQuality.LocalUnknownOffset)
        {
            return TimeQualityText.Format(time, quality);
        }

        var local = TimeZoneInfo.ConvertTime(time, clock.LocalTimeZone);
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }
}
