namespace LyncOwaDiag.Tui.Tests.Support;

/// <summary>A clock at a fixed instant in a fixed zone, so that local times and report dates do not depend on the machine.</summary>
internal sealed class FixedClock(TimeZoneInfo zone) : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2013, 5, 14, 11, 0, 0, TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>UTC+02:00 without daylight saving, a zone every machine has.</summary>
    public static FixedClock PlusTwo() => new(TimeZoneInfo.CreateCustomTimeZone("Test+2", TimeSpan.FromHours(2), "Test+2", "Test+2"));
}
