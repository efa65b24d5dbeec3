namespace LyncOwaDiag.Inputs;

/// <summary>Caps that keep a hostile or broken archive from filling the disk or memory.</summary>
public sealed record ArchiveLimits
{
    /// <summary>Sum of the uncompressed sizes of all entries read from archives in one run, nested ones included.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 32L * 1024 * 1024 * 1024;

    /// <summary>Sum of the uncompressed sizes of the entries read from one archive (a nested archive is an archive of its own).</summary>
    public long MaxArchiveUncompressedBytes { get; init; } = 16L * 1024 * 1024 * 1024;

    /// <summary>
    /// Largest uncompressed:compressed ratio accepted for an entry over <see cref="RatioCheckFromBytes"/>, and for the
    /// entries of one archive taken together once they pass it: many entries each just under the size where the check
    /// starts are a bomb as well.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 250;

    public long RatioCheckFromBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// How many archives deep entries are read: a support case attachment (1) holding the ticket's zip (2) holding a
    /// zip per server (3) is how bundles arrive; deeper is not, and each level costs a private copy.
    /// </summary>
    public int MaxArchiveDepth { get; init; } = 3;

    /// <summary>Temp space the copies of nested archives may always take.</summary>
    public long MinTempBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// Beyond <see cref="MinTempBytes"/>, the copies may take this many times the bytes of the archives given: an honest
    /// nesting copies each level once, and a level is no larger than the one holding it, so two levels of copies of
    /// an archive cost at most twice its size. A nested archive whose copy would go past that is not read.
    /// </summary>
    public double TempBytesPerInputByte { get; init; } = 2;

    /// <summary>
    /// How long a named pipe given as a path may wait for something to write to it: opening one blocks until a writer
    /// comes (a pipe from <c>&lt;(command)</c> has one at once; a forgotten <c>mkfifo</c> never does).
    /// </summary>
    public TimeSpan PipeWriterWait { get; init; } = TimeSpan.FromSeconds(10);

    public static ArchiveLimits Default { get; } = new();
}
