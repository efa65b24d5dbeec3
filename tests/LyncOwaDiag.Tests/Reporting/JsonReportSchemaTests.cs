using System.Text.Json;
using Json.Schema;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using LyncOwaDiag.Tests.Scenarios;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Reporting;

/// <summary>Every scenario's JSON report is valid against the schema the tool ships, and the schema is strict enough to catch a wrong one.</summary>
public class JsonReportSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(JsonReportWriter.Schema());

    public static TheoryData<string> Names() => new(ScenarioCatalog.All.Select(s => s.Name).Append("clock-skew-three-hosts"));

    private static JsonDocument Report(string scenario)
    {
        var folder = Path.Combine(RepoPaths.SampleTraces, "scenarios", scenario);
        var bundle = Directory.Exists(Path.Combine(folder, "bundle")) ? Path.Combine(folder, "bundle") : folder;
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [bundle] });
        using var stream = new MemoryStream();
        JsonReportWriter.Write(stream, result, new DateTimeOffset(2013, 5, 14, 10, 0, 0, TimeSpan.Zero));
        return JsonDocument.Parse(stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryScenarioReport_IsValid(string scenario)
    {
        using var report = Report(scenario);

        var evaluation = Schema.Evaluate(report.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(evaluation.IsValid, string.Join("; ", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("verdict", "\"broken\"")]
    [InlineData("schemaVersion", "\"0.9\"")]
    [InlineData("findings", "[{\"ruleId\":\"x\"}]")]
    public void AReportWithAWrongField_IsInvalid(string field, string value)
    {
        using var report = Report("CERT-NOT-FOUND");
        var node = System.Text.Json.Nodes.JsonNode.Parse(report.RootElement.GetRawText())!;
        node[field] = System.Text.Json.Nodes.JsonNode.Parse(value);

        Assert.False(Schema.Evaluate(JsonDocument.Parse(node.ToJsonString()).RootElement).IsValid);
    }
}
