using System.Diagnostics;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Inputs;

/// <summary>
/// Walking an input folder opens only regular files; everything else it meets (pipes, devices, links to folders,
/// folders it cannot enter) is a skipped input with its reason, and the rest of the folder is still read.
/// </summary>
public class FolderWalkTests
{
    /// <summary>Long enough for discovery of a few files, short of forever: opening a FIFO blocks until a writer comes.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task NamedPipeInAFolder_IsSkippedWithItsReason_NeverOpened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        temp.File("FE01/trace.txt", "t");
        Run("mkfifo", Path.Combine(temp.Path, "FE01", "pipe"));

        var discovery = Task.Run(() => InputDiscovery.Discover([Path.Combine(temp.Path, "FE01")]));
        Assert.Same(discovery, await Task.WhenAny(discovery, Task.Delay(HangGuard)));
        using var set = await discovery;

        Assert.Equal("trace.txt", Path.GetFileName(Assert.Single(set.Files).DisplayPath));
        var skipped = Assert.Single(set.Skipped);
        Assert.EndsWith("pipe", skipped.Path, StringComparison.Ordinal);
        Assert.Equal("a named pipe (FIFO), not a regular file or folder; not opened", skipped.Reason);
    }

    [Fact]
    public void CharacterDeviceNamedOrLinked_IsSkippedWithItsReason()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        temp.File("FE01/trace.txt", "t");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "FE01", "zeros"), "/dev/zero");

        using var set = InputDiscovery.Discover(["/dev/zero", Path.Combine(temp.Path, "FE01")]);

        Assert.Single(set.Files);
        Assert.Equal(2, set.Skipped.Count);
        Assert.All(set.Skipped, s => Assert.Equal("a character device, not a regular file or folder; not opened", s.Reason));
    }

    [Fact]
    public void SymbolicLinks_ToFilesAreRead_ToFoldersAndNowhereAreSkippedWithAReason()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var real = temp.File("elsewhere/real.txt", "r");
        temp.File("FE01/trace.txt", "t");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "FE01", "linked.txt"), real);
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "FE01", "loop"), Path.Combine(temp.Path, "FE01"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "FE01", "dangling.txt"), Path.Combine(temp.Path, "gone.txt"));

        using var set = InputDiscovery.Discover([Path.Combine(temp.Path, "FE01")]);

        Assert.Equal(["linked.txt", "trace.txt"], set.Files.Select(f => Path.GetFileName(f.DisplayPath)));
        Assert.Equal(2, set.Skipped.Count);
        Assert.Contains(set.Skipped, s => s.Path.EndsWith("loop", StringComparison.Ordinal) && s.Reason.StartsWith("a symbolic link to a folder; not followed", StringComparison.Ordinal));
        Assert.Contains(set.Skipped, s => s.Path.EndsWith("dangling.txt", StringComparison.Ordinal) && s.Reason.StartsWith("a symbolic link to nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void FolderPastThePathLimit_IsSkippedWithTheSystemsReason_AndTheRestIsRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        temp.File("FE01/a.txt", "a");
        temp.File("FE01/z/z.txt", "z");

        // Made one level at a time from inside, as only a relative path stays short enough: its full path is not.
        var segment = new string('d', 200);
        Run("bash", "-c", $"cd '{Path.Combine(temp.Path, "FE01")}' && for i in $(seq 25); do mkdir {segment} && cd {segment}; done && echo x > deep.txt");

        try
        {
            using var set = InputDiscovery.Discover([Path.Combine(temp.Path, "FE01")]);

            Assert.Equal(["a.txt", "z.txt"], set.Files.Select(f => Path.GetFileName(f.DisplayPath)));
            var skipped = Assert.Single(set.Skipped);
            Assert.Contains(segment, skipped.Path, StringComparison.Ordinal);
            Assert.Equal("cannot be read: File name too long", skipped.Reason);
        }
        finally
        {
            // The BCL cannot remove what it cannot name; rm walks down relative paths.
            Run("rm", "-rf", Path.Combine(temp.Path, "FE01", segment));
        }
    }

    [Fact]
    public async Task NamedPipeGivenAsAPath_IsReadOnceAsAStream_AndReadAgainFromItsCopy()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var pipe = Path.Combine(temp.Path, "piped");
        Run("mkfifo", pipe);
        var writer = Task.Run(() => File.WriteAllText(pipe, "line one\nline two\n"));

        var discovery = Task.Run(() => InputDiscovery.Discover([pipe]));
        Assert.Same(discovery, await Task.WhenAny(discovery, Task.Delay(HangGuard)));
        using var set = await discovery;
        await writer;

        var file = Assert.Single(set.Files);
        Assert.Equal(pipe, file.DisplayPath);
        Assert.Equal(18, file.Length);
        foreach (var read in new[] { 1, 2 })
        {
            using var text = new StreamReader(file.Open());
            Assert.Equal("line one\nline two\n", text.ReadToEnd());
        }
    }

    [Fact]
    public async Task NamedPipeGivenAsAPath_ThatNothingWritesTo_IsSkippedWithTheReason_NotWaitedOnForEver()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var pipe = Path.Combine(temp.Path, "forgotten");
        Run("mkfifo", pipe);

        var discovery = Task.Run(() => InputDiscovery.Discover([pipe], new ArchiveLimits { PipeWriterWait = TimeSpan.FromMilliseconds(200) }));
        Assert.Same(discovery, await Task.WhenAny(discovery, Task.Delay(HangGuard)));
        using var set = await discovery;

        Assert.Empty(set.Files);
        Assert.StartsWith("a named pipe nothing wrote to within 0.2 s; not read", Assert.Single(set.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedPipeGivenAsAPath_WhoseWriterNeverWrites_IsSkippedWithTheReason()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var pipe = Path.Combine(temp.Path, "idle");
        Run("mkfifo", pipe);
        // Held open for writing and silent, as `sleep 40 > pipe` does; opened read-write so that this open does not
        // itself wait for a reader (Linux allows it on a FIFO), and so is in place before the discovery looks.
        await using (var idle = new FileStream(pipe, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1))
        {
            var discovery = Task.Run(() => InputDiscovery.Discover([pipe], new ArchiveLimits { PipeWriterWait = TimeSpan.FromSeconds(1) }));
            Assert.Same(discovery, await Task.WhenAny(discovery, Task.Delay(HangGuard)));
            using var set = await discovery;

            Assert.Empty(set.Files);
            Assert.StartsWith("a named pipe that gave nothing within 1 s of being opened", Assert.Single(set.Skipped).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NamedPipeGivenAsAPath_PastTheTempBudget_IsSkippedWithTheReason()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var pipe = Path.Combine(temp.Path, "piped");
        Run("mkfifo", pipe);
        var writer = Task.Run(() =>
        {
            try
            {
                File.WriteAllBytes(pipe, new byte[3_000_000]);
            }
            catch (IOException)
            {
                // The reader stopped at its limit and closed the pipe.
            }
        });

        var discovery = Task.Run(() => InputDiscovery.Discover([pipe], new ArchiveLimits { MinTempBytes = 1_000_000 }));
        Assert.Same(discovery, await Task.WhenAny(discovery, Task.Delay(HangGuard)));
        using var set = await discovery;
        await writer;

        Assert.Empty(set.Files);
        Assert.StartsWith("the pipe gave more than the temp space left for it (1000000 bytes", Assert.Single(set.Skipped).Reason, StringComparison.Ordinal);
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {process.StandardError.ReadToEnd()}");
    }
}
