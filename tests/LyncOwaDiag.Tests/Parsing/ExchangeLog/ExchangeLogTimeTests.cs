using System.Globalization;
using LyncOwaDiag.Parsing.ExchangeLog;

namespace LyncOwaDiag.Tests.Parsing.ExchangeLog;

public class ExchangeLogTimeTests
{
    private static readonly string[] GeneralFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.fff'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    [Theory]
    [InlineData("2013-05-14T09:20:58.114Z")]
    [InlineData("2012-02-29T23:59:59.999Z")]
    [InlineData("0001-01-01T00:00:00.000Z")]
    [InlineData("9999-12-31T23:59:59.999Z")]
    public void RowTimes_TheDigitReaderGivesWhatTheGeneralParserGives(string text)
    {
        Assert.True(ExchangeLogTime.TryParseMilliseconds(text, out var fast));
        Assert.True(DateTimeOffset.TryParseExact(text, GeneralFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var general));
        Assert.Equal(general, fast);
        Assert.Equal(TimeSpan.Zero, fast.Offset);
    }

    [Theory]
    [InlineData("2013-02-29T09:20:58.114Z")]   // no 29 February in 2013
    [InlineData("2013-04-31T09:20:58.114Z")]
    [InlineData("2013-13-01T09:20:58.114Z")]
    [InlineData("2013-00-01T09:20:58.114Z")]
    [InlineData("2013-05-00T09:20:58.114Z")]
    [InlineData("2013-05-14T24:00:00.000Z")]
    [InlineData("2013-05-14T09:60:58.114Z")]
    [InlineData("2013-05-14T09:20:60.114Z")]
    [InlineData("0000-05-14T09:20:58.114Z")]
    [InlineData("2013-05-14T09:20:5x.114Z")]
    [InlineData("2013-05-14 09:20:58.114Z")]
    [InlineData("2013-05-14T09:20:58.114+")]
    [InlineData("+013-05-14T09:20:58.114Z")]
    public void ImpossibleOrOtherShapes_AreNotReadByTheDigitReader_AndTheWholeParserAgreesWithTheGeneralOne(string text)
    {
        Assert.False(ExchangeLogTime.TryParseMilliseconds(text, out _));
        var general = DateTimeOffset.TryParseExact(text.Trim(), GeneralFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expected);
        Assert.Equal(general, ExchangeLogTime.TryParse(text, out var actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2013-05-14T09:20:58Z")]
    [InlineData("2013-05-14T09:20:58.1140000Z")]
    [InlineData(" 2013-05-14T09:20:58.114Z ")]
    [InlineData("2013-05-14T11:20:58.114+02:00")]
    public void OtherWriters_Shapes_StillParse(string text)
    {
        Assert.True(ExchangeLogTime.TryParse(text, out var time));
        Assert.Equal(new DateTimeOffset(2013, 5, 14, 9, 20, 58, TimeSpan.Zero), time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond)));
    }
}
