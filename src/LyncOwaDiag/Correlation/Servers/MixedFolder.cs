using System.Text.RegularExpressions;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Correlation.Servers;

/// <summary>
/// Whether a folder holds more than one server's files, so that a file saying nothing of its server may not take
/// the server its neighbours name: two files of a kind a server has one of (two OWA web.config files), or a file
/// whose name names another server the bundle knows (<c>ATL-MBX-001-Application.txt</c> beside files of ATL-MBX-002).
/// Admins gathering by hand put every server's files in one folder and prefix some of them.
/// </summary>
internal static class MixedFolder
{
    /// <summary>Formats a server has one file of (its OWA web.config); two in one folder are two servers'.</summary>
    private static readonly HashSet<InputFormat> OnePerServer = [InputFormat.WebConfig];

    /// <param name="role">The role of the file that would take the folder's server: only servers of that role can be confused with it (a Front End's trace beside a mailbox server's files is no second mailbox server).</param>
    public static bool IsMixed(IEnumerable<ServerFile> inFolder, ServerRole role, string anchorKey, IEnumerable<(string Key, ServerRole Roles)> knownServers, Func<string, string> key)
    {
        var files = inFolder.ToList();
        if (files.Where(f => OnePerServer.Contains(f.Format)).GroupBy(f => f.Format).Any(g => g.Count() > 1))
        {
            return true;
        }

        return files.Any(f => NamesAnotherServer(FileName(f.DisplayPath), role, anchorKey, knownServers, key));
    }

    private static bool NamesAnotherServer(string fileName, ServerRole role, string anchorKey, IEnumerable<(string Key, ServerRole Roles)> knownServers, Func<string, string> key)
    {
        var lower = fileName.ToLowerInvariant();
        foreach (var (server, roles) in knownServers)
        {
            // Servers that run things (not pools, which are names for several) of the file's kind.
            if (server == anchorKey || (roles & (ServerRole.Mailbox | ServerRole.Lync)) == 0 || (role != ServerRole.None && (role & roles) == 0))
            {
                continue;
            }

            if (Regex.IsMatch(lower, $"(^|[^a-z0-9]){Regex.Escape(key(server))}([^a-z0-9]|$)", RegexOptions.CultureInvariant))
            {
                return true;
            }
        }

        return false;
    }

    private static string FileName(string displayPath)
    {
        var cut = Math.Max(displayPath.LastIndexOf('/'), displayPath.LastIndexOf('\\'));
        return cut < 0 ? displayPath : displayPath[(cut + 1)..];
    }
}
