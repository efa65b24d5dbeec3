using LyncOwaDiag.Correlation.Servers;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// What one file's first events say about servers: the machine that wrote them (claims), the servers its snapshot
/// facts name, and the role its kind implies. Snapshots are read whole (they are small and name servers anywhere);
/// logs only for their first events, which name their machine as well as the rest would.
/// </summary>
internal sealed record ServerLook(IReadOnlyList<ServerClaim> Claims, IReadOnlyList<(string Name, ServerRole Role, string How, SourceLocation Where)> Names, ServerRole Role)
{
    private const int MaxClaims = 64;
    private const int MaxSipNames = 64;
    private const int MaxSnapshotEvents = 200_000;

    public static ServerLook Of(IEnumerable<TimelineEvent> events, InputFormat format, int logEvents)
    {
        var claims = new List<ServerClaim>();
        var names = new List<(string, ServerRole, string, SourceLocation)>();
        var role = RoleOf(format);
        var cmdletRoles = ServerRole.None;
        string? manifestHost = null, manifestRole = null;
        SourceLocation? manifestWhere = null;
        var limit = IsSnapshot(format) ? MaxSnapshotEvents : logEvents;
        var seen = 0;
        foreach (var e in events)
        {
            if (claims.Count < MaxClaims && ServerEvidence.ClaimOf(e) is { } claim)
            {
                claims.Add(claim);
            }

            if (e.Payload is SipMessage message && names.Count < MaxSipNames)
            {
                foreach (var (name, nameRole, how) in ServerEvidence.NamesIn(message))
                {
                    if (!names.Exists(n => n.Item1.Equals(name, StringComparison.OrdinalIgnoreCase)))
                    {
                        names.Add((name, nameRole, how, e.Location));
                    }
                }
            }

            if (e.Payload is ConfigFact fact)
            {
                foreach (var (name, nameRole, how) in ServerEvidence.NamesIn(fact))
                {
                    names.Add((name, nameRole, how, e.Location));
                }

                cmdletRoles |= RoleOfScope(fact.Scope);
                if (fact.Scope == "manifest" && fact.Name == "host" && ServerEvidence.IsHostName(fact.Value))
                {
                    (manifestHost, manifestWhere) = (fact.Value, e.Location);
                }
                else if (fact.Scope == "manifest" && fact.Name == "role")
                {
                    manifestRole = fact.Value;
                }
            }

            if (++seen >= limit)
            {
                break;
            }
        }

        if (manifestHost is not null && ServerEvidence.RoleOfManifest(manifestRole) is var manifested and not ServerRole.None)
        {
            names.Add((manifestHost, manifested, "manifest role", manifestWhere!.Value));
        }

        // A transcript of Exchange cmdlets belongs to a mailbox server, one of Lync cmdlets to a Lync server; both: either.
        if (format is InputFormat.FormatList or InputFormat.Json && cmdletRoles is ServerRole.Mailbox or ServerRole.Lync)
        {
            role = cmdletRoles;
        }

        if (claims.Count == 0 && SnapshotClaim(names) is { } named)
        {
            claims.Add(named);
        }

        return new ServerLook(claims, names, role);
    }

    /// <summary>
    /// A transcript of Exchange cmdlets taken on a mailbox server names it (Get-ExchangeServer, the OWA virtual
    /// directories' server): when those name exactly one server, the transcript is that server's. Weaker than a
    /// file's own events, so only a file that names no machine itself gets it.
    /// </summary>
    private static ServerClaim? SnapshotClaim(List<(string Name, ServerRole Role, string How, SourceLocation Where)> names)
    {
        var servers = names
            .Where(n => n.Role == ServerRole.Mailbox && n.How.StartsWith("Get-", StringComparison.Ordinal))
            .GroupBy(n => Time.ClockSkewEstimator.HostKey(n.Name))
            .ToList();
        if (servers.Count != 1)
        {
            return null;
        }

        var all = servers[0].ToList();
        var label = all.Select(n => n.Name).FirstOrDefault(n => !ServerEvidence.IsFqdn(n)) ?? all[0].Name.Split('.')[0];
        var fqdn = all.Select(n => n.Name).FirstOrDefault(ServerEvidence.IsFqdn);
        return new ServerClaim(label, fqdn, ServerRole.Mailbox, "the only Exchange server its transcript names", all[0].Where);
    }

    private static bool IsSnapshot(InputFormat format) => InputFormats.Of(format).IsSnapshot;

    private static ServerRole RoleOf(InputFormat format) => InputFormats.Of(format).ServerRole;

    private static ServerRole RoleOfScope(string scope) =>
        scope.StartsWith("Get-Cs", StringComparison.OrdinalIgnoreCase) ? ServerRole.Lync
        : scope.StartsWith("Get-", StringComparison.OrdinalIgnoreCase) ? ServerRole.Mailbox
        : ServerRole.None;
}
