namespace LyncOwaDiag.Model;

/// <summary>
/// What the collector wrote about one server's part of a bundle (<c>manifest.json</c>, docs/formats.md#bundle-manifest): whose it is,
/// when it was collected, what was collected from where, and listings of the folders that matter, so that an
/// absent folder is told apart from one that was not collected.
/// </summary>
public sealed record BundleManifest
{
    public string? Host { get; init; }

    /// <summary><c>mailbox</c>, <c>frontend</c> or <c>edge</c>.</summary>
    public string? Role { get; init; }

    public DateTimeOffset? CollectedAt { get; init; }

    public string? ExchangeVersion { get; init; }

    public string? LyncVersion { get; init; }

    public IReadOnlyList<ManifestItem> Items { get; init; } = [];

    public IReadOnlyList<ManifestListing> Listings { get; init; } = [];
}

/// <summary>One collected file: its path in the bundle, where it came from on the server, size and last write.</summary>
public sealed record ManifestItem(string Path, string? SourcePath, long? Size, DateTimeOffset? LastWriteTime);

/// <summary>A folder on the server as the collector saw it: present or not, and its entries.</summary>
public sealed record ManifestListing(string Folder, bool Exists, IReadOnlyList<string> Entries);
