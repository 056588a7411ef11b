//! Why a file or a field was refused.

use super::{fill, Lang};
use crate::domain::problem::ImportError;
use crate::domain::problem::{clip, quoted};
use crate::domain::{Problem, ProblemKind, Section};

crate::i18n::catalogue! { E;
    // Import errors
    ErrEmpty => "the file is empty", "die Datei ist leer";
    ErrTooLarge => "the file is too large ({size} MB)", "die Datei ist zu groß ({size} MB)";
    ErrNotJson => "it is not valid JSON (line {line}, column {column})", "es ist kein gültiges JSON (Zeile {line}, Spalte {column})";
    ErrNotObject => "it is JSON, but not a Keystone workspace (expected an object at the top level)", "es ist JSON, aber kein Keystone-Arbeitsbereich (oben wird ein Objekt erwartet)";
    ErrMissingFormat => "it has no “format” field, so it is not a Keystone workspace file", "es fehlt das Feld „format“, also ist es keine Keystone-Datei";
    ErrWrongFormat => "its format is “{found}”, not “{expected}”", "ihr Format ist „{found}“, nicht „{expected}“";
    ErrMissingVersion => "it has no “schema_version”", "es fehlt „schema_version“";
    ErrBadVersion => "its “schema_version” is not a whole number", "ihre „schema_version“ ist keine ganze Zahl";
    ErrNewerVersion => "it was written with a newer schema version ({found}); this Keystone reads up to version {supported}. Please update Keystone", "sie wurde mit einer neueren Schemaversion ({found}) geschrieben; dieses Keystone liest bis Version {supported}. Bitte aktualisieren Sie Keystone";
    ErrUnsupportedVersion => "schema version {found} is not supported", "Schemaversion {found} wird nicht unterstützt";
    ErrMissingData => "it has no “data” section", "es fehlt der Abschnitt „data“";
    ErrDataNotObject => "its “data” section is not an object", "der Abschnitt „data“ ist kein Objekt";
    // Where a problem is: "field “revenue” of account 2 (“Rheintec”) is not a number"
    ProblemInField => "field “{field}” of {item}", "Feld „{field}“ von {item}";
    ProblemItem => "{noun} {index}", "{noun} {index}";
    ProblemNamedItem => "{noun} {index} (“{name}”)", "{noun} {index} („{name}“)";
    ProblemSection => "“{section}”", "„{section}“";
    ProblemMore => "{problem} (and {count} more problems)", "{problem} (und {count} weitere Probleme)";
    ProblemOneMore => "{problem} (and one more problem)", "{problem} (und ein weiteres Problem)";
    NounAccount => "account", "Kunde";
    NounAssessment => "self-assessment", "Selbsteinschätzung";
    TheAssessments => "the self-assessments", "den Selbsteinschätzungen";
    TheSettings => "the settings", "den Einstellungen";
    NounCriterion => "criterion", "Kriterium";
    ThePortfolio => "the portfolio", "dem Portfolio";
    TheValueModel => "the value model", "dem Kundenwertmodell";
    TheKeyAccounts => "the key-account data", "den Key-Account-Daten";
    NounOffering => "offering", "Angebot";
    TheOfferings => "the offerings", "den Angeboten";
    NounHistoryRow => "history row", "Verlaufszeile";
    TheHistory => "the sales history", "dem Umsatzverlauf";
    // What is wrong, as the end of a sentence about a field
    KindMissing => "is missing", "fehlt";
    KindEmpty => "is empty", "ist leer";
    KindNotAnObject => "is not an object", "ist kein Objekt";
    KindNotAList => "is not a list", "ist keine Liste";
    KindNotText => "is not text", "ist kein Text";
    KindNotANumber => "is not a number", "ist keine Zahl";
    KindNotABoolean => "is not true or false", "ist nicht true oder false";
    KindNotAListOfTexts => "is not a list of texts", "ist keine Liste von Texten";
    KindNotAnId => "is not a positive whole number", "ist keine positive ganze Zahl";
    KindNegative => "is negative", "ist negativ";
    KindNotAYear => "is not a year between 1800 and 2200", "ist kein Jahr zwischen 1800 und 2200";
    KindNotADate => "is not a date (YYYY-MM-DD)", "ist kein Datum (JJJJ-MM-TT)";
    KindNotAPeriod => "is not a period (2026, 2026-Q1 or 2026-03)", "ist kein Zeitraum (2026, 2026-Q1 oder 2026-03)";
    KindOutOfRange => "is not between {min} and {max}", "liegt nicht zwischen {min} und {max}";
    KindBelow => "is below “{other}”", "liegt unter „{other}“";
    KindNotAChoice => "has the unknown value “{value}”", "hat den unbekannten Wert „{value}“";
    KindUnknown => "refers to “{value}”, which does not exist", "verweist auf „{value}“, das es nicht gibt";
    KindNotHundred => "has weights summing to {sum} %, not 100 % (they are scaled to 100 % when used)", "hat Gewichte mit der Summe {sum} % statt 100 % (sie werden bei der Berechnung auf 100 % skaliert)";
    KindCycle => "forms a loop (someone would report to themself)", "bildet einen Kreis (jemand berichtete an sich selbst)";
    KindDuplicate => "repeats “{value}” of {noun} {first}", "wiederholt „{value}“ von {noun} {first}";
    ErrInvalid => "the data is invalid ({detail})", "die Daten sind ungültig ({detail})";
    ErrNotText => "the file could not be read as text", "die Datei konnte nicht als Text gelesen werden";
}

