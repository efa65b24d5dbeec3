using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;
using Spectre.Console;

namespace LyncOwaDiag.Cli.Views;

/// <summary>The servers of the bundle: each with its roles and its names, and where each name was learned.</summary>
internal static class ServersView
{
    private const int NamesShown = 4;

    public static void Write(IAnsiConsole console, IReadOnlyList<ServerSummary> servers, bool verbose)
    {
        if (servers.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine("Servers (as the bundle's content names them):");
        foreach (var server in servers)
        {
            console.WriteLine(SafeText.ForTerminal("  " + ServerText.Line(server)));
            var names = server.Names.Take(verbose ? int.MaxValue : NamesShown).Select(ServerText.Name).ToList();
            var more = server.Names.Count - names.Count;
            console.WriteLine(SafeText.ForTerminal("      names: " + string.Join("; ", names) + (more > 0 ? $"; … {more} more (--verbose)" : string.Empty)));
        }
    }
}
