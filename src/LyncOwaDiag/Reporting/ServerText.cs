using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>How hosts and servers are named in every output: a folder-name guess is always marked as one.</summary>
public static class ServerText
{
    /// <summary>What follows a host known only by a folder's name, in every output that shows one.</summary>
    public const string GuessMark = " (folder name, a guess)";

    /// <summary>The host of an input with where it came from, e.g. <c>mbx (folder name, a guess)</c>.</summary>
    public static string HostOf(InputSummary input) => input.HostOrigin switch
    {
        HostOrigin.FolderName => input.Host + GuessMark,
        HostOrigin.Option => $"{input.Host} (--host)",
        HostOrigin.Manifest => $"{input.Host} (manifest)",
        HostOrigin.None => "(unknown)",
        _ => input.Host ?? "(unknown)",
    };

    /// <summary>An event's host as a timeline shows it: <c>mbx (folder-name guess)</c> when no content names it (no comma: CSV readers split on them).</summary>
    public static string HostShown(string? host, Func<string?, bool>? isGuess) =>
        host is null ? "-" : isGuess?.Invoke(host) == true ? $"{host} (folder-name guess)" : host;

    /// <summary>The machine-readable name of a host's origin, for the JSON report.</summary>
    public static string OriginName(HostOrigin origin) => origin switch
    {
        HostOrigin.Content => "content",
        HostOrigin.Manifest => "manifest",
        HostOrigin.Option => "option",
        HostOrigin.FolderName => "folder-name-guess",
        _ => "none",
    };

    /// <summary>The roles in words: <c>mailbox (OWA), trusted application pool</c>.</summary>
    public static string Roles(ServerRole roles)
    {
        var words = RoleNames(roles).ToList();
        return words.Count == 0 ? "role not told" : string.Join(", ", words);
    }

    /// <summary>Each role as a short machine-readable word, for the JSON report.</summary>
    public static IEnumerable<string> RoleNames(ServerRole roles)
    {
        if (roles.HasFlag(ServerRole.Mailbox))
        {
            yield return "mailbox (OWA)";
        }

        if (roles.HasFlag(ServerRole.Edge))
        {
            yield return "Edge";
        }
        else if (roles.HasFlag(ServerRole.Lync))
        {
            yield return "Lync server";
        }

        if (roles.HasFlag(ServerRole.LyncPool))
        {
            yield return "Lync pool";
        }

        if (roles.HasFlag(ServerRole.TrustedApplicationPool))
        {
            yield return "trusted application pool";
        }
    }

    /// <summary>One line for a server: <c>ATL-MBX-001 = atl-mbx-001.litwareinc.com: mailbox (OWA); 6 files</c>.</summary>
    public static string Line(ServerSummary server) =>
        $"{server.Label}{(server.Fqdn is { } fqdn && !fqdn.Equals(server.Label, StringComparison.OrdinalIgnoreCase) ? $" = {fqdn}" : string.Empty)}" +
        $"{(server.IsGuess ? GuessMark : string.Empty)}: {Roles(server.Roles)}; {server.Files} file(s)";

    /// <summary>A name with where it was learned: <c>atl-mbx-001.litwareinc.com (Computer of a MSExchange OWA event, Application.evtx:3)</c>.</summary>
    public static string Name(ServerName name) => $"{name.Name} ({Source(name)})";

    /// <summary>How and where a name was learned: <c>Computer of a MSExchange OWA event, Application.evtx:3</c>.</summary>
    public static string Source(ServerName name) =>
        name.How + (name.Where.File.Length > 0 ? ", " + name.Where.File + (name.Where.FirstLine > 0 ? ":" + name.Where.FirstLine.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) : string.Empty);
}
