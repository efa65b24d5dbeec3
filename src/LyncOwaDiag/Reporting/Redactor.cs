using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// <c>--redact</c> (docs/design.md#reports): consistent pseudonyms for hosts and FQDNs (any letter case, in file names and
/// <c>[pool\MACHINE]</c> brackets too), users in SIP URIs and SMTP addresses, display names, IPv4 addresses and
/// certificate thumbprints; the organisation's domains become example domains. Names are learned from the events
/// (hosts, keys, the names an event or snapshot gives a person), then replaced in the finished text, so every
/// format is covered the same way. The mapping can be kept for the admin (<c>--redact-map</c>).
/// </summary>
public sealed partial class Redactor
{
    private readonly Dictionary<string, string> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _ips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _thumbprints = new(StringComparer.OrdinalIgnoreCase);
    private (Regex? Pattern, int Built) _fqdn;
    private (Regex? Pattern, int Built) _shortHost;
    private (Regex? Pattern, int Built) _person;

    /// <summary>Every original and its pseudonym, for <c>--redact-map</c>.</summary>
    public IReadOnlyDictionary<string, string> Map =>
        new[] { _domains, _hosts, _users, _people, _ips, _thumbprints }.SelectMany(d => d).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public void Learn(TimelineEvent e)
    {
        LearnHost(e.Host);
        foreach (var key in e.Keys)
        {
            switch (key.Kind)
            {
                case KeyKind.Fqdn:
                    LearnHost(key.Value);
                    break;
                case KeyKind.SipUri or KeyKind.Smtp when Address().Match(key.Value) is { Success: true } m:
                    LearnDomain(m.Groups["domain"].Value);
                    break;
            }
        }

        switch (e.Payload)
        {
            case EventLogRecord { Data.Count: >= 2 } r when r.Data[1].Value.StartsWith("sip:", StringComparison.OrdinalIgnoreCase):
                // A person's name beside their SIP URI (event 88: display name, SIP URI, exception).
                LearnPerson(r.Data[0].Value);
                break;
            case EventLogRecord r:
                LearnHost(r.Computer);
                break;
            case ConfigFact { Name: "DisplayName" } f when f.Scope is "Get-CsUser" or "Get-Mailbox":
                LearnPerson(f.Value);
                break;
            case ConfigFact { Name: "host" or "Name" or "Fqdn" or "PoolFqdn" or "ServerName" } f when f.Scope is "manifest" or "Get-ExchangeServer" or "Get-UMService" or "Get-CsTrustedApplicationPool" or "Get-OwaVirtualDirectory":
                LearnHost(f.Value);
                break;
        }

    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = Address().Replace(text, m => $"{User(m.Groups["local"].Value)}@{DomainName(m.Groups["domain"].Value)}");
        // The patterns are rebuilt when names were learned since (addresses teach their domains as they are met).
        if (Current(ref _fqdn, _domains, @"(?:[A-Za-z0-9-]+\.)*(?:") is { } fqdn)
        {
            result = fqdn.Replace(result, m => DomainName(m.Value));
        }

        if (Current(ref _shortHost, _hosts, "(?:") is { } shortHost)
        {
            result = shortHost.Replace(result, m => Cased(m.Value, _hosts[m.Value]));
        }

        if (Current(ref _person, _people, "(?:") is { } person)
        {
            result = person.Replace(result, m => _people[m.Value]);
        }

        result = Ipv4().Replace(result, m => IPAddress.TryParse(m.Value, out _) && m.Value.Split('.').All(o => int.Parse(o, CultureInfo.InvariantCulture) <= 255)
            ? Pseudonym(_ips, m.Value, n => n <= 254 ? $"192.0.2.{n}" : $"198.51.100.{n - 254}")
            : m.Value);
        return Thumbprint().Replace(result, m => Pseudonym(_thumbprints, m.Value, n => n.ToString("X40", CultureInfo.InvariantCulture)));
    }

