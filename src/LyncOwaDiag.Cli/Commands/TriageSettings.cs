using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>triage</c>: the exit threshold and the report files.</summary>
public sealed class TriageSettings : RedactablePathSettings
{
    [CommandOption("--fail-on <LEVEL>")]
    [Description("Exit with code 1 when a finding is at or above this severity: info, warning (or warn), error (default) or critical.")]
    [DefaultValue("error")]
    public string FailOn { get; set; } = "error";

    [CommandOption("--each")]
    [Description("Batch triage: each subfolder or .zip of the given folders is a bundle of its own; reports go to --out, one folder per bundle, with summary.jsonl. The exit code is the worst of all.")]
    public bool Each { get; set; }

    [CommandOption("--out <DIR>")]
    [Description("With --each: the folder for the report sets and summary.jsonl (created if missing).")]
    public string? Out { get; set; }

    [CommandOption("--jobs <N>")]
    [Description("With --each: bundles triaged at once (default: the number of processors).")]
    public int? Jobs { get; set; }

    [CommandOption("--report <FILE>")]
    [Description("Write a report; the format follows the extension: .md (Markdown for tickets), .html (one self-contained file) or .json. Repeatable.")]
    public string[] Reports { get; set; } = [];
}
