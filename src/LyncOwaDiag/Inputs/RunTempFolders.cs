using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// The private temp folders of this process (nested archives copied out), removed however the process ends: on
/// dispose, on Ctrl+C, on SIGTERM, at exit and on a crash. A run killed outright (SIGKILL, power loss) cannot clean up
/// after itself, so each folder carries its owner's process id, and the next run removes the folders whose owner is
/// gone once they are <see cref="StaleAfter"/> old.
/// </summary>
internal static class RunTempFolders
{
    public const string Prefix = "lyncowadiag-run-";

    private const string OwnerFile = "owner.pid";

    /// <summary>Old enough that no live run of ours can still be using the folder, even with its process id reused.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private static readonly Lazy<object> Hooks = new(HookProcessEnd, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Sweeps the stale folders of killed runs and hooks the ends of this process, once: a program calls it at start,
    /// and <see cref="Create"/> does in any case.
    /// </summary>
    public static void Prepare() => _ = Hooks.Value;

    /// <summary>A new private folder under the system temp folder, removed however this process ends.</summary>
    public static string Create()
    {
        Prepare();
        var folder = Directory.CreateTempSubdirectory(Prefix).FullName;
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Live[folder] = 0;
        return folder;
    }

    public static void Remove(string folder)
    {
        Live.TryRemove(folder, out _);
        TryDelete(folder);
    }

    /// <summary>Removes every folder this process still has: the last thing done before it ends.</summary>
    public static void RemoveAll()
    {
        foreach (var folder in Live.Keys)
        {
            Remove(folder);
        }
    }

    /// <summary>
    /// Removes the folders of earlier runs under <paramref name="tempRoot"/> that were killed before they could clean
    /// up: ours by prefix and owner file, older than <paramref name="olderThan"/>, whose owner process is gone.
    /// </summary>
    /// <returns>The folders removed.</returns>
    public static IReadOnlyList<string> RemoveStale(string tempRoot, TimeSpan olderThan)
    {
        var removed = new List<string>();
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(tempRoot, Prefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return removed;
        }

        foreach (var folder in candidates)
        {
            try
            {
                var owner = Path.Combine(folder, OwnerFile);
                if (!File.Exists(owner) || DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) < olderThan
                    || !int.TryParse(File.ReadAllText(owner), System.Globalization.CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
                {
                    continue;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (TryDelete(folder))
            {
                removed.Add(folder);
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open elsewhere: the next run's stale sweep gets it.
            return false;
        }
    }

    private static object HookProcessEnd()
    {
        RemoveStale(Path.GetTempPath(), StaleAfter);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => RemoveAll();
        Console.CancelKeyPress += (_, _) => RemoveAll();

        // Kept for the life of the process: disposing a registration unhooks the signal.
        var registrations = new List<PosixSignalRegistration>();
        if (!OperatingSystem.IsWindows())
        {
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => RemoveAll()));
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => RemoveAll()));
        }

        return registrations;
    }
}
