using System.IO.Enumeration;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// Expands <c>*</c> and <c>?</c> in input path arguments ourselves, because cmd and PowerShell pass
/// <c>LyncOwaDiag-ATL-MBX-001-*.zip</c> to a program as it was typed, and a quoted pattern reaches us unexpanded on
/// any shell. A path that exists as written is taken literally (a file may be named with <c>*</c> on Linux).
/// </summary>
public static class InputPathExpander
{
    private static readonly char[] Wildcards = ['*', '?'];

    private static readonly char[] Separators = Path.DirectorySeparatorChar == Path.AltDirectorySeparatorChar
        ? [Path.DirectorySeparatorChar]
        : [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Whether the argument holds a wildcard (and so needs at least one match).</summary>
    public static bool IsPattern(string argument) => argument.IndexOfAny(Wildcards) >= 0;

    /// <summary>
    /// The files and folders the argument names, in ordinal order: the argument itself when it exists or holds no
    /// wildcard, else every match of its wildcard segments (ignoring case, as on the servers the bundles come from;
    /// names starting with a dot only when the segment does). Empty when a pattern matches nothing.
    /// </summary>
    public static IReadOnlyList<string> Expand(string argument)
    {
        if (!IsPattern(argument) || File.Exists(argument) || Directory.Exists(argument))
        {
            return [argument];
        }

        var root = Path.GetPathRoot(argument) ?? "";
        var segments = argument[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> current = [root];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            current = IsPattern(segment)
                ? current.SelectMany(parent => Children(parent, segment, last)).ToList()
                : current.Select(parent => Join(parent, segment)).Where(path => last ? File.Exists(path) || Directory.Exists(path) : Directory.Exists(path)).ToList();
        }

        return current.Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Children(string parent, string segment, bool last)
    {
        var folder = parent.Length == 0 ? "." : parent;
        IEnumerable<string> entries;
        try
        {
            entries = last ? Directory.EnumerateFileSystemEntries(folder) : Directory.EnumerateDirectories(folder);
            entries = entries.ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder matches nothing here; naming it literally gives the reader's own diagnostic.
            return [];
        }

        var dotted = segment.StartsWith('.');
        return entries
            .Select(Path.GetFileName)
            .Where(name => name is { Length: > 0 } && (dotted || !name.StartsWith('.')) && FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase: true))
            .Select(name => Join(parent, name!));
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : Path.Combine(parent, name);
}