/// The message for a refused file, in one language.
pub fn describe_import_error(err: &ImportError, lang: Lang) -> String {
    use ImportError as IE;
    let t = |k| lang.t(k);
    let n = |v: usize| v.to_string();
    match err {
        IE::Empty => t(E::ErrEmpty).into(),
        IE::TooLarge { bytes } => fill(
            t(E::ErrTooLarge),
            &[("size", &lang.number(*bytes as f64 / 1e6, 1))],
        ),
        IE::NotJson { line, column, .. } => fill(
            t(E::ErrNotJson),
            &[("line", &n(*line)), ("column", &n(*column))],
        ),
        IE::NotAnObject => t(E::ErrNotObject).into(),
        IE::MissingFormat => t(E::ErrMissingFormat).into(),
        IE::WrongFormat { found, expected } => fill(
            t(E::ErrWrongFormat),
            &[("found", &quoted(found)), ("expected", expected)],
        ),
        IE::MissingVersion => t(E::ErrMissingVersion).into(),
        IE::BadVersion => t(E::ErrBadVersion).into(),
        IE::NewerVersion { found, supported } => fill(
            t(E::ErrNewerVersion),
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        IE::UnsupportedVersion { found } => fill(
            t(E::ErrUnsupportedVersion),
            &[("found", &found.to_string())],
        ),
        IE::MissingData => t(E::ErrMissingData).into(),
        IE::DataNotObject => t(E::ErrDataNotObject).into(),
        IE::Problems(found) => {
            let first = found.first().map(|p| describe_problem(p, lang));
            let first = first.unwrap_or_default();
            match found.len() {
                0 | 1 => first,
                2 => fill(t(E::ProblemOneMore), &[("problem", &first)]),
                n => fill(
                    t(E::ProblemMore),
                    &[
                        ("problem", &first),
                        ("count", &lang.count(n.saturating_sub(1))),
                    ],
                ),
            }
        }
        // The parser's own words may quote a whole value: cut, like every quoted value.
        IE::Invalid { detail } => fill(t(E::ErrInvalid), &[("detail", &clip(detail, 200))]),
    }
}

/// How one item of a section is called ("account", "Kunde").
fn noun(section: Section, lang: Lang) -> &'static str {
    match section {
        Section::Accounts => lang.t(E::NounAccount),
        Section::Settings => lang.t(E::TheSettings),
        Section::ValueModel => lang.t(E::NounCriterion),
        Section::Portfolio => lang.t(E::ThePortfolio),
        Section::KeyAccounts => lang.t(E::TheKeyAccounts),
        Section::Assessments => lang.t(E::NounAssessment),
        Section::Offerings => lang.t(E::NounOffering),
        Section::History => lang.t(E::NounHistoryRow),
        // Kept as they are: no problem names them.
        Section::Unknown => "",
    }
}

