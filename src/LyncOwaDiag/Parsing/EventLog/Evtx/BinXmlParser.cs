using System.Buffers.Binary;
using System.Text;

namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>
/// Reads BinXml as EVTX stores it inside a 64 KiB chunk ([MS-EVEN6] §2.2.12, libevtx's notes): names and template
/// definitions are chunk-relative offsets, stored inline the first time. Template definitions are cached per chunk.
/// Recursion is bounded, every offset is checked, and anything unreadable throws <see cref="EvtxFormatException"/>.
/// </summary>
internal sealed class BinXmlParser(byte[] chunk)
{
    private const int MaxDepth = 64;
    private readonly Dictionary<int, BinXmlElement?> _templates = [];
    private readonly Dictionary<int, string> _names = [];
    private int _pos;
    private int _depth;

    public void ClearCaches()
    {
        _templates.Clear();
        _names.Clear();
    }

    /// <summary>Parses a fragment (record body or nested BinXml value) at <paramref name="offset"/>.</summary>
    public BinXmlNode? ParseFragment(int offset, int end)
    {
        var saved = _pos;
        _pos = offset;
        try
        {
            return Fragment(end, dependencyIds: false);
        }
        finally
        {
            _pos = saved;
        }
    }

    private BinXmlNode? Fragment(int end, bool dependencyIds)
    {
        Enter();
        try
        {
            BinXmlNode? root = null;
            while (_pos < end)
            {
                var token = Byte();
                switch (token)
                {
                    case 0x0F:
                        _pos += 3; // major, minor, flags
                        break;
                    case 0x0C:
                        return TemplateInstance();
                    case 0x01:
                    case 0x41:
                        root ??= Element(token, end, dependencyIds);
                        break;
                    case 0x00:
                        return root;
                    default:
                        throw new EvtxFormatException($"unexpected BinXml token 0x{token:X2} at chunk offset {_pos - 1}");
                }
            }

            return root;
        }
        finally
        {
            _depth--;
        }
    }

    private BinXmlTemplateInstance TemplateInstance()
    {
        _pos += 1; // unknown, seen 0x01
        _ = UInt32(); // template id
        var definitionOffset = (int)UInt32();
        BinXmlElement? definition;
        if (definitionOffset == _pos)
        {
            definition = Definition(definitionOffset);
            var size = (int)ReadUInt32At(definitionOffset + 20);
            _pos = definitionOffset + 24 + size;
        }
        else if (!_templates.TryGetValue(definitionOffset, out definition))
        {
            var saved = _pos;
            definition = Definition(definitionOffset);
            _pos = saved;
        }

        var count = (int)UInt32();
        if (count < 0 || count > 4096)
        {
            throw new EvtxFormatException($"implausible substitution count {count}");
        }

        var specs = new (int Size, byte Type)[count];
        for (var i = 0; i < count; i++)
        {
            var size = UInt16();
            var type = Byte();
            _pos++;
            specs[i] = (size, type);
        }

        var values = new BinXmlValue[count];
        for (var i = 0; i < count; i++)
        {
            Check(_pos + specs[i].Size);
            values[i] = new BinXmlValue(specs[i].Type, _pos, specs[i].Size);
            _pos += specs[i].Size;
        }

        return new BinXmlTemplateInstance(definition, values);
    }

    /// <summary>A template definition: next (4), GUID (16), data size (4), then its fragment.</summary>
    private BinXmlElement? Definition(int offset)
    {
        if (_templates.TryGetValue(offset, out var cached))
        {
            return cached;
        }

        Check(offset + 24);
        var size = (int)ReadUInt32At(offset + 20);
        var start = offset + 24;
        Check(start + size);
        _templates[offset] = null; // a definition that refers to itself ends here, not in a loop
        _pos = start;
        var root = Fragment(start + size, dependencyIds: true) as BinXmlElement;
        _templates[offset] = root;
        return root;
    }

