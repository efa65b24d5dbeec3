using System.Security;
using System.Text;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// OWA's <c>ClientAccess\Owa\web.config</c> on an Exchange 2013 mailbox server (FORMATS.md, reference/owa-im.md §5):
/// the shipped settings plus the IM keys an admin adds — under <c>&lt;appSettings&gt;</c> where OWA reads them, or
/// where it does not (another section, a comment).
/// </summary>
internal sealed record WebConfigSpec
{
    public IReadOnlyList<(string Key, string Value)> ImSettings { get; init; } = [];

    /// <summary>IM keys pasted into <c>&lt;system.web&gt;</c>, where OWA never reads them.</summary>
    public IReadOnlyList<(string Key, string Value)> InSystemWeb { get; init; } = [];

    /// <summary>IM keys left inside an XML comment.</summary>
    public IReadOnlyList<(string Key, string Value)> Commented { get; init; } = [];

    /// <summary>The integration done as the article says: the pool's FQDN and the certificate's thumbprint.</summary>
    public static WebConfigSpec Integrated(string pool, string thumbprint) =>
        new() { ImSettings = [("IMCertificateThumbprint", thumbprint), ("IMServerName", pool)] };

    /// <summary>The file a Cumulative Update lays down: no IM keys at all.</summary>
    public static WebConfigSpec AsShipped { get; } = new();

    public WebConfigSpec Without(string key) => this with { ImSettings = ImSettings.Where(s => s.Key != key).ToList() };

    public WebConfigSpec With(string key, string value) => this with { ImSettings = [.. ImSettings.Where(s => s.Key != key), (key, value)] };

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        text.AppendLine("<configuration>");
        text.AppendLine("  <configSections>");
        text.AppendLine("    <sectionGroup name=\"system.web.extensions\" type=\"System.Web.Configuration.SystemWebExtensionsSectionGroup, System.Web.Extensions, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\" />");
        text.AppendLine("  </configSections>");
        text.AppendLine("  <appSettings>");
        text.AppendLine("    <add key=\"owin:appStartup\" value=\"Microsoft.Exchange.Clients.Owa2.Server.Core.Startup\" />");
        text.AppendLine("    <add key=\"ClientValidationEnabled\" value=\"true\" />");
        text.AppendLine("    <add key=\"LogPerformanceData\" value=\"false\" />");
        text.AppendLine("    <add key=\"CheckPowerShellOwaFeatureAvailability\" value=\"true\" />");
        text.AppendLine("    <add key=\"MaxRequestsPerUser\" value=\"50\" />");
        foreach (var (key, value) in Commented)
        {
            text.AppendLine($"    <!-- <add key=\"{Esc(key)}\" value=\"{Esc(value)}\" /> -->");
        }

        foreach (var (key, value) in ImSettings)
        {
            text.AppendLine($"    <add key=\"{Esc(key)}\" value=\"{Esc(value)}\" />");
        }

        text.AppendLine("  </appSettings>");
        text.AppendLine("  <system.web>");
        foreach (var (key, value) in InSystemWeb)
        {
            text.AppendLine($"    <add key=\"{Esc(key)}\" value=\"{Esc(value)}\" />");
        }

        text.AppendLine("    <compilation defaultLanguage=\"c#\" debug=\"false\" targetFramework=\"4.5\" />");
        text.AppendLine("    <httpRuntime maxRequestLength=\"35000\" requestValidationMode=\"2.0\" enableVersionHeader=\"false\" />");
        text.AppendLine("    <sessionState mode=\"Off\" />");
        text.AppendLine("    <machineKey validationKey=\"AutoGenerate,IsolateApps\" />");
        text.AppendLine("  </system.web>");
        text.AppendLine("  <runtime>");
        text.AppendLine("    <assemblyBinding xmlns=\"urn:schemas-microsoft-com:asm.v1\">");
        text.AppendLine("      <probing privatePath=\"bin;bin\\perf;bin\\perf\\amd64;bin\\perf\\x86\" />");
        text.AppendLine("    </assemblyBinding>");
        text.AppendLine("    <gcServer enabled=\"true\" />");
        text.AppendLine("  </runtime>");
        text.AppendLine("</configuration>");
        return text.ToString();
    }

    private static string Esc(string value) => SecurityElement.Escape(value);
}
