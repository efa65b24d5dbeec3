using System.Globalization;
using System.Text.Json;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Reads the bundle manifest the collector writes. <see cref="Parse"/> gives the typed manifest (the pipeline uses
/// its host for the files beside it); <see cref="Read"/> gives its facts: host, role, versions, collected items, and
/// each listed folder present or absent.
/// </summary>
internal static class ManifestReader
{
    public static BundleManifest Parse(byte[] json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        var root = doc.RootElement;
        return new BundleManifest
        {
            Host = String(root, "host"),
            Role = String(root, "role"),
            CollectedAt = Time(String(root, "collectedAt")),
            ExchangeVersion = String(root, "exchangeVersion"),
            LyncVersion = String(root, "lyncVersion"),
            Items = Array(root, "items").Where(i => i.ValueKind == JsonValueKind.Object).Select(i => new ManifestItem(String(i, "path") ?? string.Empty, String(i, "sourcePath"),
                Property(i, "size") is { ValueKind: JsonValueKind.Number } size && size.TryGetInt64(out var bytes) ? bytes : null, Time(String(i, "lastWriteTime")))).ToList(),
            Listings = Array(root, "listings").Where(l => l.ValueKind == JsonValueKind.Object && String(l, "folder") is not null).Select(l => new ManifestListing(String(l, "folder")!,
                Property(l, "exists") is { ValueKind: JsonValueKind.True },
                Array(l, "entries").Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? string.Empty : e.GetRawText()).ToList())).ToList(),
        };
    }

    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        BundleManifest manifest;
        try
        {
            manifest = Parse(JsonText.ReadAll(utf8Text));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            var line = e is JsonException json ? (json.LineNumber ?? 0) + 1 : 1;
            context.Diagnostics.Report(new ParseDiagnostic(new SourceLocation(context.File, line, line, 0), Severity.Error, DiagnosticDisposition.Skipped,
                $"line {line}: the manifest is not valid JSON; not read"));
            return [];
        }

        var dated = context with { FileTime = manifest.CollectedAt ?? context.FileTime, FileTimeIsLocal = manifest.CollectedAt is null && context.FileTimeIsLocal };
        var facts = new List<ConfigFact>();
        void Add(string name, string? value, string? note = null, string? obj = null)
        {
            if (value is not null)
            {
                facts.Add(new ConfigFact { Scope = "manifest", Object = obj ?? manifest.Host, Name = name, Value = value, Note = note });
            }
        }

        Add("host", manifest.Host);
        Add("role", manifest.Role);
        Add("collectedAt", manifest.CollectedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Add("exchangeVersion", manifest.ExchangeVersion);
        Add("lyncVersion", manifest.LyncVersion);
        foreach (var item in manifest.Items)
        {
            Add("item", item.SourcePath ?? item.Path, obj: item.Path);
            Add("item.lastWriteTime", item.LastWriteTime?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), obj: item.SourcePath ?? item.Path);
        }

        foreach (var listing in manifest.Listings)
        {
            facts.Add(new ConfigFact
            {
                Scope = "manifest",
                Object = listing.Folder,
                Name = "folder",
                Value = listing.Exists ? "present" : "absent",
                Items = listing.Entries,
                Note = listing.Exists ? null : ConfigFact.Absent,
            });
        }

        // A file's last write is an event of its own on the timeline (web.config changed at T, then was the app pool recycled?).
        var written = manifest.Items.Where(i => i.LastWriteTime is not null).GroupBy(i => i.SourcePath ?? i.Path).ToDictionary(g => g.Key, g => g.First().LastWriteTime!.Value);
        return facts.Select(f => f.Name == "item.lastWriteTime" && f.Object is { } o && written.TryGetValue(o, out var at)
            ? ConfigFactEvents.Create(dated with { FileTime = at, FileTimeIsLocal = false }, f, 1)
            : ConfigFactEvents.Create(dated, f, 1)).ToList();
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
}
