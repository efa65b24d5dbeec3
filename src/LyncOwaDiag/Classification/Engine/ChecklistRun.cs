using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>One checklist item during a pass: whether its pass and fail events and its source were seen.</summary>
internal sealed class ChecklistRun(ChecklistItemSpec spec)
{
    private const int EvidenceKept = 3;

    /// <summary>
    /// Minutes kept of the collected source and of the precondition: weeks of IM log rows are a few thousand minutes;
    /// past this many the check no longer holds coverage against the time (as before this rule existed).
    /// </summary>
    private const int MinutesKept = 1_000_000;

    /// <summary>A source with an event this many minutes from a precondition covers it (export boundaries are not exact).</summary>
    private const int SlackMinutes = 10;

    // Coverage by minute, not by each file's first and last time: a trace of two windows appended says nothing of
    // the hours between them.
    private readonly HashSet<long> _collectedMinutes = [];
    private readonly HashSet<long> _givenMinutes = [];
    private (DateTimeOffset First, DateTimeOffset Last)? _collectedSpan;
    private (DateTimeOffset First, DateTimeOffset Last)? _givenSpan;
    private bool _tooManyMinutes;

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
            Note(_collectedMinutes, ref _collectedSpan, e.Timestamp);
        }

        if (Spec.Given is { } given && EventPattern.AnyFits(given, e, context))
        {
            _given = true;
            // A snapshot's time is when it was taken, not when OWA was at work: only logged activity is held against
            // the sources' time.
            if (e.Source != EventSource.Config)
            {
                Note(_givenMinutes, ref _givenSpan, e.Timestamp);
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
        if (Spec.Given is not null && _collected && _givenSpan is { } worked && _collectedSpan is { } spanned && !_tooManyMinutes && !Covered())
        {
            return Result(ChecklistState.NotChecked,
                    $"the {Spec.CollectedName ?? "source that would show it"} that was collected ({UtcText.Span(spanned.First, spanned.Last)}) has nothing within {SlackMinutes} minutes of the times OWA was at work ({UtcText.Span(worked.First, worked.Last)})"
                    + (Spec.Collect is { } what ? $"; collect {what}" : string.Empty), [])
                with { ToCollect = Spec.Collect };
        }

        return Spec.Collected is null || _collected
            ? Result(ChecklistState.Failed, $"the {Spec.CollectedName ?? "source that would show it"} was collected and does not show it", [])
            : Result(ChecklistState.NotChecked, $"no {Spec.CollectedName ?? "source that would show it"} was collected", []) with { ToCollect = Spec.CollectedName is { } name ? "the " + name : null };
    }

    private void Note(HashSet<long> minutes, ref (DateTimeOffset First, DateTimeOffset Last)? span, DateTimeOffset at)
    {
        span = span is { } s ? (s.First < at ? s.First : at, s.Last > at ? s.Last : at) : (at, at);
        if (minutes.Count < MinutesKept)
        {
            minutes.Add(at.UtcTicks / TimeSpan.TicksPerMinute);
        }
        else
        {
            _tooManyMinutes = true;
        }
    }

    private bool Covered()
    {
        foreach (var minute in _givenMinutes)
        {
            for (var m = minute - SlackMinutes; m <= minute + SlackMinutes; m++)
            {
                if (_collectedMinutes.Contains(m))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Keep(List<Evidence> list, TimelineEvent e)
    {
        if (list.Count < EvidenceKept)
        {
            list.Add(EventEvidence.Of(e));
        }
    }
}
