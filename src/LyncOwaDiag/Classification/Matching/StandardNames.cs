using System.Globalization;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// The names every matched event offers to a rule's text (host, user, file, line …). They are read from the event
/// when a finding asks for them, not bound up front: a rule can match hundreds of thousands of rows and a finding
/// keeps ten, so formatting a time and a line number for each row was most of the classifier's work.
/// </summary>
internal static class StandardNames
{
    private static readonly (string Name, Func<TimelineEvent, string?> Read)[] Readers =
    [
        ("host", e => e.Host),
        ("file", e => e.Location.File),
        ("line", e => e.Location.FirstLine.ToString(CultureInfo.InvariantCulture)),
        ("time", e => e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        ("callId", e => e.KeyValue(KeyKind.CallId)),
        ("user", FirstUser),
        ("fqdn", e => e.KeyValue(KeyKind.Fqdn)),
        ("thumbprint", e => e.KeyValue(KeyKind.Thumbprint)),
        ("eventId", e => e.Payload is EventLogRecord r ? r.EventId.ToString(CultureInfo.InvariantCulture) : null),
        ("provider", e => e.Payload is EventLogRecord r ? r.Provider : null),
    ];

    private static readonly Dictionary<string, Func<TimelineEvent, string?>> ByName =
        Readers.ToDictionary(r => r.Name, r => r.Read, StringComparer.OrdinalIgnoreCase);

    /// <summary>In the order they are offered (the entities of a finding list a pattern's own names first, then these).</summary>
    public static readonly string[] All = Readers.Select(r => r.Name).ToArray();

    public static bool IsStandard(string name) => ByName.ContainsKey(name);

    public static string? Read(TimelineEvent e, string name) => ByName.TryGetValue(name, out var read) ? read(e) : null;

    private static string? FirstUser(TimelineEvent e)
    {
        foreach (var key in e.Keys)
        {
            if (key.Kind == KeyKind.SipUri)
            {
                return key.Value;
            }
        }

        return e.KeyValue(KeyKind.Smtp);
    }
}
