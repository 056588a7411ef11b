//! The whitespace matrix in words: a key account's units and matrix, the page across
//! the key accounts, and the sentences built from a cell's status.

use super::{fill, Lang};
use crate::domain::history::whitespace::{CellStatus, Potential};

crate::i18n::catalogue! { WH;
    Section => "Whitespace", "Whitespace";
    Intro => "What the customer buys where, and where it could buy more: offerings × the customer's units. Cross-selling means more offerings in more units (docs: \"Whitespace matrix\").", "Was der Kunde wo kauft und wo er mehr kaufen könnte: Angebote × Einheiten des Kunden. Cross-Selling heißt mehr Angebote in mehr Einheiten (Doku: „Whitespace-Matrix“).";
    AcrossTitle => "Whitespace across key accounts", "Whitespace über alle Key Accounts";
    AcrossIntro => "Offerings × key accounts: what each buys in the span, and the open potential where it does not. Penetration counts how many offerings each account buys and how many accounts buy each offering.", "Angebote × Key Accounts: was jeder im Zeitraum kauft, und das offene Potenzial, wo er nicht kauft. Die Durchdringung zählt, wie viele Angebote jeder Account kauft und wie viele Accounts jedes Angebot kaufen.";
    // Units
    Units => "Units of the customer", "Einheiten des Kunden";
    UnitKind => "Kind of unit (e.g. plant, country)", "Art der Einheit (z. B. Werk, Land)";
    UnitKindDefault => "Unit", "Einheit";
    NoUnits => "No units yet: the matrix has one column for the customer as a whole.", "Noch keine Einheiten: Die Matrix hat eine Spalte für den Kunden als Ganzes.";
    UnitName => "Name of unit {n}", "Name der Einheit {n}";
    UnitParent => "Part of (unit {n})", "Gehört zu (Einheit {n})";
    NoParent => "— top level —", "— oberste Ebene —";
    RemoveUnit => "Remove unit {name}", "Einheit {name} entfernen";
    UnitRemoved => "Unit {name} removed.", "Einheit {name} entfernt.";
    UnitInUse => "{name} has sales history: it cannot be removed.", "{name} hat Umsatzhistorie: Sie kann nicht entfernt werden.";
    NewUnit => "New unit", "Neue Einheit";
    AddUnit => "Add unit", "Einheit hinzufügen";
    UnitAdded => "Unit {name} added.", "Einheit {name} hinzugefügt.";
    UnitNameMissing => "Enter a name for the unit.", "Geben Sie einen Namen für die Einheit ein.";
    UnitNameTaken => "There is already a unit called {name}.", "Es gibt schon eine Einheit namens {name}.";
    UnitCycle => "{name} cannot be part of {parent}: that would close a loop.", "{name} kann nicht zu {parent} gehören: Das ergäbe einen Kreis.";
    // The matrix
    Matrix => "Whitespace matrix", "Whitespace-Matrix";
    From => "From year", "Von Jahr";
    To => "To year", "Bis Jahr";
    SpanWrong => "The first year must not be after the last.", "Das erste Jahr darf nicht nach dem letzten liegen.";
    NoOfferings => "No offerings yet: import a sales history with offerings (Data) to see the matrix.", "Noch keine Angebote: Importieren Sie eine Umsatzhistorie mit Angeboten (Daten), um die Matrix zu sehen.";
    Offering => "Offering", "Angebot";
    Whole => "Whole customer", "Kunde gesamt";
    NoUnit => "No unit given", "Ohne Einheit";
    BoughtIn => "Bought {from}–{to}", "Gekauft {from}–{to}";
    OpenPotentialYear => "Open potential a year", "Offenes Potenzial pro Jahr";
    Total => "Total", "Summe";
    OpenSummed => "Open potential in total: {amount} a year.", "Offenes Potenzial insgesamt: {amount} pro Jahr.";
    Gaps => "Largest gaps", "Größte Lücken";
    NoGaps => "No open cell with a potential.", "Keine offene Zelle mit Potenzial.";
    GapLine => "{offering} in {unit}: {status}", "{offering} in {unit}: {status}";
    Buys => "buys {amount}", "kauft {amount}";
    PartsBuy => "its parts buy {amount}", "Untereinheiten kaufen {amount}";
    PartsBuyNote => "Bought by the units that are part of this one: counted in their cells, not twice in the totals.", "Gekauft von den Einheiten, die zu dieser gehören: in deren Zellen gezählt, nicht doppelt in den Summen.";
    OpenProposed => "open · proposed {amount}", "offen · vorgeschlagen {amount}";
    OpenEntered => "open · entered {amount}", "offen · eingegeben {amount}";
    Open => "open", "offen";
    InProgress => "in progress", "in Arbeit";
    NotRelevant => "not relevant", "nicht relevant";
    CellLabel => "{offering} in {unit}: {status}", "{offering} in {unit}: {status}";
    AmountsIn => "Amounts in {currency}.", "Beträge in {currency}.";
    Legend => "Proposed: from customers of the same industry that buy the offering (their median share, scaled to this customer's revenue). Entered: typed by you. “Its parts buy”: what the units that belong to this one buy, counted once, in their cells.", "Vorgeschlagen: aus Kunden derselben Branche, die das Angebot kaufen (deren mittlerer Anteil, auf den Umsatz dieses Kunden umgerechnet). Eingegeben: von Ihnen erfasst. „Untereinheiten kaufen“: was die zugehörigen Einheiten kaufen, einmal gezählt, in deren Zellen.";
    // The cell panel
    CellTitle => "{offering} in {unit}", "{offering} in {unit}";
    Close => "Close", "Schließen";
    MarkNotRelevant => "Mark not relevant", "Als nicht relevant markieren";
    MarkRelevant => "Relevant again", "Wieder relevant";
    Potential => "Potential a year", "Potenzial pro Jahr";
    SavePotential => "Save potential", "Potenzial speichern";
    ClearPotential => "Clear potential", "Potenzial löschen";
    PotentialNegative => "The potential cannot be negative.", "Das Potenzial kann nicht negativ sein.";
    PotentialMissing => "Enter a potential.", "Geben Sie ein Potenzial ein.";
    CreateAction => "Create plan action", "Maßnahme im Plan anlegen";
    ActionText => "Cross-selling: {offering} in {unit}", "Cross-Selling: {offering} in {unit}";
    ActionCreated => "Action “{text}” added to the plan.", "Maßnahme „{text}“ im Plan angelegt.";
    OpenPlan => "Open the plan", "Zum Plan";
    BoughtNote => "Bought in the span: the data says so, marks do not change it.", "Im Zeitraum gekauft: Das sagen die Daten, Markierungen ändern daran nichts.";
    // The heat map
    HeatMap => "Heat map", "Heatmap";
    HeatLabel => "Heat map of the whitespace matrix: {rows} offerings × {columns} units; bought in green, open potential in orange, in progress in blue, not relevant in grey.", "Heatmap der Whitespace-Matrix: {rows} Angebote × {columns} Einheiten; gekauft grün, offenes Potenzial orange, in Arbeit blau, nicht relevant grau.";
    // Across the key accounts
    NoKeyAccounts => "No key accounts yet.", "Noch keine Key Accounts.";
    Account => "Key account", "Key Account";
    OfferingsBought => "Offerings bought", "Gekaufte Angebote";
    AccountsBuying => "Accounts buying", "Kaufende Accounts";
    Penetration => "Penetration", "Durchdringung";
    PenetrationLine => "{name}: {count} of {total} offerings", "{name}: {count} von {total} Angeboten";
    Stages => "Selling stage", "Verkaufsstufe";
    Suggested => "Suggested by the data", "Laut Daten";
    SetStage => "Set by you", "Von Ihnen gesetzt";
    NoStage => "—", "—";
    StageDiffers => "differs", "weicht ab";
    Nothing => "—", "—";
}

