//! The columns of a sales-history export (ERP, long or wide shape): which header names
//! which field, the header row and the first mapping.

use std::collections::{HashMap, HashSet};

use crate::domain::number::DecimalSeparator;
use crate::domain::spreadsheet::{guess_decimal, normalize_header, Cell, Field};

/// What a column of a history export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HistoryField {
    CustomerNumber,
    Customer,
    Period,
    Offering,
    Revenue,
    Margin,
    Unit,
    /// The wide shape: the revenue of one year ("2021", "Umsatz 2022").
    Year(i32),
}

impl HistoryField {
    /// The fields a column can be set to in the mapping (years come from headers).
    pub const ALL: [HistoryField; 7] = [
        HistoryField::CustomerNumber,
        HistoryField::Customer,
        HistoryField::Period,
        HistoryField::Offering,
        HistoryField::Revenue,
        HistoryField::Margin,
        HistoryField::Unit,
    ];

    /// Stable key (the mapping's select values).
    pub fn key(self) -> String {
        match self {
            HistoryField::CustomerNumber => "customer_number".into(),
            HistoryField::Customer => "customer".into(),
            HistoryField::Period => "period".into(),
            HistoryField::Offering => "offering".into(),
            HistoryField::Revenue => "revenue".into(),
            HistoryField::Margin => "margin".into(),
            HistoryField::Unit => "unit".into(),
            HistoryField::Year(y) => format!("year_{y}"),
        }
    }

    pub fn from_key(key: &str) -> Option<HistoryField> {
        if let Some(y) = key.strip_prefix("year_") {
            return y.parse().ok().map(HistoryField::Year);
        }
        HistoryField::ALL.into_iter().find(|f| f.key() == key)
    }

    fn is_amount(self) -> bool {
        matches!(
            self,
            HistoryField::Revenue | HistoryField::Margin | HistoryField::Year(_)
        )
    }
}

/// Which field each column fills (`None`: ignored).
pub type HistoryMapping = Vec<Option<HistoryField>>;

/// Headers of ERP exports, normalised ([`normalize_header`]), German and English.
/// Short ones match exactly; the longer ones also as the start of a header.
const SYNONYMS: &[(&str, HistoryField)] = &[
    ("kundennummer", HistoryField::CustomerNumber),
    ("kundennr", HistoryField::CustomerNumber),
    ("kdnr", HistoryField::CustomerNumber),
    ("knr", HistoryField::CustomerNumber),
    ("debitor", HistoryField::CustomerNumber),
    ("debitorennummer", HistoryField::CustomerNumber),
    ("customernumber", HistoryField::CustomerNumber),
    ("customerno", HistoryField::CustomerNumber),
    ("customerid", HistoryField::CustomerNumber),
    ("accountnumber", HistoryField::CustomerNumber),
    ("nr", HistoryField::CustomerNumber),
    ("nummer", HistoryField::CustomerNumber),
    ("number", HistoryField::CustomerNumber),
    ("kunde", HistoryField::Customer),
    ("kundenname", HistoryField::Customer),
    ("name", HistoryField::Customer),
    ("firma", HistoryField::Customer),
    ("customer", HistoryField::Customer),
    ("customername", HistoryField::Customer),
    ("client", HistoryField::Customer),
    ("company", HistoryField::Customer),
    ("account", HistoryField::Customer),
    ("zeitraum", HistoryField::Period),
    ("periode", HistoryField::Period),
    ("jahr", HistoryField::Period),
    ("geschaeftsjahr", HistoryField::Period),
    ("monat", HistoryField::Period),
    ("quartal", HistoryField::Period),
    ("period", HistoryField::Period),
    ("year", HistoryField::Period),
    ("fiscalyear", HistoryField::Period),
    ("month", HistoryField::Period),
    ("quarter", HistoryField::Period),
    ("angebot", HistoryField::Offering),
    ("produktgruppe", HistoryField::Offering),
    ("produkt", HistoryField::Offering),
    ("warengruppe", HistoryField::Offering),
    ("artikelgruppe", HistoryField::Offering),
    ("sparte", HistoryField::Offering),
    ("offering", HistoryField::Offering),
    ("productgroup", HistoryField::Offering),
    ("product", HistoryField::Offering),
    ("productline", HistoryField::Offering),
    ("umsatz", HistoryField::Revenue),
    ("nettoumsatz", HistoryField::Revenue),
    ("revenue", HistoryField::Revenue),
    ("sales", HistoryField::Revenue),
    ("netsales", HistoryField::Revenue),
    ("turnover", HistoryField::Revenue),
    ("deckungsbeitrag", HistoryField::Margin),
    ("db", HistoryField::Margin),
    ("db1", HistoryField::Margin),
    ("db2", HistoryField::Margin),
    ("rohertrag", HistoryField::Margin),
    ("marge", HistoryField::Margin),
    ("margin", HistoryField::Margin),
    ("contributionmargin", HistoryField::Margin),
    ("grossmargin", HistoryField::Margin),
    ("einheit", HistoryField::Unit),
    ("werk", HistoryField::Unit),
    ("standort", HistoryField::Unit),
    ("niederlassung", HistoryField::Unit),
    ("unit", HistoryField::Unit),
    ("plant", HistoryField::Unit),
    ("site", HistoryField::Unit),
    ("division", HistoryField::Unit),
];

