using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Support;

/// <summary>
/// The accounting invariant of every reader: the line ranges of the events and of the diagnostics that skipped
/// lines cover every line of the input exactly once.
/// </summary>
internal static class LineCoverage
{
    public static long CountLines(byte[] bytes)
    {
        long lines = 0;
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                lines++;
            }
        }

        return bytes.Length > 0 && bytes[^1] != (byte)'\n' ? lines + 1 : lines;
    }

    /// <summary>
    /// Lines as CsvHelper counts them for the CSV-shaped logs: CR, LF and CRLF each end a line (the SIPStack framer
    /// splits on LF only, as Lync's own tools write CRLF).
    /// </summary>
    public static long CountLinesAnyBreak(byte[] bytes)
    {
        long lines = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                lines++;
            }
        }

        return bytes.Length > 0 && bytes[^1] is not ((byte)'\n' or (byte)'\r') ? lines + 1 : lines;
    }

    /// <summary>Returns null when the ranges tile 1..lines, else a description of the first gap or overlap.</summary>
    public static string? Problem(IEnumerable<TimelineEvent> events, IEnumerable<ParseDiagnostic> diagnostics, long lines)
    {
        var ranges = events.Select(e => (e.Location.FirstLine, e.Location.LastLine, What: "event"))
            .Concat(diagnostics.Where(d => d.Disposition == DiagnosticDisposition.Skipped)
                .Select(d => (d.Location.FirstLine, d.Location.LastLine, What: "diagnostic")))
            .OrderBy(r => r.FirstLine)
            .ToList();
        long next = 1;
        foreach (var (first, last, what) in ranges)
        {
            if (first != next)
            {
                return first > next ? $"lines {next}-{first - 1} are not accounted for" : $"{what} at {first}-{last} overlaps line {first}";
            }

            if (last < first)
            {
                return $"{what} has an empty range {first}-{last}";
            }

            next = last + 1;
        }

        return next == lines + 1 ? null : $"accounted up to line {next - 1} of {lines}";
    }
}
