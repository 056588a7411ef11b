//! The user's own file and the safety of the browser's copy (data page).

crate::i18n::catalogue! { F;
    // A new version (service worker) and the user's own file (top bar; in chunks, so not in the main module's catalogue)
    UpdateReady => "A new version of Keystone is available. Your data stays as it is.", "Eine neue Version von Keystone ist verfügbar. Ihre Daten bleiben, wie sie sind.";
    UpdateReload => "Reload", "Neu laden";
    FileChanged => "{file}: changes not saved to the file", "{file}: Änderungen nicht in der Datei gespeichert";
    FileSaved => "{file}: saved", "{file}: gespeichert";
    SaveToFile => "Save to file", "In Datei speichern";
    FileTitle => "Your own file", "Eigene Datei";
    FileText => "Work in a file of your own, such as a client's workspace file: open it here, and Save (Ctrl+S, on a Mac ⌘S) writes your changes back to it. Where the browser cannot write to files (Firefox, Safari), Save downloads the file under the same name.", "Arbeiten Sie in einer eigenen Datei, etwa der Arbeitsbereichsdatei eines Kunden: Öffnen Sie sie hier, und Speichern (Strg+S, auf dem Mac ⌘S) schreibt Ihre Änderungen in sie zurück. Wo der Browser nicht in Dateien schreiben kann (Firefox, Safari), lädt Speichern die Datei unter demselben Namen herunter.";
    FileNone => "No file is open. Save asks where to save the workspace.", "Keine Datei geöffnet. Speichern fragt, wohin der Arbeitsbereich gespeichert werden soll.";
    FileOpen => "Open file: “{file}”.", "Geöffnete Datei: „{file}“.";
    FileHasChanges => "The workspace has changes not yet saved to it.", "Der Arbeitsbereich hat Änderungen, die noch nicht darin gespeichert sind.";
    FileUpToDate => "It holds every change.", "Sie enthält alle Änderungen.";
    OpenFile => "Open file…", "Datei öffnen…";
    OpenFileInput => "Choose a workspace file to open", "Arbeitsbereichsdatei zum Öffnen wählen";
    Save => "Save", "Speichern";
    SaveAs => "Save as…", "Speichern unter…";
    SaveAsName => "File name", "Dateiname";
    SaveAsDownload => "Download", "Herunterladen";
    Saved => "Saved to “{file}”.", "In „{file}“ gespeichert.";
    Downloaded => "Downloaded “{file}” (this browser cannot write to files directly).", "„{file}“ heruntergeladen (dieser Browser kann nicht direkt in Dateien schreiben).";
    SaveFailed => "Could not save to “{file}”: {reason}. Your work is safe in this browser.", "Speichern in „{file}“ nicht möglich: {reason}. Ihre Arbeit ist in diesem Browser sicher.";
    OpenFailed => "The file could not be opened: {reason}", "Die Datei konnte nicht geöffnet werden: {reason}";
    NotAllowed => "the browser did not allow access to the file", "der Browser hat den Zugriff auf die Datei nicht erlaubt";
    Opened => "Opened “{file}”. Save (Ctrl+S) writes back to it.", "„{file}“ geöffnet. Speichern (Strg+S) schreibt in sie zurück.";
    OpenConfirm => "Open this file (replaces the workspace)", "Diese Datei öffnen (ersetzt den Arbeitsbereich)";
    // Where the data is
    SafetyTitle => "Where your data is", "Wo Ihre Daten liegen";
    SafetyText => "Keystone keeps the workspace in this browser on this device, and nowhere else: no server ever receives it, and another browser or device does not see it. Clearing the browser's site data or history deletes it, and so do private windows when they close and some privacy modes. Export a copy regularly, or save to a file of your own.", "Keystone speichert den Arbeitsbereich in diesem Browser auf diesem Gerät und nirgends sonst: Kein Server erhält ihn, und ein anderer Browser oder ein anderes Gerät sieht ihn nicht. Das Löschen der Websitedaten oder des Verlaufs im Browser löscht ihn, ebenso private Fenster beim Schließen und manche Datenschutzmodi. Exportieren Sie regelmäßig eine Kopie, oder speichern Sie in eine eigene Datei.";
    LastCopy => "Last copy: {when}, “{file}”.", "Letzte Kopie: {when}, „{file}“.";
    NoCopy => "No copy has been exported or saved to a file from this browser yet.", "Aus diesem Browser wurde noch keine Kopie exportiert oder in eine Datei gespeichert.";
    PersistAsking => "Asking the browser to keep the data…", "Der Browser wird gebeten, die Daten zu behalten…";
    PersistGranted => "Persistent storage granted: the browser keeps this data even when disk space runs low.", "Dauerhafte Speicherung gewährt: Der Browser behält diese Daten auch bei knappem Speicherplatz.";
    PersistNotGranted => "Persistent storage not granted: the browser may delete this data when disk space runs low. Installing Keystone as an app or bookmarking it makes some browsers grant it.", "Dauerhafte Speicherung nicht gewährt: Der Browser darf diese Daten bei knappem Speicherplatz löschen. Wenn Sie Keystone als App installieren oder ein Lesezeichen setzen, gewähren manche Browser sie.";
    PersistUnsupported => "This browser cannot be asked to keep the data for good.", "Dieser Browser kann nicht gebeten werden, die Daten dauerhaft zu behalten.";
    StoredUse => "The workspace and its backup are kept in this browser (IndexedDB). Keystone uses {used} of the {total} the browser grants this site ({share}), the offline copy of the app included.", "Arbeitsbereich und Sicherung liegen in diesem Browser (IndexedDB). Keystone belegt {used} der {total}, die der Browser dieser Website gewährt ({share}), einschließlich der Offline-Kopie der Anwendung.";
    StoredUseNoQuota => "The workspace and its backup are kept in this browser (IndexedDB). Keystone uses {used}, the offline copy of the app included.", "Arbeitsbereich und Sicherung liegen in diesem Browser (IndexedDB). Keystone belegt {used}, einschließlich der Offline-Kopie der Anwendung.";
    StorageBlocked => "This browser blocks storage for this site (IndexedDB): nothing can be kept here. Export before you close the tab.", "Dieser Browser sperrt den Speicher für diese Website (IndexedDB): Hier kann nichts gespeichert werden. Exportieren Sie, bevor Sie den Tab schließen.";
    StorageFull => "The browser's storage for this site is almost full: saving may soon fail. Export the workspace, and remove what you no longer need.", "Der Browser-Speicher dieser Website ist fast voll: Das Speichern kann bald scheitern. Exportieren Sie den Arbeitsbereich, und entfernen Sie, was Sie nicht mehr brauchen.";
    OfflineReady => "Keystone is stored in this browser for offline use: it opens without a connection.", "Keystone ist in diesem Browser für die Offline-Nutzung gespeichert: Es öffnet sich auch ohne Verbindung.";
    OfflineNot => "Keystone is not stored for offline use in this browser (yet).", "Keystone ist in diesem Browser (noch) nicht für die Offline-Nutzung gespeichert.";
}
