namespace LyncOwaDiag.Inputs;

/// <summary>What a path is, as the file system says before anything opens it.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
}
