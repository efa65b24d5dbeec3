using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>tui</c>: the inputs, and --redact for the reports it exports.</summary>
public sealed class TuiSettings : PathSettings
{
    [CommandOption("--redact")]
    [Description("The screen and the reports exported with 'e' name no host, FQDN, user, SIP URI, address or thumbprint of the inputs (the same consistent pseudonyms as triage --redact). The logs show once every name has been read; searching still matches the real text.")]
    public bool Redact { get; set; }
}
