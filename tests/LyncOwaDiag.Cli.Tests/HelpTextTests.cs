using System.ComponentModel;
using System.Reflection;
using LyncOwaDiag.Cli.Commands;
using LyncOwaDiag.Cli.Tests.Support;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>Every command and every option explains itself (docs/design.md#command-line-and-exit-codes asks for help text everywhere).</summary>
public class HelpTextTests
{
    private static readonly Assembly Cli = typeof(CliApp).Assembly;

    public static TheoryData<string> SettingsProperties()
    {
        var data = new TheoryData<string>();
        foreach (var type in Cli.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null || p.GetCustomAttribute<CommandArgumentAttribute>() is not null))
            {
                data.Add($"{type.Name}.{property.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SettingsProperties))]
    public void EveryOptionAndArgument_HasADescription(string name)
    {
        var (typeName, propertyName) = (name.Split('.')[0], name.Split('.')[1]);
        var property = Cli.GetTypes().Single(t => t.Name == typeName).GetProperty(propertyName)!;
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
        Assert.False(string.IsNullOrWhiteSpace(description), $"{name} has no [Description]");
    }

    private static List<string> Commands() =>
        Cli.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Command<>))
            // RulesListCommand is "rules list": a branch and its command.
            .Select(t => System.Text.RegularExpressions.Regex.Replace(t.Name.Replace("Command", string.Empty, StringComparison.Ordinal), "(?<=^Rules)(?=[A-Z])", " ").ToLowerInvariant())
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> CommandNames() => new(Commands());

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void EveryCommand_IsRegistered_WithDescriptionAndOptionsInItsHelp(string command)
    {
        var run = CliRun.Of([.. command.Split(' '), "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DESCRIPTION:", run.Out, StringComparison.Ordinal);
        if (!command.StartsWith("rules", StringComparison.Ordinal) && command != "schema")
        {
            // Commands that read inputs share the input options; the rules and schema commands read none.
            Assert.Contains("--tz", run.Out, StringComparison.Ordinal);
            Assert.Contains("--on-invalid", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CommandsFound() => Assert.Equal(["flow", "inspect", "rules lint", "rules list", "rules show", "schema", "timeline", "triage", "tui"], Commands());
}
