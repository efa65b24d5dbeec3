using System.Text;
using System.Text.RegularExpressions;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// A path glob as users write it on the command line (<c>MBX01/*.csv</c>, <c>**/InstantMessaging/*</c>, or a plain
/// file or folder path), matched against display paths with <c>/</c> separators, ignoring case.
/// </summary>
public sealed class PathPattern
{
    private readonly Regex _regex;

    public PathPattern(string pattern)
    {
        Text = pattern;
        var normalised = pattern.Replace('\\', '/').TrimEnd('/');
        var regex = new StringBuilder("(^|/)");
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (c == '*' && i + 1 < normalised.Length && normalised[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // A folder matches everything below it; a file matches itself.
        regex.Append("($|/)");
        _regex = new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Text { get; }

    public bool Matches(string displayPath)
    {
        var path = displayPath.Replace('\\', '/');
        return _regex.IsMatch(path) || _regex.IsMatch(path.Replace(Model.SourceLocation.ArchiveSeparator, "/"));
    }
}
