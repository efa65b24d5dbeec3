using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>rules lint DIR</c>.</summary>
public sealed class RulesLintSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder of rule files (*.yaml, *.yml) to check.")]
    public string Folder { get; set; } = string.Empty;
}
