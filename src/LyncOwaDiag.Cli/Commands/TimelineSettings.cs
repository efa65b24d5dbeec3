using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

public sealed class TimelineSettings : PathSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text (one line per event), csv (RFC 4180, formula-safe) or jsonl (one ECS JSON object per line).")]
    [DefaultValue("text")]
    public string Format { get; set; } = "text";
}
