using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>One checklist item during a pass: whether its pass and fail events and its source were seen.</summary>
internal sealed class ChecklistRun(ChecklistItemSpec spec)
{
    private const int EvidenceKept = 3;

    /// <summary>How many precondition times are kept to hold the sources' time spans against (the first ones).</summary>
    private const int GivenTimesKept = 4096;

    /// <summary>A source this close to a precondition's time still counts as covering it (export boundaries are not exact).</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)> _collectedSpans = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> _givenTimes = [];

    private readonly List<Evidence> _pass = [];
    private readonly List<Evidence> _fail = [];
    private long _passCount;
    private long _failCount;
    private bool _collected;
    private bool _given;

    public ChecklistItemSpec Spec { get; } = spec;

    /// <param name="context">The classifier's context while streaming: its servers let a pattern ask what a peer is.</param>
    public void Observe(TimelineEvent e, MatchContext context)
    {
        if (Spec.Collected is { } collected && EventPattern.AnyFits(collected, e, context))
        {
            _collected = true;
            var file = e.Location.File;
            _collectedSpans[file] = _collectedSpans.TryGetValue(file, out var span)
                ? (span.First < e.Timestamp ? span.First : e.Timestamp, span.Last > e.Timestamp ? span.Last : e.Timestamp)
                : (e.Timestamp, e.Timestamp);
        }

        if (Spec.Given is { } given && (!_given || _givenTimes.Count < GivenTimesKept) && EventPattern.AnyFits(given, e, context))
        {
            _given = true;
            // A snapshot's time is when it was taken, not when OWA was at work: only logged activity is held against
            // the sources' spans.
            if (_givenTimes.Count < GivenTimesKept && e.Source != EventSource.Config)
            {
                _givenTimes.Add(e.Timestamp);
            }
        }

        if (Spec.Pass is { } pass && EventPattern.AnyFits(pass, e, context))
        {
            _passCount++;
            Keep(_pass, e);
        }

        if (Spec.Fail is { } fail && EventPattern.AnyFits(fail, e, context))
        {
            _failCount++;
            Keep(_fail, e);
        }
    }

    public ChecklistResult Complete(IReadOnlyList<Finding> findings)
    {
        ChecklistResult Result(ChecklistState state, string reason, IReadOnlyList<Evidence> evidence) =>
            new(Spec.Id, Spec.Title, state, reason, evidence) { Essential = Spec.Essential };

        if (Spec.NoFindingsAtOrAbove is { } limit)
        {
            var over = findings.Where(f => f.Severity <= limit).ToList();
            return over.Count == 0
                ? Result(ChecklistState.Passed, $"no finding at or above {limit.ToString().ToLowerInvariant()}", [])
                : Result(ChecklistState.Failed, $"{over.Count} finding(s) at or above {limit.ToString().ToLowerInvariant()}: {string.Join(", ", over.Select(f => f.RuleId))}",
                    over.SelectMany(f => f.Evidence.Take(1)).ToList());
        }

        if (_failCount > 0)
        {
            return Result(ChecklistState.Failed, $"{_failCount} failing event(s)", _fail) with { FailCount = _failCount };
        }

        if (_passCount > 0)
        {
            return Result(ChecklistState.Passed, $"{_passCount} event(s) show it", _pass);
        }

        if (Spec.Given is not null && !_given)
        {
            return Result(ChecklistState.NotChecked, "nothing in the bundle shows OWA at work to check it against" + (Spec.Collect is { } what ? $"; collect {what}" : string.Empty), [])
                with { ToCollect = Spec.Collect };
        }

        // Item 9 of the checks: a source's silence counts only over the time it covers. A trace of the morning says
        // nothing of the afternoon's sign-ins.
        if (Spec.Given is not null && _collected && _givenTimes.Count > 0 && !_givenTimes.Any(t => _collectedSpans.Values.Any(s => s.First - Slack <= t && t <= s.Last + Slack)))
        {
            var spans = string.Join(", ", _collectedSpans.Values.OrderBy(s => s.First).Take(3).Select(s => Span(s.First, s.Last)));
            return Result(ChecklistState.NotChecked,
                    $"the {Spec.CollectedName ?? "source that would show it"} that was collected ({spans}) does not cover the time OWA was at work ({Span(_givenTimes.Min(), _givenTimes.Max())})"
                    + (Spec.Collect is { } what ? $"; collect {what}" : string.Empty), [])
                with { ToCollect = Spec.Collect };
        }

        return Spec.Collected is null || _collected
            ? Result(ChecklistState.Failed, $"the {Spec.CollectedName ?? "source that would show it"} was collected and does not show it", [])
            : Result(ChecklistState.NotChecked, $"no {Spec.CollectedName ?? "source that would show it"} was collected", []) with { ToCollect = Spec.CollectedName is { } name ? "the " + name : null };
    }

    private static string Span(DateTimeOffset from, DateTimeOffset to) =>
        $"{from.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}Z – {to.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}Z";

    private static void Keep(List<Evidence> list, TimelineEvent e)
    {
        if (list.Count < EvidenceKept)
        {
            list.Add(EventEvidence.Of(e));
        }
    }
}
