using System.IO.Compression;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// Turns the paths a user gives — files, folders (recursive) and <c>.zip</c> archives, mixed — into the list of
/// inputs to read. Archives are read in place, never extracted beside the user's files; an archive inside an
/// archive is copied to a private temp folder, up to <see cref="ArchiveLimits.MaxArchiveDepth"/> archives deep.
/// Only regular files are opened; whatever is not read is a <see cref="SkippedInput"/> with its reason
/// (docs/limits.md#what-is-opened).
/// </summary>
public sealed class InputDiscovery(ArchiveLimits limits)
{
    private readonly List<InputFile> _files = [];
    private readonly List<SkippedInput> _skipped = [];
    private readonly List<SharedArchive> _archives = [];
    private long _archiveBytes;
    private long _inputArchiveBytes;
    private long _tempBytes;
    private string? _tempFolder;

    public static InputSet Discover(IEnumerable<string> paths, ArchiveLimits? limits = null)
    {
        var discovery = new InputDiscovery(limits ?? ArchiveLimits.Default);
        foreach (var path in paths)
        {
            discovery.AddPath(path);
        }

        return new InputSet(discovery._files, discovery._skipped, discovery._tempFolder, discovery._archives);
    }

    private void AddPath(string path)
    {
        // A path the user names is followed if it is a link: naming it is asking for what it points to.
        var kind = FileKinds.Of(path, followLinks: true, out var error);
        switch (kind)
        {
            case FileKind.Directory:
                AddFolder(path);
                break;
            case FileKind.Regular:
                AddFile(path);
                break;
            case FileKind.NamedPipe:
                AddPipe(path);
                break;
            case FileKind.Missing:
                _skipped.Add(new SkippedInput(path, error is null ? "no such file or folder" : $"cannot be read: {error}"));
                break;
            default:
                _skipped.Add(new SkippedInput(path, NotRegular(kind)));
                break;
        }
    }

    /// <summary>
    /// Every regular file under <paramref name="root"/>, in ordinal order of their paths. Anything else is skipped
    /// with its reason and never opened: pipes and devices (which would hang), links to folders (which can loop), and
    /// folders or files the system refuses (each on its own, so the rest of the folder is still read).
    /// </summary>
    private void AddFolder(string root)
    {
        var files = new List<string>();
        var folders = new Queue<string>([root]);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        while (folders.TryDequeue(out var folder))
        {
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder, "*", options).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _skipped.Add(new SkippedInput(Display(folder), $"folder cannot be read: {e.Message}"));
                continue;
            }

