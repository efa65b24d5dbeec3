using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Commands that read one or more inputs: files, folders or .zip bundles, mixed.</summary>
public class PathSettings : CommonSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Files, folders (read recursively) and .zip bundles, in any mix.")]
    public string[] Paths { get; set; } = [];
}
