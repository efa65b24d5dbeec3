using System.Globalization;
using LyncOwaDiag.Model;
using Sprache;
using static LyncOwaDiag.Parsing.SipStack.SipStackLexemes;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>
/// The executable specification of a SIPStack trace entry's first line (docs/formats.md#entry-first-line):
/// <c>TL_LEVEL(TF_FLAG) [bracket]PID.TID::MM/DD/YYYY-HH:MM:SS.mmm.seq (Component,Class::Method:File(Line)) [corr] tail</c>.
/// It is the slow path that explains a rejected line and the oracle for <see cref="SipStackLineScanner"/>.
/// </summary>
internal static class SipStackGrammar
{
    private static readonly Parser<(uint Pid, uint Tid)> ProcessThread =
        from pid in HexNumber
        from dot in Parse.Char('.')
        from tid in HexNumber
        from colons in Parse.String("::").Named("'::'")
        select (pid, tid);

    private static readonly Parser<uint?> SequenceNumber =
        (from dot in Parse.Char('.')
         from seq in HexNumber
         select (uint?)seq).Optional().Select(o => o.GetOrDefault());

    public static readonly Parser<(DateTime Time, uint? Sequence)> Timestamp =
        (from month in Digits(2, "month")
         from s1 in Parse.Char('/')
         from day in Digits(2, "day")
         from s2 in Parse.Char('/')
         from year in Digits(4, "year")
         from dash in Parse.Char('-')
         from hour in Digits(2, "hour")
         from c1 in Parse.Char(':')
         from minute in Digits(2, "minute")
         from c2 in Parse.Char(':')
         from second in Digits(2, "second")
         from dot in Parse.Char('.').Named("'.' and milliseconds")
         from millisecond in Digits(3, "milliseconds")
         from seq in SequenceNumber
         select (Parts: (year, month, day, hour, minute, second, millisecond), seq))
        .Where(t => SipStackTime.IsValid(t.Parts.year, t.Parts.month, t.Parts.day, t.Parts.hour, t.Parts.minute, t.Parts.second))
        .Select(t => (SipStackTime.Create(t.Parts.year, t.Parts.month, t.Parts.day, t.Parts.hour, t.Parts.minute, t.Parts.second, t.Parts.millisecond), t.seq))
        .Named("timestamp MM/DD/YYYY-HH:MM:SS.mmm");

    private static readonly Parser<string> FunctionSegment = Parse.CharExcept(":(),").AtLeastOnce().Text();

    /// <summary><c>Class::Method</c>, segments joined by <c>::</c>, ended by a single <c>:</c>.</summary>
    private static readonly Parser<string> Function =
        from segments in FunctionSegment.DelimitedBy(Parse.String("::"))
        from colon in Parse.Char(':').Named("':' and the source file")
        select string.Join("::", segments);

    /// <summary><c>(SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))</c>.</summary>
    public static readonly Parser<(string Component, string Function, string File, int Line)> CodeLocation =
        (from open in Parse.Char('(')
         from component in Parse.CharExcept(",()").AtLeastOnce().Text()
         from comma in Parse.Char(',')
         from function in Function
         from file in Parse.CharExcept(":()").AtLeastOnce().Text()
         from lineOpen in Parse.Char('(').Named("'(' and the source line")
         from line in Number
         from lineClose in Parse.Char(')')
         from close in Parse.Char(')')
         select (component, function, file, line)).Named("(Component,Class::Method:File(Line))");

    /// <summary>The CLS correlation id: <c>[156659184]</c>, a 32-bit decimal number.</summary>
    private static readonly Parser<uint?> CorrelationId =
        (from spaces in Parse.Char(' ').Many()
         from open in Parse.Char('[')
         from digits in AsciiDigit.Repeat(1, 10).Text()
         from close in Parse.Char(']')
         select digits)
        .Where(d => uint.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        .Select(d => (uint?)uint.Parse(d, CultureInfo.InvariantCulture))
        .Optional()
        .Select(o => o.GetOrDefault());

    public static readonly Parser<SipStackLine> Line =
        from level in Level
        from flag in Flag
        from s1 in Spaces
        from bracket in Bracket
        from thread in ProcessThread
        from time in Timestamp
        from s2 in Spaces
        from code in CodeLocation
        from correlation in CorrelationId
        from tail in Parse.AnyChar.Many().Text().End()
        select new SipStackLine(
            new TraceOrigin
            {
                Level = level,
                Flag = flag,
                Bracket = bracket,
                ProcessId = thread.Pid,
                ThreadId = thread.Tid,
                Sequence = time.Sequence,
                Component = code.Component,
                Function = code.Function,
                SourceFile = code.File,
                SourceLine = code.Line,
                CorrelationId = correlation,
            },
            time.Time,
            tail.Trim(' '));

    /// <summary>A <c>Key: value</c> line inside a record.</summary>
    public static readonly Parser<(string Name, string Value)> Field =
        from name in Parse.Char(SipStackFieldLine.IsNameChar, "field name").AtLeastOnce().Text()
        from colon in Parse.Char(':')
        from value in Parse.AnyChar.Many().Text().End()
        select (name, value.Trim(' ', '\t'));
}
