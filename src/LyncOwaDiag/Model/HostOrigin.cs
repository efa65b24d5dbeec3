namespace LyncOwaDiag.Model;

/// <summary>Where a host name came from, strongest first.</summary>
public enum HostOrigin
{
    /// <summary>The content says it (CLS <c>[pool\MACHINE]</c>, event <c>Computer</c>, log server column).</summary>
    Content,

    /// <summary>The bundle's <c>manifest.json</c>.</summary>
    Manifest,

    /// <summary>The user said so with <c>--host PATH=NAME</c>.</summary>
    Option,

    /// <summary>Guessed from the folder name; a last resort, marked as such wherever shown.</summary>
    FolderName,

    /// <summary>Nothing tells us.</summary>
    None,
}
