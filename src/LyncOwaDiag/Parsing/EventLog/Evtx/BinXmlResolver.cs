namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>
/// Fills a BinXml tree's substitutions with their values (nested BinXml values are parsed and filled in turn),
/// dropping elements whose dependency value is null and optional substitutions without a value.
/// </summary>
internal sealed class BinXmlResolver(byte[] chunk, BinXmlParser parser)
{
    private const int MaxDepth = 32;
    private int _depth;

    public ResolvedElement? Resolve(BinXmlNode? node)
    {
        var holder = new ResolvedElement("#root");
        Add(holder, node, []);
        return holder.Children.FirstOrDefault();
    }

    private void Add(ResolvedElement parent, BinXmlNode? node, IReadOnlyList<BinXmlValue> values)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            throw new EvtxFormatException($"templates nested deeper than {MaxDepth} levels");
        }

        try
        {
            switch (node)
            {
                case BinXmlTemplateInstance instance:
                    Add(parent, instance.Definition, instance.Values);
                    break;
                case BinXmlElement element:
                    if (element.DependencyId is { } dependency && (dependency >= values.Count || BinXmlValueText.IsNull(values[dependency])))
                    {
                        break;
                    }

                    var resolved = new ResolvedElement(element.Name);
                    foreach (var attribute in element.Attributes)
                    {
                        var text = new System.Text.StringBuilder();
                        foreach (var part in attribute.Value)
                        {
                            text.Append(TextOf(part, values));
                        }

                        resolved.Attributes[attribute.Name] = text.ToString();
                    }

                    foreach (var child in element.Children)
                    {
                        Add(resolved, child, values);
                    }

                    parent.Children.Add(resolved);
                    break;
                case BinXmlText text:
                    parent.Text.Append(text.Text);
                    break;
                case BinXmlSubstitution substitution when substitution.Index < values.Count:
                    var value = values[substitution.Index];
                    if (value.Type == BinXmlValueText.BinXmlType && value.Length > 0)
                    {
                        Add(parent, parser.ParseFragment(value.Offset, value.Offset + value.Length), []);
                    }
                    else if (!(substitution.Optional && BinXmlValueText.IsNull(value)))
                    {
                        parent.Text.Append(string.Join(", ", BinXmlValueText.Render(chunk, value)));
                    }

                    break;
            }
        }
        finally
        {
            _depth--;
        }
    }

    private string TextOf(BinXmlNode part, IReadOnlyList<BinXmlValue> values) => part switch
    {
        BinXmlText text => text.Text,
        BinXmlSubstitution s when s.Index < values.Count => string.Join(", ", BinXmlValueText.Render(chunk, values[s.Index])),
        _ => string.Empty,
    };
}
