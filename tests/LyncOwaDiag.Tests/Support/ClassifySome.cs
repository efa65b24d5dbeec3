using LyncOwaDiag.Classification.Engine;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Support;

/// <summary>Events of every source, built directly, and a classifier run over them with rules given as YAML text.</summary>
internal static class ClassifySome
{
    public static readonly DateTimeOffset T0 = new(2013, 5, 14, 9, 0, 0, TimeSpan.Zero);

    private static long _line;

    private static SourceLocation At(string file) => new(file, ++_line, _line, 0);

    public static TimelineEvent EventLog(string provider, int id, int seconds = 0, string host = "ATL-MBX-001", string file = "Application.evtx", int level = 2, params string[] data) => new()
    {
        Timestamp = T0.AddSeconds(seconds),
        TimeQuality = TimeQuality.Exact,
        Source = EventSource.EventLog,
        Host = host,
        Severity = EventLogSeverity(level),
        Kind = "event",
        Summary = $"{provider} {id}: {string.Join(" | ", data)}",
        Payload = new EventLogRecord { Provider = provider, EventId = id, Level = level, Channel = "Application", Data = data.Select(d => new EventDataItem(null, d)).ToList() },
        Location = At(file),
    };

    public static TimelineEvent ImRow(string message, string context, int seconds = 0, string host = "ATL-MBX-001", string? thumbprint = null, string? user = null) => new()
    {
        Timestamp = T0.AddSeconds(seconds),
        TimeQuality = TimeQuality.Exact,
        Source = EventSource.OwaIm,
        Host = host,
        Severity = Severity.Error,
        Kind = "owa.im.error",
        Summary = context,
        Payload = new OwaImEntry { Level = 1, Context = context, Message = message, Thumbprint = thumbprint, User = user },
        Location = At("20130514-1.LOG"),
    };

    public static TimelineEvent Sip(string startLine, string callId, int seconds = 0, string host = "ATL-CS-001", int? status = null, string? method = null, string cseqMethod = "INVITE", string? userAgent = null, string? requestUserAgent = null, string? peer = null, string? to = null, params string[] diagnostics) => new()
    {
        Timestamp = T0.AddSeconds(seconds),
        TimeQuality = TimeQuality.AssumedUtc,
        Source = EventSource.SipStack,
        Host = host,
        Severity = status >= 400 ? Severity.Warning : Severity.Info,
        Kind = status is null ? "sip.request" : "sip.response",
        Summary = startLine,
        Payload = new SipMessage
        {
            Origin = new TraceOrigin { Level = "INFO", Flag = "PROTOCOL", Bracket = "0", ProcessId = 1, ThreadId = 1, Component = "SIPStack", Function = "SIPAdminLog::TraceProtocolRecord", SourceFile = "SIPAdminLog.cpp", SourceLine = 1 },
            StartLine = startLine,
            StatusCode = status,
            Method = method,
            CallId = callId,
            CSeqMethod = cseqMethod,
            CSeqNumber = 1,
            UserAgent = userAgent,
            RequestUserAgent = requestUserAgent,
            Peer = peer,
            ToUri = to,
            DiagnosticHeaders = diagnostics.Select(d => new SipHeaderValue("ms-diagnostics", d)).ToList(),
        },
        Keys = [new EventKey(KeyKind.CallId, callId)],
        Location = At("trace.txt"),
    };

    /// <summary>A SIPStack connection record (TF_CONNECTION) with its text and, when given, the Data field's fqdn.</summary>
    public static TimelineEvent SipRecord(string text, string? dataFqdn, int seconds = 0, string host = "ATL-CS-001") => new()
    {
        Timestamp = T0.AddSeconds(seconds),
        TimeQuality = TimeQuality.AssumedUtc,
        Source = EventSource.SipStack,
        Host = host,
        Severity = Severity.Error,
        Kind = "sipstack.record",
        Summary = text,
        Payload = new SipStackRecord
        {
            Origin = new TraceOrigin { Level = "ERROR", Flag = "CONNECTION", Bracket = "0", ProcessId = 1, ThreadId = 1, Component = "SIPStack", Function = "SIPAdminLog::WriteConnectionEvent", SourceFile = "SIPAdminLog.cpp", SourceLine = 1 },
            LogType = "connection",
            Text = text,
            Connection = new SipStackConnection { Transport = "TLS", DataFqdn = dataFqdn, Data = dataFqdn is null ? null : $"fqdn=\"{dataFqdn}\"" },
        },
        Location = At("trace.txt"),
    };

    public static TimelineEvent Fact(string scope, string? obj, string name, string value, string file, string host = "ATL-MBX-001", IReadOnlyList<string>? items = null, DateTime? date = null, string? note = null) => new()
    {
        Timestamp = T0,
        TimeQuality = TimeQuality.Exact,
        Source = EventSource.Config,
        Host = host,
        Severity = Severity.Info,
        Kind = "config.fact",
        Summary = $"{scope} {obj}: {name} = {value}",
        Payload = new ConfigFact { Scope = scope, Object = obj, Name = name, Value = value, Items = items ?? [], Date = date, Note = note },
        Location = At(file),
    };

    public static RuleSet Rules(string yaml)
    {
        using var folder = new TempFolder();
        folder.File("rules.yaml", yaml);
        var rules = RuleSet.LoadFolderOnly(folder.Path);
        Assert.True(rules.Errors.Count == 0, string.Join(Environment.NewLine, rules.Errors));
        return rules;
    }

    public static LyncOwaDiag.Classification.Engine.Classification Run(RuleSet rules, IEnumerable<TimelineEvent> events, IReadOnlyList<ClockSkew>? skews = null)
    {
        var classifier = new Classifier(rules);
        foreach (var e in events.OrderBy(e => e.Timestamp))
        {
            classifier.Observe(e);
        }

        return classifier.Complete([], skews ?? []);
    }

    /// <summary>A rule with the given id and match block; fix and cause may use placeholders.</summary>
    public static string Rule(string id, string match, string cause = "cause {host|?}", string fix = "do it", string command = "cmd {host|?}", string extra = "") => $"""
        rules:
          - id: {id}
            title: {id} title
            severity: error
            confidence: high
            versions: {"{"} exchange: [2013, 2016, 2019] {"}"}
            cause: {Quote(cause)}
            fix:
              - text: {Quote(fix)}
                command: {Quote(command)}
            references: [Enabling Instant Messaging on Outlook Web App]
        {extra}
            match:
        {match}
        """;

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static Severity EventLogSeverity(int level) => level switch { 1 => Severity.Critical, 2 => Severity.Error, 3 => Severity.Warning, _ => Severity.Info };
}
