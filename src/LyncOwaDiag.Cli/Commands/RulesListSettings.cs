using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>rules list</c>: the rule folders, and text or the Markdown rule reference.</summary>
public sealed class RulesListSettings : RulesSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text (a table, the default) or md: the full rule reference as Markdown, as kept in docs/rules.md.")]
    [DefaultValue("text")]
    public string Format { get; set; } = "text";
}
