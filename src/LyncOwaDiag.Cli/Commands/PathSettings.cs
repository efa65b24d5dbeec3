using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Commands that read one or more inputs: files, folders or .zip bundles, mixed.</summary>
public class PathSettings : CommonSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Files, folders (read recursively) and .zip bundles, in any mix; a pipe such as <(command) is read once into a temp copy (one nothing writes to within 10 s is skipped). Anything that is not a regular file or folder (a FIFO in a folder, a device, a link to a folder) is skipped with its reason. Archives are read in place within limits, each said when reached: 3 archives deep, 250:1 compression, 16 GB per archive and 32 GB per run uncompressed, temp copies 512 MB or twice the archives given (docs/limits.md).")]
    public string[] Paths { get; set; } = [];
}
