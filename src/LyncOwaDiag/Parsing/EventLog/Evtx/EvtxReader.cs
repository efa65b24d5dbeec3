using System.Buffers.Binary;
using System.Globalization;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>
/// Reads an EVTX file with our own managed code (no package reads EVTX off Windows): the file header, then 64 KiB
/// chunks in file order, then the records of each chunk, their BinXml resolved to the event model. Streams one
/// chunk at a time. Bad checksums are reported, not fatal; all-zero chunk slots are passed over; a bad chunk or
/// record is a diagnostic and reading goes on with the next. Locations name the record number as the "line".
/// </summary>
internal static class EvtxReader
{
    public const int HeaderSize = 4096;
    public const int ChunkSize = 65536;
    private const int ChunkHeaderSize = 512;

    public static IEnumerable<TimelineEvent> Read(Stream stream, ReadContext context) => Read(stream, context, usePlans: true);

    /// <param name="usePlans">False reads every record through the full XML resolution (the plan path's oracle in tests).</param>
    internal static IEnumerable<TimelineEvent> Read(Stream stream, ReadContext context, bool usePlans)
    {
        var header = new byte[HeaderSize];
        if (stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < 128 || !header.AsSpan(0, 8).SequenceEqual("ElfFile\0"u8))
        {
            context.Report(0, 0, 0, Severity.Error, DiagnosticDisposition.Skipped, "not an EVTX file header (ElfFile signature missing or file shorter than 128 bytes)");
            yield break;
        }

        var fileFlags = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(120));
        var checksums = (fileFlags & 0x4) == 0;
        if (checksums && Crc32.Compute(header.AsSpan(0, 120)) != BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(124)))
        {
            context.Report(0, 0, 0, Severity.Warning, DiagnosticDisposition.Noted, "file header checksum does not match; the header's counts are not trusted and every chunk is read");
        }

        var chunk = new byte[ChunkSize];
        var ready = new List<TimelineEvent>();
        for (var index = 0; ; index++)
        {
            var read = stream.ReadAtLeast(chunk, ChunkSize, throwOnEndOfStream: false);
            if (read == 0)
            {
                yield break;
            }

            long chunkOffset = HeaderSize + ((long)index * ChunkSize);
            if (read < ChunkSize)
            {
                context.Report(0, 0, chunkOffset, Severity.Warning, DiagnosticDisposition.Skipped, $"chunk {index} at offset {chunkOffset} is cut short ({read} of {ChunkSize} bytes); not read");
                yield break;
            }

            ReadChunk(chunk, index, chunkOffset, checksums, context, ready, usePlans);
            foreach (var e in ready)
            {
                yield return e;
            }

            ready.Clear();
        }
    }

    private static void ReadChunk(byte[] chunk, int index, long chunkOffset, bool checksums, ReadContext context, List<TimelineEvent> ready, bool usePlans)
    {
        if (!chunk.AsSpan(0, 8).SequenceEqual("ElfChnk\0"u8))
        {
            if (chunk.AsSpan().IndexOfAnyExcept((byte)0) < 0)
            {
                context.Report(0, 0, chunkOffset, Severity.Verbose, DiagnosticDisposition.Skipped, $"chunk {index} is an empty (all-zero) slot");
            }
            else
            {
                context.Report(0, 0, chunkOffset, Severity.Error, DiagnosticDisposition.Skipped, $"chunk {index} at offset {chunkOffset} has a bad signature; skipped");
            }

            return;
        }

        var chunkFlags = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(120));
        var freeSpace = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(48)), ChunkSize);
        if (checksums && (chunkFlags & 0x4) == 0)
        {
            if (Crc32.Compute(chunk.AsSpan(0, 120), chunk.AsSpan(128, 384)) != BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(124)))
            {
                context.Report(0, 0, chunkOffset, Severity.Warning, DiagnosticDisposition.Noted, $"chunk {index}: header checksum does not match; read anyway");
            }

            if (freeSpace >= ChunkHeaderSize && Crc32.Compute(chunk.AsSpan(ChunkHeaderSize, freeSpace - ChunkHeaderSize)) != BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(52)))
            {
                context.Report(0, 0, chunkOffset, Severity.Warning, DiagnosticDisposition.Noted, $"chunk {index}: records checksum does not match; read anyway");
            }
        }

        var parser = new BinXmlParser(chunk);
        var resolver = new BinXmlResolver(chunk, parser);
        var plans = new Dictionary<BinXmlElement, TemplatePlan?>(ReferenceEqualityComparer.Instance);
        var end = freeSpace < ChunkHeaderSize ? ChunkSize : freeSpace;
        var pos = ChunkHeaderSize;
        while (pos + 28 <= end)
        {
            var magic = chunk.AsSpan(pos, 4);
            if (magic.IndexOfAnyExcept((byte)0) < 0)
            {
                return; // zeros after the last record: a clean end even where free space says otherwise
            }

            var recordOffset = chunkOffset + pos;
            if (!magic.SequenceEqual("**\0\0"u8))
            {
                context.Report(0, 0, recordOffset, Severity.Error, DiagnosticDisposition.Skipped, $"chunk {index}, offset {pos}: bad record signature; rest of the chunk skipped");
                return;
            }

            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(pos + 4));
            if (size < 28 || size > ChunkSize - pos)
            {
                var why = size < 28 ? $"record size should be 28 or more, found {size}" : $"record size {size} points past the end of the chunk";
                context.Report(0, 0, recordOffset, Severity.Error, DiagnosticDisposition.Skipped, $"chunk {index}, offset {pos}: {why}; rest of the chunk skipped");
                return;
            }

            var recordId = (long)BinaryPrimitives.ReadUInt64LittleEndian(chunk.AsSpan(pos + 8));
            var sizeCopyDiffers = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(pos + size - 4)) != size;

            var written = BinaryPrimitives.ReadInt64LittleEndian(chunk.AsSpan(pos + 16));
            try
            {
                var fragment = parser.ParseFragment(pos + 24, pos + size - 4);
                var location = new SourceLocation(context.File, recordId, recordId, recordOffset);
                if (usePlans && !sizeCopyDiffers && fragment is BinXmlTemplateInstance { Definition: { } definition } instance)
                {
                    if (!plans.TryGetValue(definition, out var plan))
                    {
                        plans[definition] = plan = TemplatePlan.For(definition);
                    }

                    if (plan is not null)
                    {
                        // The common case: fields straight from the values, no XML tree built.
                        var (planned, time) = PlannedRecord.Read(chunk, plan, instance.Values, value => NestedData(chunk, parser, resolver, plans, value));
                        ready.Add(Finish(planned, time, recordId, written, context, location));
                        pos += size;
                        continue;
                    }
                }

                var root = resolver.Resolve(fragment);
                if (sizeCopyDiffers)
                {
                    // Seen in dirty files: such a record may still be whole, or overwritten half-way. Keep it only
                    // if what it says is plausible.
                    if (!Plausible(root))
                    {
                        throw new EvtxFormatException("the copy of its size at the end differs and its content is not a plausible event");
                    }

                    context.Report(recordId, recordId, recordOffset, Severity.Warning, DiagnosticDisposition.Noted, $"record {recordId}: the copy of its size at the end differs; its content is whole, so it is read");
                }

                ready.Add(Event(root, recordId, written, context, location));
            }
            catch (EvtxFormatException e)
            {
                context.Report(recordId, recordId, recordOffset, Severity.Error, DiagnosticDisposition.Skipped, $"record {recordId}: {e.Message}; skipped");
            }

            pos += size;
        }
    }

    private static TimelineEvent Event(ResolvedElement? root, long recordId, long written, ReadContext context, SourceLocation location)
    {
        var system = root?.Child("System");
        var eventId = system?.Child("EventID");
        var record = new EventLogRecord
        {
            Provider = system?.Child("Provider")?.Attribute("Name") ?? system?.Child("Provider")?.Attribute("EventSourceName") ?? "(unknown provider)",
            EventId = int.TryParse(eventId?.Text.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0,
            Qualifiers = int.TryParse(eventId?.Attribute("Qualifiers"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : null,
            Level = Int(system?.Child("Level")),
            Task = Int(system?.Child("Task")),
            Keywords = system?.Child("Keywords")?.Text.ToString(),
            RecordId = long.TryParse(system?.Child("EventRecordID")?.Text.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rid) ? rid : recordId,
            Computer = system?.Child("Computer")?.Text.ToString(),
            Channel = system?.Child("Channel")?.Text.ToString(),
            Data = DataOf(root, wrapped: false),
        };
        var created = system?.Child("TimeCreated")?.Attribute("SystemTime");
        DateTimeOffset? time = DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
        return Finish(record, time, recordId, written, context, location);
    }

    /// <summary>Attaches the display-information message, falls back to the record's write time, makes the event.</summary>
    private static TimelineEvent Finish(EventLogRecord record, DateTimeOffset? time, long recordId, long written, ReadContext context, SourceLocation location)
    {
        if (record.RecordId is null)
        {
            record = record with { RecordId = recordId };
        }

        if (context.Messages is { } messages && record.RecordId is { } id && messages.TryGetValue(id, out var message))
        {
            record = record with { Message = message };
        }

        var when = time ?? new DateTimeOffset(DateTime.FromFileTimeUtc(Math.Clamp(written, 0, DateTime.MaxValue.ToFileTimeUtc())), TimeSpan.Zero);
        return EventLogEvents.Create(record, when, TimeQuality.Exact, context.FileHost, location);
    }

    /// <summary>A System block with a clean provider name and a numeric event id.</summary>
    private static bool Plausible(ResolvedElement? root)
    {
        var system = root?.Child("System");
        var provider = system?.Child("Provider")?.Attribute("Name");
        return system is not null && !string.IsNullOrEmpty(provider)
            && provider.All(c => c is >= ' ' and < '\u007f')
            && int.TryParse(system.Child("EventID")?.Text.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
    }

    private static int? Int(ResolvedElement? element) =>
        int.TryParse(element?.Text.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A nested event data value: planned when it is an EventData template, else resolved.</summary>
    private static List<EventDataItem> NestedData(byte[] chunk, BinXmlParser parser, BinXmlResolver resolver, Dictionary<BinXmlElement, TemplatePlan?> plans, BinXmlValue value)
    {
        var fragment = parser.ParseFragment(value.Offset, value.Offset + value.Length);
        if (fragment is BinXmlTemplateInstance { Definition: { } definition } instance)
        {
            if (!plans.TryGetValue(definition, out var plan))
            {
                plans[definition] = plan = TemplatePlan.ForEventData(definition);
            }

            if (plan is not null)
            {
                return PlannedRecord.Data(chunk, plan, instance.Values);
            }
        }

        return DataOf(resolver.Resolve(fragment), wrapped: true);
    }

    /// <summary>
    /// <c>EventData/Data</c> (named or not), else the leaves of <c>UserData</c>. <paramref name="wrapped"/>: the
    /// element given is the EventData/UserData itself (a nested BinXml value), not the Event around it.
    /// </summary>
    private static List<EventDataItem> DataOf(ResolvedElement? root, bool wrapped)
    {
        var items = new List<EventDataItem>();
        if (wrapped && root is not null)
        {
            var holder = new ResolvedElement("Event");
            holder.Children.Add(root);
            root = holder;
        }

        if (root?.Child("EventData") is { } eventData)
        {
            foreach (var data in eventData.Children.Where(c => c.Name == "Data"))
            {
                items.Add(new EventDataItem(data.Attribute("Name"), data.Text.ToString()));
            }
        }
        else if (root?.Child("UserData") is { } userData)
        {
            Leaves(userData, items);
        }

        return items;
    }

    private static void Leaves(ResolvedElement element, List<EventDataItem> items)
    {
        if (element.Children.Count == 0)
        {
            items.Add(new EventDataItem(element.Name, element.Text.ToString()));
            return;
        }

        foreach (var child in element.Children)
        {
            Leaves(child, items);
        }
    }

}
