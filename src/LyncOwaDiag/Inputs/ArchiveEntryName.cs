namespace LyncOwaDiag.Inputs;

/// <summary>Rejects archive entry names that try to leave the archive: <c>..</c> segments, rooted or drive paths.</summary>
internal static class ArchiveEntryName
{
    public static string? Problem(string name)
    {
        var normalised = name.Replace('\\', '/');
        if (normalised.StartsWith('/') || (normalised.Length >= 2 && normalised[1] == ':'))
        {
            return "absolute path in archive entry name";
        }

        if (normalised.Split('/').Any(segment => segment == ".."))
        {
            return "'..' in archive entry name";
        }

        if (normalised.Any(char.IsControl))
        {
            return "control character in archive entry name";
        }

        return null;
    }
}
