using System.IO.Compression;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// Turns the paths a user gives — files, folders (recursive) and <c>.zip</c> archives, mixed — into the list of
/// inputs to read. Archives are read in place, never extracted beside the user's files; an archive inside an
/// archive is copied to a private temp folder, up to <see cref="ArchiveLimits.MaxArchiveDepth"/> archives deep.
/// </summary>
public sealed class InputDiscovery(ArchiveLimits limits)
{
    private readonly List<InputFile> _files = [];
    private readonly List<SkippedInput> _skipped = [];
    private long _archiveBytes;
    private string? _tempFolder;

    public static InputSet Discover(IEnumerable<string> paths, ArchiveLimits? limits = null)
    {
        var discovery = new InputDiscovery(limits ?? ArchiveLimits.Default);
        foreach (var path in paths)
        {
            discovery.AddPath(path);
        }

        return new InputSet(discovery._files, discovery._skipped, discovery._tempFolder);
    }

    private void AddPath(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.ReparsePoint,
                });
                foreach (var file in files.Order(StringComparer.Ordinal))
                {
                    AddFile(file);
                }
            }
            else if (File.Exists(path))
            {
                AddFile(path);
            }
            else
            {
                _skipped.Add(new SkippedInput(path, "no such file or folder"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _skipped.Add(new SkippedInput(path, $"cannot be read: {e.Message}"));
        }
    }

    private void AddFile(string path)
    {
        var display = Path.GetRelativePath(Environment.CurrentDirectory, path) is { } relative && !relative.StartsWith("..", StringComparison.Ordinal)
            ? relative.Replace('\\', '/')
            : path;
        try
        {
            var length = new FileInfo(path).Length;
            if (IsZip(path))
            {
                AddArchive(path, display, depth: 0);
                return;
            }

            var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
            var written = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            _files.Add(new InputFile(display, length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan), folder, written)
            {
                Container = Path.GetDirectoryName(display.Replace('\\', '/'))?.Replace('\\', '/') ?? string.Empty,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _skipped.Add(new SkippedInput(display, $"cannot be read: {e.Message}"));
        }
    }

    private static bool IsZip(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4
            && (magic.SequenceEqual("PK\u0003\u0004"u8) || magic.SequenceEqual("PK\u0005\u0006"u8));
    }

    private void AddArchive(string archivePath, string display, int depth)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(archivePath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            _skipped.Add(new SkippedInput(display, $"not a readable zip archive: {e.Message}"));
            return;
        }

        using (archive)
        {
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try
            {
                entries = archive.Entries;
            }
            catch (InvalidDataException e)
            {
                _skipped.Add(new SkippedInput(display, $"damaged zip archive: {e.Message}"));
                return;
            }

            foreach (var entry in entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                AddEntry(archivePath, display, entry, depth);
            }
        }
    }

    private void AddEntry(string archivePath, string archiveDisplay, ZipArchiveEntry entry, int depth)
    {
        var entryDisplay = Model.SourceLocation.InArchive(archiveDisplay, entry.FullName);
        if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
        {
            return;
        }

        if (ArchiveEntryName.Problem(entry.FullName) is { } problem)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"{problem}; entry not read"));
            return;
        }

        var ratio = entry.Length / (double)Math.Max(1, entry.CompressedLength);
        if (entry.Length >= limits.RatioCheckFromBytes && ratio > limits.MaxCompressionRatio)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"compression ratio {ratio:F0}:1 is above the limit of {limits.MaxCompressionRatio:F0}:1 (zip bomb?); entry not read"));
            return;
        }

        if (_archiveBytes + entry.Length > limits.MaxTotalUncompressedBytes)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"archives would inflate past the limit of {limits.MaxTotalUncompressedBytes} bytes; entry not read"));
            return;
        }

        _archiveBytes += entry.Length;
        var entryName = entry.FullName;
        var length = entry.Length;
        var parent = Path.GetFileName(Path.GetDirectoryName(entryName.Replace('\\', '/')));
        var folder = string.IsNullOrEmpty(parent) ? Path.GetFileNameWithoutExtension(archivePath) : parent;
        Stream Open()
        {
            var zip = ZipFile.OpenRead(archivePath);
            try
            {
                var found = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"entry {entryName} vanished from the archive");
                return new BoundedReadStream(found.Open(), length, zip);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }

        if (entryName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || StartsWithZipMagic(Open))
        {
            if (depth + 1 >= limits.MaxArchiveDepth)
            {
                _skipped.Add(new SkippedInput(entryDisplay, $"archive nested more than {limits.MaxArchiveDepth} archives deep; not read"));
                return;
            }

            var copy = CopyToTemp(Open, entryDisplay);
            if (copy is not null)
            {
                AddArchive(copy, entryDisplay, depth + 1);
            }

            return;
        }

        var entryFolder = Path.GetDirectoryName(entryName.Replace('\\', '/'))?.Replace('\\', '/');
        _files.Add(new InputFile(entryDisplay, length, Open, folder, new DateTimeOffset(entry.LastWriteTime.DateTime, TimeSpan.Zero), lastWriteIsLocal: true)
        {
            Container = string.IsNullOrEmpty(entryFolder) ? archiveDisplay : Model.SourceLocation.InArchive(archiveDisplay, entryFolder),
        });
    }

    private bool StartsWithZipMagic(Func<Stream> open)
    {
        try
        {
            using var stream = open();
            Span<byte> magic = stackalloc byte[4];
            return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }
    }

    private string? CopyToTemp(Func<Stream> open, string display)
    {
        _tempFolder ??= Directory.CreateTempSubdirectory("lyncowadiag-").FullName;
        var target = Path.Combine(_tempFolder, $"nested-{_files.Count}-{Guid.NewGuid():N}.zip");
        try
        {
            using var source = open();
            using var destination = File.Create(target);
            source.CopyTo(destination);
            return target;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            _skipped.Add(new SkippedInput(display, $"nested archive cannot be read: {e.Message}"));
            return null;
        }
    }
}
