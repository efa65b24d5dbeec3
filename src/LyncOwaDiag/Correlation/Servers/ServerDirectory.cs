using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Correlation.Servers;

/// <summary>
/// The servers of a bundle as its content tells them, and the server each input file belongs to. A server is one
/// entity with all its names (FQDN, NetBIOS name, CLS machine, the names snapshots give it), each with where it was
/// learned. A file belongs, strongest first, to the host <c>--host</c> or a manifest names; to the machine its own
/// content names (an event's Computer, a CLS bracket); to the one server of a compatible role that the files around
/// it agree on (an IM log to the mailbox server whose Application log lies in the same folder or above); and only
/// then to its folder's name, which is marked as a guess and never taken for an identity.
/// </summary>
public sealed class ServerDirectory
{
    /// <summary>Folder names that say where a file lies on a server, never which server: skipped when guessing.</summary>
    private static readonly HashSet<string> PlaceFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "logging", "owa", "instantmessaging", "localemetadata", "clientaccess", "v15", "logs", "log", "tracing", "traces", ".",
        "eventlogs", "event logs", "events", "evtx", "config", "configuration", "snapshots", "exports",
    };

    private readonly Dictionary<string, HostAssignment> _assignments;
    private readonly Dictionary<string, ServerSummary> _byKey;
    private readonly HashSet<string> _guessKeys;

    private ServerDirectory(Dictionary<string, HostAssignment> assignments, List<ServerSummary> servers, HashSet<string> guessKeys, List<(string File, string Message)> conflicts)
    {
        _assignments = assignments;
        Servers = servers;
        _byKey = servers.Where(s => !s.IsGuess).GroupBy(s => Key(s.Label)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _guessKeys = guessKeys;
        Conflicts = conflicts;
    }

    public static ServerDirectory Empty { get; } = new([], [], [], []);

    /// <summary>Every server, content-known ones first (mailbox, then Lync, then the rest), then folder-name guesses.</summary>
    public IReadOnlyList<ServerSummary> Servers { get; }

    /// <summary>Facts that disagree (a manifest naming one server, the file's own events another), by file.</summary>
    public IReadOnlyList<(string File, string Message)> Conflicts { get; }

    /// <summary>The host a file was tied to; a file the directory never saw keeps what it had.</summary>
    public HostAssignment? AssignmentOf(string displayPath) => _assignments.GetValueOrDefault(displayPath);

    /// <summary>Whether the host is known only from a folder name: a guess, which no rule may compare or hand to a command.</summary>
    public bool IsGuess(string? host) => host is not null && _guessKeys.Count > 0 && _guessKeys.Contains(Key(host)) && !_byKey.ContainsKey(Key(host));

    /// <summary>The FQDN the bundle gives the host's server, or null when it gives none (or the host is a guess).</summary>
    public string? FqdnOf(string? host) => host is null ? null : _byKey.GetValueOrDefault(Key(host))?.Fqdn;

    private static string Key(string name) => ClockSkewEstimator.HostKey(name);

    /// <summary>
    /// The roles of the server a name (a host name, FQDN or address, with or without <c>:port</c>) stands for, as the
    /// bundle's content knows it; none for a folder-name guess, an unknown name, or an FQDN whose domain is not the
    /// server's (a partner's <c>sip.fabrikam.com</c> is not this organisation's <c>SIP</c>).
    /// </summary>
    public ServerRole RolesNamed(string name) =>
        _rolesNamed.TryGetValue(name, out var roles) ? roles
        : _rolesNamed.Count < MaxRolesCached ? _rolesNamed.GetOrAdd(name, RolesNamedUncached)
        : RolesNamedUncached(name);

    private const int MaxRolesCached = 10_000;

    /// <summary>A trace names the same few peers on every message: what each stands for is worked out once (bounded).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ServerRole> _rolesNamed = new(StringComparer.Ordinal);

    private ServerRole RolesNamedUncached(string name)
    {
        var host = name.Trim().TrimEnd('.');
        if (host.StartsWith('[') && host.IndexOf(']') is > 0 and var close)
        {
            host = host[1..close];
        }
        else if (host.LastIndexOf(':') is > 0 and var colon && host.IndexOf(':') == colon)
        {
            host = host[..colon];
        }

        if (host.Length == 0 || !_byKey.TryGetValue(Key(host), out var server))
        {
            return Servers.FirstOrDefault(s => !s.IsGuess && s.Names.Any(n => n.Name.Equals(host, StringComparison.OrdinalIgnoreCase)))?.Roles ?? ServerRole.None;
        }

        var isFqdn = host.Contains('.', StringComparison.Ordinal) && !char.IsAsciiDigit(host[0]);
        return !isFqdn || server.Names.Any(n => n.Name.Equals(host, StringComparison.OrdinalIgnoreCase)) || server.Fqdn is null
            ? server.Roles
            : ServerRole.None;
    }

    /// <summary>
    /// This directory with more names for servers it knows (the addresses peers logged for them, learned while
    /// pairing SIP messages); a name for a host it does not know, or one a server has already, is left out.
    /// </summary>
    public ServerDirectory WithNames(IEnumerable<(string Name, string Host, string How, SourceLocation Where)> names)
    {
        var extra = names.Where(n => _byKey.ContainsKey(Key(n.Host))).ToLookup(n => Key(n.Host), StringComparer.Ordinal);
        if (extra.Count == 0)
        {
            return this;
        }

        var servers = Servers.Select(server => server.IsGuess || !extra.Contains(Key(server.Label)) ? server : server with
        {
            Names = server.Names.Concat(extra[Key(server.Label)]
                .Where(n => !server.Names.Any(known => known.Name.Equals(n.Name, StringComparison.OrdinalIgnoreCase)))
                .Select(n => new ServerName(n.Name, n.How, n.Where))).ToList(),
        }).ToList();
        return new ServerDirectory(_assignments, servers, _guessKeys, [.. Conflicts]);
    }

    /// <summary>
    /// The host a peer address stands for, for pairing messages across traces: <see cref="ClockSkewEstimator.AnyHost"/>
    /// for a pool's name (any of its servers may have answered), null when the directory does not know the name.
    /// </summary>
    public string? PeerHostOf(string address) =>
        _byKey.TryGetValue(Key(address), out var server) && server.Files == 0 && server.Roles.HasFlag(ServerRole.LyncPool) ? ClockSkewEstimator.AnyHost : null;

    public static ServerDirectory Build(IReadOnlyList<ServerFile> files, IEnumerable<(string Name, ServerRole Role, string How, SourceLocation Where)> named)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        Entity Learn(string name, ServerRole role, string how, SourceLocation where, bool isLabel)
        {
            var key = Key(name);
            if (!entities.TryGetValue(key, out var entity))
            {
                entities[key] = entity = new Entity();
            }

            entity.Add(name.Trim().TrimEnd('.'), role, how, where, isLabel);
            return entity;
        }

        var own = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var claim in file.Claims)
            {
                Learn(claim.Label, claim.Role, claim.How, claim.Where, isLabel: true);
                if (claim.Fqdn is { } fqdn)
                {
                    Learn(fqdn, claim.Role, claim.How, claim.Where, isLabel: false);
                }
            }

            own[file.DisplayPath] = file.Claims.GroupBy(c => Key(c.Label)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.GroupBy(c => c.Label).OrderByDescending(l => l.Count()).First().Key).FirstOrDefault();
        }

        // The names a file's own events give come first in each server's list, then those snapshots give.
        foreach (var (name, role, how, where) in named)
        {
            if (ServerEvidence.IsHostName(name))
            {
                Learn(name, role, how, where, isLabel: how == "manifest host");
            }
        }

        // Anchors: files whose server is known without looking around them.
        var anchors = new List<(string Container, string Host, string File)>();
        foreach (var file in files)
        {
            var host = file.PresetOrigin == HostOrigin.Option ? file.PresetHost : own[file.DisplayPath] ?? (file.PresetOrigin == HostOrigin.Manifest ? file.PresetHost : null);
            if (host is not null)
            {
                anchors.Add((Normalise(file.Container), host, file.DisplayPath));
            }
        }

        var assignments = new Dictionary<string, HostAssignment>(StringComparer.Ordinal);
        var conflicts = new List<(string File, string Message)>();
        var guessKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var claimed = own[file.DisplayPath];
            HostAssignment assignment;
            if (file.PresetOrigin == HostOrigin.Option && file.PresetHost is { } stated)
            {
                // The user's --host is the last word: the file and its events go under the name it gives.
                assignment = new HostAssignment(stated, HostOrigin.Option);
                if (claimed is not null && Key(claimed) != Key(stated))
                {
                    conflicts.Add((file.DisplayPath, $"--host names {stated}, but its own events were logged by {claimed}; --host is followed, and its events are shown under {stated}"));
                }
            }
            else if (file.PresetOrigin == HostOrigin.Manifest && file.PresetHost is { } listed && claimed is not null && Key(claimed) != Key(listed))
            {
                // A manifest speaks for the folder it stands in; a file whose own events name another machine was
                // copied in from there (an exported log), and its content is the stronger word.
                assignment = new HostAssignment(claimed, HostOrigin.Content, $"its events' machine, not its manifest's {listed}");
                conflicts.Add((file.DisplayPath, $"its manifest names {listed}, but its own events were logged by {claimed}; the file is tied to {claimed}"));
            }
            else if (file.PresetOrigin == HostOrigin.Manifest && file.PresetHost is { } manifested)
            {
                assignment = new HostAssignment(manifested, HostOrigin.Manifest);
            }
            else if (!file.IsEvidence)
            {
                // A file no reader takes (unknown, empty, binary, an archive itself, an EVTX's message file) is no server's evidence.
                assignment = new HostAssignment(null, HostOrigin.None);
            }
            else if (claimed is not null)
            {
                assignment = new HostAssignment(claimed, HostOrigin.Content);
            }
            else if (Inherit(file, anchors, entities, files) is var (inherited, mixed) && inherited is not null)
            {
                assignment = new HostAssignment(inherited.Value.Host, HostOrigin.Content, $"as {inherited.Value.File} beside it");
            }
            else if (!mixed && GuessFromFolder(file.Container) is { } guess)
            {
                assignment = new HostAssignment(guess, HostOrigin.FolderName);
                guessKeys.Add(Key(guess));
            }
            else
            {
                assignment = new HostAssignment(null, HostOrigin.None);
            }

            assignments[file.DisplayPath] = assignment;
            if (assignment.Host is { } host && assignment.Origin != HostOrigin.FolderName)
            {
                Learn(host, file.Role, assignment.Origin == HostOrigin.Option ? "--host" : assignment.Origin == HostOrigin.Manifest ? "manifest host" : "its files", new SourceLocation(file.DisplayPath, 0, 0, 0), isLabel: true).Files++;
            }
        }

        // Servers are keyed by their short name: two domains under one short name are said, not merged in silence.
        foreach (var entity in entities.Values)
        {
            var fqdns = entity.Names.Where(n => ServerEvidence.IsFqdn(n.Name) && !System.Net.IPAddress.TryParse(n.Name, out _))
                .GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
            if (fqdns.Count > 1)
            {
                conflicts.Add((fqdns[1].Where.File, $"one short name, several domains: {string.Join(" and ", fqdns.Select(n => $"{n.Name} ({n.How}, {n.Where.File})"))}; taken as one server, the first name standing for it"));
            }
        }

        var servers = entities.Values.Select(e => e.Summary(isGuess: false))
            .OrderBy(s => Rank(s.Roles)).ThenBy(s => s.Label, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var key in guessKeys.Where(k => !entities.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            var guessed = files.Where(f => assignments[f.DisplayPath] is { Origin: HostOrigin.FolderName, Host: { } h } && Key(h) == key).ToList();
            if (guessed.Aggregate(ServerRole.None, (r, f) => r | f.Role) == ServerRole.None)
            {
                // Files that say nothing of a server's role (a JSON document of unknown cmdlets, say) make no server.
                continue;
            }

            servers.Add(new ServerSummary
            {
                Label = assignments[guessed[0].DisplayPath].Host!,
                Roles = guessed.Aggregate(ServerRole.None, (r, f) => r | f.Role),
                Names = [new ServerName(assignments[guessed[0].DisplayPath].Host!, "folder name; nothing in its files names the server", new SourceLocation(guessed[0].DisplayPath, 0, 0, 0))],
                Files = guessed.Count,
                IsGuess = true,
            });
        }

        return new ServerDirectory(assignments, servers, guessKeys, conflicts);
    }


    private static int Rank(ServerRole roles) =>
        roles.HasFlag(ServerRole.Mailbox) ? 0 : roles.HasFlag(ServerRole.Lync) ? 1 : roles.HasFlag(ServerRole.LyncPool) ? 2 : 3;

    /// <summary>
    /// The one server of a compatible role the files around this one agree on: the nearest folder (or archive folder)
    /// above it whose files name exactly one such server; a folder naming two or more, or holding two servers' files
    /// (<see cref="MixedFolder"/>), stops the search.
    /// </summary>
    /// <returns>The server and the file that names it, if any; and whether the search stopped at a folder of several servers' files, whose name then stands for none of them.</returns>
    private static ((string Host, string File)? Server, bool Mixed) Inherit(ServerFile file, List<(string Container, string Host, string File)> anchors, Dictionary<string, Entity> entities, IReadOnlyList<ServerFile> files)
    {
        foreach (var folder in Ancestors(Normalise(file.Container)))
        {
            var candidates = anchors
                .Where(a => a.Container == folder || WithinPlaceFolders(folder, a.Container))
                .Where(a => Compatible(file.Role, entities.GetValueOrDefault(Key(a.Host))?.Roles ?? ServerRole.None))
                .GroupBy(a => Key(a.Host))
                .ToList();
            if (candidates.Count == 1)
            {
                var inFolder = files.Where(f => Normalise(f.Container) == folder || WithinPlaceFolders(folder, Normalise(f.Container)));
                if (MixedFolder.IsMixed(inFolder, file.Role, candidates[0].Key, entities.Select(e => (e.Key, e.Value.Roles)), Key))
                {
                    return (null, true);
                }

                var first = candidates[0].OrderBy(a => a.File, StringComparer.Ordinal).First();
                return ((first.Host, first.File), false);
            }

            if (candidates.Count > 1)
            {
                // A folder of several servers, however far up, names none of them for the files below it.
                return (null, true);
            }
        }

        return (null, false);
    }

    /// <summary>
    /// Whether <paramref name="container"/> lies below <paramref name="folder"/> through place folders only
    /// (<c>mbx/EventLogs</c> below <c>mbx</c>): a server's own subfolders. A sibling named otherwise may be another
    /// server's folder, so its files are no anchor for this one.
    /// </summary>
    private static bool WithinPlaceFolders(string folder, string container)
    {
        var prefix = folder.Length == 0 ? string.Empty : folder + "/";
        if (!container.StartsWith(prefix, StringComparison.Ordinal) || container.Length == prefix.Length)
        {
            return false;
        }

        return container[prefix.Length..].Split('/').All(PlaceFolders.Contains);
    }

    private static bool Compatible(ServerRole file, ServerRole server) =>
        file == ServerRole.None || server == ServerRole.None || (file & server) != 0;

    private static IEnumerable<string> Ancestors(string container)
    {
        var current = container;
        while (true)
        {
            yield return current;
            if (current.Length == 0)
            {
                yield break;
            }

            var slash = current.LastIndexOf('/');
            current = slash < 0 ? string.Empty : current[..slash];
        }
    }

    /// <summary>The nearest folder or zip name that could name a server (not Logging, OWA, InstantMessaging …).</summary>
    private static string? GuessFromFolder(string container)
    {
        foreach (var segment in Normalise(container).Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            var name = segment.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? segment[..^4] : segment;
            if (name.Length > 0 && !PlaceFolders.Contains(name) && name != "..")
            {
                return name;
            }
        }

        return null;
    }

    private static string Normalise(string container) =>
        container.Replace(SourceLocation.ArchiveSeparator, "/", StringComparison.Ordinal).Replace('\\', '/').TrimEnd('/');

    /// <summary>One server while the directory is built: its names with their first source, roles and the files tied to it.</summary>
    private sealed class Entity
    {
        private const int MaxNames = 16;
        private readonly List<ServerName> _names = [];
        private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
        private string? _label;

        public ServerRole Roles { get; private set; }

        public int Files { get; set; }

        public IReadOnlyList<ServerName> Names => _names;

        public void Add(string name, ServerRole role, string how, SourceLocation where, bool isLabel)
        {
            Roles |= role;
            if (isLabel && _label is null && !ServerEvidence.IsFqdn(name))
            {
                _label = name;
            }

            if (_names.Count < MaxNames && _seen.Add(name))
            {
                _names.Add(new ServerName(name, how, where));
            }
        }

        public ServerSummary Summary(bool isGuess) => new()
        {
            Label = _label ?? _names.Select(n => n.Name).FirstOrDefault(n => !ServerEvidence.IsFqdn(n)) ?? _names[0].Name.Split('.')[0],
            Fqdn = _names.Select(n => n.Name).FirstOrDefault(ServerEvidence.IsFqdn),
            Roles = Roles,
            Names = _names,
            Files = Files,
            IsGuess = isGuess,
        };
    }
}
