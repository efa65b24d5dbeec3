using LyncOwaDiag.Model;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// Recognises an input by its content, never by its name (docs/formats.md#recognising-a-format): magic numbers for binary formats, then the
/// first lines of text.
/// </summary>
internal static class FormatSniffer
{
    public const int HeadBytes = 64 * 1024;
    private const int LinesToLook = 200;

    public static SniffResult Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return new SniffResult(InputFormat.Empty, TextEncoding.Utf8, 0, "empty file");
        }

        if (head.StartsWith("ElfFile\0"u8))
        {
            return new SniffResult(InputFormat.Evtx, TextEncoding.Utf8, 0, "EVTX signature ElfFile");
        }

        if (head.StartsWith("MTAFile\0"u8))
        {
            return new SniffResult(InputFormat.EvtxDisplayInformation, TextEncoding.Utf8, 0, "MTA signature MTAFile");
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            return new SniffResult(InputFormat.Zip, TextEncoding.Utf8, 0, "zip signature");
        }

        var (encoding, bom) = EncodingDetector.Detect(head);
        var text = EncodingDetector.DecodeHead(head, encoding, bom);
        if (text.Trim().Length == 0)
        {
            return new SniffResult(InputFormat.Empty, encoding, bom, "no text but white space");
        }

        // Windows leaves a log that was being written when it crashed padded with NUL bytes to its allocated size:
        // that tail is garbage after the text (the reader reports it), not a sign of a binary file.
        var body = text.TrimEnd('\0');
        if (body.Trim().Length == 0)
        {
            return new SniffResult(InputFormat.Binary, encoding, bom, "only NUL bytes (a file allocated and never written)");
        }

        if (LooksBinary(body))
        {
            return new SniffResult(InputFormat.Binary, encoding, bom, "binary content (control bytes), not text");
        }

        var (format, reason) = SniffText(body);
        return new SniffResult(format, encoding, bom, reason);
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c is '\0' || (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control > Math.Max(8, text.Length / 50);
    }

    private static (InputFormat, string) SniffText(string text)
    {
        var lines = text.Split('\n', LinesToLook + 1);
        var firstLine = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        for (var i = 0; i < Math.Min(lines.Length, LinesToLook); i++)
        {
            var line = lines[i];
            if (line.StartsWith("TL_", StringComparison.Ordinal) && line.Contains("(TF_", StringComparison.Ordinal))
            {
                return (InputFormat.SipStack, $"SIPStack trace entry at line {i + 1}");
            }
        }

        if (firstLine.StartsWith("#Software:", StringComparison.Ordinal) || lines.Any(l => l.StartsWith("#Fields:", StringComparison.Ordinal)))
        {
            return (InputFormat.ExchangeLog, "Exchange log header (#Software/#Fields)");
        }

        if (firstLine.StartsWith('<'))
        {
            if (text.Contains("<configuration", StringComparison.OrdinalIgnoreCase))
            {
                return (InputFormat.WebConfig, "XML <configuration> document");
            }

            if (text.Contains("<Event", StringComparison.Ordinal))
            {
                return (InputFormat.EventXml, "event XML (<Events>/<Event>)");
            }
        }

        if (firstLine.Contains("wevtutil", StringComparison.OrdinalIgnoreCase) && text.Contains("\nEvent[", StringComparison.Ordinal))
        {
            return (InputFormat.WevtutilText, "wevtutil text after its command line");
        }

        if (IsPrompt(firstLine))
        {
            return (InputFormat.FormatList, "PowerShell transcript (prompt line, then Name : Value output)");
        }

        if (firstLine.StartsWith('{') || firstLine.StartsWith('['))
        {
            return text.Contains("\"lyncowadiag-bundle/", StringComparison.Ordinal)
                ? (InputFormat.Manifest, "bundle manifest (its schema)")
                : text.Contains("\"collectedAt\"", StringComparison.Ordinal)
                ? (InputFormat.Manifest, "bundle manifest (collectedAt)")
                : (InputFormat.Json, "JSON document");
        }

        if (firstLine.StartsWith("Event[", StringComparison.Ordinal))
        {
            return (InputFormat.WevtutilText, "wevtutil text (Event[n]:)");
        }

        if (EventExportLanguage.Of(firstLine) is { } language)
        {
            return (firstLine.Contains('\t', StringComparison.Ordinal) ? InputFormat.EventText : InputFormat.EventCsv,
                $"Event Viewer {(firstLine.Contains('\t', StringComparison.Ordinal) ? "text (tab)" : "CSV")} export header ({language.Code})");
        }

        if (firstLine.StartsWith("#TYPE ", StringComparison.Ordinal)
            || firstLine.Contains("Event ID", StringComparison.OrdinalIgnoreCase)
            || firstLine.StartsWith("\"Message\",\"Id\"", StringComparison.Ordinal)
            || firstLine.StartsWith("\"EventID\"", StringComparison.Ordinal))
        {
            return (InputFormat.EventCsv, "event export header");
        }

        if (firstLine.StartsWith("HKEY_", StringComparison.OrdinalIgnoreCase)
            || firstLine.StartsWith("ERROR: The system was unable to find the specified registry key", StringComparison.Ordinal))
        {
            return (InputFormat.RegQuery, "reg query output");
        }

        // Format-List pads every name to the longest plus one space, so "Name : value" always has a space before the
        // colon; and such lines make up most of the text, unlike prose that happens to contain "Word: text".
        var propertyLines = lines.Count(l => FormatListLine.IsMatch(l));
        var contentLines = lines.Count(l => l.Trim().Length > 0);
        if (propertyLines >= 2 && propertyLines * 2 >= contentLines)
        {
            return (InputFormat.FormatList, "PowerShell Format-List (Name : Value)");
        }

        return (InputFormat.Unknown, "no known format recognised in the first lines");
    }

    /// <summary><c>[PS] C:\Windows\system32&gt;</c> (Exchange Management Shell) or <c>PS C:\Users\admin&gt;</c>.</summary>
    private static bool IsPrompt(string line) =>
        (line.StartsWith("[PS]", StringComparison.Ordinal) || line.StartsWith("PS ", StringComparison.Ordinal))
        && line.Contains(":\\", StringComparison.Ordinal) && line.Contains('>', StringComparison.Ordinal);

    private static readonly System.Text.RegularExpressions.Regex FormatListLine =
        new(@"^[A-Za-z][A-Za-z0-9]*\s+:( |\r?$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
