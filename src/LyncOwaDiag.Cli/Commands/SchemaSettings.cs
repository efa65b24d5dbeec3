using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>schema</c> takes no options.</summary>
public sealed class SchemaSettings : CommandSettings;
