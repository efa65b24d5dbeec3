using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.EventLog;

/// <summary>
/// Reads event XML: Event Viewer's "Save As XML" (<c>&lt;Events&gt;</c> root) and <c>wevtutil qe /f:xml</c> output
/// (bare <c>&lt;Event&gt;</c> fragments). Event XML is not always proper XML 1.0 (unescaped <c>&amp;</c>, control
/// characters), so each event is cut out on its own, repaired where it is broken, and parsed; one bad event is one
/// diagnostic, never the loss of the file.
/// </summary>
internal static partial class EventXmlReader
{
    private const int MaxEventChars = 4 * 1024 * 1024;

    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        using var reader = new StreamReader(utf8Text, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var chars = new char[1 << 16];
        var pending = string.Empty;
        long lineAtPending = 1; // the line the first character of 'pending' is on
        var bytesAtPending = context.StartOffset; // and its byte offset in the file, for re-reading an event alone
        var done = false;
        var ready = new List<TimelineEvent>();
        while (!done)
        {
            var read = reader.Read(chars, 0, chars.Length);
            done = read == 0;
            var text = pending + new string(chars, 0, read);
            var (consumed, line) = Cut(text, lineAtPending, bytesAtPending, done, context, ready);
            foreach (var e in ready)
            {
                yield return e;
            }

            ready.Clear();
            bytesAtPending += Encoding.UTF8.GetByteCount(text.AsSpan(0, consumed));
            pending = text[consumed..];
            lineAtPending = line;
        }
    }

    /// <summary>Parses every complete event in <paramref name="text"/>; returns how much was used and its end line.</summary>
    /// <param name="bytes">The byte offset of <paramref name="text"/>'s first character in the file.</param>
    private static (int Consumed, long Line) Cut(string text, long line, long bytes, bool atEnd, ReadContext context, List<TimelineEvent> ready)
    {
        var pos = 0;
        while (true)
        {
            var start = EventStart().Match(text, pos);
            if (!start.Success)
            {
                // Keep a possible partial "<Event" at the very end; everything before it is between events.
                var keep = atEnd ? 0 : Math.Min(text.Length - pos, 7);
                var cut = text.Length - keep;
                return (cut, line + Count(text.AsSpan(pos, cut - pos)));
            }

            var firstLine = line + Count(text.AsSpan(pos, start.Index - pos));
            var end = text.IndexOf("</Event>", start.Index, StringComparison.Ordinal);
            if (end < 0)
            {
                if (atEnd || text.Length - start.Index > MaxEventChars)
                {
                    var last = firstLine + Count(text.AsSpan(start.Index));
                    context.Report(firstLine, last, 0, Severity.Error, DiagnosticDisposition.Skipped,
                        $"line {firstLine}: an <Event> that does not end{(atEnd ? " before the end of the file" : $" within {MaxEventChars} characters")}; skipped");
                    return (text.Length, last);
                }

                return (start.Index, firstLine);
            }

            var eventEnd = end + "</Event>".Length;
            var lastLine = firstLine + Count(text.AsSpan(start.Index, eventEnd - start.Index));
            var offset = bytes + Encoding.UTF8.GetByteCount(text.AsSpan(pos, start.Index - pos));
            if (Parse(text[start.Index..eventEnd], firstLine, lastLine, offset, context) is { } made)
            {
                ready.Add(made);
            }

            line = lastLine;
            bytes = offset + Encoding.UTF8.GetByteCount(text.AsSpan(start.Index, eventEnd - start.Index));
            pos = eventEnd;
        }
    }

