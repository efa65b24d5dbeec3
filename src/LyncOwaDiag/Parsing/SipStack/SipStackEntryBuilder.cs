using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Sip;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>
/// Consumes the lines of a SIPStack file one at a time and turns each entry (a <c>TL_</c> line and everything up to
/// the next) into one event. Lines that are not part of any entry become diagnostics, so that events and
/// diagnostics together account for every line.
/// </summary>
internal sealed class SipStackEntryBuilder(ReadContext context)
{
    private const int MaxTextChars = 4096;

    private enum Phase
    {
        BeforeFirstEntry,
        Entry,
        Record,
        AfterEnd,
        BadEntry,
    }

    private enum Slot
    {
        None,
        Uncaptured,
        From,
        To,
        Diagnostic,
        Text,
        Field,
        Continuation,
    }

    private readonly StringPool _pool = new();
    private readonly SipStackLineScanner _scanner = new(new StringPool());
    private readonly SipStackRecordFields _f = new();
    private readonly SipStackEventFactory _factory = new(context);
    private Phase _phase = Phase.BeforeFirstEntry;
    private Slot _slot;
    private SipStackLine? _header;
    private long _firstLine;
    private long _lastLine;
    private long _offset;
    private long _junkFirst;
    private long _junkLast;
    private long _junkOffset;
    private bool _junkAllBlank = true;
    private string? _badEntryError;

    public void Accept(ReadOnlySpan<byte> line, long number, long offset, long truncatedBytes, List<TimelineEvent> ready)
    {
        if (truncatedBytes > 0)
        {
            context.Report(number, number, offset, Severity.Warning, DiagnosticDisposition.Noted,
                $"line is longer than {line.Length} bytes; {truncatedBytes} bytes cut off");
        }

        if (SipStackLineScanner.LooksLikeEntryStart(line))
        {
            Finish(ready);
            if (_scanner.TryScan(line, out var header))
            {
                StartEntry(header!, number, offset);
            }
            else
            {
                SipStackLineParser.TryParse(Utf8Text.Decode(line), out _, out var error);
                _phase = Phase.BadEntry;
                _badEntryError = error ?? "not a trace entry line";
                StartJunk(number, offset, blank: false);
            }

            return;
        }

        switch (_phase)
        {
            case Phase.BeforeFirstEntry:
            case Phase.BadEntry:
                ExtendJunk(line, number, offset);
                break;
            case Phase.AfterEnd:
                if (_junkFirst == 0 && IsBlank(line))
                {
                    _lastLine = number;
                }
                else
                {
                    ExtendJunk(line, number, offset);
                }

                break;
            default:
                _lastLine = number;
                AcceptEntryLine(line, number, offset);
                break;
        }
    }

    public void Finish(List<TimelineEvent> ready)
    {
        switch (_phase)
        {
            case Phase.BeforeFirstEntry when _junkFirst > 0:
                context.Report(_junkFirst, _junkLast, _junkOffset, _junkAllBlank ? Severity.Verbose : Severity.Warning, DiagnosticDisposition.Skipped,
                    _junkAllBlank ? "blank lines before the first trace entry" : "text before the first trace entry (no TL_ line); skipped");
                break;
            case Phase.BadEntry:
                context.Report(_junkFirst, _junkLast, _junkOffset, Severity.Error, DiagnosticDisposition.Skipped,
                    $"line {_junkFirst}, {_badEntryError}; entry skipped");
                break;
            case Phase.Entry or Phase.Record or Phase.AfterEnd:
                FinishEntry(ready);
                break;
        }

        _phase = Phase.BeforeFirstEntry;
        _header = null;
        _junkFirst = 0;
        _junkAllBlank = true;
        _f.Reset();
    }

    private void FinishEntry(List<TimelineEvent> ready)
    {
        if (_f.SawBegin && !_f.SawEnd)
        {
            context.Report(_firstLine, _lastLine, _offset, Severity.Warning, DiagnosticDisposition.Noted,
                $"record starting at line {_firstLine} has no $$end_record (truncated?); read as far as it goes");
        }

        var location = new SourceLocation(context.File, _firstLine, _lastLine, _offset);
        ready.Add(_factory.Create(_header!, _f, location));

        if (_junkFirst > 0)
        {
            context.Report(_junkFirst, _junkLast, _junkOffset, Severity.Warning, DiagnosticDisposition.Skipped,
                "text after $$end_record that is not a trace entry; skipped");
        }
    }

