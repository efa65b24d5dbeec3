namespace LyncOwaDiag.Model;

/// <summary>What one input file turned out to be and what was read from it.</summary>
public sealed record InputSummary
{
    public required string File { get; init; }

    public required InputFormat Format { get; init; }

    /// <summary>Why the content was taken for <see cref="Format"/> (magic number, first entry line …).</summary>
    public string? Detection { get; init; }

    public string? Encoding { get; init; }

    public long Bytes { get; init; }

    public long Lines { get; init; }

    public string? Host { get; init; }

    public HostOrigin HostOrigin { get; init; } = HostOrigin.None;

    /// <summary>Why the file was tied to its host when its own content does not say it (e.g. "as Application.evtx beside it").</summary>
    public string? HostWhy { get; init; }

    public long Events { get; init; }

    public long Diagnostics { get; init; }

    public DateTimeOffset? First { get; init; }

    public DateTimeOffset? Last { get; init; }

    /// <summary>How the times of this input were read (assumed UTC, offset applied …).</summary>
    public TimeQuality? TimeQuality { get; init; }

    /// <summary>Why the file was not read, when it was not.</summary>
    public string? SkippedReason { get; init; }

    public IReadOnlyDictionary<string, long> EventsByKind { get; init; } = new Dictionary<string, long>();
}
