using System.IO.Compression;
using System.Text;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Rewrites every SIPStack trace of a bundle, in folders and inside zips (an entry's time is kept), through one
/// text function. A trace is known by its records' markers; UTF-16 traces and other files are left alone.
/// </summary>
internal static class SipTraceRewriter
{
    public static void Apply(string root, Func<string, string> rewrite)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            if (string.Equals(Path.GetExtension(file), ".zip", StringComparison.OrdinalIgnoreCase))
            {
                RewriteZip(file, rewrite);
            }
            else if (Rewritten(File.ReadAllBytes(file), rewrite) is { } text)
            {
                var written = File.GetLastWriteTimeUtc(file);
                File.WriteAllBytes(file, text);
                File.SetLastWriteTimeUtc(file, written);
            }
        }
    }

    private static byte[]? Rewritten(byte[] bytes, Func<string, string> rewrite)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        if (!text.Contains("TL_INFO(TF_PROTOCOL)", StringComparison.Ordinal) && !text.Contains("$$begin_record", StringComparison.Ordinal))
        {
            return null;
        }

        var bom = text.StartsWith('\uFEFF');
        var changed = rewrite(bom ? text[1..] : text);
        return Encoding.UTF8.GetBytes((bom ? "\uFEFF" : string.Empty) + changed);
    }

    private static void RewriteZip(string zip, Func<string, string> rewrite) =>
        ZipRewriter.Rewrite(zip, (entry, bytes) => !entry.FullName.EndsWith('/') && Rewritten(bytes, rewrite) is { } text ? text : bytes);
}
