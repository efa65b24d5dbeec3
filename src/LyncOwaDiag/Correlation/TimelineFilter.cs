using System.Text.RegularExpressions;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation;

/// <summary>
/// Which events to keep: a time window, sources, a minimum severity, a Call-ID, a user, a host, a regex; all given
/// conditions must hold. Users match by SIP URI (with or without <c>sip:</c>) or SMTP address, hosts by the host
/// name or an FQDN key, ignoring case.
/// </summary>
public sealed record TimelineFilter
{
    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public IReadOnlySet<EventSource>? Sources { get; init; }

    public Severity? MinimumSeverity { get; init; }

    public string? CallId { get; init; }

    /// <summary>
    /// CLS correlation ids of <see cref="CallId"/>'s messages (<see cref="ClsCorrelation.IdsOfCall"/>): records
    /// under them that name no Call-ID belong to the call too.
    /// </summary>
    public IReadOnlySet<string>? CallCorrelationIds { get; init; }

    public string? User { get; init; }

    public string? Host { get; init; }

    public Regex? Grep { get; init; }

    /// <summary>Events whose message (or one of whose keys) matches are left out.</summary>
    public Regex? GrepOut { get; init; }

    public bool IsEmpty => Since is null && Until is null && Sources is null && MinimumSeverity is null && CallId is null && User is null && Host is null && Grep is null && GrepOut is null;

    public bool Matches(TimelineEvent e)
    {
        if ((Since is { } since && e.Timestamp < since) || (Until is { } until && e.Timestamp > until))
        {
            return false;
        }

        if ((Sources is not null && !Sources.Contains(e.Source)) || (MinimumSeverity is { } minimum && e.Severity > minimum))
        {
            return false;
        }

        if (CallId is not null && !e.HasKey(KeyKind.CallId, CallId)
            && (CallCorrelationIds is null || !ClsCorrelation.JoinsWithoutCallId(e, CallCorrelationIds)))
        {
            return false;
        }

        if (User is not null)
        {
            var user = User.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? User[4..] : User;
            if (!e.HasKey(KeyKind.SipUri, "sip:" + user) && !e.HasKey(KeyKind.Smtp, user))
            {
                return false;
            }
        }

        if (Host is not null && !string.Equals(e.Host, Host, StringComparison.OrdinalIgnoreCase)
            && !e.Keys.Any(k => k.Kind == KeyKind.Fqdn && (string.Equals(k.Value, Host, StringComparison.OrdinalIgnoreCase)
                || k.Value.StartsWith(Host + ".", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        if (GrepOut is not null && (GrepOut.IsMatch(e.Summary) || e.Keys.Any(k => GrepOut.IsMatch(k.Value))))
        {
            return false;
        }

        return Grep is null || Grep.IsMatch(e.Summary) || e.Keys.Any(k => Grep.IsMatch(k.Value));
    }
}
