using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

public sealed class TimelineSettings : RedactablePathSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text (one line per event), csv (RFC 4180, formula-safe) or jsonl (one ECS JSON object per line).")]
    [DefaultValue("text")]
    public string Format { get; set; } = "text";

    [CommandOption("--since <TIME>")]
    [Description("Only events at or after this time: ISO 8601 (2013-05-14T09:21:00Z); without a zone it is UTC.")]
    public string? Since { get; set; }

    [CommandOption("--until <TIME>")]
    [Description("Only events at or before this time: ISO 8601; without a zone it is UTC.")]
    public string? Until { get; set; }

    [CommandOption("--source <SOURCE>")]
    [Description("Only these sources: sipstack, owa-im, exchange-log, event-log, config. Repeatable or comma-separated.")]
    public string[] Sources { get; set; } = [];

    [CommandOption("--severity <LEVEL>")]
    [Description("Minimum severity shown: critical, error, warning, info or verbose.")]
    public string? Severity { get; set; }

    [CommandOption("--call-id <ID>")]
    [Description("Only events of this SIP Call-ID, with the CLS records logged under the same correlation id that name no Call-ID.")]
    public string? CallId { get; set; }

    [CommandOption("--user <URI>")]
    [Description("Only events about this user: a SIP URI (sip: optional) or an SMTP address.")]
    public string? User { get; set; }

    [CommandOption("--follow")]
    [Description("After reading, keep reading what the text logs append (SIPStack, OWA IM and Exchange logs, event CSV and wevtutil text in UTF-8) and the files that appear beside them, as tail -F; Ctrl+C stops. Not with --redact.")]
    public bool Follow { get; set; }

    [CommandOption("--grep <REGEX>")]
    [Description("Only events whose summary or keys match this regular expression (.NET syntax, case-insensitive).")]
    public string? Grep { get; set; }
}
