using System.Globalization;
using System.Text;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// An event-log record written out for the detail pane, for inputs whose records have no text to re-read (EVTX is
/// binary): the fields Event Viewer shows, the message, then the event data.
/// </summary>
public static class EventRecordText
{
    public static string? Render(TimelineEvent e)
    {
        if (e.Payload is not EventLogRecord r)
        {
            return null;
        }

        var text = new StringBuilder();
        void Field(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } s)
            {
                text.Append(name).Append(": ").Append(s).Append('\n');
            }
        }

        Field("Log Name", r.Channel);
        Field("Source", r.Provider);
        Field("Event ID", r.EventId.ToString(CultureInfo.InvariantCulture));
        Field("Level", r.Level?.ToString(CultureInfo.InvariantCulture));
        Field("Task Category", r.Task?.ToString(CultureInfo.InvariantCulture));
        Field("Keywords", r.Keywords);
        Field("Record", r.RecordId?.ToString(CultureInfo.InvariantCulture));
        Field("Computer", r.Computer);
        if (r.Message is { Length: > 0 } message)
        {
            text.Append("Message:\n").Append(message.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        if (r.Data.Count > 0)
        {
            text.Append("Event data:\n");
            foreach (var item in r.Data)
            {
                text.Append("  ").Append(item.Name is { Length: > 0 } n ? n + ": " : string.Empty).Append(item.Value).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}