    /// <summary>A JSON document (a report, or one jsonl line when not <paramref name="indented"/>) with every string value redacted.</summary>
    public string RedactJson(string json, bool indented = true)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return json;
        }

        var node = JsonNode.Parse(json);
        Walk(node);
        return node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = indented }) ?? json;

        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (name, child) in o.ToList())
                    {
                        if (child is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            o[name] = Redact(s);
                        }
                        else
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            a[i] = Redact(s);
                        }
                        else
                        {
                            Walk(a[i]);
                        }
                    }

                    break;
            }
        }
    }

    private void LearnHost(string? name)
    {
        var value = name?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(value) || IPAddress.TryParse(value.Split(':')[0], out _))
        {
            return;
        }

        var dot = value.IndexOf('.');
        var label = dot < 0 ? value : value[..dot];
        if (label.Length > 1 && !label.All(char.IsAsciiDigit))
        {
            Pseudonym(_hosts, label, n => $"host{n}");
        }

        if (dot > 0)
        {
            LearnDomain(value[(dot + 1)..]);
        }
    }

    private void LearnDomain(string domain)
    {
        if (domain.Contains('.', StringComparison.Ordinal))
        {
            Pseudonym(_domains, domain.ToLowerInvariant(), n => n switch { 1 => "example.com", 2 => "example.net", 3 => "example.org", _ => $"example{n}.com" });
        }
    }

    private void LearnPerson(string? name)
    {
        var value = name?.Trim();
        if (!string.IsNullOrEmpty(value) && value.Contains(' ', StringComparison.Ordinal) && !value.Contains('@', StringComparison.Ordinal))
        {
            Pseudonym(_people, value, n => $"Person {n}");
        }
    }

    private string User(string local) => Pseudonym(_users, local, n => $"user{n}");

    /// <summary>A name under a known domain (or the domain itself): each label a host pseudonym, the domain an example one.</summary>
    private string DomainName(string name)
    {
        foreach (var (domain, pseudonym) in _domains.OrderByDescending(d => d.Key.Length))
        {
            if (name.Equals(domain, StringComparison.OrdinalIgnoreCase))
            {
                return pseudonym;
            }

            if (name.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase))
            {
                var labels = name[..^(domain.Length + 1)].Split('.').Select(l => Cased(l, Pseudonym(_hosts, l, n => $"host{n}")));
                return string.Join('.', labels) + "." + pseudonym;
            }
        }

        LearnDomain(name[(name.IndexOf('.') + 1)..]);
        return name.Contains('.', StringComparison.Ordinal) ? DomainName(name) : Cased(name, Pseudonym(_hosts, name, n => $"host{n}"));
    }

    private static string Pseudonym(Dictionary<string, string> map, string original, Func<int, string> make)
    {
        if (!map.TryGetValue(original, out var pseudonym))
        {
            pseudonym = make(map.Count + 1);
            map[original] = pseudonym;
        }

        return pseudonym;
    }

    private static string Cased(string original, string pseudonym) =>
        original.Any(char.IsLetter) && original.Where(char.IsLetter).All(char.IsUpper) ? pseudonym.ToUpperInvariant() : pseudonym;

    private static Regex? Current(ref (Regex? Pattern, int Built) cache, Dictionary<string, string> names, string prefix)
    {
        if (cache.Pattern is null || cache.Built != names.Count)
        {
            cache = (Alternation(names.Keys, prefix, ")"), names.Count);
        }

        return cache.Pattern;
    }

    /// <summary>One case-insensitive pattern for all the names, longest first, not inside a longer name.</summary>
    private static Regex? Alternation(IEnumerable<string> names, string prefix, string suffix)
    {
        var list = names.OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        return list.Count == 0 ? null : new Regex($"(?<![A-Za-z0-9-]){prefix}{string.Join('|', list)}{suffix}(?![A-Za-z0-9-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?<local>[A-Za-z0-9._%+-]+)@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9A-Fa-f]{40}(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex Thumbprint();
}
