using System.Globalization;

namespace LyncOwaDiag.Parsing;

/// <summary>What a reader needs to know about the file it reads, besides its bytes.</summary>
/// <param name="File">Display path used in every location.</param>
/// <param name="FileHost">Host for events whose content does not name one (from manifest, option or folder).</param>
/// <param name="Culture">Culture for culture-formatted dates; null means the reader's own default.</param>
/// <param name="Diagnostics">Receives every problem found.</param>
/// <param name="StartOffset">Byte offset of the text after any BOM.</param>
public sealed record ReadContext(
    string File,
    string? FileHost,
    CultureInfo? Culture,
    IDiagnosticSink Diagnostics,
    long StartOffset = 0)
{
    /// <summary>When the file was written: the time of snapshot facts, which carry none of their own.</summary>
    public DateTimeOffset? FileTime { get; init; }

    /// <summary>True when <see cref="FileTime"/> is a local wall-clock time (zip entries).</summary>
    public bool FileTimeIsLocal { get; init; }

    /// <summary>Formatted messages by event record id, from display information exported with an EVTX file.</summary>
    public IReadOnlyDictionary<long, string>? Messages { get; init; }

    /// <summary>
    /// Whether SIP messages keep their top Via (sent-by, branch): what the clock-skew look ahead pairs hops by. The
    /// main read leaves it out: a string per message that nothing after the calibration reads.
    /// </summary>
    public bool KeepsHops { get; init; }
}
