using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>tui</c>: the inputs, and --redact for the reports it exports.</summary>
public sealed class TuiSettings : PathSettings
{
    [CommandOption("--redact")]
    [Description("Reports exported with 'e' name no host, FQDN, user, SIP URI, address or thumbprint of the inputs (consistent pseudonyms). The screen itself shows the logs as they are.")]
    public bool Redact { get; set; }
}
