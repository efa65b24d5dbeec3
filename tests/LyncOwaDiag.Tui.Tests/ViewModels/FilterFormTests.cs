using LyncOwaDiag.Model;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>The f dialog: fields to a timeline filter, and a clear message for a field it cannot read.</summary>
public class FilterFormTests
{
    private static TimelineEvent Event(EventSource source, Severity severity, string host, int minute) => new()
    {
        Timestamp = new DateTimeOffset(2013, 5, 14, 9, minute, 0, TimeSpan.Zero),
        TimeQuality = TimeQuality.Exact,
        Source = source,
        Host = host,
        Severity = severity,
        Kind = "k",
        Summary = "s",
        Location = new SourceLocation("f", 1, 1, 0),
    };

    [Fact]
    public void Fields_MakeAFilter_ThatKeepsOnlyWhatTheyDescribe()
    {
        var form = new FilterForm { Source = "sipstack, owa-im", MinimumSeverity = "warning", Host = "ATL-CS-001", Since = "2013-05-14T09:20:00Z", Until = "2013-05-14T09:30:00Z" };

        var (filter, error) = form.Build();

        Assert.Null(error);
        Assert.True(filter!.Matches(Event(EventSource.SipStack, Severity.Error, "ATL-CS-001", 21)));
        Assert.False(filter.Matches(Event(EventSource.EventLog, Severity.Error, "ATL-CS-001", 21)));
        Assert.False(filter.Matches(Event(EventSource.SipStack, Severity.Info, "ATL-CS-001", 21)));
        Assert.False(filter.Matches(Event(EventSource.SipStack, Severity.Error, "ATL-MBX-001", 21)));
        Assert.False(filter.Matches(Event(EventSource.SipStack, Severity.Error, "ATL-CS-001", 31)));
    }

    [Fact]
    public void EmptyFields_MakeAnEmptyFilter() => Assert.True(new FilterForm().Build().Filter!.IsEmpty);

    [Theory]
    [InlineData("Source", "sip", "source: 'sip' is not one of")]
    [InlineData("MinimumSeverity", "loud", "minimum severity: 'loud'")]
    [InlineData("Since", "yesterday", "since: 'yesterday' is not a time")]
    public void ABadField_IsNamed(string field, string value, string message)
    {
        var form = new FilterForm();
        typeof(FilterForm).GetProperty(field)!.SetValue(form, value);

        var (filter, error) = form.Build();

        Assert.Null(filter);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void SinceAfterUntil_IsRefused() =>
        Assert.Equal("since is after until", new FilterForm { Since = "2013-05-14T10:00:00Z", Until = "2013-05-14T09:00:00Z" }.Build().Error);
}
