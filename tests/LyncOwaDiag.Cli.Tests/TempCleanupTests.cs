using System.Diagnostics;
using System.IO.Compression;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>
/// A run stopped by a signal takes its temp copies of nested archives with it: the program runs as a process of its
/// own, with a temp folder of its own, and is signalled once its copy is there.
/// </summary>
public sealed class TempCleanupTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lyncowadiag-signal-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void Signalled_WhileReadingANestedArchive_LeavesNoTempFolder(string signal)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var outer = Bundle();
        var temp = Directory.CreateDirectory(Path.Combine(_root, "tmp")).FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(CliApp).Assembly.Location, "triage", outer, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = temp;
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();

        var copy = WaitFor(() => Directory.EnumerateDirectories(temp, "lyncowadiag-run-*").FirstOrDefault(d => Directory.EnumerateFiles(d, "*.zip").Any()), process);
        Assert.True(copy is not null, "the run ended before its nested archive was copied");
        Assert.False(process.HasExited, "the run ended before it could be signalled: make the bundle larger");
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(60_000), "the run did not stop on the signal");
        Assert.Empty(Directory.EnumerateDirectories(temp, "lyncowadiag-run-*"));
    }

    /// <summary>An archive holding an archive holding a trace long enough to read for a few seconds, stored so no ratio cap stops it.</summary>
    private string Bundle()
    {
        var record = File.ReadAllText(Path.Combine(CliRun.Root, "sample-traces", "scenarios", "clock-skew-three-hosts", "FE01", "cls-search.txt"));
        var inner = Path.Combine(_root, "inner.zip");
        using (var archive = ZipFile.Open(inner, ZipArchiveMode.Create))
        {
            using var trace = new StreamWriter(archive.CreateEntry("FE01/trace.txt", CompressionLevel.NoCompression).Open());
            for (var written = 0L; written < 100L << 20; written += record.Length)
            {
                trace.Write(record);
            }
        }

        var outer = Path.Combine(_root, "outer.zip");
        using (var archive = ZipFile.Open(outer, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(inner, "inner.zip", CompressionLevel.NoCompression);
        }

        return outer;
    }

    private static string? WaitFor(Func<string?> found, Process process)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited; Thread.Sleep(20))
        {
            if (found() is { } path)
            {
                return path;
            }
        }

        return found();
    }
}
