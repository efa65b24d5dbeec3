using System.Buffers.Binary;
using System.Globalization;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>Reads a templated record's fields straight from its substitution values, as its plan says.</summary>
internal static class PlannedRecord
{
    /// <summary>The Data items of a planned EventData template, straight from its values.</summary>
    public static List<EventDataItem> Data(byte[] chunk, TemplatePlan plan, IReadOnlyList<BinXmlValue> values)
    {
        var data = new List<EventDataItem>(plan.Data.Count);
        foreach (var (name, source, dependsOn) in plan.Data)
        {
            if (dependsOn is { } d && (d >= values.Count || BinXmlValueText.IsNull(values[d])))
            {
                continue;
            }

            data.Add(new EventDataItem(name, Text(chunk, source, values) ?? string.Empty));
        }

        return data;
    }

    /// <param name="nested">Resolves a BinXml-typed value (the event data of manifest-based events) to its data items.</param>
    public static (EventLogRecord Record, DateTimeOffset? Time) Read(byte[] chunk, TemplatePlan plan, IReadOnlyList<BinXmlValue> values,
        Func<BinXmlValue, List<EventDataItem>> nested)
    {
        var data = plan.NestedData >= 0 && plan.NestedData < values.Count && !BinXmlValueText.IsNull(values[plan.NestedData])
            ? nested(values[plan.NestedData])
            : Data(chunk, plan, values);

        var record = new EventLogRecord
        {
            Provider = Text(chunk, plan.Provider, values) is { Length: > 0 } provider ? provider : "(unknown provider)",
            EventId = Int(chunk, plan.EventId, values) ?? 0,
            Qualifiers = Int(chunk, plan.Qualifiers, values),
            Level = Int(chunk, plan.Level, values),
            Task = Int(chunk, plan.Task, values),
            Keywords = Text(chunk, plan.Keywords, values),
            RecordId = Long(chunk, plan.RecordId, values),
            Computer = Text(chunk, plan.Computer, values),
            Channel = Text(chunk, plan.Channel, values),
            Data = data,
        };
        return (record, Time(chunk, plan.TimeCreated, values));
    }

    private static bool TryValue(TemplatePlan.Source source, IReadOnlyList<BinXmlValue> values, out BinXmlValue value)
    {
        value = default;
        if (source.Index < 0 || source.Index >= values.Count)
        {
            return false;
        }

        value = values[source.Index];
        return !BinXmlValueText.IsNull(value);
    }

    private static string? Text(byte[] chunk, TemplatePlan.Source source, IReadOnlyList<BinXmlValue> values)
    {
        if (source.Constant is not null)
        {
            return source.Constant;
        }

        if (!TryValue(source, values, out var value))
        {
            return null;
        }

        return (value.Type & 0x80) == 0
            ? BinXmlValueText.Scalar(value.Type, chunk.AsSpan(value.Offset, value.Length))
            : string.Join(", ", BinXmlValueText.Render(chunk, value));
    }

    private static long? Long(byte[] chunk, TemplatePlan.Source source, IReadOnlyList<BinXmlValue> values)
    {
        if (TryValue(source, values, out var value))
        {
            var b = chunk.AsSpan(value.Offset, value.Length);
            switch (value.Type)
            {
                case 0x04 when b.Length >= 1: return b[0];
                case 0x06 when b.Length >= 2: return BinaryPrimitives.ReadUInt16LittleEndian(b);
                case 0x08 when b.Length >= 4: return BinaryPrimitives.ReadUInt32LittleEndian(b);
                case 0x0A when b.Length >= 8: return (long)BinaryPrimitives.ReadUInt64LittleEndian(b);
            }
        }

        return long.TryParse(Text(chunk, source, values), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    private static int? Int(byte[] chunk, TemplatePlan.Source source, IReadOnlyList<BinXmlValue> values) =>
        Long(chunk, source, values) is { } v and >= int.MinValue and <= int.MaxValue ? (int)v : null;

    private static DateTimeOffset? Time(byte[] chunk, TemplatePlan.Source source, IReadOnlyList<BinXmlValue> values)
    {
        if (TryValue(source, values, out var value) && value.Type == 0x11 && value.Length >= 8)
        {
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(chunk.AsSpan(value.Offset));
            return ticks >= 0 && ticks <= DateTime.MaxValue.ToFileTimeUtc() ? new DateTimeOffset(DateTime.FromFileTimeUtc(ticks), TimeSpan.Zero) : null;
        }

        return DateTimeOffset.TryParse(Text(chunk, source, values), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
    }
}
