namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Who wrote a SIPStack trace (FORMATS.md): CLS names the machine in its bracket, OCSLogger a CPU number.</summary>
internal enum SipTraceFlavor
{
    /// <summary><c>Search-CsClsLogging</c> output: <c>[pool\MACHINE]</c>, <c>[correlation] $$begin_record</c>.</summary>
    Cls,

    /// <summary>OCSLogger / Snooper text: <c>[0]</c>, <c>$$begin_record</c> glued to the code location.</summary>
    OcsLogger,
}
