namespace LyncOwaDiag.Inputs;

/// <summary>
/// The header and level words of Event Viewer's CSV/TXT export in one display language, with the culture its dates
/// are written in and where we have the words from. Unverified rows are our translation and say so; an unknown
/// header is read by column position with a diagnostic.
/// </summary>
public sealed record EventExportLanguage(
    string Code,
    string Culture,
    IReadOnlyList<string> Header,
    IReadOnlyDictionary<string, int> Levels,
    bool Verified,
    string Source)
{
    private static Dictionary<string, int> L(string critical, string error, string warning, string information, string verbose) =>
        new(StringComparer.OrdinalIgnoreCase) { [critical] = 1, [error] = 2, [warning] = 3, [information] = 4, [verbose] = 5 };

    public static readonly IReadOnlyList<EventExportLanguage> All =
    [
        new("en", "en-US", ["Level", "Date and Time", "Source", "Event ID", "Task Category"], L("Critical", "Error", "Warning", "Information", "Verbose"), true,
            "docs/formats.md#event-viewer-csv-and-text: a real Event Viewer CSV export"),
        new("en-security", "en-US", ["Keywords", "Date and Time", "Source", "Event ID", "Task Category"], new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Audit Success"] = 4, ["Audit Failure"] = 3 }, true,
            "docs/formats.md#event-viewer-csv-and-text: Security log variant with Keywords"),
        new("de", "de-DE", ["Ebene", "Datum und Uhrzeit", "Quelle", "Ereignis-ID", "Aufgabenkategorie"], L("Kritisch", "Fehler", "Warnung", "Informationen", "Ausführlich"), true,
            "docs/formats.md#event-viewer-csv-and-text: German export (header, 'Informationen', 'Fehler' confirmed; 'Warnung', 'Kritisch', 'Ausführlich' unverified)"),
        new("fr", "fr-FR", ["Niveau", "Date et heure", "Source", "ID de l’événement", "Catégorie de la tâche"], L("Critique", "Erreur", "Avertissement", "Information", "Commentaires"), false,
            "unverified: our translation ('Avertissement' is confirmed as the fr-FR level word by the XML export in docs/formats.md#event-viewer-csv-and-text)"),
        new("es", "es-ES", ["Nivel", "Fecha y hora", "Origen", "Id. del evento", "Categoría de la tarea"], L("Crítico", "Error", "Advertencia", "Información", "Detallado"), false,
            "unverified: our translation"),
        new("it", "it-IT", ["Livello", "Data e ora", "Origine", "ID evento", "Categoria attività"], L("Critico", "Errore", "Avviso", "Informazioni", "Dettagliato"), false,
            "unverified: our translation"),
        new("pt", "pt-BR", ["Nível", "Data e Hora", "Fonte", "Identificação do Evento", "Categoria da Tarefa"], L("Crítico", "Erro", "Aviso", "Informações", "Detalhado"), false,
            "unverified: our translation"),
        new("ja", "ja-JP", ["レベル", "日付と時刻", "ソース", "イベント ID", "タスクのカテゴリ"], L("重大", "エラー", "警告", "情報", "詳細"), false,
            "unverified: our translation"),
    ];

    /// <summary>The language whose header the first line is (comma or tab separated, apostrophes compared loosely).</summary>
    public static EventExportLanguage? Of(string headerLine)
    {
        var fields = headerLine.Split(headerLine.Contains('\t', StringComparison.Ordinal) ? '\t' : ',').Select(Normalise).ToArray();
        return All.FirstOrDefault(l => fields.Length >= l.Header.Count && l.Header.Select(Normalise).SequenceEqual(fields.Take(l.Header.Count), StringComparer.OrdinalIgnoreCase));
    }

    private static string Normalise(string field) => field.Trim().Trim('"').Replace('\u2019', '\'');
}