/// An amount of the whitespace pages in whole currency units: a proposal is an
/// estimate, and the sums add proposals and a span's revenue; cents would claim a
/// precision they lack.
pub fn whole_amount(lang: Lang, value: f64) -> String {
    lang.amount(value.round())
}

/// A cell's status as the matrix shows it: "buys 120,000", "open · proposed 35,000".
pub fn status_text(lang: Lang, status: &CellStatus) -> String {
    let amount = |v: f64| lang.amount(v);
    match status {
        CellStatus::Buys(v) => fill(lang.t(WH::Buys), &[("amount", &amount(*v))]),
        CellStatus::PartsBuy(v) => fill(lang.t(WH::PartsBuy), &[("amount", &amount(*v))]),
        CellStatus::InProgress => lang.t(WH::InProgress).to_string(),
        CellStatus::NotRelevant => lang.t(WH::NotRelevant).to_string(),
        CellStatus::Open(None) => lang.t(WH::Open).to_string(),
        CellStatus::Open(Some(Potential::Proposed(v))) => fill(
            lang.t(WH::OpenProposed),
            &[("amount", &whole_amount(lang, *v))],
        ),
        CellStatus::Open(Some(Potential::Entered(v))) => {
            fill(lang.t(WH::OpenEntered), &[("amount", &amount(*v))])
        }
    }
}

/// The text of the plan action for a cell: "Cross-selling: Servoantriebe in Werk Süd".
pub fn action_text(lang: Lang, offering: &str, unit: &str) -> String {
    fill(
        lang.t(WH::ActionText),
        &[("offering", offering), ("unit", unit)],
    )
}
