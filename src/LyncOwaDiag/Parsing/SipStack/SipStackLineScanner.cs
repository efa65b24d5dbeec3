using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>
/// The hot path for a SIPStack first line: reads the UTF-8 bytes in place, accepting exactly what
/// <see cref="SipStackGrammar.Line"/> accepts (a differential test holds them together). On rejection the caller
/// asks the grammar for the reason.
/// </summary>
internal sealed class SipStackLineScanner(StringPool pool)
{
    // Consecutive lines nearly always repeat the level, flag, machine and code location: compare with the last
    // bytes seen per field before paying for a pool lookup.
    private readonly RepeatCache _level = new(pool);
    private readonly RepeatCache _flag = new(pool);
    private readonly RepeatCache _bracket = new(pool);
    private readonly RepeatCache _component = new(pool);
    private readonly RepeatCache _function = new(pool);
    private readonly RepeatCache _file = new(pool);

    private const string BeginRecord = SipStackLine.BeginRecord;

    /// <summary>Cheap test used by the framer: could this line start a new entry?</summary>
    public static bool LooksLikeEntryStart(ReadOnlySpan<byte> line) => line.StartsWith("TL_"u8);

    public bool TryScan(ReadOnlySpan<byte> line, out SipStackLine? result)
    {
        result = null;
        var p = 3;
        if (!line.StartsWith("TL_"u8))
        {
            return false;
        }

        var levelStart = p;
        while (p < line.Length && IsUpperOrDigit(line[p]))
        {
            p++;
        }

        if (p == levelStart || !Expect(line, ref p, "(TF_"u8))
        {
            return false;
        }

        var level = line[levelStart..(p - 4)];
        var flagStart = p;
        while (p < line.Length && (IsUpperOrDigit(line[p]) || line[p] == (byte)'_'))
        {
            p++;
        }

        if (p == flagStart || !Expect(line, ref p, ")"u8))
        {
            return false;
        }

        var flag = line[flagStart..(p - 1)];
        if (!SkipSpaces(line, ref p, atLeastOne: true) || !Expect(line, ref p, "["u8))
        {
            return false;
        }

        var bracketStart = p;
        var bracketLength = line[p..].IndexOf((byte)']');
        if (bracketLength < 0)
        {
            return false;
        }

        var bracket = line.Slice(bracketStart, bracketLength);
        p += bracketLength + 1;
        if (!TryHex(line, ref p, out var pid) || !Expect(line, ref p, "."u8) || !TryHex(line, ref p, out var tid)
            || !Expect(line, ref p, "::"u8) || !TryTimestamp(line, ref p, out var time, out var sequence)
            || !SkipSpaces(line, ref p, atLeastOne: true) || !TryCodeLocation(line, ref p, out var code))
        {
            return false;
        }

        var correlation = TryCorrelation(line, ref p);
        var tail = line[p..].Trim((byte)' ');
        result = new SipStackLine(
            new TraceOrigin
            {
                Level = _level.Get(level),
                Flag = _flag.Get(flag),
                Bracket = _bracket.Get(bracket),
                ProcessId = pid,
                ThreadId = tid,
                Sequence = sequence,
                Component = _component.Get(code.Component),
                Function = _function.Get(code.Function),
                SourceFile = _file.Get(code.File),
                SourceLine = code.Line,
                CorrelationId = correlation,
            },
            time,
            tail.SequenceEqual("$$begin_record"u8) ? BeginRecord : Utf8Text.Decode(tail));
        return true;
    }

    private ref struct CodeParts
    {
        public ReadOnlySpan<byte> Component;
        public ReadOnlySpan<byte> Function;
        public ReadOnlySpan<byte> File;
        public int Line;
    }

