using System.IO.Compression;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// A copy of a scenario's <c>bundle/</c> in a temp folder of its own with one transform applied; deleted on dispose.
/// The copy's root is called <c>bundle</c> like the original, so that files lying at the root see the same folder name.
/// </summary>
internal sealed class TransformedBundle : IDisposable
{
    private readonly string _temp;

    public TransformedBundle(string bundle, BundleTransform transform)
    {
        _temp = Directory.CreateTempSubdirectory("lyncowadiag-metamorphic-").FullName;
        Path = System.IO.Path.Combine(_temp, "bundle");
        try
        {
            FolderCopy.Copy(bundle, Path);
            transform.Apply(Path);
        }
        catch
        {
            // The caller never gets an object to dispose, so the half-made copy goes here.
            Dispose();
            throw;
        }
    }

    /// <summary>The transformed bundle, to hand to the diagnoser.</summary>
    public string Path { get; }

    /// <summary>The files of the transformed bundle relative to it, a zip with its entries, for failure messages.</summary>
    public IReadOnlyList<string> Listing() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/') + ZipEntries(f))
            .ToList();

    private static string ZipEntries(string file)
    {
        if (!string.Equals(System.IO.Path.GetExtension(file), ".zip", StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        using var zip = ZipFile.OpenRead(file);
        return $" [{string.Join(", ", zip.Entries.Select(e => e.FullName))}]";
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
