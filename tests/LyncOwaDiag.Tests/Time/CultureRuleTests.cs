using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Tests.Time;

public class CultureRuleTests
{
    private const string WinEventHeader =
        "\"Message\",\"Id\",\"Version\",\"Qualifiers\",\"Level\",\"Task\",\"Opcode\",\"Keywords\",\"RecordId\",\"ProviderName\",\"ProviderId\",\"LogName\",\"ProcessId\",\"ThreadId\",\"MachineName\",\"UserId\",\"TimeCreated\"\r\n";

    private static string WinEventRow(string machine, string time) =>
        $"\"The IM endpoint manager started.\",\"112\",\"0\",\"16384\",\"4\",\"9\",,\"-9223372036854775808\",\"5551\",\"MSExchange OWA\",,\"Application\",,,\"{machine}\",,\"{time}\"\r\n";

    [Theory]
    [InlineData("Klingon")]
    [InlineData("MBX01/*=xx-YY")]
    [InlineData("*.csv=")]
    public void UnknownOrEmptyCulture_IsRefusedWithItsName(string text)
    {
        Assert.False(CultureRule.TryParse(text, out _, out var error));
        Assert.Matches("^(unknown culture '.*'|empty culture name)$", error);
    }

    [Fact]
    public void Rules_LastMatchWins()
    {
        Assert.True(CultureRule.TryParse("en-US", out var global, out _));
        Assert.True(CultureRule.TryParse("MBX01/*.csv=de-DE", out var specific, out _));
        IReadOnlyList<CultureRule> rules = [global!, specific!];
        Assert.Equal("de-DE", CultureRule.For(rules, "bundle.zip!/MBX01/app.csv")!.Name);
        Assert.Equal("en-US", CultureRule.For(rules, "bundle/FE01/app.csv")!.Name);
        Assert.Null(CultureRule.For([], "bundle/FE01/app.csv"));
    }

    [Fact]
    public void PowerShellExports_FromTwoCultures_ReadWithTheirOwnRule()
    {
        // 05/04/2013 is 4 May on an en-US exporter and 5 April on a de-DE one; one global --culture would misread one.
        using var temp = new TempFolder();
        var us = temp.File("FE01/app.csv", WinEventHeader + WinEventRow("ATL-CS-001", "05/04/2013 09:20:58"));
        var de = temp.File("MBX01/app.csv", WinEventHeader + WinEventRow("ATL-MBX-001", "05.04.2013 09:20:58"));
        Assert.True(CultureRule.TryParse("en-US", out var global, out _));
        Assert.True(CultureRule.TryParse("MBX01/*=de-DE", out var german, out _));
        Assert.True(TimeZoneRule.TryParse("UTC", out var utc, out _));

        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [us, de], Cultures = [global!, german!], TimeZones = [utc!] });
        var times = session.Events().ToDictionary(e => e.Host!, e => e.Timestamp);

        Assert.Equal(new DateTimeOffset(2013, 5, 4, 9, 20, 58, TimeSpan.Zero), times["ATL-CS-001"]);
        Assert.Equal(new DateTimeOffset(2013, 4, 5, 9, 20, 58, TimeSpan.Zero), times["ATL-MBX-001"]);
    }
}
