using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Commands whose output may leave the admin's hands (reports, timeline, flow) take --redact.</summary>
public class RedactablePathSettings : PathSettings
{
    [CommandOption("--redact")]
    [Description("The output (console, reports, --each folders and summary) names no host, FQDN, user, SIP URI, SMTP address, display name, IPv4/IPv6 address, thumbprint, SID, GUID, profile folder or DOMAIN\\account of the inputs: each becomes a consistent pseudonym, the domains example domains; --each numbers its bundles.")]
    public bool Redact { get; set; }

    [CommandOption("--redact-map <FILE>")]
    [Description("With --redact: write the mapping from each original to its pseudonym to FILE (JSON), for the admin to keep.")]
    public string? RedactMap { get; set; }

    public override ValidationResult Validate() =>
        RedactMap is not null && !Redact ? ValidationResult.Error("--redact-map needs --redact") : base.Validate();
}
