using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>
/// Folds the occurrences of one rule (one group of it) into one finding: a count, first and last seen, the most
/// severe and most certain reading, the values bound, and a bounded sample of evidence (the first ones and the latest).
/// </summary>
internal sealed class FindingAccumulator(Rule rule)
{
    public const int EvidenceKept = 10;
    private const int EntitiesKept = 20;

    private static readonly HashSet<string> NotEntities = new(StringComparer.OrdinalIgnoreCase)
    {
        "file", "line", "time", "count", "seconds", "direction", "pairs", "eventId", "provider", "callId", "note",
    };

    private readonly List<Evidence> _evidence = [];
    private readonly HashSet<SourceLocation> _seen = [];
    private readonly List<string> _entities = [];
    private readonly List<string> _callIds = [];
    private const int CallIdsKept = 3;
    private bool _datedByEvents;

    public Rule Rule { get; } = rule;

    public Bindings Bindings { get; } = new();

    public long Count { get; private set; }

    public DateTimeOffset? First { get; private set; }

    public DateTimeOffset? Last { get; private set; }

    public Severity Severity { get; private set; } = rule.Severity;

    public Confidence Confidence { get; private set; } = Confidence.Low;

    public IReadOnlyList<Evidence> Evidence => _evidence;

    public IReadOnlyList<string> Entities => _entities;

    public IReadOnlyList<string> CallIds => _callIds;

    /// <summary>The "host" each occurrence bound, as given (the classifier drops folder-name guesses).</summary>
    public IReadOnlyCollection<string> Hosts => _hosts;

    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    private SourceLocation? _lastCounted;

    private const int NotesKept = 4;

    private readonly List<string> _notes = [];

    // A later note continues the first one's sentence: its capital goes unless it starts a name (IM, OWA, SIPStack).
    private static string Sentence(string note) =>
        note.Length > 1 && char.IsUpper(note[0]) && char.IsLower(note[1]) ? char.ToLowerInvariant(note[0]) + note[1..] : note;

    private long _added;

    public void Add(Occurrence occurrence)
    {
        // Two matchers of one rule may both match an event (a 504's result code and its ms-diagnostics 1010): it is
        // one occurrence, so "seen N×" counts events. A rule's matchers see an event one after another.
        SourceLocation? single = occurrence.Evidence.Count == 1 ? occurrence.Evidence[0].Location : null;
        if (single is null || single != _lastCounted)
        {
            Count++;
        }

        _lastCounted = single;
        _added++;
        var note = occurrence.Bindings["note"];
        Bindings.Merge(occurrence.Bindings);
        // Each matcher's note says what it saw; a finding two matchers made says both (a trace without TF_DIAG and
        // no Application log), not only the first.
        if (note is not null && !_notes.Contains(note) && _notes.Count < NotesKept)
        {
            _notes.Add(note);
            if (_notes.Count > 1)
            {
                Bindings.Replace("note", string.Join("; ", _notes.Select((n, i) => i == 0 ? n : Sentence(n))));
            }
        }
        var severity = occurrence.Severity ?? Rule.Severity;
        Severity = _added == 1 || severity < Severity ? severity : Severity;
        var confidence = occurrence.Confidence ?? Rule.Confidence;
        Confidence = confidence < Confidence ? confidence : Confidence;
        // First and last seen are when it happened: snapshot times count only while nothing else dates the finding.
        if (_datedByEvents && occurrence.FromSnapshot)
        {
            AddEvidence(occurrence.Evidence);
        }
        else
        {
            if (!_datedByEvents && !occurrence.FromSnapshot)
            {
                (First, Last, _datedByEvents) = (null, null, true);
            }

            foreach (var evidence in occurrence.Evidence)
            {
                First = First is null || evidence.Time < First ? evidence.Time : First;
                Last = Last is null || evidence.Time > Last ? evidence.Time : Last;
            }

            AddEvidence(occurrence.Evidence);
        }

        if (occurrence.Evidence.Count == 0 && occurrence.Time is { } t)
        {
            First = First is null || t < First ? t : First;
            Last = Last is null || t > Last ? t : Last;
        }

        if (occurrence.Bindings["host"] is { Length: > 0 } host)
        {
            _hosts.Add(host);
        }

        if (occurrence.Bindings["callId"] is { } callId && _callIds.Count < CallIdsKept && !_callIds.Contains(callId, StringComparer.OrdinalIgnoreCase))
        {
            _callIds.Add(callId);
        }

        foreach (var name in _entities.Count < EntitiesKept ? occurrence.Bindings.Names : [])
        {
            if (!NotEntities.Contains(name) && occurrence.Bindings[name] is { } value && _entities.Count < EntitiesKept
                && !_entities.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                _entities.Add(value);
            }
        }
    }

    private void AddEvidence(IReadOnlyList<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            if (!_seen.Add(e.Location))
            {
                continue;
            }

            if (_evidence.Count < EvidenceKept)
            {
                _evidence.Add(e);
            }
            else
            {
                // Keep the first ones (where it started) and the latest (that it still happens).
                _evidence[^1] = e;
            }
        }
    }
}