    private void StartEntry(SipStackLine header, long number, long offset)
    {
        _header = header;
        _firstLine = _lastLine = number;
        _offset = offset;
        _slot = Slot.None;
        _phase = Phase.Entry;
        if (header.BeginsRecord)
        {
            _f.SawBegin = true;
            _phase = Phase.Record;
        }
    }

    private void AcceptEntryLine(ReadOnlySpan<byte> line, long number, long offset)
    {
        var trimmed = line.TrimEnd(" \t"u8);
        if (trimmed.SequenceEqual("$$end_record"u8))
        {
            _f.SawEnd = true;
            _f.InBody = false;
            _phase = Phase.AfterEnd;
            return;
        }

        if (_phase == Phase.Entry && trimmed.SequenceEqual("$$begin_record"u8))
        {
            _f.SawBegin = true;
            _phase = Phase.Record;
            return;
        }

        if (_f.InBody)
        {
            _f.HasBody |= !IsBlank(line);
            return;
        }

        if (line.IsEmpty || IsBlank(line))
        {
            // In wire layout a blank line ends the headers and starts the body.
            if (_f.IsProtocol)
            {
                _f.InBody = true;
            }

            _slot = Slot.None;
            return;
        }

        if (line[0] is (byte)' ' or (byte)'\t')
        {
            Fold(Utf8Text.Decode(line.Trim(" \t"u8)));
            return;
        }

        if (SipStackFieldLine.TrySplit(line, out var name, out var value))
        {
            AcceptField(name, value);
            return;
        }

        if (_f.IsProtocol)
        {
            context.Report(number, number, offset, Severity.Warning, DiagnosticDisposition.Noted,
                $"line {number}: not a 'Name: value' header inside a SIP record; kept as part of the record");
            _slot = Slot.Uncaptured;
            return;
        }

        // Free text that wraps, or a multi-line Text: value.
        AppendContinuation(Utf8Text.Decode(line));
    }

    private void AcceptField(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        var f = _f;
        _slot = Slot.Uncaptured;
        if (Is(name, "Peer"u8))
        {
            f.Peer = _pool.Get(value);
        }
        else if (Is(name, "Start-Line"u8))
        {
            f.IsProtocol = true;
            f.StartLine = Text(value);
        }
        else if (Is(name, "Message-Type"u8))
        {
            f.IsProtocol = true;
            f.MessageType = _pool.Get(value);
        }
        else if (Is(name, "Message-Body"u8))
        {
            f.IsProtocol = true;
            f.InBody = true;
            f.HasBody = !(value.IsEmpty || value.SequenceEqual("-"u8));
        }
        else if (f.IsProtocol || Is(name, "Trace-Correlation-Id"u8) || Is(name, "Instance-Id"u8) || Is(name, "Direction"u8))
        {
            AcceptProtocolField(name, value);
        }
        else
        {
            AcceptRecordField(name, value);
        }
    }

    private void AcceptProtocolField(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        var f = _f;
        if (Is(name, "Trace-Correlation-Id"u8))
        {
            f.TraceCorrelationId = Text(value);
            return;
        }

        if (Is(name, "Instance-Id"u8))
        {
            f.InstanceId = Text(value);
            return;
        }

        if (Is(name, "Direction"u8))
        {
            f.Direction = _pool.Get(value);
            return;
        }

        f.HeaderCount++;
        if (Is(name, "Call-ID"u8) || Is(name, "i"u8))
        {
            f.CallId = Text(value);
        }
        else if (Is(name, "CSeq"u8))
        {
            f.CSeq = Text(value);
        }
        else if (Is(name, "From"u8) || Is(name, "f"u8))
        {
            f.From = Text(value);
            _slot = Slot.From;
        }
        else if (Is(name, "To"u8) || Is(name, "t"u8))
        {
            f.To = Text(value);
            _slot = Slot.To;
        }
        else if (context.KeepsHops && f.TopVia is null && (Is(name, "Via"u8) || Is(name, "v"u8)))
        {
            f.TopVia = Text(value);
        }
        else if (Is(name, "User-Agent"u8))
        {
            f.UserAgent = _pool.Get(value);
        }
        else if (Is(name, "Server"u8))
        {
            f.Server = _pool.Get(value);
        }
        else if (IsDiagnosticHeader(name))
        {
            (f.Diagnostics ??= []).Add(new SipHeaderValue(_pool.Get(name), Text(value)));
            _slot = Slot.Diagnostic;
        }
    }

