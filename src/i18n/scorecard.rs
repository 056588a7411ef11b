//! The balanced scorecard of a key account.

use crate::domain::scorecard::{Better, Perspective, Status, Template};

use super::Lang;

crate::i18n::catalogue! { SC;
    Section => "Scorecard", "Scorecard";
    Intro => "KPIs in four perspectives with target, direction and a yellow band; actual values per month, quarter or year.", "Kennzahlen in vier Perspektiven mit Ziel, Richtung und gelbem Bereich; Ist-Werte je Monat, Quartal oder Jahr.";
    Finance => "Finance", "Finanzen";
    Customer => "Customer and market", "Kunde/Markt";
    Processes => "Internal processes", "Prozesse";
    Learning => "Learning and people", "Lernen/Mitarbeiter";
    Green => "green", "grün";
    Yellow => "yellow", "gelb";
    Red => "red", "rot";
    NoValue => "no value", "kein Wert";
    NoKpis => "No KPIs in this perspective.", "Keine Kennzahlen in dieser Perspektive.";
    Kpi => "KPI", "Kennzahl";
    Target => "Target", "Ziel";
    Latest => "Latest", "Zuletzt";
    Status => "Status", "Status";
    Trend => "Trend", "Verlauf";
    TrendOf => "Trend of {name}: {values}; target {target}", "Verlauf von {name}: {values}; Ziel {target}";
    Alarm => "Yellow or red: what needs attention", "Gelb oder rot: welche Kennzahlen Alarm schlagen";
    AlarmNone => "Every KPI with values is green.", "Alle Kennzahlen mit Werten stehen auf Grün.";
    TurnedSince => "{name} ({perspective}) turned {now} in {period}, was {before}.", "{name} ({perspective}) steht seit {period} auf {now}, vorher {before}.";
    StillBad => "{name} ({perspective}) is {now} in {period}.", "{name} ({perspective}) steht in {period} auf {now}.";
    StatusValue => "{status}: {value} (target {target})", "{status}: {value} (Ziel {target})";
    // Editing
    AddKpi => "Add KPI", "Kennzahl hinzufügen";
    Template => "Template", "Vorlage";
    Free => "Free KPI", "Freie Kennzahl";
    Name => "Name", "Name";
    Unit => "Unit", "Einheit";
    Perspective => "Perspective", "Perspektive";
    Better => "Good is", "Gut ist";
    Higher => "higher", "höher";
    Lower => "lower", "niedriger";
    Band => "Yellow band (in the unit)", "Gelber Bereich (in der Einheit)";
    NameMissing => "Give the KPI a name.", "Geben Sie der Kennzahl einen Namen.";
    TargetMissing => "Every KPI needs a target.", "Jede Kennzahl braucht ein Ziel.";
    KpiAdded => "KPI “{name}” added.", "Kennzahl „{name}“ hinzugefügt.";
    EditKpi => "Edit {name} and its values", "{name} und Werte bearbeiten";
    RemoveKpi => "Remove KPI “{name}”", "Kennzahl „{name}“ entfernen";
    KpiRemoved => "KPI “{name}” removed.", "Kennzahl „{name}“ entfernt.";
    Actuals => "Actual values of {name}", "Ist-Werte von {name}";
    Period => "Period", "Periode";
    PeriodHint => "2026, 2026-Q3 or 2026-09", "2026, 2026-Q3 oder 2026-09";
    PeriodWrong => "“{text}” is not a period: write 2026, 2026-Q3 or 2026-09.", "„{text}“ ist keine Periode: Schreiben Sie 2026, 2026-Q3 oder 2026-09.";
    Actual => "Actual", "Ist";
    ValueMissing => "Enter the actual value.", "Geben Sie den Ist-Wert ein.";
    RecordActual => "Record value", "Wert erfassen";
    ActualRecorded => "{name}: {value} recorded for {period}.", "{name}: {value} für {period} erfasst.";
    RemoveActual => "Remove the value of {period}", "Wert von {period} entfernen";
    ActualRemoved => "Value of {period} removed.", "Wert von {period} entfernt.";
    NoActuals => "No values yet.", "Noch keine Werte.";
    NpsFrom => "NPS from the survey", "NPS aus der Befragung";
    NpsAnswers => "Answers 0-10, separated by spaces or commas", "Antworten 0-10, durch Leerzeichen oder Kommas getrennt";
    NpsPromoters => "Promoters (9-10) in %", "Promotoren (9-10) in %";
    NpsDetractors => "Detractors (0-6) in %", "Kritiker (0-6) in %";
    NpsCompute => "Compute NPS", "NPS berechnen";
    NpsResult => "NPS {value} from {n} answers.", "NPS {value} aus {n} Antworten.";
    NotAnAnswer => "“{text}” is not an answer from 0 to 10.", "„{text}“ ist keine Antwort von 0 bis 10.";
    NpsNoAnswers => "No answers from 0 to 10 found.", "Keine Antworten von 0 bis 10 gefunden.";
    // Templates
    TplRevenue => "Revenue", "Umsatz";
    TplMargin => "Contribution margin", "Deckungsbeitrag";
    TplNps => "Net promoter score (NPS)", "Net Promoter Score (NPS)";
    TplChurn => "Churn rate", "Abwanderungsrate";
    TplWallet => "Share of wallet", "Lieferanteil";
    TplCross => "Cross-selling revenue", "Cross-Selling-Umsatz";
    TplUp => "Up-selling revenue", "Up-Selling-Umsatz";
    // Key accounts page and overview
    Lights => "Scorecards at a glance", "Scorecards im Überblick";
    LightsIntro => "Each key account's worst KPI per perspective, worst accounts first.", "Die schlechteste Kennzahl je Perspektive und Key Account, die kritischsten zuerst.";
    LightsCaption => "Traffic lights of the key accounts' scorecards", "Ampeln der Scorecards der Key Accounts";
    LightCell => "{status}: scorecard of {name}, {perspective}", "{status}: Scorecard von {name}, {perspective}";
    Account => "Key account", "Key Account";
    AttRed => "KPI “{name}” is red: {value} (target {target}).", "Kennzahl „{name}“ steht auf Rot: {value} (Ziel {target}).";
}

