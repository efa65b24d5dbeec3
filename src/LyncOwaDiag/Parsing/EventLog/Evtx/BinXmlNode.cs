namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>The XML tree BinXml describes, with template substitutions still open until values fill them.</summary>
internal abstract class BinXmlNode;

internal sealed class BinXmlElement(string name) : BinXmlNode
{
    public string Name { get; } = name;

    public List<BinXmlAttribute> Attributes { get; } = [];

    public List<BinXmlNode> Children { get; } = [];

    /// <summary>Substitution index the element depends on (template definitions only); a null value drops it.</summary>
    public int? DependencyId { get; init; }
}

internal sealed record BinXmlAttribute(string Name, List<BinXmlNode> Value);

internal sealed class BinXmlText(string text) : BinXmlNode
{
    public string Text { get; } = text;
}

internal sealed class BinXmlSubstitution(int index, byte valueType, bool optional) : BinXmlNode
{
    public int Index { get; } = index;

    public byte ValueType { get; } = valueType;

    public bool Optional { get; } = optional;
}

/// <summary>A template instance: the definition's tree and the values that fill its substitutions.</summary>
internal sealed class BinXmlTemplateInstance(BinXmlElement? definition, IReadOnlyList<BinXmlValue> values) : BinXmlNode
{
    public BinXmlElement? Definition { get; } = definition;

    public IReadOnlyList<BinXmlValue> Values { get; } = values;
}

/// <summary>A substitution value: its type and where its bytes are in the chunk.</summary>
internal readonly record struct BinXmlValue(byte Type, int Offset, int Length);
