using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.ExchangeLog;

/// <summary>
/// The header block an Exchange log row is read under, and the block being collected: its <c>#</c> lines become one
/// header event (so they are accounted for, and a restart of the writer shows on the timeline).
/// </summary>
internal sealed class HeaderState
{
    private string? _software;
    private string? _version;
    private bool _csvCompatible;
    private long _firstLine;
    private long _lastLine;
    private long _offset;

    public IReadOnlyList<string> Fields { get; private set; } = [];

    public string? LogType { get; private set; }

    public DateTimeOffset? Date { get; private set; }

    public DateTimeOffset? LastTime { get; set; }

    /// <summary>True while header lines are being collected and no row has come since.</summary>
    public bool InBlock => _firstLine > 0;

    public int TimeIndex { get; private set; } = -1;

    public int ContextIndex { get; private set; } = -1;

    public int LevelIndex { get; private set; } = -1;

    public int ThreadIndex { get; private set; } = -1;

    /// <summary>The OWA IM log: the "Sync Logs" writer with its <c>context</c> and <c>logentry-id</c> fields.</summary>
    public bool IsInstantMessaging => ContextIndex >= 0 && Index("logentry-id") >= 0;

    public void AcceptHeaderLine(string text, long line, long offset)
    {
        Begin(line, offset);
        _lastLine = line;
        var colon = text.IndexOf(':');
        var name = colon > 0 ? text[1..colon].Trim() : text[1..].Trim();
        var value = colon > 0 ? text[(colon + 1)..].Trim() : string.Empty;
        switch (name.ToLowerInvariant())
        {
            case "software":
                _software = value;
                break;
            case "version":
                _version = value;
                break;
            case "log-type":
                LogType = value;
                break;
            case "date":
                Date = ExchangeLogTime.TryParse(value, out var date) ? date : Date;
                break;
            case "fields":
                SetFields(value.Split(',').Select(f => f.Trim()).ToArray());
                break;
        }
    }

    public void StartCsvCompatible(string[] names, long line, long offset)
    {
        Begin(line, offset);
        _lastLine = line;
        _csvCompatible = true;
        SetFields(names);
    }

    /// <summary>Closes the block being collected, if any, as one header event.</summary>
    public TimelineEvent? Complete(DateTimeOffset? nextRowTime, ReadContext context)
    {
        if (!InBlock)
        {
            return null;
        }

        var header = new ExchangeLogHeader
        {
            Software = _software,
            Version = _version,
            LogType = LogType,
            Date = Date,
            Fields = Fields,
            CsvCompatible = _csvCompatible,
        };
        var time = Date ?? nextRowTime ?? LastTime ?? DateTimeOffset.UnixEpoch;
        var summary = $"{LogType ?? "Exchange"} log header: {_software} {_version}".TrimEnd() + (Fields.Count > 0 ? $", {Fields.Count} fields" : ", no #Fields");
        var made = new TimelineEvent
        {
            Timestamp = time,
            TimeQuality = TimeQuality.Exact,
            Source = IsInstantMessaging ? EventSource.OwaIm : EventSource.ExchangeLog,
            Host = context.FileHost,
            Severity = Severity.Verbose,
            Kind = IsInstantMessaging ? "owa.im.header" : "exchange.log.header",
            Summary = summary,
            Payload = header,
            Location = new SourceLocation(context.File, _firstLine, _lastLine, _offset),
        };
        _firstLine = 0;
        _csvCompatible = false;
        return made;
    }

    private void Begin(long line, long offset)
    {
        if (_firstLine == 0)
        {
            _firstLine = line;
            _offset = offset;
            _software = _version = null;
        }
    }

    private void SetFields(string[] names)
    {
        Fields = names;
        TimeIndex = FirstIndex("date-time", "datetime", "date", "time", "timestamp");
        ContextIndex = Index("context");
        LevelIndex = Index("level");
        ThreadIndex = Index("thread-id");
    }

    private int FirstIndex(params string[] names)
    {
        foreach (var name in names)
        {
            var index = Index(name);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    private int Index(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