pub fn perspective_text(p: Perspective) -> SC {
    match p {
        Perspective::Finance => SC::Finance,
        Perspective::Customer => SC::Customer,
        Perspective::Processes => SC::Processes,
        Perspective::Learning => SC::Learning,
    }
}

pub fn status_text(s: Option<Status>) -> SC {
    match s {
        Some(Status::Green) => SC::Green,
        Some(Status::Yellow) => SC::Yellow,
        Some(Status::Red) => SC::Red,
        None => SC::NoValue,
    }
}

/// The CSS class of a status (`light-red`).
pub fn status_class(s: Option<Status>) -> &'static str {
    match s {
        Some(Status::Green) => "light light-green",
        Some(Status::Yellow) => "light light-yellow",
        Some(Status::Red) => "light light-red",
        None => "light light-none",
    }
}

pub fn better_text(b: Better) -> SC {
    match b {
        Better::Higher => SC::Higher,
        Better::Lower => SC::Lower,
    }
}

pub fn template_text(t: Template) -> SC {
    match t {
        Template::Revenue => SC::TplRevenue,
        Template::ContributionMargin => SC::TplMargin,
        Template::Nps => SC::TplNps,
        Template::ChurnRate => SC::TplChurn,
        Template::ShareOfWallet => SC::TplWallet,
        Template::CrossSellingRevenue => SC::TplCross,
        Template::UpSellingRevenue => SC::TplUp,
    }
}

/// A KPI's value with its unit ("95,5 %").
pub fn kpi_value(l: Lang, v: f64, unit: &str) -> String {
    // As many decimals as the value has, up to two: 95, 95.5, 95.25.
    let tenths = v * 10.0;
    let decimals = if v.fract() == 0.0 {
        0
    } else if (tenths - tenths.round()).abs() < 1e-9 {
        1
    } else {
        2
    };
    let n = l.number(v, decimals);
    if unit.is_empty() {
        n
    } else {
        format!("{n} {unit}")
    }
}
