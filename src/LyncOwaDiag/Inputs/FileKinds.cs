using System.Runtime.InteropServices;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// Tells a regular file from a named pipe, a device or a socket without opening it: opening a FIFO blocks until a
/// writer comes, and a device such as <c>/proc/kmsg</c> never ends, so either hangs discovery. The BCL's file
/// attributes do not carry the file type on Unix, so this asks <c>statx</c>, whose layout is the same on every
/// architecture.
/// </summary>
internal static class FileKinds
{
    private const int CurrentFolder = -100;
    private const int DoNotFollowLinks = 0x100;
    private const uint WantType = 0x1;
    private const int ModeOffset = 28;
    private const int StatxSize = 256;
    private const int NoSuchFile = 2;

    /// <summary>The kind of <paramref name="path"/>; with <paramref name="followLinks"/> false a link is a <see cref="FileKind.SymbolicLink"/>.</summary>
    /// <param name="error">
    /// Why the path could not be looked at, when it exists but could not be (its kind is then <see cref="FileKind.Missing"/>);
    /// null when it does not exist.
    /// </param>
    public static FileKind Of(string path, bool followLinks, out string? error)
    {
        error = null;
        if (OperatingSystem.IsWindows())
        {
            return OfWindows(path, followLinks);
        }

        var buffer = new byte[StatxSize];
        int result;
        try
        {
            result = statx(CurrentFolder, path, followLinks ? 0 : DoNotFollowLinks, WantType, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without statx: the BCL's view is all there is, which cannot see pipes or devices.
            return OfWindows(path, followLinks);
        }

        if (result != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            error = errno == NoSuchFile ? null : Marshal.GetPInvokeErrorMessage(errno);
            return FileKind.Missing;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.NamedPipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Socket,
        };
    }

    /// <summary>How a kind other than a regular file or folder is named in a skipped input's reason.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static FileKind OfWindows(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return FileKind.Missing;
        }

        if (!followLinks && info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return Directory.Exists(path) ? FileKind.Directory : FileKind.Regular;
    }

#pragma warning disable SA1300, IDE1006 // the C library's name
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string pathname, int flags, uint mask, [Out] byte[] statxbuf);
#pragma warning restore SA1300, IDE1006
}
