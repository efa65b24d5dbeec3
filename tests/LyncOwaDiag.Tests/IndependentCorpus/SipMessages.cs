namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Texts that recur in traces: user agents, the server header, presence documents.</summary>
internal static class SipMessages
{
    public const string OwaUserAgent = "User-Agent: RTCC/5.0.0.0 OWA";

    public const string ClientUserAgent = "User-Agent: UCCAPI/15.0.4569.1503 OC/15.0.4569.1506 (Microsoft Lync)";

    public const string Server = "Server: RTC/5.0";

    public static string PresencePublish(CorpusUser user) =>
        $"<publish xmlns=\"http://schemas.microsoft.com/2006/09/sip/rich-presence\">\n<publications uri=\"{user.Sip}\">\n<publication categoryName=\"state\" instance=\"1\" container=\"2\" version=\"0\" expireType=\"endpoint\">\n<state xmlns=\"http://schemas.microsoft.com/2006/09/sip/state\" manual=\"false\" xsi:type=\"machineState\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><availability>3500</availability></state>\n</publication>\n</publications>\n</publish>";

    public static string BatchSubscribe(CorpusUser user, IEnumerable<CorpusUser> contacts) =>
        $"<batchSub xmlns=\"http://schemas.microsoft.com/2006/01/sip/batch-subscribe\" uri=\"{user.Sip}\" name=\"\">\n<action name=\"subscribe\" id=\"63792024\">\n<adhocList>\n{string.Concat(contacts.Select(c => $"<resource uri=\"{c.Sip}\"/>\n"))}</adhocList>\n<categoryList xmlns=\"http://schemas.microsoft.com/2006/09/sip/categorylist\">\n<category name=\"state\"/>\n<category name=\"contactCard\"/>\n</categoryList>\n</action>\n</batchSub>";

    public static string PresenceDocument(CorpusUser contact) =>
        $"<categories xmlns=\"http://schemas.microsoft.com/2006/09/sip/categories\" uri=\"{contact.Sip}\">\n<category name=\"state\" instance=\"0\" publishTime=\"{IncidentDay.At(13, 5):yyyy-MM-ddTHH:mm:ss.fff}\"><state xmlns=\"http://schemas.microsoft.com/2006/09/sip/state\" xsi:type=\"aggregateState\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><availability>3500</availability></state></category>\n</categories>";
}
