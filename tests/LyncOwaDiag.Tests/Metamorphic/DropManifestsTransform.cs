using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Removes every <c>manifest.json</c>, in folders and inside zips (the zip is rewritten without it, every other entry
/// byte for byte with its time), as when the files were gathered by hand rather than by the collector.
/// </summary>
/// <remarks>
/// What is lost is what only the manifest says: the host, the role, the folder listings, where each file came from.
/// A file's last write time is not: a copy by hand keeps it, but git does not, so the committed scenarios carry it in
/// the manifest alone. It is put back on the file before the manifest goes, or a checkout's time would pose as a
/// fact of the bundle. (Entries of a zip keep the times the scenario builder gave them.)
/// </remarks>
internal sealed class DropManifestsTransform(bool inZipsToo = true) : BundleTransform
{
    private const string ManifestName = "manifest.json";

    /// <summary>All manifests; or, without <c>inZipsToo</c>, those in folders only (a bundle whose Lync side the
    /// collector zipped while the Exchange side was gathered by hand).</summary>
    public override string Name => inZipsToo ? "drop-manifests" : "drop-folder-manifests";

    public override void Apply(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            if (IsManifest(Path.GetFileName(file)))
            {
                RestoreFileTimes(file);
                File.Delete(file);
            }
            else if (inZipsToo && string.Equals(Path.GetExtension(file), ".zip", StringComparison.OrdinalIgnoreCase))
            {
                RewriteWithoutManifests(file);
            }
        }
    }

    private static bool IsManifest(string fileName) => string.Equals(fileName, ManifestName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gives each file the manifest lists (paths relative to the manifest's folder) the write time it records.</summary>
    private static void RestoreFileTimes(string manifest)
    {
        var folder = Path.GetDirectoryName(manifest)!;
        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        if (!json.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.TryGetProperty("path", out var path) && path.GetString() is { } relative
                && item.TryGetProperty("lastWriteTime", out var time) && time.GetString() is { } text
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var written)
                && Path.Combine(folder, relative.Replace('\\', '/')) is var file && File.Exists(file))
            {
                File.SetLastWriteTimeUtc(file, written.UtcDateTime);
            }
        }
    }

    private static void RewriteWithoutManifests(string zip) =>
        ZipRewriter.Rewrite(zip, (entry, bytes) => IsManifest(EntryFileName(entry)) ? null : bytes);

    // Entry names use '/' whatever wrote them (some tools write '\'); the last segment is the name at any depth.
    private static string EntryFileName(ZipArchiveEntry entry) => entry.FullName.Split('/', '\\')[^1];
}
