using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Reads cmdlet output saved with <c>ConvertTo-Json</c>: one object or an array of them, properties as facts.
/// Enums may print as numbers and dates as <c>/Date(ms)/</c> (kept, dates also read); nested objects are kept as
/// their JSON text. Broken JSON keeps the objects read before the error and reports where it broke.
/// </summary>
internal static partial class CmdletJsonReader
{
    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        var bytes = JsonText.ReadAll(utf8Text);
        var lines = new JsonText.LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, JsonText.Options);
        var events = new List<TimelineEvent>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth <= 1)
                {
                    var properties = ReadObject(ref reader, lines);
                    events.AddRange(SnapshotObjects.Facts(context, properties, null, "ConvertTo-Json"));
                }
            }
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            context.Diagnostics.Report(new ParseDiagnostic(new SourceLocation(context.File, line, line, 0), Severity.Error, DiagnosticDisposition.Skipped,
                $"line {line}: not valid JSON ({e.Message.Split(" LineNumber")[0].TrimEnd('.')}); the rest of the file is not read"));
        }

        return events;
    }

    private static List<SnapshotProperty> ReadObject(ref Utf8JsonReader reader, JsonText.LineCounter lines)
    {
        var properties = new List<SnapshotProperty>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            // Invalid UTF-8 or a lone surrogate escape in a name makes GetString throw: keep the bytes as written.
            var name = TryGetString(ref reader, out var unescaped) ? unescaped ?? string.Empty : Encoding.UTF8.GetString(reader.ValueSpan);
            var line = lines.LineAt(reader.TokenStartIndex);
            reader.Read();
            var (value, items) = Value(ref reader);
            if (reader.TokenType == JsonTokenType.Number && CmdletEnums.NameOf(name, value) is { } enumName)
            {
                value = enumName;
            }

            properties.Add(new SnapshotProperty(name, value, items, line, lines.LineAt(reader.TokenStartIndex)));
        }

        return properties;
    }

    private static (string Value, IReadOnlyList<string> Items) Value(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                // A lone surrogate escape makes GetString throw; keep the text as written instead.
                var text = TryGetString(ref reader, out var unescaped) ? unescaped ?? string.Empty : Encoding.UTF8.GetString(reader.ValueSpan);
                return (MsDate(text) ?? text, []);
            case JsonTokenType.Number:
                return (Encoding.UTF8.GetString(reader.ValueSpan), []);
            case JsonTokenType.True:
                return ("True", []);
            case JsonTokenType.False:
                return ("False", []);
            case JsonTokenType.Null:
                return (string.Empty, []);
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Value(ref reader).Value);
                }

                return ("{" + string.Join(", ", items) + "}", items);
            default:
                using (var doc = JsonDocument.ParseValue(ref reader))
                {
                    // Compact, so that a nested object reads on one line.
                    return (JsonSerializer.Serialize(doc.RootElement), []);
                }
        }
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string? value)
    {
        try
        {
            value = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    /// <summary><c>/Date(1368523258000)/</c> → an ISO 8601 UTC time.</summary>
    private static string? MsDate(string text)
    {
        var match = MsDatePattern().Match(text);
        // A count of milliseconds outside the years 1 to 9999 is no date: the text stays as written.
        return match.Success && long.TryParse(match.Groups["ms"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
            && ms >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"^/Date\((?<ms>-?\d+)([+-]\d{4})?\)/$", RegexOptions.CultureInvariant)]
    private static partial Regex MsDatePattern();
}
