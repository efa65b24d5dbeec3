using System.Text;

namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>An element of the event XML with every substitution filled: what Event Viewer's XML view shows.</summary>
internal sealed class ResolvedElement(string name)
{
    public string Name { get; } = name;

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    public List<ResolvedElement> Children { get; } = [];

    public StringBuilder Text { get; } = new();

    public ResolvedElement? Child(string name) => Children.FirstOrDefault(c => c.Name == name);

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;
}
