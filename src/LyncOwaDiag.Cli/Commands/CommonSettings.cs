using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options every command takes (docs/design.md#command-line-and-exit-codes).</summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--tz <ZONE>")]
    [Description("Time zone of local-time inputs: UTC, an offset such as -08:00, a zone name such as \"Pacific Standard Time\", or GLOB=ZONE for matching paths only. Repeatable; the last matching rule wins. SIPStack text is read as UTC unless a rule names its file.")]
    public string[] TimeZones { get; set; } = [];

    [CommandOption("--culture <NAME>")]
    [Description("Culture of dates in culture-formatted exports (event CSV/TXT, Format-List), e.g. de-DE, or GLOB=NAME for matching paths only. Repeatable; the last matching rule wins. SIPStack dates are always MM/DD/YYYY.")]
    public string[] Cultures { get; set; } = [];

    [CommandOption("--host <PATH=NAME>")]
    [Description("PATH=NAME: name the host of files whose path matches PATH (a file, folder or glob); it overrides a manifest and the machine their events name. Repeatable. In 'timeline', a NAME without PATH= keeps only that host's events.")]
    public string[] Hosts { get; set; } = [];

    [CommandOption("--on-invalid <POLICY>")]
    [Description("What to do with a malformed record: report (default; it becomes a diagnostic and reading goes on) or fail (stop with exit code 1).")]
    [DefaultValue("report")]
    public string OnInvalid { get; set; } = "report";

    [CommandOption("--no-skew-correction")]
    [Description("Do not move hosts' times by the clock skew estimated from SIP messages both hosts logged (it is still reported by triage).")]
    public bool NoSkewCorrection { get; set; }

    [CommandOption("--rules <DIR>")]
    [Description("A folder of rule files (*.yaml) that add to the built-in rules or replace those of the same id. Repeatable. Check them with 'lyncowadiag rules lint DIR'.")]
    public string[] RuleFolders { get; set; } = [];

    [CommandOption("--verbose")]
    [Description("Show details of internal errors and every diagnostic.")]
    public bool Verbose { get; set; }

    [CommandOption("--quiet")]
    [Description("Print only the essential output; no progress or legends on stderr.")]
    public bool Quiet { get; set; }

    [CommandOption("--no-color")]
    [Description("Plain text without colour; severity is still written as a word.")]
    public bool NoColor { get; set; }
}
