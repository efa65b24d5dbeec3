using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Reporting;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>schema</c>: the JSON Schema of the JSON report, to validate reports with any validator.</summary>
public sealed class SchemaCommand(CliOutput output) : Command<SchemaSettings>
{
    public override int Execute(CommandContext context, SchemaSettings settings, CancellationToken cancellationToken)
    {
        // Written as it is, not through the console: it is a document, and markup or wrapping would change it.
        output.Out.Write(JsonReportWriter.Schema());
        output.Out.Flush();
        return ExitCodes.Ok;
    }
}
