using System.Globalization;
using System.Text.RegularExpressions;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Framing;

namespace LyncOwaDiag.Parsing.EventLog;

/// <summary>
/// Reads <c>wevtutil qe LOG /f:text</c>: <c>Event[n]:</c> blocks of indented <c>Name: value</c> lines, the
/// <c>Description:</c> running (on its own line or the next ones, not indented) until the next block. The
/// <c>Date:</c> is local time without zone, and may be missing. NUL characters some consoles leave are ignored.
/// </summary>
internal static partial class WevtutilTextReader
{
    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        var events = new List<TimelineEvent>();
        Dictionary<string, string>? fields = null;
        var description = new List<string>();
        long first = 0, last = 0, offset = 0;
        var inDescription = false;
        foreach (var (number, lineOffset, text) in TextLine.Read(utf8Text, context.StartOffset))
        {
            var line = text.Replace("\0", string.Empty, StringComparison.Ordinal);
            if (EventHeader().IsMatch(line))
            {
                Flush();
                fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                description.Clear();
                inDescription = false;
                first = last = number;
                offset = lineOffset;
                continue;
            }

            if (fields is null)
            {
                if (line.Contains("wevtutil", StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(number, number, 0, Severity.Verbose, DiagnosticDisposition.Skipped, $"line {number}: the command line");
                }
                else if (line.Trim().Length > 0)
                {
                    context.Report(number, number, 0, Severity.Warning, DiagnosticDisposition.Skipped, $"line {number}: text before the first Event[n]: block; skipped");
                }
                else
                {
                    context.Report(number, number, 0, Severity.Verbose, DiagnosticDisposition.Skipped, $"line {number}: blank line");
                }

                continue;
            }

            last = number;
            var field = FieldLine().Match(line);
            if (!inDescription && field.Success)
            {
                var name = field.Groups["name"].Value.Trim();
                var value = field.Groups["value"].Value.Trim();
                fields[name] = value;
                if (name.Equals("Description", StringComparison.OrdinalIgnoreCase))
                {
                    inDescription = true;
                    if (value.Length > 0)
                    {
                        description.Add(value);
                    }
                }

                continue;
            }

            description.Add(line);
        }

        Flush();
        return events;

        void Flush()
        {
            if (fields is null)
            {
                return;
            }

            while (description.Count > 0 && description[^1].Trim().Length == 0)
            {
                description.RemoveAt(description.Count - 1);
            }

            string Get(string name) => fields.TryGetValue(name, out var v) ? v : string.Empty;
            if (!int.TryParse(Get("Event ID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                context.Report(first, last, 0, Severity.Warning, DiagnosticDisposition.Skipped, $"line {first}: Event block without an Event ID; skipped");
                fields = null;
                return;
            }

            var message = string.Join("\n", description);
            var record = new EventLogRecord
            {
                Provider = Get("Source") is { Length: > 0 } source ? source : "(unknown provider)",
                EventId = id,
                Level = Get("Level") switch { "Critical" => 1, "Error" => 2, "Warning" => 3, "Information" => 4, "Verbose" => 5, _ => null },
                Computer = Get("Computer") is { Length: > 0 } computer ? computer : null,
                Channel = Get("Log Name") is { Length: > 0 } log ? log : null,
                Keywords = Get("Keyword") is { Length: > 0 } keyword ? keyword : null,
                Message = message.Length == 0 || message == "N/A" ? null : message,
            };
            var hasDate = DateTime.TryParse(Get("Date"), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date);
            if (!hasDate)
            {
                context.Report(first, first, 0, Severity.Warning, DiagnosticDisposition.Noted, $"line {first}: Event block without a Date; its time is unknown and shown as 0001-01-01");
            }

            events.Add(EventLogEvents.Create(record, new DateTimeOffset(hasDate ? date : DateTime.MinValue, TimeSpan.Zero), TimeQuality.LocalUnknownOffset, context.FileHost,
                new SourceLocation(context.File, first, last, offset)));
            fields = null;
        }
    }

    [GeneratedRegex(@"^Event\[\d+\]:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EventHeader();

    [GeneratedRegex(@"^\s+(?<name>[A-Za-z][A-Za-z ]*?):\s?(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLine();
}
