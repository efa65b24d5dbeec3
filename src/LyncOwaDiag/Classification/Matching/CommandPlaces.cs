using LyncOwaDiag.Classification.Commands;

namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// Where each placeholder of a fix command stands, in order: inside an XML attribute (a web.config line), inside
/// single or double PowerShell quotes, bare between spaces, or glued to other text. The template is our own text, so
/// its quotes are read once, before any value is put in.
/// </summary>
internal static class CommandPlaces
{
    public static IReadOnlyList<CommandValue.Place> Of(string template)
    {
        var places = new List<CommandValue.Place>();
        var xml = template.TrimStart().StartsWith('<');
        var quote = '\0';
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '{' && template.IndexOf('}', i + 1) is var end && end > 0)
            {
                places.Add(xml && quote != '\0' ? CommandValue.Place.XmlAttribute
                    : quote == '\'' ? CommandValue.Place.SingleQuoted
                    : quote == '"' ? CommandValue.Place.DoubleQuoted
                    : Separated(template, i, end) ? CommandValue.Place.Bare
                    : CommandValue.Place.Glued);
                i = end;
                continue;
            }

            if (c is '\'' or '"' && (quote == '\0' || quote == c))
            {
                quote = quote == '\0' ? c : '\0';
            }
        }

        return places;
    }

    private static bool Separated(string template, int start, int end) =>
        (start == 0 || template[start - 1] is ' ' or '(' or ',') && (end + 1 >= template.Length || template[end + 1] is ' ' or ')' or ';' or '|' or ',');
}
