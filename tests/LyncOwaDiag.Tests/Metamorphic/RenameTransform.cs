namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Renames every folder and every <c>.zip</c> to a meaningless name (zips keep the extension and their content), so
/// that no server name, role or log kind can be read from a path. <c>LocaleMetaData</c> keeps its name: it is the
/// Event Viewer's own layout that ties display information to its <c>.evtx</c>, not a name an admin chose.
/// </summary>
internal sealed class RenameTransform : BundleTransform
{
    private const string DisplayInformationFolder = "LocaleMetaData";

    public override string Name => "rename";

    public override IReadOnlyList<string> IntroducedNames => MeaninglessNames.All;

    public override void Apply(string root)
    {
        var folders = Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Where(d => !string.Equals(Path.GetFileName(d), DisplayInformationFolder, StringComparison.OrdinalIgnoreCase));
        var zips = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => string.Equals(Path.GetExtension(f), ".zip", StringComparison.OrdinalIgnoreCase));

        // Named top-down in ordinal order so that the same bundle always gets the same names.
        var items = folders.Concat(zips).Order(StringComparer.Ordinal).ToList();
        var renamed = items.ToHashSet(StringComparer.Ordinal);
        var newNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedInParent = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var next = 0;
        foreach (var item in items)
        {
            var parent = Path.GetDirectoryName(item)!;
            if (!usedInParent.TryGetValue(parent, out var used))
            {
                // Siblings that keep their names (files, LocaleMetaData) must not be collided with either.
                used = Directory.EnumerateFileSystemEntries(parent).Where(e => !renamed.Contains(e)).Select(e => Path.GetFileName(e)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                usedInParent[parent] = used;
            }

            var extension = File.Exists(item) ? Path.GetExtension(item) : string.Empty;
            string name;
            do
            {
                // Past one round of the names a round number follows, still after a space, so the name stays a whole token.
                var index = next++;
                var round = index / MeaninglessNames.All.Count;
                name = MeaninglessNames.All[index % MeaninglessNames.All.Count] + (round == 0 ? "" : $" {round + 1}") + extension;
            }
            while (!used.Add(name));

            newNames[item] = name;
        }

        // Deepest first, so that every path still names what it named when the plan was made.
        foreach (var item in items.OrderByDescending(i => i.Count(c => c == Path.DirectorySeparatorChar)).ThenBy(i => i, StringComparer.Ordinal))
        {
            var target = Path.Combine(Path.GetDirectoryName(item)!, newNames[item]);
            if (File.Exists(item))
            {
                File.Move(item, target);
            }
            else
            {
                Directory.Move(item, target);
            }
        }
    }
}
