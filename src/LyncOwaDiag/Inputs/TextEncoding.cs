namespace LyncOwaDiag.Inputs;

/// <summary>The text encodings we tell apart.</summary>
public enum TextEncoding
{
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
    Utf16LeNoBom,
    Utf16BeNoBom,
}
