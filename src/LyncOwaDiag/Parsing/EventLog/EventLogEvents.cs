using System.Globalization;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.EventLog;

/// <summary>Makes the timeline event of an <see cref="EventLogRecord"/>, the same for every export format.</summary>
internal static class EventLogEvents
{
    public static TimelineEvent Create(EventLogRecord record, DateTimeOffset time, TimeQuality quality, string? fileHost, SourceLocation location)
    {
        var text = record.Message ?? string.Join(" | ", record.Data.Select(d => d.Value).Where(v => v.Length > 0));
        var summary = $"{record.Provider} {record.EventId.ToString(CultureInfo.InvariantCulture)}{(text.Length > 0 ? ": " + text : string.Empty)}";
        var keys = new List<EventKey> { new(KeyKind.EventId, $"{record.Provider}/{record.EventId.ToString(CultureInfo.InvariantCulture)}") };
        if (record.Computer is { Length: > 0 } computer && computer.Contains('.', StringComparison.Ordinal))
        {
            keys.Add(new EventKey(KeyKind.Fqdn, computer.ToLowerInvariant()));
        }

        return new TimelineEvent
        {
            Timestamp = time,
            TimeQuality = quality,
            Source = EventSource.EventLog,
            Host = HostOf(record.Computer) ?? fileHost,
            Severity = SeverityOf(record.Level),
            Kind = "event",
            Summary = EventText.Summary(summary),
            Payload = record,
            Keys = keys.ToArray(),
            Location = location,
        };
    }

    /// <summary>Windows levels: 1 critical, 2 error, 3 warning, 4 (and 0, classic) information, 5 verbose.</summary>
    public static Severity SeverityOf(int? level) => level switch
    {
        1 => Severity.Critical,
        2 => Severity.Error,
        3 => Severity.Warning,
        5 => Severity.Verbose,
        _ => Severity.Info,
    };

    /// <summary>The machine name of a Computer value: <c>ATL-MBX-001.litwareinc.com</c> → <c>ATL-MBX-001</c>.</summary>
    private static string? HostOf(string? computer)
    {
        if (string.IsNullOrWhiteSpace(computer))
        {
            return null;
        }

        var dot = computer.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? computer[..dot] : computer;
    }
}
