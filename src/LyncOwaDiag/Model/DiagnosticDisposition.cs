namespace LyncOwaDiag.Model;

/// <summary>What became of the input a diagnostic talks about.</summary>
public enum DiagnosticDisposition
{
    /// <summary>The lines were not turned into an event; the diagnostic is their only account.</summary>
    Skipped,

    /// <summary>An event was still made from the lines; the diagnostic notes what was odd about them.</summary>
    Noted,

    /// <summary>A whole input (file, archive entry) was not read.</summary>
    InputSkipped,
}
