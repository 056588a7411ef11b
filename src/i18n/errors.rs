//! Why a file or a field was refused.

use super::{fill, Lang};
use crate::persist::ImportError;

crate::i18n::catalogue! { E;
    // Import errors
    ErrEmpty => "the file is empty", "die Datei ist leer";
    ErrTooLarge => "the file is too large ({size} MB)", "die Datei ist zu groß ({size} MB)";
    ErrNotJson => "it is not valid JSON (line {line}, column {column})", "es ist kein gültiges JSON (Zeile {line}, Spalte {column})";
    ErrNotObject => "it is JSON, but not a Keystone workspace (expected an object at the top level)", "es ist JSON, aber kein Keystone-Arbeitsbereich (oben wird ein Objekt erwartet)";
    ErrMissingFormat => "it has no “format” field, so it is not a Keystone workspace file", "es fehlt das Feld „format“, also ist es keine Keystone-Datei";
    ErrWrongFormat => "its format is “{found}”, not “keystone-workspace”", "ihr Format ist „{found}“, nicht „keystone-workspace“";
    ErrMissingVersion => "it has no “schema_version”", "es fehlt „schema_version“";
    ErrBadVersion => "its “schema_version” is not a whole number", "ihre „schema_version“ ist keine ganze Zahl";
    ErrNewerVersion => "it was written with a newer schema version ({found}); this Keystone reads up to version {supported}. Please update Keystone", "sie wurde mit einer neueren Schemaversion ({found}) geschrieben; dieses Keystone liest bis Version {supported}. Bitte aktualisieren Sie Keystone";
    ErrUnsupportedVersion => "schema version {found} is not supported", "Schemaversion {found} wird nicht unterstützt";
    ErrMissingData => "it has no “data” section", "es fehlt der Abschnitt „data“";
    ErrDataNotObject => "its “data” section is not an object", "der Abschnitt „data“ ist kein Objekt";
    ErrAccountsNotArray => "“accounts” is not a list", "„accounts“ ist keine Liste";
    ErrAccountNotObject => "account {index} is not an object", "Kunde {index} ist kein Objekt";
    ErrMissingField => "account {index} has no “{field}”", "Kunde {index} fehlt „{field}“";
    ErrBadId => "account {index} (“{name}”) has an id that is not a positive whole number", "Kunde {index} („{name}“) hat eine ID, die keine positive ganze Zahl ist";
    ErrEmptyName => "account {index} has an empty name", "Kunde {index} hat einen leeren Namen";
    ErrNotANumber => "field “{field}” of account {index} (“{name}”) is not a number", "Feld „{field}“ von Kunde {index} („{name}“) ist keine Zahl";
    ErrNotAString => "field “{field}” of account {index} (“{name}”) is not text", "Feld „{field}“ von Kunde {index} („{name}“) ist kein Text";
    ErrNotABoolean => "field “{field}” of account {index} (“{name}”) is not true or false", "Feld „{field}“ von Kunde {index} („{name}“) ist nicht true oder false";
    ErrNegativePotential => "the potential of account {index} (“{name}”) is negative", "das Potenzial von Kunde {index} („{name}“) ist negativ";
    ErrBadYear => "“relationship_since” of account {index} (“{name}”) is not a year between 1800 and 2200", "„relationship_since“ von Kunde {index} („{name}“) ist kein Jahr zwischen 1800 und 2200";
    ErrBadTags => "“tags” of account {index} (“{name}”) is not a list of texts", "„tags“ von Kunde {index} („{name}“) ist keine Liste von Texten";
    ErrDuplicateId => "accounts {first} and {second} have the same id {id}", "Kunden {first} und {second} haben dieselbe ID {id}";
    ErrBadSettings => "the settings are invalid ({detail})", "die Einstellungen sind ungültig ({detail})";
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
        IE::WrongFormat { found } => fill(t(E::ErrWrongFormat), &[("found", found)]),
        IE::MissingVersion => t(E::ErrMissingVersion).into(),
        IE::BadVersion => t(E::ErrBadVersion).into(),
        IE::NewerVersion { found } => fill(
            t(E::ErrNewerVersion),
            &[
                ("found", &found.to_string()),
                ("supported", &crate::persist::SCHEMA_VERSION.to_string()),
            ],
        ),
        IE::UnsupportedVersion { found } => fill(
            t(E::ErrUnsupportedVersion),
            &[("found", &found.to_string())],
        ),
        IE::MissingData => t(E::ErrMissingData).into(),
        IE::DataNotObject => t(E::ErrDataNotObject).into(),
        IE::AccountsNotArray => t(E::ErrAccountsNotArray).into(),
        IE::AccountNotObject { index } => fill(t(E::ErrAccountNotObject), &[("index", &n(*index))]),
        IE::MissingField { index, field } => fill(
            t(E::ErrMissingField),
            &[("index", &n(*index)), ("field", field)],
        ),
        IE::BadId { index, name } => fill(t(E::ErrBadId), &[("index", &n(*index)), ("name", name)]),
        IE::EmptyName { index } => fill(t(E::ErrEmptyName), &[("index", &n(*index))]),
        IE::NotANumber { index, name, field } => fill(
            t(E::ErrNotANumber),
            &[("index", &n(*index)), ("name", name), ("field", field)],
        ),
        IE::NotAString { index, name, field } => fill(
            t(E::ErrNotAString),
            &[("index", &n(*index)), ("name", name), ("field", field)],
        ),
        IE::NotABoolean { index, name, field } => fill(
            t(E::ErrNotABoolean),
            &[("index", &n(*index)), ("name", name), ("field", field)],
        ),
        IE::NegativePotential { index, name } => fill(
            t(E::ErrNegativePotential),
            &[("index", &n(*index)), ("name", name)],
        ),
        IE::BadYear { index, name } => {
            fill(t(E::ErrBadYear), &[("index", &n(*index)), ("name", name)])
        }
        IE::BadTags { index, name } => {
            fill(t(E::ErrBadTags), &[("index", &n(*index)), ("name", name)])
        }
        IE::DuplicateId { id, first, second } => fill(
            t(E::ErrDuplicateId),
            &[
                ("id", &id.to_string()),
                ("first", &n(*first)),
                ("second", &n(*second)),
            ],
        ),
        IE::BadSettings { detail } => fill(t(E::ErrBadSettings), &[("detail", detail)]),
        IE::Invalid { detail } => fill(t(E::ErrInvalid), &[("detail", detail)]),
    }
}