    private BinXmlElement Element(byte token, int end, bool dependencyIds)
    {
        Enter();
        try
        {
            int? dependency = null;
            if (dependencyIds)
            {
                var id = UInt16();
                dependency = id == 0xFFFF ? null : id;
            }

            _ = UInt32(); // data size
            var element = new BinXmlElement(Name()) { DependencyId = dependency };
            if ((token & 0x40) != 0)
            {
                var attributesEnd = _pos + 4 + (int)UInt32();
                while (_pos < attributesEnd && _pos < end)
                {
                    var attributeToken = Byte();
                    if ((attributeToken & 0x3F) != 0x06)
                    {
                        throw new EvtxFormatException($"expected an attribute, found token 0x{attributeToken:X2}");
                    }

                    var name = Name();
                    var value = new List<BinXmlNode>();
                    Content(value, end, dependencyIds, attributeValue: true);
                    element.Attributes.Add(new BinXmlAttribute(name, value));
                    if ((attributeToken & 0x40) == 0)
                    {
                        break;
                    }
                }
            }

            var close = Byte();
            if (close == 0x03)
            {
                return element;
            }

            if (close != 0x02)
            {
                throw new EvtxFormatException($"expected the end of a start tag, found token 0x{close:X2}");
            }

            Content(element.Children, end, dependencyIds, attributeValue: false);
            return element;
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Children of an element (until 0x04), or the value of an attribute (until the next non-value token).</summary>
    private void Content(List<BinXmlNode> into, int end, bool dependencyIds, bool attributeValue)
    {
        while (_pos < end)
        {
            var token = chunk[_pos];
            switch (token & 0x3F)
            {
                case 0x01 when !attributeValue:
                    _pos++;
                    into.Add(Element(token, end, dependencyIds));
                    break;
                case 0x04 when !attributeValue:
                    _pos++;
                    return;
                case 0x05:
                    _pos++;
                    _pos++; // value type, always string here
                    into.Add(new BinXmlText(Utf16(UInt16())));
                    break;
                case 0x07:
                    _pos++;
                    into.Add(new BinXmlText(Utf16(UInt16())));
                    break;
                case 0x08:
                    _pos++;
                    into.Add(new BinXmlText(((char)UInt16()).ToString()));
                    break;
                case 0x09:
                    _pos++;
                    into.Add(new BinXmlText(Entity(Name())));
                    break;
                case 0x0A when !attributeValue:
                    _pos++;
                    _ = Name();
                    break;
                case 0x0B when !attributeValue:
                    _pos++;
                    _ = Utf16(UInt16());
                    break;
                case 0x0D:
                case 0x0E:
                    _pos++;
                    var index = UInt16();
                    var type = Byte();
                    into.Add(new BinXmlSubstitution(index, type, token == 0x0E));
                    break;
                case 0x0C when !attributeValue:
                    _pos++;
                    into.Add(TemplateInstance());
                    break;
                default:
                    if (attributeValue)
                    {
                        return;
                    }

                    throw new EvtxFormatException($"unexpected BinXml token 0x{token:X2} in element content at chunk offset {_pos}");
            }
        }
    }

    private static string Entity(string name) => name switch
    {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        _ => $"&{name};",
    };

    /// <summary>A name: inline when its offset is the current position, else a back-reference into the chunk.</summary>
    private string Name()
    {
        var offset = (int)UInt32();
        if (_names.TryGetValue(offset, out var known))
        {
            if (offset == _pos)
            {
                _pos += 8 + (known.Length * 2) + 2;
            }

            return known;
        }

        Check(offset + 8);
        var count = ReadUInt16At(offset + 6);
        Check(offset + 8 + (count * 2));
        var name = Encoding.Unicode.GetString(chunk, offset + 8, count * 2);
        _names[offset] = name;
        if (offset == _pos)
        {
            _pos += 8 + (count * 2) + 2;
        }

        return name;
    }

    private string Utf16(int chars)
    {
        Check(_pos + (chars * 2));
        var text = Encoding.Unicode.GetString(chunk, _pos, chars * 2);
        _pos += chars * 2;
        return text;
    }

    private byte Byte()
    {
        Check(_pos + 1);
        return chunk[_pos++];
    }

    private int UInt16()
    {
        Check(_pos + 2);
        var value = BinaryPrimitives.ReadUInt16LittleEndian(chunk.AsSpan(_pos));
        _pos += 2;
        return value;
    }

    private uint UInt32()
    {
        Check(_pos + 4);
        var value = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(_pos));
        _pos += 4;
        return value;
    }

    private int ReadUInt16At(int offset)
    {
        Check(offset + 2);
        return BinaryPrimitives.ReadUInt16LittleEndian(chunk.AsSpan(offset));
    }

    private uint ReadUInt32At(int offset)
    {
        Check(offset + 4);
        return BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(offset));
    }

    private void Check(int end)
    {
        if (end > chunk.Length || end < 0)
        {
            throw new EvtxFormatException($"BinXml points past the end of the chunk (offset {end})");
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            throw new EvtxFormatException($"BinXml nested deeper than {MaxDepth} levels");
        }
    }
}
