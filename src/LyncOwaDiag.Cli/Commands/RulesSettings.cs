using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>rules list</c>: which rule folders to add to the built-in rules.</summary>
public class RulesSettings : CommandSettings
{
    [CommandOption("--rules <DIR>")]
    [Description("A folder of rule files that add to or replace the built-in rules. Repeatable.")]
    public string[] RuleFolders { get; set; } = [];
}
