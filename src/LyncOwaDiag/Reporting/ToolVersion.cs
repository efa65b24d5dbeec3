using System.Reflection;

namespace LyncOwaDiag.Reporting;

/// <summary>The tool's version as <c>--version</c> and every report say it: the assembly's, without the commit hash.</summary>
public static class ToolVersion
{
    public static string Text { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
