using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

public sealed class FlowSettings : RedactablePathSettings
{
    [CommandOption("--call-id <ID>")]
    [Description("Draw the dialog of this SIP Call-ID.")]
    public string? CallId { get; set; }

    [CommandOption("--user <URI>")]
    [Description("Draw every dialog this user takes part in: a SIP URI (sip: optional) or an SMTP address.")]
    public string? User { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("text (the ladder) or md (the ladder in a fenced block under a heading, for tickets).")]
    [DefaultValue("text")]
    public string Format { get; set; } = "text";

    [CommandOption("--width <COLUMNS>")]
    [Description("Width to fit the ladder into; 80 suits a ticket.")]
    [DefaultValue(80)]
    public int Width { get; set; } = 80;
}
