using System.Diagnostics;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Inputs;

/// <summary>Temp folders of nested archives go however a run ends, and the ones of killed runs go at the next start.</summary>
public class RunTempFoldersTests
{
    [Fact]
    public void StaleSweep_RemovesOnlyOurOldFoldersWhoseOwnerIsGone()
    {
        using var temp = new TempFolder();
        var dead = DeadProcessId();
        var killed = Folder(temp, RunTempFolders.Prefix + "killed", dead, age: TimeSpan.FromHours(2));
        var young = Folder(temp, RunTempFolders.Prefix + "young", dead, age: TimeSpan.FromMinutes(5));
        var running = Folder(temp, RunTempFolders.Prefix + "running", Environment.ProcessId, age: TimeSpan.FromHours(2));
        var unowned = Folder(temp, RunTempFolders.Prefix + "unowned", owner: null, age: TimeSpan.FromHours(2));
        var foreign = Folder(temp, "someone-else", dead, age: TimeSpan.FromHours(2));

        var removed = RunTempFolders.RemoveStale(temp.Path, RunTempFolders.StaleAfter);

        Assert.Equal([killed], removed);
        Assert.False(Directory.Exists(killed));
        Assert.All([young, running, unowned, foreign], f => Assert.True(Directory.Exists(f), f));
    }

    [Fact]
    public void RemoveAll_WhatTheSignalAndExitHandlersCall_RemovesTheLiveFolders()
    {
        using var temp = new TempFolder();
        var outer = temp.File("outer.zip", ZipBytes.Of(("inner.zip", ZipBytes.Of(("a.txt", "a")))));
        using var set = InputDiscovery.Discover([outer]);
        var folder = set.TempFolder!;
        Assert.StartsWith(RunTempFolders.Prefix, Path.GetFileName(folder), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "owner.pid")));

        RunTempFolders.RemoveAll();

        Assert.False(Directory.Exists(folder));
    }

    private static string Folder(TempFolder temp, string name, int? owner, TimeSpan age)
    {
        var folder = Path.Combine(temp.Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "copy.zip"), "x");
        if (owner is not null)
        {
            File.WriteAllText(Path.Combine(folder, "owner.pid"), owner.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow - age);
        return folder;
    }

    /// <summary>The id of a process that has ended (and, moments later, is most unlikely to be reused).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "cmd" : "true") { ArgumentList = { }, UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
