using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Turns a <see cref="ConfigFact"/> into a timeline event: dated by the snapshot file (a snapshot has no time of its
/// own), keyed by the thumbprints, FQDNs and addresses in it so that the entity index finds it.
/// </summary>
internal static class ConfigFactEvents
{
    public static TimelineEvent Create(ReadContext context, ConfigFact fact, long line, long lastLine = 0, long offset = 0)
    {
        var value = fact.Items.Count > 0 ? "{" + string.Join(", ", fact.Items) + "}" : fact.Value;
        var summary = $"{fact.Scope}{(fact.Object is null ? string.Empty : " " + fact.Object)}: {fact.Name} = {value}{(fact.Note is null ? string.Empty : $" ({fact.Note})")}";
        return new TimelineEvent
        {
            Timestamp = context.FileTime ?? DateTimeOffset.UnixEpoch,
            TimeQuality = context.FileTime is null || context.FileTimeIsLocal ? TimeQuality.LocalUnknownOffset : TimeQuality.Exact,
            Source = EventSource.Config,
            Host = context.FileHost,
            Severity = fact.Note is ConfigFact.OutsideAppSettings ? Severity.Warning : Severity.Info,
            Kind = "config.fact",
            Summary = EventText.Summary(summary),
            Payload = fact,
            Keys = Keys(fact),
            Location = new SourceLocation(context.File, line, Math.Max(line, lastLine), offset),
        };
    }

    private static EventKey[] Keys(ConfigFact fact)
    {
        var keys = new List<EventKey>();
        var values = fact.Items.Count > 0 ? fact.Items : [fact.Value];
        foreach (var raw in values)
        {
            var value = raw.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (fact.Name.Contains("Thumbprint", StringComparison.OrdinalIgnoreCase))
            {
                keys.Add(new EventKey(KeyKind.Thumbprint, Thumbprints.Normalise(value)));
            }
            else if (value.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
            {
                keys.Add(new EventKey(KeyKind.SipUri, value.ToLowerInvariant()));
            }
            else if (value.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
            {
                keys.Add(new EventKey(KeyKind.Smtp, value[5..].ToLowerInvariant()));
            }
            else if (FqdnOf(value) is { } fqdn)
            {
                keys.Add(new EventKey(KeyKind.Fqdn, fqdn));
            }
        }

        return keys.Distinct().ToArray();
    }

    /// <summary>A host name with at least one dot, possibly behind a service prefix such as <c>Registrar:</c>.</summary>
    internal static string? FqdnOf(string value)
    {
        var colon = value.LastIndexOf(':');
        var candidate = (colon >= 0 && !value.Contains("://", StringComparison.Ordinal) ? value[(colon + 1)..] : value).Trim();
        var slash = candidate.IndexOf('/');
        if (slash > 0)
        {
            candidate = candidate[..slash];
        }

        if (candidate.Length < 3 || !candidate.Contains('.') || candidate.StartsWith('.') || candidate.EndsWith('.')
            || !candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') || candidate.All(c => char.IsAsciiDigit(c) || c == '.')
            || !candidate.Any(char.IsAsciiLetter))
        {
            return null;
        }

        return candidate.ToLowerInvariant();
    }
}
