using static LyncOwaDiag.Classification.Matching.Operators.ValueComparison;

namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>
/// The operators a condition may use (docs/design.md#matchers), one entry each: adding an operator is adding an entry.
/// The reader, the checks of a rule file, the condition's test and the classifier's dispatch all work from here.
/// Texts may hold <c>{name}</c> placeholders bound earlier in the same rule; a test fails while one is unbound.
/// </summary>
internal static class ConditionOperators
{
    /// <summary><c>equals: X</c>, or a plain value: equal ignoring case; numbers and <c>0x</c> hex compare as numbers.</summary>
    public static readonly ConditionOperator EqualTo = new()
    {
        Key = "equals",
        Argument = ArgumentKind.Text,
        Role = OperatorRole.ValueTest,
        TestValue = (a, _, text, b, c) => Resolve((string)a, b, c) is { } expected && SameValue(text, expected),
        OneOf = a => [(string)a],
    };

    /// <summary><c>in: [X, Y]</c>, or a plain list: equal to one of them.</summary>
    public static readonly ConditionOperator In = new()
    {
        Key = "in",
        Argument = ArgumentKind.Texts,
        Role = OperatorRole.ValueTest,
        TestValue = (a, _, text, b, c) => ((TextOptions)a).Contains(text, b, c),
        OneOf = a => ((TextOptions)a).Items,
    };

    /// <summary><c>present: false</c>, or a plain <c>null</c>: whether the field has a value that is not blank.</summary>
    public static readonly ConditionOperator Present = new()
    {
        Key = "present",
        Argument = ArgumentKind.Flag,
        Role = OperatorRole.ValuesTest,
        TestValues = (a, _, any, _, _) => (bool)a == any,
        AllowsNoValue = a => !(bool)a,
    };

    /// <summary>Every operator, in the order a rule file's error lists them.</summary>
    public static readonly IReadOnlyList<ConditionOperator> All =
    [
        EqualTo,
        In,
        new()
        {
            // Named groups bind what they capture.
            Key = "matches",
            Argument = ArgumentKind.Regex,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, b, _) => ((PatternArgument)a).Match(text, b),
            Binds = true,
        },
        new()
        {
            Key = "contains",
            Argument = ArgumentKind.Text,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, b, c) => Resolve((string)a, b, c) is { } part && text.Contains(part, StringComparison.OrdinalIgnoreCase),
        },
        new()
        {
            // A value that is no number fails every comparison.
            Key = "gt",
            Argument = ArgumentKind.Number,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, _, _) => TryNumber(text, out var n) && n > (double)a,
        },
        new()
        {
            Key = "ge",
            Argument = ArgumentKind.Number,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, _, _) => TryNumber(text, out var n) && n >= (double)a,
        },
        new()
        {
            Key = "lt",
            Argument = ArgumentKind.Number,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, _, _) => TryNumber(text, out var n) && n < (double)a,
        },
        new()
        {
            Key = "le",
            Argument = ArgumentKind.Number,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, _, _) => TryNumber(text, out var n) && n <= (double)a,
        },
        Present,
        new()
        {
            Key = "empty",
            Argument = ArgumentKind.Flag,
            Role = OperatorRole.ValuesTest,
            TestValues = (a, _, any, _, _) => (bool)a != any,
            AllowsNoValue = a => (bool)a,
        },
        new()
        {
            // A name bound to nothing would leave a hole in the text: binding needs a value (optional: true allows none).
            Key = "as",
            Argument = ArgumentKind.Name,
            Role = OperatorRole.Binding,
        },
        new()
        {
            Key = "thumbprint",
            Argument = ArgumentKind.Text,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, b, c) => Resolve((string)a, b, c) is { } print && SameThumbprint(text, print),
        },
        new()
        {
            // The value names a server the bundle knows by content (not a folder-name guess) in one of these roles:
            // mailbox, lync, edge, pool (a Lync pool OWA or an application names), trustedApplicationPool, any.
            Key = "namesServer",
            Argument = ArgumentKind.Texts,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, _, c) => c.Servers?.RolesNamed(text) is { } roles && roles != Model.ServerRole.None && ((TextOptions)a).Items.Any(r => ServerRoleNames.Has(roles, r)),
        },
        new()
        {
            Key = "sameHost",
            Argument = ArgumentKind.Text,
            Role = OperatorRole.ValueTest,
            TestValue = (a, _, text, b, c) => Resolve((string)a, b, c) is { } other && IsSameHost(text, other),
        },
        new()
        {
            // One item is a DNS name (wildcards as certificates use them) that covers this FQDN.
            Key = "covers",
            Argument = ArgumentKind.Text,
            Role = OperatorRole.ValueTest,
            TestValue = (a, value, _, b, c) => Resolve((string)a, b, c) is { } fqdn && AnyCovers(value.ItemsOrText, fqdn),
        },
        new()
        {
            Key = "hasItem",
            Argument = ArgumentKind.Text,
            Role = OperatorRole.ValueTest,
            TestValue = (a, value, _, b, c) => Resolve((string)a, b, c) is { } item && AnySame(value.ItemsOrText, item),
        },
        new()
        {
            Key = "before",
            Argument = ArgumentKind.DateAnchor,
            Role = OperatorRole.ValueTest,
            TestValue = (a, value, _, _, c) => value.Date is { } date && ((DateAnchor)a).Resolve(c) is { } anchor && date < anchor,
        },
        new()
        {
            Key = "after",
            Argument = ArgumentKind.DateAnchor,
            Role = OperatorRole.ValueTest,
            TestValue = (a, value, _, _, c) => value.Date is { } date && ((DateAnchor)a).Resolve(c) is { } anchor && date > anchor,
        },
        new()
        {
            // Negates its whole sub-condition, which binds nothing: it is tested on a copy of the names.
            Key = "not",
            Argument = ArgumentKind.Condition,
            Role = OperatorRole.ValuesTest,
            TestValues = (a, values, _, b, c) => !((FieldCondition)a).Test(values, b.Copy(), c),
            AllowsNoValue = _ => true,
        },
        new()
        {
            Key = "optional",
            Argument = ArgumentKind.Flag,
            Role = OperatorRole.Optional,
            AllowsNoValue = a => (bool)a,
        },
    ];
}
