using System.Globalization;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Moves every file of every folder into the bundle's root (zips move whole, their content untouched), as when an
/// admin drops everything into one folder; names that collide get a counter in front, the extension kept.
/// </summary>
/// <remarks>
/// An <c>.evtx</c> and its display information travel as one: the tool pairs <c>X.evtx</c> with
/// <c>LocaleMetaData/X_&lt;LCID&gt;.MTA</c> beside it by base name (TimelineSession.PairDisplayInformation), so the
/// pair gets the same counter and the <c>.MTA</c> stays in a <c>LocaleMetaData</c> folder beside the moved
/// <c>.evtx</c> (an <c>X.MTA</c> or <c>X_1033.MTA</c> lying right beside it stays right beside it). Flattening that
/// folder away would be removing the files' display information, not renaming where they lie.
/// </remarks>
internal sealed class FlattenTransform : BundleTransform
{
    private const string DisplayInformationFolder = "LocaleMetaData";

    public override string Name => "flatten";

    public override void Apply(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var units = new List<List<string>>();
        var grouped = new HashSet<string>(StringComparer.Ordinal);

        // Longest base name first: "App_old_1033.MTA" belongs to App_old.evtx, not to App.evtx.
        foreach (var evtx in files.Where(f => HasExtension(f, ".evtx")).OrderByDescending(f => Path.GetFileName(f).Length))
        {
            var unit = files.Where(f => f == evtx || (!grouped.Contains(f) && IsDisplayInformationOf(f, evtx))).ToList();
            units.Add(unit);
            grouped.UnionWith(unit);
        }

        units.AddRange(files.Where(f => !grouped.Contains(f)).Select(f => new List<string> { f }));

        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var moves = new List<(string From, string To)>();
        foreach (var unit in units.OrderBy(u => u[0], StringComparer.Ordinal))
        {
            var targets = unit.Select(f => FlatName(f, string.Empty)).ToList();
            for (var counter = 1; targets.Any(taken.Contains); counter++)
            {
                var prefix = counter.ToString(CultureInfo.InvariantCulture) + "-";
                targets = unit.Select(f => FlatName(f, prefix)).ToList();
            }

            taken.UnionWith(targets);
            moves.AddRange(unit.Zip(targets));
        }

        // Staged outside the root first: a file that keeps its name may sit where another is about to go.
        var staging = root.TrimEnd(Path.DirectorySeparatorChar) + ".flattening";
        Directory.CreateDirectory(staging);
        for (var i = 0; i < moves.Count; i++)
        {
            File.Move(moves[i].From, Path.Combine(staging, i.ToString(CultureInfo.InvariantCulture)));
        }

        Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        for (var i = 0; i < moves.Count; i++)
        {
            var target = Path.Combine(root, moves[i].To);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, i.ToString(CultureInfo.InvariantCulture)), target);
        }

        Directory.Delete(staging);
    }

    /// <summary>The file's path relative to the flattened root: its name, under LocaleMetaData when it lay in one.</summary>
    private static string FlatName(string file, string prefix)
    {
        var name = prefix + Path.GetFileName(file);
        return InDisplayInformationFolder(file) ? Path.Combine(DisplayInformationFolder, name) : name;
    }

    private static bool IsDisplayInformationOf(string file, string evtx)
    {
        if (!HasExtension(file, ".mta"))
        {
            return false;
        }

        var baseName = Path.GetFileNameWithoutExtension(evtx);
        var name = Path.GetFileName(file);
        var folder = Path.GetDirectoryName(file)!;
        var evtxFolder = Path.GetDirectoryName(evtx)!;
        var namedForIt = name.StartsWith(baseName + "_", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Path.GetFileNameWithoutExtension(name), baseName, StringComparison.OrdinalIgnoreCase);
        var besideIt = string.Equals(folder, evtxFolder, StringComparison.Ordinal)
            || string.Equals(folder, Path.Combine(evtxFolder, DisplayInformationFolder), StringComparison.OrdinalIgnoreCase);
        return namedForIt && besideIt;
    }

    private static bool InDisplayInformationFolder(string file) =>
        string.Equals(Path.GetFileName(Path.GetDirectoryName(file)), DisplayInformationFolder, StringComparison.OrdinalIgnoreCase);

    private static bool HasExtension(string file, string extension) =>
        string.Equals(Path.GetExtension(file), extension, StringComparison.OrdinalIgnoreCase);
}
