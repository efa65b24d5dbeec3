using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>Turns one object of cmdlet output (Format-List or ConvertTo-Json) into facts, recognising its cmdlet.</summary>
internal static class SnapshotObjects
{
    public static IEnumerable<TimelineEvent> Facts(ReadContext context, IReadOnlyList<SnapshotProperty> properties, string? command, string fallbackScope)
    {
        if (properties.Count == 0)
        {
            return [];
        }

        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in properties)
        {
            byName.TryAdd(p.Name, p.Value);
        }

        var cmdlet = CmdletRecognizer.FromCommand(command) ?? CmdletRecognizer.FromProperties(byName);
        if (cmdlet is null)
        {
            context.Diagnostics.Report(new ParseDiagnostic(new SourceLocation(context.File, properties[0].FirstLine, properties[^1].LastLine, 0),
                Severity.Info, DiagnosticDisposition.Noted,
                $"lines {properties[0].FirstLine}-{properties[^1].LastLine}: the cmdlet that printed this object is not recognised; its properties are kept as {fallbackScope} facts"));
        }

        var scope = cmdlet ?? fallbackScope;
        var objectName = CmdletRecognizer.ObjectName(byName);
        return properties.Select(p =>
        {
            var (date, ambiguous) = p.Items.Count == 0 ? SnapshotValues.Date(p.Value, context.Culture) : (null, false);
            var fact = new ConfigFact
            {
                Scope = scope,
                Object = objectName,
                Name = p.Name,
                Value = p.Value,
                Items = p.Items,
                Date = date,
                Note = ambiguous ? "ambiguous date: day and month could be swapped (give --culture)" : null,
            };
            return ConfigFactEvents.Create(context, fact, p.FirstLine, p.LastLine);
        }).ToList();
    }
}
