using System.Buffers.Binary;
using System.Text;

namespace LyncOwaDiag.Tests.Support;

/// <summary>
/// Writes the "display information" file Event Viewer saves beside an .evtx (<c>LocaleMetaData/&lt;log&gt;_1033.MTA</c>)
/// the way the real sample in real-samples/evtx is laid out (docs/formats.md#evtx-display-information): the
/// <c>MTAFile\0</c> header, descriptors for EVT, MSG and PUB, each section a chain of pages of up to 100 entries whose
/// offsets count from the section start, the last page pointing at itself. An EVT entry maps a record id to a MSG
/// string. Not reproduced: the level and opcode names the real MSG section starts with, and PUB's two entries (the
/// reader uses neither).
/// </summary>
internal static class MtaWriter
{
    private const int PageEntries = 100;
    private const int PageHeader = 88;

    public static byte[] Write(IReadOnlyList<(ulong RecordId, string Message)> records)
    {
        // Each record its own string, equal texts included, as in the real file.
        var strings = new List<string>();
        var evt = new List<byte[]>();
        foreach (var (recordId, message) in records)
        {
            var index = (uint)strings.Count;
            strings.Add(message);
            var payload = new byte[16];
            BinaryPrimitives.WriteUInt32LittleEndian(payload, (uint)recordId);
            BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(8), index);
            evt.Add(payload);
        }

        var msg = strings.Select(s =>
        {
            var text = Encoding.Unicode.GetBytes(s + "\0");
            var payload = new byte[4 + text.Length];
            BinaryPrimitives.WriteUInt32LittleEndian(payload, (uint)text.Length);
            text.CopyTo(payload, 4);
            return payload;
        }).ToList();

        var sections = new (string Name, byte[] Bytes)[] { ("EVT", Section(evt)), ("MSG", Section(msg)), ("PUB", Section([])) };
        var descriptors = sections.Sum(s => 20 + (s.Name.Length * 2));
        using var file = new MemoryStream();
        var header = new byte[24];
        "MTAFile\0"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(12), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), (uint)descriptors);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), (uint)sections.Length);
        file.Write(header);
        long at = 24 + descriptors;
        foreach (var (name, bytes) in sections)
        {
            var descriptor = new byte[20 + (name.Length * 2)];
            BinaryPrimitives.WriteUInt64LittleEndian(descriptor, (ulong)at);
            BinaryPrimitives.WriteUInt64LittleEndian(descriptor.AsSpan(8), (ulong)bytes.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(descriptor.AsSpan(16), (uint)(name.Length * 2));
            Encoding.Unicode.GetBytes(name).CopyTo(descriptor, 20);
            file.Write(descriptor);
            at += bytes.Length;
        }

        foreach (var (_, bytes) in sections)
        {
            file.Write(bytes);
        }

        return file.ToArray();
    }

    /// <summary>
    /// One section: for each run of up to 100 entries a page (a header the real file fills with -1, the index of the
    /// page's last entry fourteen times, -1, the page's number, the next page, this page; then 100 entry offsets)
    /// followed by its entries, each an index, a size and the payload.
    /// </summary>
    private static byte[] Section(IReadOnlyList<byte[]> payloads)
    {
        var pages = payloads.Chunk(PageEntries).DefaultIfEmpty([]).ToList();
        var section = new MemoryStream();
        var index = 0u;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var self = section.Length;
            var size = PageHeader + (PageEntries * 8) + page.Sum(e => 8 + e.Length);
            var next = p + 1 < pages.Count ? self + size : self;
            var head = new byte[PageHeader + (PageEntries * 8)];
            BinaryPrimitives.WriteUInt32LittleEndian(head, uint.MaxValue);
            for (var i = 1; i <= 14; i++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(i * 4), (uint)Math.Max((long)index + page.Length - 1, 0));
            }

            BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(60), uint.MaxValue);
            BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(64), (ulong)p);
            BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(72), (ulong)next);
            BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(80), (ulong)self);
            var entryAt = self + head.Length;
            for (var i = 0; i < page.Length; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(PageHeader + (i * 8)), (ulong)entryAt);
                entryAt += 8 + page[i].Length;
            }

            section.Write(head);
            foreach (var payload in page)
            {
                var entryHead = new byte[8];
                BinaryPrimitives.WriteUInt32LittleEndian(entryHead, index++);
                BinaryPrimitives.WriteUInt32LittleEndian(entryHead.AsSpan(4), (uint)payload.Length);
                section.Write(entryHead);
                section.Write(payload);
            }
        }

        return section.ToArray();
    }
}
