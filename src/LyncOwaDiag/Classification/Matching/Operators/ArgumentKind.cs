namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>
/// How an operator's argument is written in a rule file. The reader reads and checks each kind one way, so a new
/// operator whose argument is of a kind already here needs nothing but its table entry.
/// </summary>
internal enum ArgumentKind
{
    /// <summary>One text, which may hold <c>{name}</c> placeholders (read as <see cref="string"/>).</summary>
    Text,

    /// <summary>A list of texts, or one text as a list of one, each of which may hold placeholders (read as <see cref="TextOptions"/>).</summary>
    Texts,

    /// <summary>A number, <c>0x</c> hex too (read as <see cref="double"/>).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c> (read as <see cref="bool"/>).</summary>
    Flag,

    /// <summary><c>logsStart</c> or <c>logsEnd</c>, optionally moved by a duration (read as <see cref="Matching.DateAnchor"/>).</summary>
    DateAnchor,

    /// <summary>A regular expression that must compile (read as <see cref="PatternArgument"/>).</summary>
    Regex,

    /// <summary>A name to bind: letters, digits, underscore (read as <see cref="string"/>).</summary>
    Name,

    /// <summary>A whole condition of its own (read as <see cref="FieldCondition"/>).</summary>
    Condition,
}
