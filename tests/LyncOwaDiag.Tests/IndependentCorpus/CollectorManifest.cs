using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The collector's <c>manifest.json</c> (docs/formats.md "Bundle manifest"): host, role, versions, each item with its
/// path in the bundle, its path on the server, size and last write time, and the folder listings.
/// </summary>
internal static class CollectorManifest
{
    public static byte[] Write(ServerPart part, IReadOnlyList<BundleItem> items)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "lyncowadiag-bundle/1");
            json.WriteString("host", part.Host.NetBios);
            json.WriteString("role", part.Role);
            json.WriteString("collectedAt", Utc(IncidentDay.CollectedAt));
            if (part.Kind == ServerKind.Mailbox)
            {
                json.WriteString("exchangeVersion", IncidentDay.ExchangeBuild);
            }
            else
            {
                json.WriteString("lyncVersion", IncidentDay.LyncBuild);
            }

            json.WriteStartArray("items");
            foreach (var item in items)
            {
                json.WriteStartObject();
                json.WriteString("path", item.CollectorPath);
                if (item.SourcePath is not null)
                {
                    json.WriteString("sourcePath", item.SourcePath);
                }

                json.WriteNumber("size", item.Content.Length);
                json.WriteString("lastWriteTime", Utc(item.WrittenUtc));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("listings");
            foreach (var listing in part.Listings())
            {
                json.WriteStartObject();
                json.WriteString("folder", listing.Folder);
                json.WriteBoolean("exists", listing.Exists);
                json.WriteStartArray("entries");
                foreach (var entry in listing.Entries)
                {
                    json.WriteStringValue(entry);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notCollected");
            if (part.Kind == ServerKind.Mailbox && !part.ImFolderExists)
            {
                json.WriteStartObject();
                json.WriteString("what", "OWA InstantMessaging logs");
                json.WriteString("why", "folder does not exist");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\r\n"));
    }

    private static string Utc(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + "Z";
}
