using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>A parsed <c>TL_…(TF_…)</c> first line of a SIPStack trace entry.</summary>
/// <param name="Origin">Level, flag, bracket, PID.TID, sequence, component, function, source, correlation id.</param>
/// <param name="Timestamp">The printed time, as written (no zone).</param>
/// <param name="Tail">What follows the source location and correlation id: <c>$$begin_record</c> or free text.</param>
internal sealed record SipStackLine(TraceOrigin Origin, DateTime Timestamp, string Tail)
{
    public const string BeginRecord = "$$begin_record";
    public const string EndRecord = "$$end_record";

    public bool BeginsRecord => Tail.StartsWith(BeginRecord, StringComparison.Ordinal);
}
