using System.Globalization;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console;

namespace LyncOwaDiag.Cli.Views;

/// <summary>The input inventory: one line per host by default, the full table (file by file) with --verbose.</summary>
internal static class InventoryView
{
    /// <summary>One line per host — its files' formats, events and diagnostics —, then every skipped file with its reason.</summary>
    public static void WriteByHost(IAnsiConsole console, IReadOnlyList<InputSummary> inputs)
    {
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var read = inputs.Where(i => i.SkippedReason is null).ToList();
        var skipped = inputs.Where(i => i.SkippedReason is not null).ToList();
        var hosts = read.GroupBy(ServerText.HostOf, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).ToList();
        console.WriteLine($"Inputs: {N(read.Count)} file(s) read from {N(hosts.Count)} host(s), {N(skipped.Count)} skipped (file by file with --verbose)");
        foreach (var host in hosts)
        {
            var formats = string.Join(", ", host.GroupBy(i => ReaderName(i.Format)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count().ToString(CultureInfo.InvariantCulture)}"));
            var diagnostics = host.Sum(i => i.Diagnostics);
            console.WriteLine(SafeText.ForTerminal(
                $"  {host.Key}: {formats}; {N(host.Sum(i => i.Events))} events" + (diagnostics > 0 ? $", {N(diagnostics)} diagnostic(s)" : string.Empty)));
        }

        foreach (var input in skipped)
        {
            console.WriteLine(SafeText.ForTerminal($"  skipped {input.File}: {input.SkippedReason}"));
        }
    }

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
                Text(ServerText.HostOf(input)),
                Text(input.Events.ToString("N0", CultureInfo.InvariantCulture)),
                Text(input.Diagnostics.ToString("N0", CultureInfo.InvariantCulture)),
                Text(input.First is { } first ? TimeQualityText.Format(first, input.TimeQuality ?? TimeQuality.Exact) : "-"),
                Text(input.Last is { } last ? TimeQualityText.Format(last, input.TimeQuality ?? TimeQuality.Exact) : "-"),
                Text(input.TimeQuality is { } q ? TimeQualityText.Name(q) : "-"));
        }

        return table;
    }

    public static string ReaderName(InputFormat format) => InputFormats.LabelOf(format);

    private static Text Text(string value) => new(SafeText.ForTerminal(value));
}
