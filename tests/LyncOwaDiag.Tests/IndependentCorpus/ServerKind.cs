namespace LyncOwaDiag.Tests.IndependentCorpus;

internal enum ServerKind
{
    Mailbox,
    FrontEnd,
    Edge,
}