            foreach (var entry in entries)
            {
                var kind = FileKinds.Of(entry, followLinks: false, out var error);
                if (kind == FileKind.SymbolicLink)
                {
                    // A link to a file reads the file; a link to a folder is not walked, since links can make loops.
                    kind = FileKinds.Of(entry, followLinks: true, out error);
                    if (kind == FileKind.Directory)
                    {
                        _skipped.Add(new SkippedInput(Display(entry), "a symbolic link to a folder; not followed, since links can loop"));
                        continue;
                    }

                    if (kind == FileKind.Missing)
                    {
                        _skipped.Add(new SkippedInput(Display(entry), $"a symbolic link to {(error is null ? "nothing (its target is gone)" : $"what cannot be read: {error}")}; not read"));
                        continue;
                    }
                }

                switch (kind)
                {
                    case FileKind.Directory:
                        folders.Enqueue(entry);
                        break;
                    case FileKind.Regular:
                        files.Add(entry);
                        break;
                    case FileKind.Missing:
                        _skipped.Add(new SkippedInput(Display(entry), $"cannot be read: {error ?? "gone while the folder was listed"}"));
                        break;
                    default:
                        _skipped.Add(new SkippedInput(Display(entry), NotRegular(kind)));
                        break;
                }
            }
        }

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            AddFile(file);
        }
    }

    private static string NotRegular(FileKind kind) => $"{FileKinds.Describe(kind)}, not a regular file or folder; not opened";

    /// <summary>
    /// Opens a named pipe for reading, waiting at most <see cref="ArchiveLimits.PipeWriterWait"/> for a writer; null
    /// when none came. The open that still waits is released by opening the pipe for writing ourselves and closing it
    /// at once: the reader then sees an empty stream and ends, rather than holding a thread for ever.
    /// </summary>
    private FileStream? OpenPipe(string path)
    {
        // A thread of its own, not the pool's: a busy pool could start the open only after the wait is over, and a
        // pipe with its writer in place would be called writerless.
        var opening = Task.Factory.StartNew(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (opening.Wait(limits.PipeWriterWait))
        {
            return opening.Result;
        }

        try
        {
            new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1).Dispose();
            opening.Result.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AggregateException)
        {
            // The pipe went away meanwhile: nothing is left waiting on it either way.
        }

        return null;
    }

    /// <summary>
    /// A pipe the user names (<c>&lt;(command)</c>, <c>/dev/stdin</c> fed by a pipe) can be read once only, and every
    /// input is read several times (sniffing, a first look, the main read): its bytes are copied once to the private
    /// temp folder, within the temp budget, and read from there under the name the user gave.
    /// </summary>
    private void AddPipe(string path)
    {
        var budget = TempBudget();
        var room = budget - _tempBytes;
        _tempFolder ??= RunTempFolders.Create();
        var copy = Path.Combine(_tempFolder, $"pipe-{_files.Count}-{Guid.NewGuid():N}");
        long length;
        try
        {
            if (OpenPipe(path) is not { } opened)
            {
                _skipped.Add(new SkippedInput(path, $"a named pipe nothing wrote to within {limits.PipeWriterWait.TotalSeconds:0.#} s; not read (give the command that writes it as <(command), or save its output to a file)"));
                return;
            }

            // The first bytes within the same wait: a writer that opened the pipe and never writes (nor closes it)
            // would hold the run as surely as none. The read left waiting ends with the process.
            var buffer = new byte[64 * 1024];
            var first = Task.Factory.StartNew(() => opened.Read(buffer), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            if (!first.Wait(limits.PipeWriterWait))
            {
                _skipped.Add(new SkippedInput(path, $"a named pipe that gave nothing within {limits.PipeWriterWait.TotalSeconds:0.#} s of being opened; not read (save its output to a file)"));
                return;
            }

            using (var source = opened)
            using (var destination = File.Create(copy))
            {
                int read;
                for (read = first.Result; read > 0; read = source.Read(buffer))
                {
                    if (destination.Length + read > room)
                    {
                        destination.Dispose();
                        File.Delete(copy);
                        _skipped.Add(new SkippedInput(path, $"the pipe gave more than the temp space left for it ({room} bytes of a limit of {budget}); not read, save it to a file first"));
                        return;
                    }

                    destination.Write(buffer, 0, read);
                }

                length = destination.Length;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _skipped.Add(new SkippedInput(path, $"cannot be read: {e.Message}"));
            return;
        }

        _tempBytes += length;
        if (IsZip(copy))
        {
            _inputArchiveBytes += length;
            AddArchive(copy, path, depth: 0);
            return;
        }

        // No folder and no write time: a pipe has neither, and the temp folder's name is no host.
        _files.Add(new InputFile(path, length, () => new FileStream(copy, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan), folderName: null)
        {
            Container = string.Empty,
        });
    }

    private long TempBudget() => Math.Max(limits.MinTempBytes, (long)(limits.TempBytesPerInputByte * _inputArchiveBytes));

    /// <summary>A path as users see it: relative to the current folder when under it.</summary>
    internal static string Display(string path) =>
        Path.GetRelativePath(Environment.CurrentDirectory, path) is { } relative && !relative.StartsWith("..", StringComparison.Ordinal)
            ? relative.Replace('\\', '/')
            : path;

    /// <summary>A plain file as an input: its name as users see it, its folder's name (a host hint), its write time.</summary>
    internal static InputFile OnDisk(string path, long length)
    {
        var display = Display(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        var written = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        return new InputFile(display, length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan), folder, written)
        {
            Container = Path.GetDirectoryName(display.Replace('\\', '/'))?.Replace('\\', '/') ?? string.Empty,
        };
    }

    private void AddFile(string path)
    {
        var display = Display(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (IsZip(path))
            {
                _inputArchiveBytes += length;
                AddArchive(path, display, depth: 0);
                return;
            }

            _files.Add(OnDisk(path, length));
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
        SharedArchive archive;
        try
        {
            archive = SharedArchive.Open(archivePath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            _skipped.Add(new SkippedInput(display, $"not a readable zip archive: {e.Message}"));
            return;
        }

        // Kept open until the input set is disposed: every read of every entry goes through this one opening.
        _archives.Add(archive);
        IReadOnlyList<ZipArchiveEntry> entries;
        try
        {
            entries = archive.ReadEntries();
        }
        catch (InvalidDataException e)
        {
            _skipped.Add(new SkippedInput(display, $"damaged zip archive: {e.Message}"));
            return;
        }

        var budget = new ArchiveBudget();
        var displays = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in Enumerable.Range(0, entries.Count).OrderBy(i => entries[i].FullName, StringComparer.Ordinal))
        {
            // Two entries of one name are two inputs: the second is named with its place in the archive.
            var entryDisplay = Model.SourceLocation.InArchive(display, entries[index].FullName);
            if (!displays.Add(entryDisplay))
            {
                entryDisplay = WithEntryNumber(entryDisplay, index);
                displays.Add(entryDisplay);
            }

            AddEntry(archive, index, entryDisplay, archivePath, display, depth, budget);
        }
    }

    /// <summary><c>a/trace.txt</c> as <c>a/trace [entry 7].txt</c>: the extension, which pairing and sniffing look at, stays last.</summary>
    private static string WithEntryNumber(string entryDisplay, int index)
    {
        var extension = Path.GetExtension(entryDisplay);
        return $"{entryDisplay[..^extension.Length]} [entry {index + 1}]{extension}";
    }

    private void AddEntry(SharedArchive archive, int index, string entryDisplay, string archivePath, string archiveDisplay, int depth, ArchiveBudget budget)
    {
        var entry = archive.Entries[index];
        if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
        {
            return;
        }

        if (ArchiveEntryName.Problem(entry.FullName) is { } problem)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"{problem}; entry not read"));
            return;
        }

        if (archive.OverlappedEntry(index) is { } earlier)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"its data lies inside that of {Model.SourceLocation.InArchive(archiveDisplay, archive.Entries[earlier].FullName)} (entries sharing compressed bytes: zip bomb?); entry not read"));
            return;
        }

        var ratio = entry.Length / (double)Math.Max(1, entry.CompressedLength);
        if (entry.Length >= limits.RatioCheckFromBytes && ratio > limits.MaxCompressionRatio)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"compression ratio {ratio:F0}:1 is above the limit of {limits.MaxCompressionRatio:F0}:1 (zip bomb?); entry not read"));
            return;
        }

        var archiveBytes = budget.Uncompressed + entry.Length;
        var archiveRatio = archiveBytes / (double)Math.Max(1, budget.Compressed + entry.CompressedLength);
        if (archiveBytes >= limits.RatioCheckFromBytes && archiveRatio > limits.MaxCompressionRatio)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"the archive's entries read so far and this one inflate {archiveRatio:F0}:1 together, above the limit of {limits.MaxCompressionRatio:F0}:1 (zip bomb?); entry not read"));
            return;
        }

        if (archiveBytes > limits.MaxArchiveUncompressedBytes)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"the archive would inflate past the limit of {limits.MaxArchiveUncompressedBytes} bytes for one archive; entry not read"));
            return;
        }

        if (_archiveBytes + entry.Length > limits.MaxTotalUncompressedBytes)
        {
            _skipped.Add(new SkippedInput(entryDisplay, $"archives would inflate past the limit of {limits.MaxTotalUncompressedBytes} bytes; entry not read"));
            return;
        }

        _archiveBytes += entry.Length;
        budget.Uncompressed += entry.Length;
        budget.Compressed += entry.CompressedLength;
        var entryName = entry.FullName;
        var length = entry.Length;
        var parent = Path.GetFileName(Path.GetDirectoryName(entryName.Replace('\\', '/')));
        var folder = string.IsNullOrEmpty(parent) ? Path.GetFileNameWithoutExtension(archivePath) : parent;
        Stream Open() => new BoundedReadStream(archive.OpenEntry(index), length, owner: null);

        if (entryName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || StartsWithZipMagic(Open))
        {
            if (depth + 1 >= limits.MaxArchiveDepth)
            {
                _skipped.Add(new SkippedInput(entryDisplay, $"archive nested more than {limits.MaxArchiveDepth} archives deep; not read"));
                return;
            }

            var tempBudget = TempBudget();
            if (_tempBytes + length > tempBudget)
            {
                _skipped.Add(new SkippedInput(entryDisplay, $"copying this nested archive would take the temp space past its limit of {tempBudget} bytes ({_tempBytes} taken); not read"));
                return;
            }

            _tempBytes += length;
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
        _tempFolder ??= RunTempFolders.Create();
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
