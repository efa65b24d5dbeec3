using System.Text.RegularExpressions;
using System.Xml;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Reads OWA's <c>web.config</c>: every <c>&lt;add key value/&gt;</c> under <c>configuration/appSettings</c> becomes a
/// fact; the IM keys (<c>IMServerName</c>, <c>IMCertificateThumbprint</c>, <c>IMPortNumber</c>,
/// <c>EnableIMForOwaPremium</c>) are also noticed outside <c>&lt;appSettings&gt;</c> and inside comments, where OWA
/// does not read them. Broken XML stops the read at the error with a diagnostic; the facts before it stand.
/// </summary>
internal static partial class WebConfigReader
{
    public static readonly IReadOnlyList<string> ImKeys = ["IMServerName", "IMCertificateThumbprint", "IMPortNumber", "EnableIMForOwaPremium"];

    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreWhitespace = true,
            CheckCharacters = false,
        };
        // Read as text so that an encoding="utf-16" declaration in a transcoded file cannot make XmlReader switch encodings.
        using var reader = XmlReader.Create(new StreamReader(utf8Text, System.Text.Encoding.UTF8), settings);
        var info = (IXmlLineInfo)reader;
        var path = new List<string>();
        var found = new List<TimelineEvent>();
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (XmlException e)
            {
                context.Diagnostics.Report(new ParseDiagnostic(new SourceLocation(context.File, e.LineNumber, e.LineNumber, 0), Severity.Error,
                    DiagnosticDisposition.Skipped, $"line {e.LineNumber}, column {e.LinePosition}: not well-formed XML ({e.Message.Split(" Line ")[0].TrimEnd('.')}); the rest of the file is not read"));
                break;
            }

            if (!more)
            {
                break;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var name = reader.LocalName;
                    if (name == "add" && reader.GetAttribute("key") is { } key)
                    {
                        var inAppSettings = path.Count == 2 && path[0] == "configuration" && path[1] == "appSettings";
                        if (inAppSettings || IsImKey(key))
                        {
                            found.Add(Fact(context, key, reader.GetAttribute("value") ?? string.Empty, inAppSettings ? null : ConfigFact.OutsideAppSettings, info.LineNumber));
                        }
                    }

                    if (!reader.IsEmptyElement)
                    {
                        path.Add(name);
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    break;
                case XmlNodeType.Comment:
                    var startLine = info.LineNumber;
                    foreach (Match match in CommentedKey().Matches(reader.Value))
                    {
                        var key2 = match.Groups["key"].Value;
                        if (IsImKey(key2))
                        {
                            var line = startLine + reader.Value[..match.Index].Count(c => c == '\n');
                            found.Add(Fact(context, key2, match.Groups["value"].Value, ConfigFact.CommentedOut, line));
                        }
                    }

                    break;
            }
        }

        return found;
    }

    private static bool IsImKey(string key) => ImKeys.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static TimelineEvent Fact(ReadContext context, string key, string value, string? note, long line) =>
        ConfigFactEvents.Create(context, new ConfigFact { Scope = "web.config", Object = "appSettings", Name = key, Value = value, Note = note }, line);

    [GeneratedRegex("""<add\s+key\s*=\s*["'](?<key>[^"']*)["']\s+value\s*=\s*["'](?<value>[^"']*)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex CommentedKey();
}
