using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>triage</c>: the exit threshold and the report files.</summary>
public sealed class TriageSettings : PathSettings
{
    [CommandOption("--fail-on <LEVEL>")]
    [Description("Exit with code 1 when a finding is at or above this severity: info, warning, error (default) or critical.")]
    [DefaultValue("error")]
    public string FailOn { get; set; } = "error";

    [CommandOption("--report <FILE>")]
    [Description("Write a report; the format follows the extension: .md (Markdown for tickets) or .json. Repeatable.")]
    public string[] Reports { get; set; } = [];
}