    private static bool TryCodeLocation(ReadOnlySpan<byte> line, ref int p, out CodeParts code)
    {
        code = default;
        if (!Expect(line, ref p, "("u8))
        {
            return false;
        }

        var start = p;
        while (p < line.Length && line[p] is not ((byte)',' or (byte)'(' or (byte)')'))
        {
            p++;
        }

        if (p == start || !Expect(line, ref p, ","u8))
        {
            return false;
        }

        code.Component = line[start..(p - 1)];
        var functionStart = p;
        while (true)
        {
            var segmentStart = p;
            while (p < line.Length && line[p] is not ((byte)':' or (byte)'(' or (byte)')' or (byte)','))
            {
                p++;
            }

            if (p == segmentStart || p >= line.Length || line[p] != (byte)':')
            {
                return false;
            }

            if (p + 1 < line.Length && line[p + 1] == (byte)':')
            {
                p += 2;
                continue;
            }

            code.Function = line[functionStart..p];
            p++;
            break;
        }

        var fileStart = p;
        while (p < line.Length && line[p] is not ((byte)':' or (byte)'(' or (byte)')'))
        {
            p++;
        }

        if (p == fileStart)
        {
            return false;
        }

        code.File = line[fileStart..p];
        if (!Expect(line, ref p, "("u8) || !TryDecimal(line, ref p, 9, out code.Line))
        {
            return false;
        }

        return Expect(line, ref p, "))"u8);
    }

    private static uint? TryCorrelation(ReadOnlySpan<byte> line, ref int p)
    {
        var q = p;
        while (q < line.Length && line[q] == (byte)' ')
        {
            q++;
        }

        if (q >= line.Length || line[q] != (byte)'[')
        {
            return null;
        }

        q++;
        var start = q;
        ulong value = 0;
        while (q < line.Length && q - start < 10 && IsDigit(line[q]))
        {
            value = (value * 10) + (ulong)(line[q] - '0');
            q++;
        }

        if (q == start || q >= line.Length || line[q] != (byte)']' || value > uint.MaxValue)
        {
            return null;
        }

        p = q + 1;
        return (uint)value;
    }

    private static bool TryTimestamp(ReadOnlySpan<byte> line, ref int p, out DateTime time, out uint? sequence)
    {
        time = default;
        sequence = null;
        if (line.Length - p < 23)
        {
            return false;
        }

        var s = line.Slice(p, 23);
        if (s[2] != '/' || s[5] != '/' || s[10] != '-' || s[13] != ':' || s[16] != ':' || s[19] != '.')
        {
            return false;
        }

        if (!TwoDigits(s, 0, out var month) || !TwoDigits(s, 3, out var day) || !TwoDigits(s, 6, out var y1)
            || !TwoDigits(s, 8, out var y2) || !TwoDigits(s, 11, out var hour) || !TwoDigits(s, 14, out var minute)
            || !TwoDigits(s, 17, out var second) || !TwoDigits(s, 20, out var ms1) || !IsDigit(s[22]))
        {
            return false;
        }

        var year = (y1 * 100) + y2;
        var millisecond = (ms1 * 10) + (s[22] - '0');
        if (!SipStackTime.IsValid(year, month, day, hour, minute, second))
        {
            return false;
        }

        time = SipStackTime.Create(year, month, day, hour, minute, second, millisecond);
        p += 23;
        if (p < line.Length && line[p] == (byte)'.')
        {
            p++;
            if (!TryHex(line, ref p, out var seq))
            {
                return false;
            }

            sequence = seq;
        }

        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> s, int at, out int value)
    {
        value = 0;
        if (!IsDigit(s[at]) || !IsDigit(s[at + 1]))
        {
            return false;
        }

        value = ((s[at] - '0') * 10) + (s[at + 1] - '0');
        return true;
    }

    private static bool TryHex(ReadOnlySpan<byte> line, ref int p, out uint value)
    {
        value = 0;
        var start = p;
        while (p < line.Length && p - start < 8)
        {
            var digit = HexValue(line[p]);
            if (digit < 0)
            {
                break;
            }

            value = (value << 4) | (uint)digit;
            p++;
        }

        return p > start;
    }

    private static bool TryDecimal(ReadOnlySpan<byte> line, ref int p, int maxDigits, out int value)
    {
        value = 0;
        var start = p;
        while (p < line.Length && p - start < maxDigits && IsDigit(line[p]))
        {
            value = (value * 10) + (line[p] - '0');
            p++;
        }

        return p > start;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static bool SkipSpaces(ReadOnlySpan<byte> line, ref int p, bool atLeastOne)
    {
        var start = p;
        while (p < line.Length && line[p] == (byte)' ')
        {
            p++;
        }

        return !atLeastOne || p > start;
    }

    private static bool Expect(ReadOnlySpan<byte> line, ref int p, ReadOnlySpan<byte> expected)
    {
        if (!line[p..].StartsWith(expected))
        {
            return false;
        }

        p += expected.Length;
        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsUpperOrDigit(byte b) => b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9';
}
