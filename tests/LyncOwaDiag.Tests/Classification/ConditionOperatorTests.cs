using System.Text.RegularExpressions;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Matching.Operators;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>
/// Every entry of the operator table is read from a rule file, checked and tested: an operator added to the table
/// without an example here, or whose argument kind the reader does not know, fails.
/// </summary>
public partial class ConditionOperatorTests
{
    private static readonly DateTime Day = new(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The bundle knows one mailbox server, EX01 (ex01.contoso.com), from a snapshot.</summary>
    private static readonly MatchContext Context = new(new DateTimeOffset(Day.AddDays(-5)), new DateTimeOffset(Day.AddDays(5)),
        Servers: LyncOwaDiag.Correlation.Servers.ServerDirectory.Build([], [("ex01.contoso.com", LyncOwaDiag.Model.ServerRole.Mailbox, "Get-ExchangeServer Fqdn", new LyncOwaDiag.Model.SourceLocation("Get-ExchangeServer.txt", 3, 3, 0))]));

    /// <summary>
    /// Per operator: its argument as a rule file writes it, and field values the condition <c>{ key: argument }</c>
    /// holds for and fails for (none fails <c>optional: true</c>, which holds whatever the values).
    /// </summary>
    private static readonly Dictionary<string, (string Argument, FieldValue[][] Holds, FieldValue[][] Fails)> Examples = new()
    {
        ["equals"] = ("'0x1F8'", [["504"]], [["503"], []]),
        ["in"] = ("[sip, event-log]", [["SIP"], ["x", "event-log"]], [["im-log"], []]),
        ["matches"] = (@"'^code (?<code>\d+)$'", [["code 42"]], [["code x"], []]),
        ["contains"] = ("rror", [["an Error"]], [["fine"], []]),
        ["gt"] = ("400", [["401"]], [["400"], ["x"]]),
        ["ge"] = ("400", [["400"]], [["399"], ["x"]]),
        ["lt"] = ("400", [["399"]], [["400"], ["x"]]),
        ["le"] = ("400", [["400"]], [["401"], ["x"]]),
        ["present"] = ("true", [["x"]], [[" "], []]),
        ["empty"] = ("true", [[" "], []], [["x"]]),
        ["as"] = ("name", [["x"]], [[" "], []]),
        ["thumbprint"] = ("'AB CD'", [["abcd"]], [["abce"], []]),
        ["sameHost"] = ("ex01.contoso.com", [["EX01"]], [["ex02"], []]),
        ["namesServer"] = ("[mailbox, trustedApplicationPool]", [["ex01.contoso.com:5199"], ["x", "EX01"]], [["sip.fabrikam.com"], ["ex01.fabrikam.com"], []]),
        ["covers"] = ("pool.contoso.com", [[new FieldValue("", ["*.contoso.com"])]], [[new FieldValue("", ["*.fabrikam.com"])], []]),
        ["hasItem"] = ("b", [[new FieldValue("", ["a", "B"])]], [[new FieldValue("", ["c"])], []]),
        ["before"] = ("logsEnd", [[new FieldValue("d", Date: Day)]], [[new FieldValue("d", Date: Day.AddDays(10))], ["no date"]]),
        ["after"] = ("logsStart-1d", [[new FieldValue("d", Date: Day)]], [[new FieldValue("d", Date: Day.AddDays(-10))], ["no date"]]),
        ["not"] = ("{ equals: x }", [["y"], []], [["x"]]),
        ["optional"] = ("true", [["x"], []], []),
    };

    /// <summary>Per argument kind: an argument the reader takes, and one it reports.</summary>
    private static readonly Dictionary<ArgumentKind, (string Valid, string Invalid)> Arguments = new()
    {
        [ArgumentKind.Text] = ("x", "[a, b]"),
        [ArgumentKind.Texts] = ("[a, b]", "[a, { b: c }]"),
        [ArgumentKind.Number] = ("0x10", "ten"),
        [ArgumentKind.Flag] = ("false", "yes"),
        [ArgumentKind.DateAnchor] = ("logsEnd+30d", "tomorrow"),
        [ArgumentKind.Regex] = ("'a+'", "'(unclosed'"),
        [ArgumentKind.Name] = ("host", "'1st'"),
        [ArgumentKind.Condition] = ("{ equals: x }", "{ equalz: x }"),
    };

    public static TheoryData<string> Keys() => new(ConditionOperators.All.Select(o => o.Key));

    // By name: the kind is internal, a public theory cannot take it.
    public static TheoryData<string> Kinds() => new(Enum.GetNames<ArgumentKind>());

    private static (FieldCondition? Condition, IReadOnlyList<RuleFileError> Errors) Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("field: " + yaml));
        var file = new RuleFileContext("test.yaml");
        var condition = ConditionReader.Read(((YamlMappingNode)stream.Documents[0].RootNode).Children.Single().Value, "field", file);
        return (condition, file.Errors);
    }

    [Fact]
    public void TheTable_HasEachKeyOnceAndAnExampleForEach()
    {
        var keys = ConditionOperators.All.Select(o => o.Key).ToList();
        Assert.Equal(keys.Distinct(StringComparer.Ordinal), keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), Examples.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void AnOperator_HasTheTestItsRoleCalls(string key)
    {
        var op = ConditionOperators.All.Single(o => o.Key == key);

        Assert.Equal(op.Role == OperatorRole.ValueTest, op.TestValue is not null);
        Assert.Equal(op.Role == OperatorRole.ValuesTest, op.TestValues is not null);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void AnOperator_IsReadAndTested(string key)
    {
        var (argument, holds, fails) = Examples[key];

        var (condition, errors) = Read($"{{ {key}: {argument} }}");

        Assert.Empty(errors);
        Assert.Equal(key, Assert.Single(condition!.Uses).Operator.Key);
        Assert.All(holds, values => Assert.True(condition.Test(values, new Bindings(), Context), $"{key}: {argument} should hold for [{string.Join(", ", values)}]"));
        Assert.All(fails, values => Assert.False(condition.Test(values, new Bindings(), Context), $"{key}: {argument} should fail for [{string.Join(", ", values)}]"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AnArgumentKind_IsReadWhenValidAndReportedWhenNot(string kindName)
    {
        var kind = Enum.Parse<ArgumentKind>(kindName);
        var (valid, invalid) = Arguments[kind];
        var key = ConditionOperators.All.First(o => o.Argument == kind).Key;

        Assert.Empty(Read($"{{ {key}: {valid} }}").Errors);
        var error = Assert.Single(Read($"{{ {key}: {invalid} }}").Errors, e => e.Field.StartsWith($"field.{key}", StringComparison.Ordinal));
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void OnlyEqualsOrInAlone_IsAPlainSet(string key)
    {
        var (condition, _) = Read($"{{ {key}: {Examples[key].Argument} }}");
        var (withEquals, _) = Read(key == "equals" ? "{ equals: x }" : $"{{ equals: x, {key}: {Examples[key].Argument} }}");

        Assert.Equal(key is "equals" or "in", condition!.IsPlainSet);
        Assert.Equal(key == "equals", withEquals!.IsPlainSet);
    }

    [Fact]
    public void PlainValuesListsAndNull_AreEqualsInAndPresentFalse()
    {
        Assert.Equal((ConditionOperators.EqualTo, (object)"x"), Only(Read("x").Condition!));
        Assert.Equal((ConditionOperators.Present, (object)false), Only(Read("null").Condition!));
        var (op, argument) = Only(Read("[a, b]").Condition!);
        Assert.Same(ConditionOperators.In, op);
        Assert.Equal(["a", "b"], ((TextOptions)argument).Items);

        static (ConditionOperator, object) Only(FieldCondition c) => (c.Uses.Single().Operator, c.Uses.Single().Argument);
    }

    [Fact]
    public void TheDesignDocument_ListsEveryOperator()
    {
        var design = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "design.md"));
        var listed = OperatorList().Match(design);

        Assert.True(listed.Success, "docs/design.md should list the operators after 'or tests:'");
        Assert.Equal(ConditionOperators.All.Select(o => o.Key).Order(StringComparer.Ordinal), listed.Groups["keys"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"or tests: `(?<keys>[^`]+)`")]
    private static partial Regex OperatorList();
}
