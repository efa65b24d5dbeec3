using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;
using Spectre.Console;

namespace LyncOwaDiag.Cli.Views;

/// <summary>The input inventory as a table: what each file is, whose it is, what was read and over what time.</summary>
internal static class InventoryView
{
    public static Table Create(IReadOnlyList<InputSummary> inputs)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Inputs");
        table.AddColumns("File", "Format", "Host", "Events", "Diag.", "First", "Last", "Time");
        foreach (var input in inputs)
        {
            if (input.SkippedReason is not null)
            {
                table.AddRow(Text(input.File), Text(ReaderName(input.Format)), Text("-"), Text("-"), Text("-"), Text("-"), Text("-"), Text("skipped: " + input.SkippedReason));
                continue;
            }

            table.AddRow(
                Text(input.File),
                Text(ReaderName(input.Format)),
                Text(HostText(input)),
                Text(input.Events.ToString("N0", CultureInfo.InvariantCulture)),
                Text(input.Diagnostics.ToString("N0", CultureInfo.InvariantCulture)),
                Text(input.First is { } first ? TimeQualityText.Format(first, input.TimeQuality ?? TimeQuality.Exact) : "-"),
                Text(input.Last is { } last ? TimeQualityText.Format(last, input.TimeQuality ?? TimeQuality.Exact) : "-"),
                Text(input.TimeQuality is { } q ? TimeQualityText.Name(q) : "-"));
        }

        return table;
    }

    public static string HostText(InputSummary input) => input.HostOrigin switch
    {
        HostOrigin.FolderName => $"{input.Host} (from folder name)",
        HostOrigin.Option => $"{input.Host} (--host)",
        HostOrigin.Manifest => $"{input.Host} (manifest)",
        HostOrigin.None => "(unknown)",
        _ => input.Host ?? "(unknown)",
    };

    public static string ReaderName(InputFormat format) => format switch
    {
        InputFormat.SipStack => "SIPStack",
        _ => format.ToString(),
    };

    private static Text Text(string value) => new(SafeText.ForTerminal(value));
}
