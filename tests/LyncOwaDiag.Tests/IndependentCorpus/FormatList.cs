using System.Text;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// PowerShell <c>Format-List</c> text (reference/owa-im.md §4): names padded to the longest of the object, long
/// values wrapped onto lines indented to the value column, a blank line between objects, optionally the shell's
/// prompt and command before the output as a transcript or a copied console shows it.
/// </summary>
internal static class FormatList
{
    private const int ConsoleWidth = 120;

    public static string Objects(IEnumerable<IReadOnlyList<(string Name, string Value)>> objects)
    {
        var text = new StringBuilder("\n");
        foreach (var properties in objects)
        {
            var pad = properties.Max(p => p.Name.Length);
            foreach (var (name, value) in properties)
            {
                var head = name.PadRight(pad) + " :";
                if (value.Length == 0)
                {
                    text.Append(head).Append('\n');
                    continue;
                }

                // Format-List wraps a long value at the console width, at a space where it can, onto lines indented
                // to the value column.
                var room = ConsoleWidth - head.Length - 1;
                var pieces = Wrap(value, room).ToList();
                text.Append(head).Append(' ').Append(pieces[0]).Append('\n');
                foreach (var piece in pieces.Skip(1))
                {
                    text.Append(' ', head.Length + 1).Append(piece).Append('\n');
                }
            }

            text.Append('\n');
        }

        return text.Append('\n').ToString();
    }

    private static IEnumerable<string> Wrap(string value, int room)
    {
        var rest = value;
        while (rest.Length > room)
        {
            var cut = rest.LastIndexOf(' ', room);
            cut = cut > room / 2 ? cut + 1 : room;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..];
        }

        yield return rest;
    }

    /// <summary>One or more commands with their output, as the Exchange or Lync management shell shows them.</summary>
    public static string Transcript(string prompt, params (string Command, string Output)[] commands)
    {
        var text = new StringBuilder();
        foreach (var (command, output) in commands)
        {
            text.Append(prompt).Append(command).Append('\n').Append(output);
        }

        return text.ToString();
    }

    public const string ExchangePrompt = "[PS] C:\\Windows\\system32>";

    public const string LyncPrompt = "PS C:\\Users\\administrator.CORP> ";
}
