using System.Text.RegularExpressions;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Framing;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Reads PowerShell <c>Format-List</c> text: <c>Name : Value</c> blocks with padded names, values wrapped onto
/// indented lines, <c>{a, b}</c> collections, blank lines between objects, and <c>[PS] C:\…&gt;</c> prompt lines whose
/// command names the cmdlet, and the error a command printed instead (<see cref="PowerShellErrorRecord"/>). Lines that
/// fit none of these are reported, never dropped silently.
/// </summary>
internal static partial class FormatListReader
{
    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        // Streams: a transcript of Get-CsUser over thousands of users runs to megabytes, so facts leave as each object ends.
        var current = new List<SnapshotProperty>();
        string? command = null;
        long promptLine = 0;
        var objects = 0;
        PowerShellErrorRecord.Pending? error = null;
        foreach (var (number, offset, line) in TextLine.Read(utf8Text, context.StartOffset))
        {
            if (error is { } open)
            {
                // The message may wrap onto lines of its own before "At line:"; the record ends at a blank line or
                // at any other line.
                var continues = PowerShellErrorRecord.Continues(line);
                if (line.Trim().Length > 0 && (continues || open.Lines.Count == 0 && !Prompt().IsMatch(line)))
                {
                    error = continues
                        ? open with { Last = number, Lines = [.. open.Lines, line] }
                        : open with { Last = number, Message = open.Message + " " + line.Trim() };
                    continue;
                }

                foreach (var fact in FlushError())
                {
                    yield return fact;
                }
            }

            if (current.Count == 0 && PowerShellErrorRecord.Opens(line, command, out var cmdlet, out var message))
            {
                error = new PowerShellErrorRecord.Pending(cmdlet, message, number, number, []);
                continue;
            }

            if (line.Trim().Length == 0)
            {
                foreach (var fact in Flush())
                {
                    yield return fact;
                }

                continue;
            }

            var prompt = Prompt().Match(line);
            if (prompt.Success)
            {
                foreach (var fact in Flush().Concat(EmptyOutput()))
                {
                    yield return fact;
                }

                command = prompt.Groups["command"].Value;
                promptLine = number;
                objects = 0;
                continue;
            }

            var property = PropertyLine().Match(line);
            if (property.Success)
            {
                var value = property.Groups["value"].Value.Trim();
                current.Add(new SnapshotProperty(property.Groups["name"].Value, value, SnapshotValues.Items(value), number, number));
                continue;
            }

            if (char.IsWhiteSpace(line[0]) && current.Count > 0)
            {
                var last = current[^1];
                var joined = (last.Value + " " + line.Trim()).Trim();
                current[^1] = last with { Value = joined, Items = SnapshotValues.Items(joined), LastLine = number };
                continue;
            }

            context.Report(number, number, offset, Severity.Warning, DiagnosticDisposition.Skipped,
                $"line {number}: not a 'Name : Value' line of Format-List output; ignored");
        }

        foreach (var fact in FlushError().Concat(Flush()).Concat(EmptyOutput()))
        {
            yield return fact;
        }

        // An error counts as the command's output: a failed Get-… is no empty list.
        IEnumerable<TimelineEvent> FlushError()
        {
            if (error is not { } done)
            {
                return [];
            }

            objects++;
            error = null;
            return PowerShellErrorRecord.Facts(context, command!, done);
        }

        IEnumerable<TimelineEvent> Flush()
        {
            objects += current.Count > 0 ? 1 : 0;
            var facts = SnapshotObjects.Facts(context, current, command, "Format-List").ToList();
            current = [];
            return facts;
        }

        // A known cmdlet that printed nothing is a fact too: the snapshot was taken and there is no such object
        // (no trusted application pool, say), which differs from a snapshot never taken.
        IEnumerable<TimelineEvent> EmptyOutput() =>
            objects == 0 && CmdletRecognizer.FromCommand(command) is { } cmdlet
                ? [ConfigFactEvents.Create(context, new ConfigFact { Scope = cmdlet, Name = "(no objects)", Value = string.Empty, Note = ConfigFact.NoObjects }, promptLine)]
                : [];
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9_.\-]*)\s*:(?: (?<value>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyLine();

    [GeneratedRegex(@"^(?:\[PS\]\s*)?(?:PS\s+)?[A-Za-z]:\\[^>]*>\s*(?<command>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Prompt();
}
