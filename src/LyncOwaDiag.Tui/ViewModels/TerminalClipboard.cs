using System.Text;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// <c>c</c>'s copy: the text goes to the terminal's clipboard by OSC 52 (xterm, tmux with set-clipboard, Windows
/// Terminal, iTerm2, kitty … take it, over SSH too, where no local clipboard tool could reach) and, as a terminal
/// may ignore OSC 52 without saying so, to a file whose path the state line shows.
/// </summary>
public sealed class TerminalClipboard(Stream? terminal, string file)
{
    /// <summary>OSC 52 carries at most this much (terminals cap it; xterm at 100,000 bytes of base64).</summary>
    private const int MaxOscBytes = 74_000;

    /// <summary>The clipboard of a real session: the process's standard output, the file in the user's local data folder.</summary>
    public static TerminalClipboard ForConsole() =>
        new(Console.IsOutputRedirected ? null : Console.OpenStandardOutput(),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "lyncowadiag", "clipboard.txt"));

    public string File => file;

    /// <summary>Copies <paramref name="text"/>; returns where it went, for the state line.</summary>
    public string Copy(string text)
    {
        var where = new List<string>();
        var bytes = Encoding.UTF8.GetBytes(text);
        if (terminal is not null && bytes.Length <= MaxOscBytes)
        {
            try
            {
                var sequence = Encoding.ASCII.GetBytes("\u001b]52;c;" + Convert.ToBase64String(bytes) + "\u0007");
                terminal.Write(sequence);
                terminal.Flush();
                where.Add("the terminal's clipboard (OSC 52)");
            }
            catch (IOException)
            {
                // The file below still has it.
            }
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            System.IO.File.WriteAllText(file, text + "\n");
            where.Add(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (where.Count == 0)
            {
                return $"not copied: {file}: {e.Message}";
            }
        }

        // The file first: a narrow state line keeps the path, the one place the text surely is.
        where.Reverse();
        return "copied to " + string.Join(" and ", where);
    }
}