/// How a whole section is called, for problems not inside one item.
fn section_name(section: Section, lang: Lang) -> &'static str {
    match section {
        Section::Accounts
        | Section::Settings
        | Section::Portfolio
        | Section::KeyAccounts
        | Section::Unknown => noun(section, lang),
        Section::Assessments => lang.t(E::TheAssessments),
        Section::ValueModel => lang.t(E::TheValueModel),
        Section::Offerings => lang.t(E::TheOfferings),
        Section::History => lang.t(E::TheHistory),
    }
}

/// One problem as a sentence without a capital: "field “revenue” of account 2
/// (“Rheintec”) is not a number".
pub fn describe_problem(p: &Problem, lang: Lang) -> String {
    let item = match (p.index, &p.name) {
        (Some(i), Some(name)) => fill(
            lang.t(E::ProblemNamedItem),
            &[
                ("noun", noun(p.section, lang)),
                ("index", &lang.count(i)),
                ("name", &quoted(name)),
            ],
        ),
        (Some(i), None) => fill(
            lang.t(E::ProblemItem),
            &[("noun", noun(p.section, lang)), ("index", &lang.count(i))],
        ),
        (None, _) if p.field.is_some() => section_name(p.section, lang).to_string(),
        (None, _) => fill(lang.t(E::ProblemSection), &[("section", p.section.key())]),
    };
    let subject = match &p.field {
        Some(field) => fill(
            lang.t(E::ProblemInField),
            &[("field", &quoted(field)), ("item", &item)],
        ),
        None => item,
    };
    format!("{subject} {}", describe_kind(&p.kind, p.section, lang))
}

/// What is wrong, as the end of a sentence ("is not a number"); the account form puts
/// the field's label in front of it.
pub fn describe_kind(kind: &ProblemKind, section: Section, lang: Lang) -> String {
    use ProblemKind as K;
    let t = |k| lang.t(k);
    match kind {
        K::Missing => t(E::KindMissing).into(),
        K::Empty => t(E::KindEmpty).into(),
        K::NotAnObject => t(E::KindNotAnObject).into(),
        K::NotAList => t(E::KindNotAList).into(),
        K::NotText => t(E::KindNotText).into(),
        K::NotANumber => t(E::KindNotANumber).into(),
        K::NotABoolean => t(E::KindNotABoolean).into(),
        K::NotAListOfTexts => t(E::KindNotAListOfTexts).into(),
        K::NotAnId => t(E::KindNotAnId).into(),
        K::Negative => t(E::KindNegative).into(),
        K::NotAYear => t(E::KindNotAYear).into(),
        K::NotADate => t(E::KindNotADate).into(),
        K::NotAPeriod => t(E::KindNotAPeriod).into(),
        K::OutOfRange { min, max } => fill(
            t(E::KindOutOfRange),
            &[
                ("min", &lang.number_as_typed(*min, 2)),
                ("max", &lang.number_as_typed(*max, 2)),
            ],
        ),
        K::Below { other } => fill(t(E::KindBelow), &[("other", other)]),
        K::NotAChoice { value } => fill(t(E::KindNotAChoice), &[("value", &quoted(value))]),
        K::Unknown { value } => fill(t(E::KindUnknown), &[("value", &quoted(value))]),
        K::NotHundred { sum } => fill(
            t(E::KindNotHundred),
            &[("sum", &lang.number_as_typed(*sum, 2))],
        ),
        K::Cycle => t(E::KindCycle).to_string(),
        K::Duplicate { value, first } => fill(
            t(E::KindDuplicate),
            &[
                ("value", &quoted(value)),
                ("noun", noun(section, lang)),
                ("first", &lang.count(*first)),
            ],
        ),
    }
}
