namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// Looks at a rule file's text before YAML builds a tree of it: the tree is built, and our reader walks it, by
/// recursion, so a file nested a hundred thousand deep (<c>[[[[…</c>, or indentation that never ends) would overflow
/// the stack and take the process down. Real rule files nest a dozen levels; past <see cref="MaxDepth"/> the file is
/// reported, not read.
/// </summary>
internal static class YamlDepthGuard
{
    public const int MaxDepth = 64;

    public const int MaxChars = 4 * 1024 * 1024;

    /// <summary>Null when the text may be parsed, else the line and the reason.</summary>
    public static (int Line, string Message)? Check(string text)
    {
        if (text.Length > MaxChars)
        {
            return (1, $"the file is {text.Length} characters; a rule file may have at most {MaxChars}");
        }

        var line = 1;
        var flow = 0;
        var atLineStart = true;
        var indent = 0;
        var dashes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, atLineStart, indent, dashes) = (line + 1, true, 0, 0);
                continue;
            }

            if (atLineStart)
            {
                if (c == ' ')
                {
                    if (++indent > MaxDepth * 4)
                    {
                        return (line, $"indented {indent} columns deep; at most {MaxDepth * 4}");
                    }

                    continue;
                }

                if (c == '-' && i + 1 < text.Length && text[i + 1] == ' ')
                {
                    // "- - - x" nests a sequence in a sequence on one line.
                    if (++dashes > MaxDepth)
                    {
                        return (line, $"sequences nested more than {MaxDepth} deep on one line");
                    }

                    indent++;
                    continue;
                }

                atLineStart = false;
            }

            switch (c)
            {
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    i = SkipTo(text, i, '\n') - 1;
                    break;
                case '\'':
                    i = SkipSingleQuoted(text, i, ref line);
                    break;
                case '"':
                    i = SkipDoubleQuoted(text, i, ref line);
                    break;
                case '[' or '{':
                    if (++flow > MaxDepth)
                    {
                        return (line, $"brackets nested more than {MaxDepth} deep");
                    }

                    break;
                case ']' or '}':
                    flow = Math.Max(0, flow - 1);
                    break;
            }
        }

        return null;
    }

    private static int SkipTo(string text, int from, char end)
    {
        var at = text.IndexOf(end, from);
        return at < 0 ? text.Length : at;
    }

    private static int SkipSingleQuoted(string text, int start, ref int line)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
            else if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return text.Length;
    }

    private static int SkipDoubleQuoted(string text, int start, ref int line)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
            else if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i;
            }
        }

        return text.Length;
    }
}
