namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>How a text file was saved on Windows (BUNDLES.md: redirected with <c>&gt;</c>, Out-File, plain copies).</summary>
internal enum TextEncoding
{
    /// <summary>UTF-8 without BOM (copies, PowerShell 6+, many tools).</summary>
    Utf8,

    /// <summary>UTF-8 with BOM (Event Viewer exports, <c>Out-File -Encoding utf8</c>, Exchange logs).</summary>
    Utf8Bom,

    /// <summary>UTF-16 LE with BOM: Windows PowerShell 5.1's <c>&gt;</c> redirection and <c>Out-File</c> default.</summary>
    Utf16LeBom,
}
