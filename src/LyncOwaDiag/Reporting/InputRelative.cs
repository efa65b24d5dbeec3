namespace LyncOwaDiag.Reporting;

/// <summary>
/// A location without the input folder the user named (it is on the command line; panes and 80-column consoles are
/// narrow): <c>ATL-CS-001.zip!/cls.txt:12-40</c> rather than the whole path. The folder may have been typed with
/// <c>./</c>, a trailing slash or as an absolute path under the current folder; locations are written relative to it.
/// </summary>
public static class InputRelative
{
    public static string Shorten(string location, IEnumerable<string> inputs)
    {
        // The input as locations write it (the discovery's own form), so the two compare.
        foreach (var input in inputs.Select(Inputs.InputDiscovery.Display))
        {
            var folder = input.TrimEnd('/', '\\');
            if (folder.Length > 0 && location.Length > folder.Length + 1 && location.StartsWith(folder, StringComparison.Ordinal)
                && location[folder.Length] is '/' or '\\')
            {
                return location[(folder.Length + 1)..];
            }
        }

        return location;
    }
}
