namespace LyncOwaDiag.Tests.Support;

/// <summary>
/// Reads the real SIP excerpts in <c>shared/real-samples/sipstack-sipe/</c>: drops the <c># source:</c> line and
/// undoes the C-string and comment wrapping they were published in, giving the lines as they were on the wire.
/// </summary>
internal static class RealSamples
{
    public static string[] Lines(string name)
    {
        var path = Path.Combine(RepoPaths.Shared, "real-samples", "sipstack-sipe", name);
        return File.ReadAllLines(path).Skip(1).Select(Unwrap).ToArray();
    }

    /// <summary>The value of the first header named <paramref name="header"/>, with wrapped lines joined.</summary>
    public static string HeaderValue(string[] lines, string header)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith(header + ":", StringComparison.OrdinalIgnoreCase));
        Assert.True(start >= 0, $"{header} not found");
        var value = lines[start][(header.Length + 1)..].Trim();
        for (var i = start + 1; i < lines.Length && lines[i].Length > 0 && !lines[i].Contains(": ", StringComparison.Ordinal); i++)
        {
            value += " " + lines[i].Trim();
        }

        return value;
    }

    /// <summary>The SIP messages in C string literals, split where a literal holds only the blank line.</summary>
    public static List<string> CStringMessages(string name)
    {
        var path = Path.Combine(RepoPaths.Shared, "real-samples", "sipstack-sipe", name);
        var messages = new List<string>();
        var current = new List<string>();
        foreach (var raw in File.ReadAllLines(path).Skip(1))
        {
            var line = raw.Trim();
            if (!line.StartsWith('"'))
            {
                continue;
            }

            var literal = line.TrimEnd(';', ',').Trim('"').Replace("\\\"", "\"", StringComparison.Ordinal);
            if (literal == "\\r\\n")
            {
                messages.Add(string.Join("\r\n", current) + "\r\n\r\n");
                current.Clear();
                continue;
            }

            current.Add(literal.EndsWith("\\r\\n", StringComparison.Ordinal) ? literal[..^4] : literal);
        }

        return messages;
    }

    private static string Unwrap(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('*'))
        {
            return trimmed.TrimStart('*').Trim();
        }

        return line.Trim();
    }
}
