using System.Text;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Fills <c>{name}</c> and <c>{name|default}</c> in rule text from bindings. <c>{{</c> and <c>}}</c> stand for
/// literal braces (PowerShell script blocks in fix commands).
/// </summary>
internal static class Placeholders
{
    /// <summary>Fills the text; an unbound name without a default stays as <c>&lt;name&gt;</c>, so a command never runs with a blank.</summary>
    public static string Fill(string template, Func<string, string?> lookup) =>
        TryFill(template, p => lookup(p.Name), allowMissing: true, out var text) ? text : template;

    /// <summary>
    /// Fills a fix command: each value is validated for its kind and quoted for where it stands
    /// (<see cref="Commands.CommandValue"/>); a value that fails is not used, the placeholder's default (or
    /// <c>&lt;name&gt;</c>) stands instead, and <paramref name="refused"/> gets why.
    /// </summary>
    public static string FillCommand(string template, Func<string, string?> lookup, ICollection<string>? refused = null)
    {
        var places = CommandPlaces.Of(template);
        return TryFill(template, p =>
        {
            if (lookup(p.Name) is not { } found)
            {
                return null;
            }

            var place = p.Index < places.Count ? places[p.Index] : Commands.CommandValue.Place.Bare;
            var (text, refusal) = Commands.CommandValue.Render(found.Trim(), Commands.CommandValueCatalogue.KindOf(p.Name), place);
            if (refusal is null)
            {
                return text;
            }

            refused?.Add($"{Describe(p.Name)} from the bundle was not used: {refusal}");

            // The default only when it is itself a placeholder (<…>): a default that is a real name
            // ({policy|Default}) would make the command act on another object than the one the bundle named.
            return p.Default is { Length: > 1 } fallback && fallback[0] == '<' && fallback[^1] == '>'
                ? null
                : $"<{(p.Name.StartsWith(MatchContext.FactPrefix, StringComparison.OrdinalIgnoreCase) ? Describe(p.Name) : p.Name)}>";
        }, allowMissing: true, out var filled) ? filled : template;
    }

    /// <summary>A placeholder's name as a reader knows it (<c>fact:web.config/IMServerName</c> → web.config IMServerName).</summary>
    private static string Describe(string name) =>
        name.StartsWith(MatchContext.FactPrefix, StringComparison.OrdinalIgnoreCase) ? name[MatchContext.FactPrefix.Length..].Replace('/', ' ') : "{" + name + "}";

    /// <summary>Fills the text, failing when a name is unbound and has no default (conditions cannot compare with a hole).</summary>
    public static bool TryFillStrict(string template, Func<string, string?> lookup, out string text) =>
        TryFill(template, p => lookup(p.Name), allowMissing: false, out text);

    /// <summary>The names a template refers to, for load-time checks and for grouping.</summary>
    public static IEnumerable<string> Names(string template)
    {
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            if (template[i] == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    yield break;
                }

                yield return template[(i + 1)..end].Split('|')[0].Trim();
                i = end;
            }
        }
    }

    /// <summary>Whether braces are balanced and no placeholder is empty; null when fine, else the reason.</summary>
    public static string? Check(string template)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '}')
            {
                return $"unmatched '}}' at character {i + 1} (write '}}}}' for a literal brace)";
            }

            if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    return $"unclosed '{{' at character {i + 1} (write '{{{{' for a literal brace)";
                }

                if (template[(i + 1)..end].Split('|')[0].Trim().Length == 0)
                {
                    return $"empty placeholder at character {i + 1}";
                }

                i = end;
            }
        }

        return null;
    }

    /// <summary>One placeholder as the template writes it: its name, its default (after <c>|</c>) and its place among the others.</summary>
    private readonly record struct Placeholder(string Name, string? Default, int Index);

    private static bool TryFill(string template, Func<Placeholder, string?> lookup, bool allowMissing, out string text)
    {
        if (template.IndexOfAny(['{', '}']) < 0)
        {
            text = template;
            return true;
        }

        var sb = new StringBuilder(template.Length + 32);
        var index = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                sb.Append(c);
                i++;
                continue;
            }

            var end = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (end < 0)
            {
                sb.Append(c);
                continue;
            }

            var inner = template[(i + 1)..end];
            var bar = inner.IndexOf('|');
            var name = (bar < 0 ? inner : inner[..bar]).Trim();
            var fallback = bar < 0 ? null : inner[(bar + 1)..];
            var value = lookup(new Placeholder(name, fallback, index++)) ?? fallback;
            if (value is null)
            {
                if (!allowMissing)
                {
                    text = string.Empty;
                    return false;
                }

                value = $"<{name}>";
            }

            sb.Append(value);
            i = end;
        }

        text = sb.ToString();
        return true;
    }
}
