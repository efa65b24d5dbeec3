using System.ComponentModel;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Options of <c>rules show ID</c>.</summary>
public sealed class RulesShowSettings : RulesSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The rule id, e.g. CERT-NOT-FOUND.")]
    public string Id { get; set; } = string.Empty;
}
