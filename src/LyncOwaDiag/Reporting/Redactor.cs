using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// <c>--redact</c> (docs/design.md#reports): consistent pseudonyms for hosts and FQDNs (any letter case, in file names and
/// <c>[pool\MACHINE]</c> brackets too, and inside names joined by '-' such as a collector's zip name), users in SIP URIs
/// and SMTP addresses, display names, IPv4 and IPv6 addresses, certificate thumbprints, Windows SIDs, GUIDs, profile
/// folders (<c>C:\Users\NAME</c>) and <c>DOMAIN\account</c> names; the organisation's domains become example domains,
/// and so does any domain an FQDN anywhere in the bundle ends in (a partner's, an edge's), not only the learned ones.
/// Protocol words (<c>sip</c>, <c>http</c> …) are never taken for a host on their own: a host called <c>sip</c> is
/// replaced in its FQDN, and <c>sip:</c> URIs stay readable. Names are learned from the events
/// (hosts, keys, the names an event or snapshot gives a person), then replaced in the finished text, so every
/// format is covered the same way. The mapping can be kept for the admin (<c>--redact-map</c>).
/// </summary>
public sealed partial class Redactor
{
    private readonly Dictionary<string, string> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    // Labels replaced wherever they stand alone: machine names. A service label of an FQDN (mail, owa, lync) is
    // replaced inside its FQDN only, or every 'e-mail' and 'Logging/OWA' would be garbled.
    private readonly Dictionary<string, string> _standalone = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Path, string Alias)> _paths = [];
    private readonly Dictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _ips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _thumbprints = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _sids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _guids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _accounts = new(StringComparer.OrdinalIgnoreCase);

    // Mailbox aliases and account names a snapshot gives (Get-Mailbox Alias): replaced as whole words, with the
    // pseudonym their address's user part has.
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    // A label that is a protocol or URI scheme stays itself when alone: replacing it would garble every URI.
    private static readonly HashSet<string> ProtocolWords = new(StringComparer.OrdinalIgnoreCase) { "sip", "sips", "tel", "http", "https", "mailto", "ldap", "ldaps", "ftp", "file", "localhost" };

    // Windows' own principals (NT AUTHORITY\SYSTEM, BUILTIN\Administrators, IIS APPPOOL\…) name no one.
    private static readonly HashSet<string> WellKnownAuthorities = new(StringComparer.OrdinalIgnoreCase) { "AUTHORITY", "BUILTIN", "SERVICE", "APPPOOL", "NT", "WORKGROUP" };

    // Vendors' public names (documentation links, certificate authorities, XML namespaces) identify no one, and a
    // report's references must keep working.
    private static readonly string[] PublicDomains =
    [
        "microsoft.com", "office.com", "office365.com", "outlook.com", "live.com", "windows.com", "windows.net", "msft.net", "skype.com", "lync.com",
        "digicert.com", "verisign.com", "symantec.com", "entrust.net", "globalsign.com", "godaddy.com", "letsencrypt.org", "w3.org", "xmlsoap.org",
        "example.com", "example.net", "example.org",
    ];

    // Top-level domains that make a dotted word an FQDN when met in free text; without such an ending a dotted word is
    // more likely a file (web.config) or a .NET name (Microsoft.Exchange.Clients).
    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "local", "lan", "corp", "internal", "intra", "home",
        "uk", "de", "fr", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "it", "es", "pt", "pl", "cz", "ie", "au", "nz", "ca",
        "us", "jp", "cn", "in", "br", "mx", "ru", "za", "eu", "lab", "cloud", "test", "dev", "app", "online", "site", "tech",
        "group", "global", "world", "company", "systems", "network", "services", "host", "priv", "private", "ad",
    };
    private (Regex? Pattern, int Built) _fqdn;
    private (Regex? Pattern, int Built) _shortHost;
    private (Regex? Pattern, int Built) _person;
    private (Regex? Pattern, int Built) _alias;

    /// <summary>Every original and its pseudonym, for <c>--redact-map</c>.</summary>
    public IReadOnlyDictionary<string, string> Map =>
        new[] { _domains, _hosts, _users, _people, _ips, _thumbprints, _sids, _guids, _accounts }.SelectMany(d => d).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public void Learn(TimelineEvent e)
    {
        LearnHost(e.Host);
        foreach (var key in e.Keys)
        {
            switch (key.Kind)
            {
                case KeyKind.Fqdn when IsHostName(key.Value):
                    LearnHost(key.Value, standalone: MachineLike(key.Value));
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
            case ConfigFact { Name: "Alias" or "SamAccountName" } f when f.Scope is "Get-CsUser" or "Get-Mailbox" && f.Value.Trim().Length > 2:
                _aliases[f.Value.Trim()] = User(f.Value.Trim());
                break;
            case ConfigFact { Name: "host" or "Name" or "Fqdn" or "PoolFqdn" or "ServerName" } f when f.Scope is "manifest" or "Get-ExchangeServer" or "Get-UMService" or "Get-CsTrustedApplicationPool" or "Get-OwaVirtualDirectory":
                LearnHost(f.Value);
                break;
        }

        // Hosts named anywhere: every FQDN in the event's text teaches its domain, so a partner's or an edge's name
        // is replaced as well as the organisation's.
        LearnFqdns(e.Summary);
        if (e.Payload is ConfigFact fact)
        {
            LearnFqdns(fact.Value);
        }
    }

    /// <summary>
    /// Learns the FQDNs a text names that is no event's: an input's path, whose folders an admin often names after
    /// the server (<c>atl-mbx-001.litwareinc.com/</c>) even when no file in it could be read.
    /// </summary>
    public void LearnNamesIn(string text) => LearnFqdns(text);

    /// <summary>
    /// Learns the machine names an input's path gives its folders and archives (<c>ATL-CS-001/</c>,
    /// <c>EX15-MBX-01.zip</c>): a collector names them after the server, and they show even when nothing in them was
    /// read. Only names with a hyphen count: a bare word (<c>logs</c>, <c>V15</c>) is a folder, not a machine.
    /// </summary>
    public void LearnFolderNames(string path)
    {
        var segments = path.Split('/', '\\', '!');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? segments[i][..^4] : i < segments.Length - 1 ? segments[i] : string.Empty;
            if (FolderMachineName().IsMatch(segment))
            {
                LearnHost(segment);
            }
        }

        LearnFqdns(path);
    }

    // A dotted value is taken for an FQDN only when it ends in a top-level domain: a snapshot's .NET type name
    // (Microsoft.Exchange.Clients.Owa2.Server.Core.Startup) is not one, and a vendor's public name names no one.
    private static bool IsHostName(string name)
    {
        var value = name.Trim().TrimEnd('.');
        var dot = value.LastIndexOf('.');
        return dot < 0 || (TopLevelDomains.Contains(value[(dot + 1)..])
            && !PublicDomains.Any(d => value.Equals(d, StringComparison.OrdinalIgnoreCase) || IsUnder(value, d)));
    }

    private static bool IsUnder(string name, string domain) => name.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    private void LearnFqdns(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('.', StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in Fqdn().Matches(text))
        {
            var name = m.Value.TrimEnd('.');
            if (name.Contains('.', StringComparison.Ordinal) && IsHostName(name) && !IPAddress.TryParse(name, out _))
            {
                LearnHost(name, standalone: MachineLike(name));
            }
        }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        // A summary cut short ends in a fragment of a word ("partne…") that no learned name matches any more: the
        // fragment goes, the ellipsis stays.
        var result = CutFragment().Replace(text, "…");

        // The input folders (their names are the admin's, not the logs'), then accounts while a host is still its own
        // name: SERVER\owa (a virtual directory) is no DOMAIN\account.
        foreach (var (path, alias) in _paths)
        {
            result = result.Replace(path, alias, StringComparison.OrdinalIgnoreCase);
        }

        result = Account().Replace(result, m => _standalone.ContainsKey(m.Groups["domain"].Value) || WellKnownAuthorities.Contains(m.Groups["domain"].Value)
            ? m.Value
            : $"{Pseudonym(_accounts, m.Groups["domain"].Value, n => $"DOMAIN{n}")}\\{Pseudonym(_accounts, m.Groups["domain"].Value + "\\" + m.Groups["account"].Value, n => $"account{n}")}");
        result = ProfileFolder().Replace(result, m => m.Groups["root"].Value + Pseudonym(_accounts, m.Groups["name"].Value, n => $"account{n}"));
        // A Call-ID's or Via's user@10.0.0.1 has an address, not a domain: the IPv4 pass below replaces it.
        result = Address().Replace(result, m => IPAddress.TryParse(m.Groups["domain"].Value, out _)
            ? m.Value
            : $"{User(m.Groups["local"].Value)}@{DomainName(m.Groups["domain"].Value)}");
        // The patterns are rebuilt when names were learned since (addresses teach their domains as they are met).
        if (Current(ref _fqdn, _domains, @"(?:[A-Za-z0-9-]+\.)*(?:") is { } fqdn)
        {
            result = fqdn.Replace(result, m => DomainName(m.Value));
        }

        if (Current(ref _shortHost, _standalone, "(?:") is { } shortHost)
        {
            result = shortHost.Replace(result, m => Cased(m.Value, _standalone[m.Value]));
        }

        if (Current(ref _person, _people, "(?:") is { } person)
        {
            result = person.Replace(result, m => _people[m.Value]);
        }

        if (Current(ref _alias, _aliases, "(?:") is { } aliasWord)
        {
            result = aliasWord.Replace(result, m => _aliases[m.Value]);
        }

        result = Sid().Replace(result, m => Pseudonym(_sids, m.Value, n => $"S-1-5-21-0-0-0-{n}"));
        result = Guid().Replace(result, m => Pseudonym(_guids, m.Value, n => $"00000000-0000-0000-0000-{n:D12}"));
        result = DashlessGuid().Replace(result, m => Pseudonym(_guids, m.Value, n => $"{n:D32}"));
        result = Unc().Replace(result, m => m.Groups["lead"].Value + HostPseudonym(m.Groups["host"].Value));
        // A thumbprint as the certificate dialog and openssl show it, in pairs: the same pseudonym as written whole,
        // in pairs again. Before the addresses: eight of its colon pairs would read as an IPv6 address.
        result = SpacedThumbprint().Replace(result, m =>
        {
            var separator = m.Value[2];
            var whole = Pseudonym(_thumbprints, m.Value.Replace(separator.ToString(), string.Empty, StringComparison.Ordinal), n => n.ToString("X40", CultureInfo.InvariantCulture));
            return string.Join(separator, whole.Chunk(2).Select(pair => new string(pair)));
        });

        result = Ipv6().Replace(result, m => m.Value.Count(c => c == ':') >= 2 && m.Value.Any(char.IsAsciiDigit)
            && m.Value.Split(':').Count(g => g.Length > 0) >= 2 && IPAddress.TryParse(m.Value, out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? Pseudonym(_ips, m.Value.ToLowerInvariant(), n => $"2001:db8::{n:x}")
            : m.Value);
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

    /// <summary>An input folder given on the command line (as given and in full): wherever a path shows it, the alias shows instead.</summary>
    public void AliasPath(string path, string alias)
    {
        // As given, in full, and as the inventory shows a path under the current folder (relative to it).
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var forms = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) || relative == "." ? new[] { path, full } : [path, full, relative];
        foreach (var form in forms.Select(p => p.TrimEnd('/', '\\')).Where(p => p.Length > 0).Distinct())
        {
            _paths.Add((form, alias));
        }

        _paths.Sort((a, b) => b.Path.Length.CompareTo(a.Path.Length));
    }

    // The first label of a machine's name has a digit or a hyphen (ATL-CS-001, lyncfe01); a bare word (mail, owa,
    // lync, litwareinc) is a service or a domain, kept standalone only when a field names it as a machine.
    private static bool MachineLike(string name)
    {
        var label = name.Split('.')[0];
        return label.Any(char.IsAsciiDigit) || label.Contains('-', StringComparison.Ordinal);
    }

    private void LearnHost(string? name, bool standalone = true)
    {
        var value = name?.Trim().TrimEnd('.');
        if (string.IsNullOrEmpty(value) || IPAddress.TryParse(value.Split(':')[0], out _))
        {
            return;
        }

        var dot = value.IndexOf('.');
        var label = dot < 0 ? value : value[..dot];
        if (label.Length > 1 && !label.All(char.IsAsciiDigit) && !ProtocolWords.Contains(label))
        {
            var pseudonym = Pseudonym(_hosts, label, n => $"host{n}");
            if (standalone)
            {
                _standalone[label] = pseudonym;
            }
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

            if (IsUnder(name, domain))
            {
                var labels = name[..^(domain.Length + 1)].Split('.').Select(HostPseudonym);
                return string.Join('.', labels) + "." + pseudonym;
            }
        }

        LearnDomain(name[(name.IndexOf('.') + 1)..]);
        return name.Contains('.', StringComparison.Ordinal) ? DomainName(name) : HostPseudonym(name);
    }

    /// <summary>A host label's pseudonym, in the label's case.</summary>
    private string HostPseudonym(string label) => Cased(label, Pseudonym(_hosts, label, n => $"host{n}"));

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

    /// <summary>
    /// One case-insensitive pattern for all the names, longest first, not inside a longer word. A '-' beside a name
    /// does not hide it: <c>LyncOwaDiag-ATL-CS-001-20191119.zip</c> names the host ATL-CS-001, and since the longest
    /// name is tried first at each place, a name that contains another (ATL-CS-001, CS) is replaced whole.
    /// </summary>
    private static Regex? Alternation(IEnumerable<string> names, string prefix, string suffix)
    {
        var list = names.OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        return list.Count == 0 ? null : new Regex($"(?<![A-Za-z0-9]){prefix}{string.Join('|', list)}{suffix}(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?<local>[A-Za-z0-9._%+-]+)@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4();

    // Candidates only: a match counts when IPAddress parses it as IPv6 (times such as 09:20:50 do not).
    [GeneratedRegex(@"(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![0-9A-Fa-f:])", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv6();

    [GeneratedRegex(@"\bS-1-\d+(?:-\d+){2,14}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Sid();

    [GeneratedRegex(@"(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])", RegexOptions.CultureInvariant)]
    private static partial Regex Guid();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]{1,63}…", RegexOptions.CultureInvariant)]
    private static partial Regex CutFragment();

    // A 32-digit hex identifier (a GUID written without dashes); 40 digits are a thumbprint, handled apart.
    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex DashlessGuid();

    // A UNC path's server: \\SERVER\share.
    [GeneratedRegex(@"(?<lead>(?<![\\])\\\\)(?<host>[A-Za-z][A-Za-z0-9-]{0,62})(?=\\)", RegexOptions.CultureInvariant)]
    private static partial Regex Unc();

    // DOMAIN\account as Windows prints it, in any case: a NetBIOS name not inside a path (no '\', '/' or ':' before it).
    [GeneratedRegex(@"(?<![A-Za-z0-9\\/:._-])(?<domain>[A-Za-z][A-Za-z0-9-]{1,14})\\(?<account>[A-Za-z][A-Za-z0-9._$-]{0,63})(?![A-Za-z0-9\\])", RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    // A user's profile folder, on Windows or elsewhere: the folder's name is the account's.
    [GeneratedRegex(@"(?<root>(?:[A-Za-z]:)?[\\/](?:Users|home|Documents and Settings)[\\/])(?<name>[^\\/\s>""':]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProfileFolder();

    [GeneratedRegex(@"(?<![A-Za-z0-9.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\.?(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex Fqdn();

    // A NetBIOS-sized name with a hyphen and a digit, starting with a letter: ATL-CS-001, EX15-MBX-01, LYNC-FE01.
    [GeneratedRegex(@"^(?=[^-]*-)(?=.*\d)[A-Za-z][A-Za-z0-9-]{2,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex FolderMachineName();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9A-Fa-f]{40}(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex Thumbprint();

    // Twenty pairs, not a run of more: no hex digit or further pair on either side (the "d" of "and" is no pair).
    [GeneratedRegex(@"(?<![0-9A-Fa-f])(?<![0-9A-Fa-f]{2}[ :])[0-9A-Fa-f]{2}(?:(?<s>[ :])[0-9A-Fa-f]{2})(?:\k<s>[0-9A-Fa-f]{2}){18}(?![0-9A-Fa-f])(?![ :][0-9A-Fa-f]{2}(?![0-9A-Za-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedThumbprint();
}
