using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Tests.Scenarios;

/// <summary>
/// What a collector copies from the Lync Front End: manifest, a CLS search of SIPStack (All Levels, All Flags),
/// a Lync Server Management Shell transcript and the Lync Server event log as <c>wevtutil qe /f:xml</c> fragments
/// (the mailbox server's Application log is EVTX: a bundle mixes the forms admins export). Zipped by the writer.
/// </summary>
internal static class FrontEndFiles
{
    private const string Bracket = @"[atl-cs-001\ATL-CS-001]";

    public static IEnumerable<(string Path, byte[] Content)> Write(BundleSpec spec)
    {
        var files = new List<(string, byte[])>
        {
            ("cls-search.txt", Crlf(Trace(spec))),
            ("lync-shell.txt", Crlf(LyncShell(spec))),
            ("LyncServer.xml", Encoding.UTF8.GetBytes(LyncEvents(spec))),
        };
        files.Insert(0, ("manifest.json", Encoding.UTF8.GetBytes($$"""
            {
              "schema": "lyncowadiag-bundle/1",
              "host": "{{BundleSpec.FrontEnd}}",
              "role": "frontend",
              "collectedAt": "2013-05-14T10:07:00Z",
              "lyncVersion": "5.0.8308.0",
              "items": [
            {{string.Join(",\n", files.Select(f => $$"""
                {
                  "path": "{{f.Item1}}",
                  "size": {{f.Item2.Length}}
                }
            """))}}
              ]
            }

            """)));
        return files;
    }

