using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>What matchers that decide at the end of the pass can see: the inputs, the snapshots, the measured skews.</summary>
internal sealed record CompletionContext(IReadOnlyList<InputSummary> Inputs, ConfigStore Config, IReadOnlyList<ClockSkew> Skews, MatchContext Match);
