using System.Xml;
using System.Xml.Linq;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// Raw records laid out for reading: an event exported as one line of XML (<c>wevtutil qe /f:xml</c>, Event Viewer
/// XML; the line may hold the events after it too) is indented, one element a line, and only it is shown; anything
/// else, or XML that does not parse, stays as it was.
/// </summary>
public static class RecordLayout
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, ConformanceLevel = ConformanceLevel.Fragment };

    public static string Lay(string raw)
    {
        var text = raw.TrimStart('\uFEFF', ' ', '\t');
        if (!text.StartsWith("<Event", StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal))
        {
            return raw;
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Safe);
            reader.MoveToContent();
            return XNode.ReadFrom(reader).ToString();
        }
        catch (XmlException)
        {
            // Cut or damaged XML (the reader repaired it to read it): show it as it stands.
            return raw;
        }
    }
}
