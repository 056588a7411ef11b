//! The import / export page.

crate::i18n::catalogue! { D;
    // Data page
    DataTitle => "Import and export", "Import und Export";
    WorkspaceName => "Workspace name", "Name des Arbeitsbereichs";
    Currency => "Currency", "Währung";
    CurrencyHint => "Labels every amount (revenue, margin, potential, cost); amounts are not converted.", "Gilt für alle Beträge (Umsatz, Deckungsbeitrag, Potenzial, Kosten); Beträge werden nicht umgerechnet.";
    ExportTitle => "Export", "Export";
    ExportText => "Download the whole workspace as a JSON file. Keep it as a backup or send it to a colleague.", "Laden Sie den gesamten Arbeitsbereich als JSON-Datei herunter. Als Sicherung oder zum Weitergeben.";
    ExportButton => "Export workspace", "Arbeitsbereich exportieren";
    ImportTitle => "Import", "Import";
    ImportText => "Choose a Keystone file (.json) or drop it here. It is checked first; nothing changes until you confirm.", "Wählen Sie eine Keystone-Datei (.json) oder ziehen Sie sie hierher. Sie wird zuerst geprüft; nichts ändert sich, bevor Sie bestätigen.";
    ChooseFile => "Choose a file to import", "Datei zum Importieren wählen";
    DropHere => "Drop a file here", "Datei hier ablegen";
    HandedToSheet => "“{file}” is a spreadsheet: it is read here as a customer list.", "„{file}“ ist eine Tabelle: Sie wird hier als Kundenliste gelesen.";
    ImportRefused => "“{file}” was not imported: {reason}", "„{file}“ wurde nicht importiert: {reason}";
    ImportChecking => "Checking “{file}”…", "„{file}“ wird geprüft …";
    ImportStopCheck => "Cancel checking “{file}”", "Prüfung von „{file}“ abbrechen";
    ImportStopped => "The check of “{file}” was stopped. Nothing was changed.", "Die Prüfung von „{file}“ wurde abgebrochen. Es wurde nichts geändert.";
    ImportSummary => "“{file}”: {accounts} accounts ({key} key accounts), exported {when} by {version}.", "„{file}“: {accounts} Kunden ({key} Key Accounts), exportiert am {when} mit {version}.";
    ImportSummaryUndated => "“{file}”: {accounts} accounts ({key} key accounts), written by {version}; the file does not say when.", "„{file}“: {accounts} Kunden ({key} Key Accounts), geschrieben mit {version}; wann, steht nicht in der Datei.";
    ImportUnknownVersion => "an unknown program", "einem unbekannten Programm";
    ImportReplaceWarning => "Importing replaces your current workspace ({accounts} accounts). The current workspace is kept as a backup you can restore.", "Der Import ersetzt Ihren aktuellen Arbeitsbereich ({accounts} Kunden). Der aktuelle Arbeitsbereich bleibt als Sicherung erhalten und kann wiederhergestellt werden.";
    ImportWarnings => "The file can be imported, but please note:", "Die Datei kann importiert werden, aber bitte beachten Sie:";
    ImportConfirm => "Replace workspace with this file", "Arbeitsbereich durch diese Datei ersetzen";
    ImportSaveCopyFirst => "Export current workspace first", "Aktuellen Arbeitsbereich zuerst exportieren";
    Imported => "Imported “{file}”.", "„{file}“ importiert.";
    BackupTitle => "Backup", "Sicherung";
    BackupText => "The workspace as it was before the last import, sample load or clearing: {accounts} accounts.", "Der Arbeitsbereich vor dem letzten Import, Laden des Beispiels oder Leeren: {accounts} Kunden.";
    NoBackup => "There is no backup yet. One is made whenever an import, the sample or clearing replaces the workspace.", "Es gibt noch keine Sicherung. Sie entsteht, wenn ein Import, das Beispiel oder das Leeren den Arbeitsbereich ersetzt.";
    RestoreBackup => "Restore backup", "Sicherung wiederherstellen";
    Restored => "Backup restored; the replaced workspace is now the backup.", "Sicherung wiederhergestellt; der ersetzte Arbeitsbereich ist jetzt die Sicherung.";
    ClearTitle => "Start over", "Neu beginnen";
    ClearButton => "Clear workspace", "Arbeitsbereich leeren";
    ReplaceWithSample => "Replace with the sample", "Durch das Beispiel ersetzen";
    ConfirmClear => "Remove all {accounts} accounts? The workspace is kept as a backup you can restore.", "Alle {accounts} Kunden entfernen? Der Arbeitsbereich bleibt als Sicherung erhalten.";
    Cleared => "Workspace cleared. The previous one is kept as a backup.", "Arbeitsbereich geleert. Der vorherige bleibt als Sicherung erhalten.";
    ConfirmSample => "Replace the current workspace ({accounts} accounts) with the sample? The current one is kept as a backup.", "Den aktuellen Arbeitsbereich ({accounts} Kunden) durch das Beispiel ersetzen? Der aktuelle bleibt als Sicherung erhalten.";
    BackupNotStored => "The backup could not be written to storage; it is kept in this tab until you close it.", "Die Sicherung konnte nicht gespeichert werden; sie bleibt erhalten, solange dieser Tab offen ist.";
    FileFormatTitle => "File format", "Dateiformat";
    FileFormatText => "Files are JSON with an envelope (format, schema_version, app_version, exported_at, data). Other tools can write them following the published JSON Schema:", "Dateien sind JSON mit einer Hülle (format, schema_version, app_version, exported_at, data). Andere Werkzeuge können sie nach dem veröffentlichten JSON-Schema schreiben:";
}