/// Words before a year that make a column that year's revenue ("Umsatz 2022").
const YEAR_PREFIXES: &[&str] = &["", "umsatz", "nettoumsatz", "revenue", "sales", "netsales"];

/// The field a header names, if it is one we know: a year alone or after a revenue
/// word is the wide shape's revenue of that year.
pub fn recognise_history(header: &str) -> Option<HistoryField> {
    let n = normalize_header(header);
    if n.is_empty() || header.contains('%') {
        return None;
    }
    if n.len() >= 4 {
        let (head, tail) = n.split_at(n.len() - 4);
        if tail.bytes().all(|b| b.is_ascii_digit()) && YEAR_PREFIXES.contains(&head) {
            let y: i32 = tail.parse().ok()?;
            return crate::domain::history::Period::parse(tail).map(|_| HistoryField::Year(y));
        }
    }
    if let Some((_, f)) = SYNONYMS.iter().find(|(s, _)| *s == n) {
        return Some(*f);
    }
    SYNONYMS
        .iter()
        .filter(|(s, _)| s.len() >= 5 && n.starts_with(s))
        .max_by_key(|(s, _)| s.len())
        .map(|(_, f)| *f)
}

/// The header row: the first of the top 20 rows naming two history fields, else the
/// first with two filled cells, else the first.
pub fn history_header_row(rows: &[Vec<Cell>]) -> usize {
    let known = |row: &Vec<Cell>| {
        row.iter()
            .filter(|c| matches!(c, Cell::Text(t) if recognise_history(t).is_some()))
            .count()
    };
    let filled = |row: &Vec<Cell>| row.iter().filter(|c| !c.is_blank()).count();
    rows.iter()
        .take(20)
        .position(|r| known(r) >= 2)
        .or_else(|| rows.iter().take(20).position(|r| filled(r) >= 2))
        .unwrap_or(0)
}

/// The first mapping, from the headers: each field goes to its first column only
/// (a year to its first column too).
pub fn guess_history_mapping(headers: &[String]) -> HistoryMapping {
    guess_history_mapping_remembered(headers, &HashMap::new())
}

/// The choices of earlier imports by normalised header (`None`: the column was
/// ignored), as the customer import remembers its own.
pub type RememberedHistory = HashMap<String, Option<HistoryField>>;

/// The first mapping: a header chosen in an earlier import gets that choice again
/// (ignored too), the others are recognised; each field still goes to one column only.
pub fn guess_history_mapping_remembered(
    headers: &[String],
    remembered: &RememberedHistory,
) -> HistoryMapping {
    let mut used = HashSet::new();
    headers
        .iter()
        .map(|h| {
            let field = match remembered.get(&normalize_header(h)) {
                Some(choice) => *choice,
                None => recognise_history(h),
            };
            field.filter(|f| used.insert(*f))
        })
        .collect()
}

/// `remembered` with the choice made for each (non-empty) header of this import.
pub fn remember_history(
    remembered: &mut RememberedHistory,
    headers: &[String],
    mapping: &[Option<HistoryField>],
) {
    for (h, f) in headers.iter().zip(mapping) {
        let n = normalize_header(h);
        if !n.is_empty() {
            remembered.insert(n, *f);
        }
    }
}

/// Fields chosen for more than one column.
pub fn history_mapped_twice(mapping: &HistoryMapping) -> Vec<HistoryField> {
    crate::domain::spreadsheet::chosen_twice(mapping)
}

/// What the mapping still lacks before rows can be read: a customer column (number or
/// name) and either revenue with a period (long shape) or a year column (wide shape).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingGap {
    NoCustomer,
    NoPeriod,
    NoRevenue,
}

pub fn mapping_gaps(mapping: &HistoryMapping) -> Vec<MappingGap> {
    let has = |f: HistoryField| mapping.contains(&Some(f));
    let wide = mapping
        .iter()
        .flatten()
        .any(|f| matches!(f, HistoryField::Year(_)));
    let mut gaps = Vec::new();
    if !has(HistoryField::CustomerNumber) && !has(HistoryField::Customer) {
        gaps.push(MappingGap::NoCustomer);
    }
    if !wide {
        if !has(HistoryField::Period) {
            gaps.push(MappingGap::NoPeriod);
        }
        if !has(HistoryField::Revenue) {
            gaps.push(MappingGap::NoRevenue);
        }
    }
    gaps
}

/// The decimal separator of the amount columns, guessed as the customer import does.
pub fn guess_history_decimal(
    rows: &[Vec<Cell>],
    header_row: usize,
    mapping: &HistoryMapping,
    preferred: DecimalSeparator,
) -> DecimalSeparator {
    let as_amounts: Vec<Option<Field>> = mapping
        .iter()
        .map(|f| f.filter(|f| f.is_amount()).map(|_| Field::Revenue))
        .collect();
    guess_decimal(rows, header_row, &as_amounts, preferred)
}
