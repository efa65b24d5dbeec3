using System.Globalization;
using System.Text.RegularExpressions;
using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// The <c>f</c> dialog's fields as typed (source, minimum severity, host, user, Call-ID, time range) and the
/// <see cref="TimelineFilter"/> they make — the same filter as <c>timeline</c>'s options. A bad field gives a
/// message naming it, and the filter in force stays as it was.
/// </summary>
public sealed class FilterForm
{
    public string Source { get; set; } = string.Empty;

    public string MinimumSeverity { get; set; } = string.Empty;

    public string Host { get; set; } = string.Empty;

    public string User { get; set; } = string.Empty;

    public string CallId { get; set; } = string.Empty;

    public string Since { get; set; } = string.Empty;

    public string Until { get; set; } = string.Empty;

    /// <summary>A regex the row's whole message (or one of its keys) must match: lnav's :filter-in.</summary>
    public string Matching { get; set; } = string.Empty;

    /// <summary>A regex no row shown may match: lnav's :filter-out.</summary>
    public string NotMatching { get; set; } = string.Empty;

    /// <summary>Every field emptied: the whole timeline.</summary>
    public void Clear() => Source = MinimumSeverity = Host = User = CallId = Since = Until = Matching = NotMatching = string.Empty;

    /// <summary>The filter, or null with the reason when a field is not understood.</summary>
    public (TimelineFilter? Filter, string? Error) Build()
    {
        var filter = new TimelineFilter
        {
            Host = Blank(Host),
            User = Blank(User),
            CallId = Blank(CallId),
        };

        if (Blank(Source) is { } source)
        {
            var sources = new HashSet<EventSource>();
            foreach (var name in source.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (EventSourceNames.Parse(name) is not { } s)
                {
                    return (null, $"source: '{name}' is not one of {EventSourceNames.All}");
                }

                sources.Add(s);
            }

            filter = filter with { Sources = sources };
        }

        foreach (var (name, text, set) in new (string, string, Func<TimelineFilter, Regex, TimelineFilter>)[]
                 {
                     ("matching", Matching, (f, r) => f with { Grep = r }),
                     ("not matching", NotMatching, (f, r) => f with { GrepOut = r }),
                 })
        {
            if (Blank(text) is not { } pattern)
            {
                continue;
            }

            try
            {
                filter = set(filter, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                return (null, $"{name}: not a regular expression: {e.Message}");
            }
        }

        if (Blank(MinimumSeverity) is { } severity)
        {
            if (!Enum.TryParse<Severity>(severity, ignoreCase: true, out var s) || int.TryParse(severity, out _))
            {
                return (null, $"minimum severity: '{severity}' is not critical, error, warning, info or verbose");
            }

            filter = filter with { MinimumSeverity = s };
        }

        foreach (var (name, text, set) in new (string, string, Func<TimelineFilter, DateTimeOffset, TimelineFilter>)[]
                 {
                     ("since", Since, (f, t) => f with { Since = t }),
                     ("until", Until, (f, t) => f with { Until = t }),
                 })
        {
            if (Blank(text) is not { } value)
            {
                continue;
            }

            if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                return (null, $"{name}: '{value}' is not a time like 2013-05-14T09:21:00Z");
            }

            filter = set(filter, time);
        }

        return filter.Since > filter.Until ? (null, "since is after until") : (filter, null);
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