    /// <summary>Deeper than any event Windows writes: LINQ to XML builds a deep tree in time quadratic in its depth.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Whether <paramref name="xml"/> nests elements deeper than <paramref name="depth"/>, found by a forward-only read
    /// (linear, unlike building the tree); null when the reader refuses the XML before it could tell.
    /// </summary>
    private static bool? DeeperThan(string xml, int depth)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml));
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > depth)
                {
                    return true;
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed here: the repair may mend it (checked in turn), or the parse says why not.
            return null;
        }

        return false;
    }

    private static TimelineEvent? Parse(string xml, long line, long lastLine, long offset, ReadContext context)
    {
        XElement root;
        var repaired = false;
        if ((DeeperThan(xml, MaxDepth) ?? DeeperThan(Repair(xml), MaxDepth)) == true)
        {
            context.Report(line, lastLine, 0, Severity.Error, DiagnosticDisposition.Skipped, $"line {line}: an <Event> nested more than {MaxDepth} elements deep (a real one has fewer than ten); skipped");
            return null;
        }

        try
        {
            root = XElement.Parse(xml, LoadOptions.None);
        }
        catch (XmlException)
        {
            try
            {
                root = XElement.Parse(Repair(xml), LoadOptions.None);
                repaired = true;
            }
            catch (XmlException e)
            {
                context.Report(line, lastLine, 0, Severity.Error, DiagnosticDisposition.Skipped, $"line {line}: an <Event> that is not XML even after repair ({e.Message.Split(" Line ")[0].TrimEnd('.')}); skipped");
                return null;
            }
        }

        if (repaired)
        {
            context.Report(line, lastLine, 0, Severity.Verbose, DiagnosticDisposition.Noted, $"line {line}: unescaped '&' or control characters repaired");
        }

        var system = Child(root, "System");
        var eventId = Child(system, "EventID");
        if (system is null || !int.TryParse(eventId?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            context.Report(line, lastLine, 0, Severity.Warning, DiagnosticDisposition.Skipped, $"line {line}: an <Event> without System/EventID; skipped");
            return null;
        }

        var record = new EventLogRecord
        {
            Provider = (string?)Child(system, "Provider")?.Attribute("Name") ?? (string?)Child(system, "Provider")?.Attribute("EventSourceName") ?? "(unknown provider)",
            EventId = id,
            Qualifiers = int.TryParse((string?)eventId!.Attribute("Qualifiers"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : null,
            Level = Int(Child(system, "Level")),
            Task = Int(Child(system, "Task")),
            Keywords = Child(system, "Keywords")?.Value,
            RecordId = long.TryParse(Child(system, "EventRecordID")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null,
            Computer = Child(system, "Computer")?.Value,
            Channel = Child(system, "Channel")?.Value,
            Data = Data(root),
            Message = Child(Child(root, "RenderingInfo"), "Message")?.Value is { Length: > 0 } message ? message.Replace("\r\n", "\n", StringComparison.Ordinal) : null,
        };
        var created = (string?)Child(system, "TimeCreated")?.Attribute("SystemTime");
        if (!DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            context.Report(line, lastLine, 0, Severity.Warning, DiagnosticDisposition.Skipped, $"line {line}: an <Event> without a readable TimeCreated; skipped");
            return null;
        }

        return EventLogEvents.Create(record, time, TimeQuality.Exact, context.FileHost, new SourceLocation(context.File, line, lastLine, offset));
    }

    private static List<EventDataItem> Data(XElement root)
    {
        if (Child(root, "EventData") is { } eventData)
        {
            return eventData.Elements().Where(e => e.Name.LocalName == "Data").Select(d => new EventDataItem((string?)d.Attribute("Name"), d.Value)).ToList();
        }

        return Child(root, "UserData") is { } userData
            ? userData.Descendants().Where(e => !e.HasElements).Select(e => new EventDataItem(e.Name.LocalName, e.Value)).ToList()
            : [];
    }

    private static XElement? Child(XElement? parent, string localName) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static int? Int(XElement? element) => int.TryParse(element?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Escapes a bare <c>&amp;</c> and drops characters XML 1.0 forbids.</summary>
    internal static string Repair(string xml)
    {
        var escaped = BareAmpersand().Replace(xml, "&amp;");
        var builder = new StringBuilder(escaped.Length);
        foreach (var c in escaped)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static long Count(ReadOnlySpan<char> text) => text.Count('\n');

    [GeneratedRegex(@"<Event[\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex EventStart();

    [GeneratedRegex(@"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);)", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmpersand();
}
