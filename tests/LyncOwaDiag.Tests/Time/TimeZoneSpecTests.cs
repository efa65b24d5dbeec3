using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Tests.Time;

public class TimeZoneSpecTests
{
    [Theory]
    [InlineData("UTC", "2013-05-14T09:00:00Z")]
    [InlineData("-08:00", "2013-05-14T17:00:00Z")]
    [InlineData("+0530", "2013-05-14T03:30:00Z")]
    [InlineData("Pacific Standard Time", "2013-05-14T16:00:00Z")]
    [InlineData("Europe/Berlin", "2013-05-14T07:00:00Z")]
    public void WallClock_BecomesUtc_DstAware(string zone, string expected)
    {
        Assert.True(TimeZoneSpec.TryParse(zone, out var spec, out var error), error);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), spec!.ToUtc(new DateTime(2013, 5, 14, 9, 0, 0)));
    }

    [Fact]
    public void WinterTime_UsesTheStandardOffset()
    {
        Assert.True(TimeZoneSpec.TryParse("Pacific Standard Time", out var spec, out _));
        Assert.Equal(new DateTimeOffset(2013, 1, 14, 17, 0, 0, TimeSpan.Zero), spec!.ToUtc(new DateTime(2013, 1, 14, 9, 0, 0)));
    }

    [Theory]
    [InlineData("Mars/Olympus", "unknown time zone 'Mars/Olympus' (use UTC, an offset like -08:00, or a zone name such as \"Pacific Standard Time\")")]
    [InlineData("+25:00", "'+25:00' is not an offset like -08:00 or +0530")]
    public void BadZone_SaysWhy(string zone, string expected)
    {
        Assert.False(TimeZoneSpec.TryParse(zone, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Rules_LastMatchWins_AndGlobsSelectFiles()
    {
        Assert.True(TimeZoneRule.TryParse("-08:00", out var global, out _));
        Assert.True(TimeZoneRule.TryParse("MBX01/*.csv=+01:00", out var specific, out _));
        IReadOnlyList<TimeZoneRule> rules = [global!, specific!];
        Assert.Equal("+01:00", TimeZoneRule.For(rules, "bundle/MBX01/app.csv")!.Text);
        Assert.Equal("-08:00", TimeZoneRule.For(rules, "bundle/FE01/trace.txt")!.Text);
        Assert.Equal("+01:00", TimeZoneRule.For(rules, "bundle.zip!/MBX01/app.csv")!.Text);
    }

    [Fact]
    public void Normaliser_ConvertsAssumedTimes_LeavesExactOnes()
    {
        Assert.True(TimeZoneSpec.TryParse("-08:00", out var zone, out _));
        var assumed = new TimelineEvent
        {
            Timestamp = new DateTimeOffset(2013, 5, 14, 9, 0, 0, TimeSpan.Zero), TimeQuality = TimeQuality.AssumedUtc, Source = EventSource.SipStack,
            Severity = Severity.Info, Kind = "k", Summary = "s", Location = new SourceLocation("f", 1, 1, 0),
        };
        var converted = TimeNormaliser.Apply(assumed, zone);
        Assert.Equal((new DateTimeOffset(2013, 5, 14, 17, 0, 0, TimeSpan.Zero), TimeQuality.OffsetApplied), (converted.Timestamp, converted.TimeQuality));
        var exact = assumed with { TimeQuality = TimeQuality.Exact };
        Assert.Same(exact, TimeNormaliser.Apply(exact, zone));
    }
}
