using System.Text.RegularExpressions;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Folder and archive names as admins hand them in, which say nothing about the servers: a single letter, a counter, a
/// ticket number, a note. None occurs in a scenario's fix commands (a test keeps it so), so one found in a fix after a
/// rename can only have come from a folder name.
/// </summary>
internal static class MeaninglessNames
{
    public static IReadOnlyList<string> All { get; } = ["a", "server 2", "Ticket-4711", "logs kim 14 may", "New folder (3)", "zz9"];

    /// <summary>
    /// Whether <paramref name="name"/> occurs in <paramref name="text"/> as a whole name, between non-alphanumerics or
    /// the ends (case-insensitive): "a" is a letter of nearly every command, but " a\" or "\a.zip" is the folder.
    /// </summary>
    public static bool OccursIn(string text, string name) =>
        Regex.IsMatch(text, $"(?<![A-Za-z0-9]){Regex.Escape(name)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
