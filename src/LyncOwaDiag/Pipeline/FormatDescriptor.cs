using LyncOwaDiag.Model;

namespace LyncOwaDiag.Pipeline;

/// <summary>How the pipeline's times are anchored for a format, for offset inference.</summary>
public enum FormatClock
{
    /// <summary>Times that say nothing of their zone, or that are not event times (snapshots).</summary>
    Unanchored,

    /// <summary>Local wall-clock times without a zone (Event Viewer exports): an offset may be inferred for them.</summary>
    LocalWithoutZone,

    /// <summary>UTC event times: the reference an inferred offset is measured against.</summary>
    Utc,
}

/// <summary>
/// Everything the pipeline knows about one input format, in one place: what it is called, which reader turns it into
/// events, whether its records can be shown and re-parsed one by one, how its times are anchored, and what it says of
/// the server that wrote it. Sniffing stays in <see cref="Inputs.FormatSniffer"/>, where the order of the tests is
/// the logic. Adding a format is an <see cref="InputFormat"/> value, a sniff rule, and one entry in
/// <see cref="InputFormats"/>.
/// </summary>
public sealed record FormatDescriptor
{
    /// <summary>Reads a UTF-8 text stream (EVTX: the raw bytes) into events, reporting problems to the context's sink.</summary>
    public delegate IEnumerable<TimelineEvent> Reader(Stream utf8Text, Parsing.ReadContext context);

    public required InputFormat Format { get; init; }

    /// <summary>In words, for skipped-file reasons and <c>inspect</c>: <c>SIPStack trace</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Short, for the inventory's per-host lines: <c>SIPStack</c>.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The reader, or null: a recognised format without one is skipped with its name.</summary>
    public Reader? Read { get; init; }

    /// <summary>Whether a record's lines can be shown as text (EVTX records are binary).</summary>
    public bool HasRawText { get; init; } = true;

    /// <summary>Whether one record's text parses alone into its events (SIPStack), so a view can re-read one dialog.</summary>
    public bool RecordsStandAlone { get; init; }

    public FormatClock Clock { get; init; }

    /// <summary>A configuration snapshot, whose names (servers, pools) are read whole when servers are worked out.</summary>
    public bool IsSnapshot { get; init; }

    /// <summary>
    /// The largest file of this format that is read, or null for no cap. Readers that hold a document (a web.config's
    /// text nodes, a JSON document) are capped far above any real snapshot, so a hostile 512 MB web.config costs a
    /// diagnostic, not gigabytes of memory; streamed logs are not capped.
    /// </summary>
    public long? MaxBytes { get; init; }

    /// <summary>The role of the server such a file comes from, when the format alone says it.</summary>
    public ServerRole ServerRole { get; init; }

    /// <summary>Whether a file of this format is evidence about a server at all (not an archive, an empty file …).</summary>
    public bool IsServerEvidence => Read is not null && Format != InputFormat.Manifest;
}
