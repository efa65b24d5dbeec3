namespace LyncOwaDiag.Parsing;

/// <summary>Certificate thumbprints compare ignoring case and spaces (the OWA code strips spaces too).</summary>
public static class Thumbprints
{
    public static string Normalise(string thumbprint) =>
        string.Concat(thumbprint.Where(c => !char.IsWhiteSpace(c) && c != '\u200E' && c != '\u200F')).ToUpperInvariant();

    public static bool AreSame(string? a, string? b) =>
        a is not null && b is not null && Normalise(a) == Normalise(b);
}
