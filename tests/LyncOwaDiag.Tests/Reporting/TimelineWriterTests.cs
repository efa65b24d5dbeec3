using System.Text;
using System.Text.Json;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Reporting;

public class TimelineWriterTests
{
    private static TimelineEvent Response() =>
        SipStackRead.Single(SipStackSome.ProtocolRecord("SIP/2.0 504 Server time-out", extraHeaders: "ms-diagnostics: 1046;reason=\"x\"\n", cls: true));

    [Fact]
    public void Ecs_OneObjectPerLine_WithTheDesignFields()
    {
        using var memory = new MemoryStream();
        using (var writer = new TimelineEcsWriter(memory))
        {
            writer.Write(Response());
            writer.Write(Response());
        }

        var lines = Encoding.UTF8.GetString(memory.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var doc = JsonDocument.Parse(lines[0]);
        var root = doc.RootElement;
        Assert.Equal("2013-05-14T09:21:08.940Z", root.GetProperty("@timestamp").GetString());
        Assert.Equal("error", root.GetProperty("log").GetProperty("level").GetString());
        Assert.Equal("trace.txt", root.GetProperty("log").GetProperty("file").GetProperty("path").GetString());
        Assert.Equal(0, root.GetProperty("log").GetProperty("offset").GetInt64());
        Assert.Equal("SIPAdminLog.cpp", root.GetProperty("log").GetProperty("origin").GetProperty("file").GetProperty("name").GetString());
        Assert.Equal(160, root.GetProperty("log").GetProperty("origin").GetProperty("file").GetProperty("line").GetInt32());
        Assert.Equal("SIPAdminLog::TraceProtocolRecord", root.GetProperty("log").GetProperty("origin").GetProperty("function").GetString());
        Assert.Equal("lyncowadiag.sipstack", root.GetProperty("event").GetProperty("dataset").GetString());
        Assert.Equal("event", root.GetProperty("event").GetProperty("kind").GetString());
        Assert.Equal("ATL-CS-001", root.GetProperty("host").GetProperty("name").GetString());
        Assert.Equal("atl-owa-001.litwareinc.com", root.GetProperty("destination").GetProperty("address").GetString());
        Assert.Equal(5199, root.GetProperty("destination").GetProperty("port").GetInt32());
        var own = root.GetProperty("lyncowadiag");
        Assert.Equal(1, own.GetProperty("line").GetInt64());
        Assert.Equal("assumed-UTC", own.GetProperty("timeQuality").GetString());
        Assert.Equal("abc123", own.GetProperty("sip").GetProperty("callId").GetString());
        Assert.Equal("1 INVITE", own.GetProperty("sip").GetProperty("cseq").GetString());
        Assert.Equal("INVITE", own.GetProperty("sip").GetProperty("method").GetString());
        Assert.Equal(504, own.GetProperty("sip").GetProperty("status").GetInt32());
        Assert.Equal(1046, own.GetProperty("sip").GetProperty("msDiagnostics").GetProperty("code").GetInt32());
    }

    [Fact]
    public void Ecs_ResultCodeOfADiagnosticRecord()
    {
        var e = SipStackRead.Single(SipStackSome.DiagnosticRecord("Severity: error\nText: t\nResult-Code: 0x80090325 SEC_E_UNTRUSTED_ROOT\n"));
        using var memory = new MemoryStream();
        using (var writer = new TimelineEcsWriter(memory))
        {
            writer.Write(e);
        }

        using var doc = JsonDocument.Parse(memory.ToArray());
        var own = doc.RootElement.GetProperty("lyncowadiag");
        Assert.Equal(("0x80090325", "SEC_E_UNTRUSTED_ROOT"), (own.GetProperty("resultCode").GetString(), own.GetProperty("resultName").GetString()));
    }

    [Fact]
    public void Csv_FormulaLookingCells_AreEscaped()
    {
        var e = Response() with { Summary = "=HYPERLINK(\"http://evil\")", Host = "@SUM(A1)" };
        var output = new StringWriter();
        using (var writer = new TimelineCsvWriter(output))
        {
            writer.Write(e);
        }

        var row = output.ToString().Split('\n')[1];
        Assert.DoesNotContain(",=HYPERLINK", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", row, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", row, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1)", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_HostileLogText_CannotDriveTheTerminal()
    {
        var e = Response() with { Summary = "red \u001b[31mALERT\u001b]0;title\u0007 \u202Egnp.exe" };
        var output = new StringWriter();
        new TimelineTextWriter(output).Write(e);
        var text = output.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("red \\x1B[31mALERT\\x1B]0;title\\x07 \\u202Egnp.exe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs_HostileLogText_DecodesToNothingATerminalObeys()
    {
        // jq -r prints a JSON string's \u001b as ESC: the value itself must hold no control or bidi character.
        var e = Response() with { Summary = "red \u001b[31mALERT\u001b]0;title\u0007 \u0085 \u202Egnp.exe", Host = "EVIL\u001b[2J" };
        using var memory = new MemoryStream();
        using (var writer = new TimelineEcsWriter(memory))
        {
            writer.Write(e);
        }

        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(memory.ToArray()));
        var message = doc.RootElement.GetProperty("message").GetString()!;
        Assert.Equal("red \\x1B[31mALERT\\x1B]0;title\\x07 \\x85 \\u202Egnp.exe", message);
        Assert.DoesNotContain('\u001b', doc.RootElement.GetProperty("host").GetProperty("name").GetString()!);
    }
}
