using System.Globalization;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Cli.Views;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary><c>inspect FILE…</c>: what each input was taken for, whose it is, what it holds, and what was wrong.</summary>
public sealed class InspectCommand(CliOutput output) : Command<PathSettings>
{
    public override int Execute(CommandContext context, PathSettings settings, CancellationToken cancellationToken)
    {
        var options = OptionsFactory.Create(settings, settings.Paths);
        using var session = TimelineSession.Open(options);
        // Facts are few (snapshots are small); keep them to list under their file.
        var facts = new Dictionary<string, List<TimelineEvent>>(StringComparer.Ordinal);
        foreach (var e in session.Events())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (e.Payload is ConfigFact)
            {
                if (!facts.TryGetValue(e.Location.File, out var list))
                {
                    facts[e.Location.File] = list = [];
                }

                list.Add(e);
            }
        }

        var diagnostics = session.Diagnostics.Kept.ToLookup(d => d.Location.File, StringComparer.Ordinal);
        var console = output.Console;
        foreach (var input in session.Inputs)
        {
            console.Write(new Text(SafeText.ForTerminal(input.File) + "\n", new Style(decoration: Decoration.Bold)));
            if (input.SkippedReason is not null)
            {
                Line(console, "format", InventoryView.ReaderName(input.Format));
                Line(console, "skipped", input.SkippedReason);
                console.WriteLine();
                continue;
            }

            Line(console, "format", $"{InventoryView.ReaderName(input.Format)} ({input.Detection})");
            Line(console, "encoding", input.Encoding ?? "-");
            Line(console, "host", ServerText.HostOf(input) + (input.HostOrigin == HostOrigin.Content ? $" (from content{(input.HostWhy is { } why ? ": " + why : string.Empty)})" : string.Empty));
            Line(console, "size", $"{input.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, read to line {input.Lines.ToString("N0", CultureInfo.InvariantCulture)}");
            var kinds = string.Join(", ", input.EventsByKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal)
                .Select(k => $"{k.Key} {k.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
            Line(console, "events", input.Events.ToString("N0", CultureInfo.InvariantCulture) + (kinds.Length > 0 ? $" ({kinds})" : string.Empty));
            if (input.First is { } first && input.Last is { } last)
            {
                var quality = input.TimeQuality ?? TimeQuality.Exact;
                Line(console, "time", $"{TimeQualityText.Format(first, quality)} .. {TimeQualityText.Format(last, quality)} ({TimeQualityText.Name(quality)})");
            }

            if (facts.TryGetValue(input.File, out var fileFacts))
            {
                Line(console, "facts", fileFacts.Count.ToString("N0", CultureInfo.InvariantCulture));
                foreach (var fact in fileFacts.OrderBy(f => f.Location.FirstLine))
                {
                    console.WriteLine("    " + SafeText.ForTerminal($"line {LineText(fact.Location)}: {fact.Summary}"));
                }
            }

            var own = diagnostics[input.File].ToList();
            Line(console, "diagnostics", input.Diagnostics.ToString("N0", CultureInfo.InvariantCulture));
            foreach (var d in own.Take(settings.Verbose ? int.MaxValue : 50))
            {
                console.WriteLine("    " + SafeText.ForTerminal($"line {LineText(d.Location)}: {SeverityText.Name(d.Severity)}: {d.Message}"));
            }

            if (own.Count > 50 && !settings.Verbose)
            {
                console.WriteLine($"    … {own.Count - 50} more (--verbose shows all)");
            }

            console.WriteLine();
        }

        if (!session.HasReadableInput)
        {
            output.Error.WriteLine("lyncowadiag: no readable input.");
            return ExitCodes.Usage;
        }

        return ExitCodes.Ok;
    }

    private static string LineText(SourceLocation location) =>
        location.FirstLine == location.LastLine ? $"{location.FirstLine}" : $"{location.FirstLine}-{location.LastLine}";

    private static void Line(IAnsiConsole console, string name, string value) =>
        console.WriteLine($"  {name,-12} {SafeText.ForTerminal(value)}");
}
