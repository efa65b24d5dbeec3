namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>
/// What a template definition says about where each field of the event model comes from: a constant, or the value
/// of substitution N. Built once per definition, it lets a record be read from its values alone, without building
/// its XML tree. Definitions of another shape (a nested template, mixed content, BinXml-typed event data) have no
/// plan and their records take the full resolution path.
/// </summary>
internal sealed class TemplatePlan
{
    /// <summary>A field's source: constant text, or a substitution index (optional ones may be null).</summary>
    public readonly record struct Source(string? Constant, int Index)
    {
        public static Source None => new(null, -1);

        public bool IsNone => Constant is null && Index < 0;
    }

    public Source Provider { get; private init; } = Source.None;

    public Source EventId { get; private init; } = Source.None;

    public Source Qualifiers { get; private init; } = Source.None;

    public Source Level { get; private init; } = Source.None;

    public Source Task { get; private init; } = Source.None;

    public Source Keywords { get; private init; } = Source.None;

    public Source TimeCreated { get; private init; } = Source.None;

    public Source RecordId { get; private init; } = Source.None;

    public Source Channel { get; private init; } = Source.None;

    public Source Computer { get; private init; } = Source.None;

    /// <summary><c>EventData/Data</c>: the Name attribute (constant or absent), the value's source, and the
    /// substitution whose null value drops the element.</summary>
    public IReadOnlyList<(string? Name, Source Value, int? DependsOn)> Data { get; private init; } = [];

    /// <summary>
    /// Manifest-based events put their EventData/UserData in one BinXml-typed substitution beside System
    /// (<c>&lt;Event&gt;&lt;System&gt;…&lt;/System&gt;%N&lt;/Event&gt;</c>): its index, or -1.
    /// </summary>
    public int NestedData { get; private init; } = -1;

    /// <summary>The plan of a nested EventData template: only its Data list.</summary>
    public static TemplatePlan? ForEventData(BinXmlElement? root)
    {
        if (root is not { Name: "EventData" })
        {
            return null;
        }

        try
        {
            var data = new List<(string?, Source, int?)>();
            foreach (var node in root.Children)
            {
                if (node is not BinXmlElement { Name: "Data" } element)
                {
                    return null;
                }

                var name = element.Attributes.FirstOrDefault(a => a.Name == "Name") is { } attribute ? Constant(attribute.Value) : null;
                data.Add((name, Content(element.Children), element.DependencyId));
            }

            return new TemplatePlan { Data = data };
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    public static TemplatePlan? For(BinXmlElement? root)
    {
        if (root is null || root.Name != "Event" || Child(root, "System") is not { } system)
        {
            return null;
        }

        try
        {
            var data = new List<(string?, Source, int?)>();
            var nested = -1;
            var others = root.Children.Where(c => c is not BinXmlElement { Name: "System" }).ToList();
            if (others is [BinXmlSubstitution { ValueType: BinXmlValueText.BinXmlType } substitution])
            {
                nested = substitution.Index;
            }
            else if (Child(root, "EventData") is { } eventData)
            {
                foreach (var node in eventData.Children)
                {
                    if (node is not BinXmlElement { Name: "Data" } element)
                    {
                        return null; // BinXml-typed or otherwise unusual event data: resolve fully
                    }

                    var name = element.Attributes.FirstOrDefault(a => a.Name == "Name") is { } attribute ? Constant(attribute.Value) : null;
                    data.Add((name, Content(element.Children), element.DependencyId));
                }
            }
            else if (Child(root, "UserData") is not null || root.Children.Any(c => c is not BinXmlElement))
            {
                return null;
            }

            var provider = Child(system, "Provider");
            var eventId = Child(system, "EventID");
            return new TemplatePlan
            {
                Provider = Attribute(provider, "Name") is { IsNone: false } providerName ? providerName : Attribute(provider, "EventSourceName"),
                EventId = Content(eventId?.Children),
                Qualifiers = Attribute(eventId, "Qualifiers"),
                Level = Content(Child(system, "Level")?.Children),
                Task = Content(Child(system, "Task")?.Children),
                Keywords = Content(Child(system, "Keywords")?.Children),
                TimeCreated = Attribute(Child(system, "TimeCreated"), "SystemTime"),
                RecordId = Content(Child(system, "EventRecordID")?.Children),
                Channel = Content(Child(system, "Channel")?.Children),
                Computer = Content(Child(system, "Computer")?.Children),
                Data = data,
                NestedData = nested,
            };
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static BinXmlElement? Child(BinXmlElement? parent, string name) =>
        parent?.Children.OfType<BinXmlElement>().FirstOrDefault(c => c.Name == name);

    private static Source Attribute(BinXmlElement? element, string name) =>
        element?.Attributes.FirstOrDefault(a => a.Name == name) is { } attribute ? Content(attribute.Value) : Source.None;

    /// <summary>Element content or attribute value: nothing, one text, or one substitution; anything else has no plan.</summary>
    private static Source Content(List<BinXmlNode>? nodes)
    {
        if (nodes is null || nodes.Count == 0)
        {
            return Source.None;
        }

        if (nodes.Count == 1)
        {
            return nodes[0] switch
            {
                BinXmlText text => new Source(text.Text, -1),
                BinXmlSubstitution { ValueType: not BinXmlValueText.BinXmlType } s => new Source(null, s.Index),
                _ => throw new NotSupportedException(),
            };
        }

        if (nodes.All(n => n is BinXmlText))
        {
            return new Source(string.Concat(nodes.Cast<BinXmlText>().Select(t => t.Text)), -1);
        }

        throw new NotSupportedException();
    }

    private static string? Constant(List<BinXmlNode> nodes) =>
        nodes.All(n => n is BinXmlText) ? string.Concat(nodes.Cast<BinXmlText>().Select(t => t.Text)) : throw new NotSupportedException();
}