    private void AcceptRecordField(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        var f = _f;
        var fieldName = _pool.Get(name);
        var fieldValue = Text(value);
        (f.Fields ??= []).Add(new SipHeaderValue(fieldName, fieldValue));
        _slot = Slot.Field;
        if (Is(name, "LogType"u8))
        {
            f.LogType = fieldValue;
        }
        else if (Is(name, "Severity"u8))
        {
            f.Severity = fieldValue;
        }
        else if (Is(name, "Text"u8))
        {
            f.Text = fieldValue;
            _slot = Slot.Text;
        }
        else if (Is(name, "Result-Code"u8))
        {
            f.ResultCode = fieldValue;
        }
        else if (Is(name, "SIP-Start-Line"u8))
        {
            f.SipStartLine = fieldValue;
        }
        else if (Is(name, "SIP-Call-ID"u8))
        {
            f.SipCallId = fieldValue;
        }
        else if (Is(name, "SIP-CSeq"u8))
        {
            f.SipCSeq = fieldValue;
        }
    }

    private void Fold(string continuation)
    {
        var f = _f;
        switch (_slot)
        {
            case Slot.From:
                f.From = Joined(f.From, continuation);
                break;
            case Slot.To:
                f.To = Joined(f.To, continuation);
                break;
            case Slot.Diagnostic:
                var last = f.Diagnostics![^1];
                f.Diagnostics[^1] = last with { Value = Joined(last.Value, continuation) };
                break;
            case Slot.Text:
                f.Text = Joined(f.Text, continuation);
                ReplaceLastField(f.Text);
                break;
            case Slot.Field:
                ReplaceLastField(Joined(f.Fields![^1].Value, continuation));
                break;
            case Slot.None:
            case Slot.Continuation:
                AppendContinuation(continuation);
                break;
        }
    }

    private void ReplaceLastField(string value)
    {
        if (_f.Fields is { Count: > 0 } fields)
        {
            fields[^1] = fields[^1] with { Value = value };
        }
    }

    private void AppendContinuation(string text)
    {
        if (_slot is Slot.Text or Slot.Field)
        {
            Fold(text);
            return;
        }

        _f.ContinuationText = _f.ContinuationText is null ? Bounded(text) : Joined(_f.ContinuationText, text);
        _slot = Slot.Continuation;
    }

    private void StartJunk(long number, long offset, bool blank)
    {
        _junkFirst = _junkLast = number;
        _junkOffset = offset;
        _junkAllBlank = blank;
    }

    private void ExtendJunk(ReadOnlySpan<byte> line, long number, long offset)
    {
        if (_junkFirst == 0)
        {
            StartJunk(number, offset, IsBlank(line));
            return;
        }

        _junkLast = number;
        _junkAllBlank &= IsBlank(line);
    }

    private static string Bounded(string text) => text.Length <= MaxTextChars ? text : text[..MaxTextChars];

    /// <summary>Appends a folded line, but never past the bound: a storm of folds must not cost quadratic time.</summary>
    private static string Joined(string? value, string continuation)
    {
        if (value is null)
        {
            return Bounded(continuation);
        }

        return value.Length >= MaxTextChars ? value : Bounded(value + " " + continuation);
    }

    private static string Text(ReadOnlySpan<byte> value) => Utf8Text.Decode(value);

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> expected) =>
        name.Length == expected.Length && System.Text.Ascii.EqualsIgnoreCase(name, expected);

    private static bool IsDiagnosticHeader(ReadOnlySpan<byte> name) =>
        Is(name, "ms-diagnostics"u8) || Is(name, "ms-diagnostics-public"u8) || Is(name, "ms-client-diagnostics"u8) || Is(name, "x-ms-diagnostics"u8);

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t"u8).IsEmpty;
}
