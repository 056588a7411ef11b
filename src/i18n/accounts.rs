//! The accounts register, the account form and the account fields.

crate::i18n::catalogue! { A;
    // Accounts register
    AccountsTitle => "Accounts", "Kunden";
    AddAccount => "Add account", "Kunde anlegen";
    Search => "Search by name", "Nach Name suchen";
    FilterKey => "Key accounts", "Key Accounts";
    FilterAll => "All", "Alle";
    FilterOnlyKey => "Only key accounts", "Nur Key Accounts";
    FilterNotKey => "Without key accounts", "Ohne Key Accounts";
    FilterClass => "ABC class", "ABC-Klasse";
    HistoryYear => "Revenue of the year", "Umsatz des Jahres";
    ThinYear => "{year} has revenue for {count} of the {before} customers who bought in {previous}: the others show −100 %. Import the rest of {year}, or choose {previous}.", "{year} hat Umsatz für {count} der {before} Kunden, die {previous} gekauft haben: Die übrigen zeigen −100 %. Importieren Sie den Rest von {year} oder wählen Sie {previous}.";
    ColYearRevenue => "Revenue {year}", "Umsatz {year}";
    ColYearChange => "Change to {year}", "Veränderung zu {year}";
    ColTrend => "Trend {from}–{to}", "Verlauf {from}–{to}";
    TrendOf => "Revenue {from}–{to}: {values}", "Umsatz {from}–{to}: {values}";
    ColName => "Name", "Name";
    ColIndustry => "Industry", "Branche";
    ColRegion => "Region", "Region";
    ColRevenue => "Revenue", "Umsatz";
    // Beside "Revenue 2025": the figure of the customer list, which the ABC analysis uses.
    HeadListRevenue => "List revenue", "Listen\u{AD}umsatz";
    ColMargin => "Contribution margin", "Deckungsbeitrag";
    ColPotential => "Potential", "Potenzial";
    ColShareOfWallet => "Share of wallet", "Lieferanteil";
    // The register's headers of the long German words, with a soft hyphen: the browser
    // breaks them there when the columns need the room (a 1400 px frame with history).
    HeadMargin => "Contribution margin", "Deckungs\u{AD}beitrag";
    HeadShareOfWallet => "Share of wallet", "Liefer\u{AD}anteil";
    ColSince => "Customer since", "Kunde seit";
    ColClass => "Class", "Klasse";
    ColKey => "Key account", "Key Account";
    ColTags => "Tags", "Schlagworte";
    ColNotes => "Notes", "Notizen";
    ColActions => "Actions", "Aktionen";
    DeleteNamed => "Delete {name}", "{name} löschen";
    DeleteKeyTitle => "Delete “{name}” and its key-account work? With it go: {parts}. Undo right after brings all of it back.", "„{name}“ mit seiner Key-Account-Arbeit löschen? Mit gelöscht werden: {parts}. „Rückgängig“ direkt danach bringt alles zurück.";
    DeleteForGood => "Delete", "Löschen";
    PartRoleSteps => "role and selling steps ({n})", "Rollen- und Verkaufsschritte ({n})";
    PartProfiles => "requirement profiles ({n})", "Anforderungsprofile ({n})";
    PartKpis => "scorecard KPIs ({n})", "Scorecard-Kennzahlen ({n})";
    PartGoals => "plan goals ({n})", "Planziele ({n})";
    PartActions => "actions ({n})", "Maßnahmen ({n})";
    PartPlanNotes => "status quo, SWOT and earlier plan periods ({n})", "Bestandsaufnahme, SWOT und frühere Planperioden ({n})";
    PartStakeholders => "stakeholders ({n})", "Stakeholder ({n})";
    KeyNamed => "Key account: {name}", "Key Account: {name}";
    Deleted => "“{name}” deleted.", "„{name}“ gelöscht.";
    ShownOf => "{shown} of {total} accounts", "{shown} von {total} Kunden";
    // Account form
    NewAccountTitle => "New account", "Neuer Kunde";
    EditAccountTitle => "Edit account", "Kunde bearbeiten";
    BackToAccounts => "Back to accounts", "Zurück zu den Kunden";
    TagsHint => "separated by commas", "durch Kommas getrennt";
    NotANumberMsg => "“{text}” is not a number (e.g. 1.234,56 or 1,234.56).", "„{text}“ ist keine Zahl (z. B. 1.234,56 oder 1,234.56).";
    NumberRequired => "Please enter a number.", "Bitte geben Sie eine Zahl ein.";
    AccountNotFoundTitle => "No account with this number", "Kein Kunde mit dieser Nummer";
    AccountNotFound => "There is no account with the number {id} in this workspace. It may have been deleted, or the link is wrong.", "In diesem Arbeitsbereich gibt es keinen Kunden mit der Nummer {id}. Vielleicht wurde er gelöscht, oder der Link ist falsch.";
    AccountSaved => "“{name}” saved.", "„{name}“ gespeichert.";
    FixErrors => "Please correct the marked fields.", "Bitte korrigieren Sie die markierten Felder.";
}