    private static byte[] Crlf(string text) => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));

    private sealed class TraceText
    {
        private readonly StringBuilder _sb = new();
        private int _sequence = 0xA600;
        private long _correlation = 1843281200;

        public override string ToString() => _sb.ToString();

        private string Head(string level, string flag, double seconds, string function, int line) =>
            $"{level}({flag}) {Bracket}0B60.0D6C::{BundleSpec.Start.AddSeconds(seconds).ToString("MM/dd/yyyy-HH:mm:ss.fff", CultureInfo.InvariantCulture)}.{++_sequence:x8} (SIPStack,{function}:SIPAdminLog.cpp({line}))";

        public void Message(double seconds, bool incoming, string peer, string startLine, string callId, int cseq, string method, string from, string to, params string[] extra)
        {
            var response = startLine.StartsWith("SIP/2.0", StringComparison.Ordinal);
            _sb.Append(Head("TL_INFO", "TF_PROTOCOL", seconds, "SIPAdminLog::TraceProtocolRecord", 160)).Append(CultureInfo.InvariantCulture, $" [{++_correlation}] $$begin_record\n");
            _sb.Append(CultureInfo.InvariantCulture, $"Trace-Correlation-Id: {_correlation}\nInstance-Id: {_sequence:X8}\n");
            _sb.Append(incoming ? "Direction: incoming;source=\"internal\";destination=\"local\"\n" : "Direction: outgoing;source=\"local\";destination=\"internal\"\n");
            _sb.Append(CultureInfo.InvariantCulture, $"Peer: {peer}\nMessage-Type: {(response ? "response" : "request")}\nStart-Line: {startLine}\n");
            _sb.Append(CultureInfo.InvariantCulture, $"From: {from}\nTo: {to}\nCall-ID: {callId}\nCSeq: {cseq} {method}\n");
            foreach (var header in extra)
            {
                _sb.Append(header).Append('\n');
            }

            _sb.Append("Content-Length: 0\nMessage-Body: -\n$$end_record\n");
        }

        public void Diagnostic(double seconds, string level, string text, string? callId = null, string? startLine = null, string? peer = null)
        {
            _sb.Append(Head(level, "TF_DIAG", seconds, "SIPAdminLog::WriteDiagnosticEvent", 833)).Append(CultureInfo.InvariantCulture, $" [{_correlation}] $$begin_record\n");
            _sb.Append(CultureInfo.InvariantCulture, $"Severity: {(level == "TL_ERROR" ? "error" : "warning")}\nText: {text}\n");
            if (startLine is not null)
            {
                _sb.Append(CultureInfo.InvariantCulture, $"SIP-Start-Line: {startLine}\nSIP-Call-ID: {callId}\n");
            }

            if (peer is not null)
            {
                _sb.Append(CultureInfo.InvariantCulture, $"Peer: {peer}\n");
            }

            _sb.Append("$$end_record\n");
        }

        public void Connection(double seconds, string level, string text, string peerIp, string peerFqdn, string? resultCode = null)
        {
            _sb.Append(Head(level, "TF_CONNECTION", seconds, "SIPAdminLog::WriteConnectionEvent", 1012)).Append(CultureInfo.InvariantCulture, $" [{_correlation}] $$begin_record\n");
            _sb.Append("LogType: connection\n");
            if (level == "TL_ERROR")
            {
                _sb.Append("Severity: error\n");
            }

            _sb.Append(CultureInfo.InvariantCulture, $"Text: {text}\nPeer-IP: {peerIp}\nPeer-FQDN: {peerFqdn}\nTransport: TLS\n");
            if (resultCode is not null)
            {
                _sb.Append(CultureInfo.InvariantCulture, $"Result-Code: {resultCode}\n");
            }

            _sb.Append("$$end_record\n");
        }
    }

    private static string Trace(BundleSpec spec)
    {
        var trace = new TraceText();
        var owa = $"{BundleSpec.MailboxFqdn}:5075";
        var owaApp = $"{BundleSpec.MailboxFqdn}:5199";
        var owaIp = BundleSpec.MailboxIp;

        // The Edge's keep-alive: the trace is never only OWA's traffic, and an empty search would say nothing.
        trace.Message(30, incoming: true, "dmz-edge01.litwareinc.com:5061", $"OPTIONS sip:{BundleSpec.Pool}:5061;transport=tls SIP/2.0", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", 1, "OPTIONS",
            "<sip:dmz-edge01.litwareinc.com>;tag=e1e2", $"<sip:{BundleSpec.Pool}>");
        trace.Message(30.002, incoming: false, "dmz-edge01.litwareinc.com:5061", "SIP/2.0 200 OK", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", 1, "OPTIONS",
            "<sip:dmz-edge01.litwareinc.com>;tag=e1e2", $"<sip:{BundleSpec.Pool}>;tag=F00D0001");
        if (spec.TraceHasConnectionRecords)
        {
            trace.Connection(29.99, "TL_INFO", "TLS negotiation succeeded", "192.168.30.5:5061", "dmz-edge01.litwareinc.com");
        }

        if (spec.Trace == FrontEndTrace.NoOwaTraffic)
        {
            return trace.ToString();
        }

        if (spec.TraceHasConnectionRecords && spec.Trace is FrontEndTrace.Healthy or FrontEndTrace.UserNotFound or FrontEndTrace.UmRouting)
        {
            trace.Connection(59.9, "TL_INFO", "TLS negotiation succeeded", $"{owaIp}:5075", BundleSpec.MailboxFqdn);
        }

        foreach (var (user, i) in spec.Users.Where(u => u.LyncEnabled).Select((u, i) => (u, i)))
        {
            var t = 60.0 + (i * 60) + 0.1;
            var uri = $"sip:{user.Alias}@{BundleSpec.Domain}";
            var callId = $"{i + 1:x2}{Hex(user.Alias)}0718293a4b5c6d7e8f90a1b2c3d".Substring(0, 32);
            var from = $"<{uri}>;tag={i + 1:x4}a1;epid=0f{i + 1:x2}e2d3c4";
            switch (spec.Trace)
            {
                case FrontEndTrace.CertificateNameMismatch:
                    trace.Diagnostic(t, "TL_ERROR", "Message cannot be routed because the peer's certificate does not contain a matching FQDN Result-Code: 0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH",
                        callId, $"SERVICE sip:{BundleSpec.MailboxFqdn}@{BundleSpec.Domain} SIP/2.0", owaApp);
                    trace.Message(t + 0.01, incoming: true, owaApp, "SIP/2.0 504 Server time-out", callId, 3, "SERVICE", $"<sip:{BundleSpec.Pool}>;tag=5a{i:x2}", $"<sip:{BundleSpec.MailboxFqdn}@{BundleSpec.Domain}>;tag=6b{i:x2}",
                        $"ms-diagnostics: 1010;reason=\"Certificate trust with another server could not be established\";ErrorType=\"The peer certificate does not contain the expected FQDN\";HRESULT=\"0x80090322(SEC_E_WRONG_PRINCIPAL)\";source=\"{BundleSpec.Pool}\"");
                    continue;
                case FrontEndTrace.CertificateUntrusted:
                    trace.Connection(t, "TL_ERROR", "The peer certificate was not trusted", $"{owaIp}:5199", BundleSpec.MailboxFqdn, "0x80090325 SEC_E_UNTRUSTED_ROOT");
                    continue;
                case FrontEndTrace.NotAConfiguredServer:
                    trace.Diagnostic(t, "TL_ERROR", "The peer is not a configured server on this network interface", peer: $"{owaIp}:5075");
                    continue;
                case FrontEndTrace.ConnectionRefused:
                    trace.Connection(t, "TL_ERROR", "Failed to connect to a peer server", $"{owaIp}:5199", BundleSpec.MailboxFqdn, "0x8007274D WSAECONNREFUSED");
                    trace.Message(t + 1.01, incoming: true, owaApp, "SIP/2.0 504 Server time-out", callId, 3, "SERVICE", $"<sip:{BundleSpec.Pool}>;tag=5a{i:x2}", $"<sip:{BundleSpec.MailboxFqdn}@{BundleSpec.Domain}>;tag=6b{i:x2}",
                        $"ms-diagnostics: 1046;reason=\"Failed to connect to a peer server\";WinsockFailureCode=\"10061(WSAECONNREFUSED)\";WinsockFailureDescription=\"The peer actively refused the connection attempt\";Peer=\"{BundleSpec.MailboxFqdn}\";Port=\"5199\";source=\"{BundleSpec.Pool}\"");
                    continue;
                case FrontEndTrace.TimeSkew:
                    trace.Connection(t, "TL_ERROR", "TLS negotiation failed", $"{owaIp}:5075", BundleSpec.MailboxFqdn, "0x80090324 SEC_E_TIME_SKEW");
                    continue;
            }

            // OWA's endpoint is a UCMA application: its requests say RTCC/<UCMA version> (the application token is a guess).
            trace.Message(t, incoming: true, owa, $"REGISTER sip:{BundleSpec.Domain} SIP/2.0", callId, 1, "REGISTER", from, $"<{uri}>", OwaUserAgent);
            trace.Message(t + 0.03, incoming: false, owa, "SIP/2.0 200 OK", callId, 1, "REGISTER", from, $"<{uri}>;tag=C0DE{i:x4}");
            trace.Message(t + 0.2, incoming: true, owa, $"SUBSCRIBE {uri} SIP/2.0", callId + "1", 1, "SUBSCRIBE", from, $"<{uri}>", "Event: vnd-microsoft-roaming-self", OwaUserAgent);
            trace.Message(t + 0.22, incoming: false, owa, "SIP/2.0 200 OK", callId + "1", 1, "SUBSCRIBE", from, $"<{uri}>;tag=C1DE{i:x4}");
            trace.Message(t + 0.3, incoming: true, owa, $"SERVICE {uri} SIP/2.0", callId + "2", 1, "SERVICE", from, $"<{uri}>", OwaUserAgent);
            trace.Message(t + 0.31, incoming: false, owa, "SIP/2.0 200 OK", callId + "2", 1, "SERVICE", from, $"<{uri}>;tag=C2DE{i:x4}");
            trace.Message(t + 0.5, incoming: false, owa, $"BENOTIFY {uri} SIP/2.0", callId + "1", 2, "BENOTIFY", $"<{uri}>;tag=C1DE{i:x4}", from, "Event: vnd-microsoft-roaming-self");
            if (spec.Trace == FrontEndTrace.UserNotFound && i == 0)
            {
                var missing = spec.Users.First(u => !u.LyncEnabled);
                var target = $"sip:{missing.Alias}@{BundleSpec.Domain}";
                trace.Message(t + 0.6, incoming: true, owa, $"SUBSCRIBE {target} SIP/2.0", callId + "3", 1, "SUBSCRIBE", from, $"<{target}>", "Event: presence");
                trace.Message(t + 0.62, incoming: false, owa, "SIP/2.0 404 Not Found", callId + "3", 1, "SUBSCRIBE", from, $"<{target}>;tag=C3DE{i:x4}",
                    $"ms-diagnostics: 4005;reason=\"Destination URI either not enabled for SIP or does not exist\";source=\"{BundleSpec.Pool}\"");
            }

            if (spec.Trace == FrontEndTrace.UmRouting && i == 0)
            {
                trace.Message(t + 0.7, incoming: true, owa, $"SERVICE {uri} SIP/2.0", callId + "4", 2, "SERVICE", from, $"<{uri}>");
                trace.Message(t + 0.72, incoming: false, owa, "SIP/2.0 500 The server encountered an unexpected internal error", callId + "4", 2, "SERVICE", from, $"<{uri}>;tag=C4DE{i:x4}",
                    $"ms-diagnostics: 15000;reason=\"Failed to read user properties\";source=\"{BundleSpec.Pool}\";appName=\"ExumRouting\"");
            }
        }

        return trace.ToString();
    }

    private const string OwaUserAgent = "User-Agent: RTCC/5.0.0.0 OWA";

    private static string Hex(string text) => Convert.ToHexString(Encoding.ASCII.GetBytes(text)).ToLowerInvariant();

    private static string LyncShell(BundleSpec spec)
    {
        var sb = new StringBuilder();
        void Command(string command) => sb.Append(CultureInfo.InvariantCulture, $"PS C:\\Users\\admin> {command}\n\n");
        void Object(params (string Name, string Value)[] properties)
        {
            var width = properties.Max(p => p.Name.Length);
            foreach (var (name, value) in properties)
            {
                sb.Append(name.PadRight(width)).Append(" :").Append(value.Length == 0 ? string.Empty : " " + value).Append('\n');
            }

            sb.Append('\n');
        }

        Command("Get-CsTrustedApplicationPool | fl");
        foreach (var pool in spec.TrustedPools)
        {
            Object(("Identity", "TrustedApplicationPool:" + pool.Fqdn), ("Registrar", "Registrar:" + pool.Registrar), ("FileStore", string.Empty), ("ThrottleAsServer", "True"),
                ("TreatAsAuthenticated", "True"), ("OutboundOnly", "False"), ("RequiresReplication", "False"), ("Applications", "{urn:application:outlookwebapp}"),
                ("DependentServiceList", "{}"), ("ServiceId", "1-ExternalServer-1"), ("SiteId", pool.SiteId), ("PoolFqdn", pool.Fqdn), ("Version", "6"), ("Role", "TrustedApplicationPool"));
        }

        Command("Get-CsTrustedApplication | fl");
        foreach (var pool in spec.TrustedPools)
        {
            Object(("Identity", pool.Fqdn + "/urn:application:outlookwebapp"), ("ComputerGruus", "{}"), ("Protocol", "Mtls"), ("ApplicationId", "urn:application:outlookwebapp"),
                ("TrustedApplicationPoolFqdn", pool.Fqdn), ("Port", "5199"), ("LegacyApplicationName", "outlookwebapp"));
        }

        Command("Get-CsSite | fl Identity,SiteId,DisplayName");
        foreach (var (identity, siteId, display) in spec.Sites)
        {
            Object(("Identity", identity), ("SiteId", siteId.ToString(CultureInfo.InvariantCulture)), ("DisplayName", display));
        }

        Command("Get-CsUser | fl SipAddress,Enabled,RegistrarPool");
        foreach (var u in spec.Users)
        {
            Object(("SipAddress", u.LyncEnabled ? $"sip:{u.Alias}@{BundleSpec.Domain}" : string.Empty), ("Enabled", u.LyncEnabled ? "True" : "False"), ("RegistrarPool", u.LyncEnabled ? BundleSpec.Pool : string.Empty));
        }

        return sb.ToString();
    }

    /// <summary><c>wevtutil qe "Lync Server" /f:xml</c>: one <c>&lt;Event&gt;</c> fragment after another, no root, no line breaks.</summary>
    private static string LyncEvents(BundleSpec spec)
    {
        var events = new List<(double Seconds, string Provider, ushort Id, byte Level, string[] Data)>
        {
            (-1800, "LS Protocol Stack", 14492, 4, [string.Join(";", spec.TrustedPools.Select(p => p.Fqdn).Append(BundleSpec.Pool))]),
        };
        events.AddRange(spec.LyncEvents.Select(e => (60.2, e.Provider, e.Id, e.Level, e.Data)));
        var sb = new StringBuilder();
        foreach (var (e, i) in events.OrderBy(e => e.Seconds).Select((e, i) => (e, i)))
        {
            var qualifiers = e.Level switch { 2 => 50153, 3 => 34769, _ => 16384 };
            var time = BundleSpec.Start.AddSeconds(e.Seconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='{e.Provider}'/><EventID Qualifiers='{qualifiers}'>{e.Id}</EventID>");
            sb.Append(CultureInfo.InvariantCulture, $"<Level>{e.Level}</Level><Task>1001</Task><TimeCreated SystemTime='{time}'/><EventRecordID>{9120 + i}</EventRecordID><Channel>Lync Server</Channel>");
            sb.Append("<Computer>ATL-CS-001.litwareinc.com</Computer></System><EventData>");
            foreach (var data in e.Data)
            {
                sb.Append("<Data>").Append(System.Security.SecurityElement.Escape(data)).Append("</Data>");
            }

            sb.Append("</EventData></Event>");
        }

        return sb.ToString();
    }
}
