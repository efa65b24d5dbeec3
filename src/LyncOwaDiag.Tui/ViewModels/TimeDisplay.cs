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
