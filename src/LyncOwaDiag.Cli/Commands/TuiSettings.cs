using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>tui</c>: the inputs, and --redact for the reports it exports.</summary>
public sealed class TuiSettings : PathSettings
{
    [CommandOption("--redact")]
    [Description("The screen and the reports exported with 'e' name no host, FQDN, user, SIP URI, address or thumbprint of the inputs (names as triage --redact names them; addresses and thumbprints on screen are numbered as they first show, the exported reports as triage numbers them). The logs show once every name has been read; search and filter match the real text.")]
    public bool Redact { get; set; }

    [CommandOption("--follow")]
    [Description("After reading, keep reading what the text logs append and the files that appear beside them (as tail -F): new rows show as they come (a cursor on the last row follows them), and the findings are made again once they settle. Not with --redact.")]
    public bool Follow { get; set; }
}
