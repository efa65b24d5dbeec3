namespace LyncOwaDiag.Pipeline;

/// <summary>
/// One input --follow keeps reading: where its read has got to (byte and line), the header its appended text is
/// read with, and when it last grew (a record still being written is held back until the file has been idle).
/// </summary>
internal sealed class FollowedFile(FileSource source, string path, long consumed, bool aligned)
{
    public FileSource Source => source;

    /// <summary>The file on disk.</summary>
    public string Path => path;

    /// <summary>Bytes read so far: everything before is on the timeline.</summary>
    public long Consumed { get; set; } = consumed;

    /// <summary>Lines before <see cref="Consumed"/>; null until first needed (counting them reads the file once).</summary>
    public long? Lines { get; set; }

    /// <summary>
    /// Whether <see cref="Consumed"/> is known to sit at a record's start. The main read may have stopped inside a
    /// record that was being written; the first appended text is then read from the next record on.
    /// </summary>
    public bool Aligned { get; set; } = aligned;

    /// <summary>The header lines appended text is read under (a log's #Software … #Fields, a CSV's header row).</summary>
    public byte[]? Header { get; set; }

    public int HeaderLines { get; set; }

    /// <summary>The file's first bytes once read (null before there are enough): a rewrite from the start changes them.</summary>
    public byte[]? Start { get; set; }

    public long LastLength { get; set; } = consumed;

    public DateTime LastGrowth { get; set; } = DateTime.UtcNow;
}
