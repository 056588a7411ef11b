//! Which row holds the headers, which column fills which field, and which decimal
//! separator the amounts use.

use std::collections::{HashMap, HashSet};

use super::field::{normalize_header, recognise, Field};
use super::Cell;
use crate::domain::number::DecimalSeparator;

/// The first of the top 20 rows that names two fields we know, if any: a sheet that
/// has one holds a customer list (a cover or notes sheet has none).
pub fn known_header_row(rows: &[Vec<Cell>]) -> Option<usize> {
    let known = |row: &Vec<Cell>| {
        row.iter()
            .filter(|c| matches!(c, Cell::Text(t) if recognise(t).is_some()))
            .count()
    };
    rows.iter().take(20).position(|r| known(r) >= 2)
}

/// The header row: [`known_header_row`] (a title row above it is skipped), else the
/// first of the top 20 rows with two filled cells, else the first.
pub fn find_header_row(rows: &[Vec<Cell>]) -> usize {
    let filled = |row: &Vec<Cell>| row.iter().filter(|c| !c.is_blank()).count();
    known_header_row(rows)
        .or_else(|| rows.iter().take(20).position(|r| filled(r) >= 2))
        .unwrap_or(0)
}

/// Column headers of the header row, as text ("Column 3" style names are the UI's).
pub fn headers(rows: &[Vec<Cell>], header_row: usize) -> Vec<String> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let row = rows.get(header_row);
    (0..width)
        .map(|c| {
            row.and_then(|r| r.get(c))
                .map(Cell::text)
                .unwrap_or_default()
        })
        .collect()
}

/// Which field each column fills (`None`: ignored).
pub type Mapping = Vec<Option<Field>>;

/// A first mapping: what the user chose last time for a header (`remembered`, by
/// normalised header; `None` = ignored), else the recognised field. A field goes to
/// its first column only.
pub fn guess_mapping(headers: &[String], remembered: &HashMap<String, Option<Field>>) -> Mapping {
    let mut used = HashSet::new();
    headers
        .iter()
        .map(|h| {
            let field = match remembered.get(&normalize_header(h)) {
                Some(choice) => *choice,
                None => recognise(h),
            };
            field.filter(|f| used.insert(*f))
        })
        .collect()
}

/// Fields mapped to more than one column (the user must choose).
pub fn mapped_twice(mapping: &Mapping) -> Vec<Field> {
    chosen_twice(mapping)
}

/// The choices made for more than one column of any mapping (the customer list's, the
/// sales history's), sorted, each once.
pub fn chosen_twice<T: Copy + Ord + std::hash::Hash>(mapping: &[Option<T>]) -> Vec<T> {
    let mut seen = HashSet::new();
    let mut twice: Vec<T> = mapping
        .iter()
        .flatten()
        .filter(|f| !seen.insert(**f))
        .copied()
        .collect();
    twice.sort();
    twice.dedup();
    twice
}

/// Guesses the decimal separator of the amount columns from the text cells below the
/// header: "1.234,56" and "12,5" say comma, "1,234.56" and "12.5" say point; the
/// majority wins, `preferred` (the UI language) when nothing tells.
pub fn guess_decimal(
    rows: &[Vec<Cell>],
    header_row: usize,
    mapping: &Mapping,
    preferred: DecimalSeparator,
) -> DecimalSeparator {
    let (mut comma, mut point) = (0usize, 0usize);
    let columns: Vec<usize> = (0..mapping.len())
        .filter(|&c| mapping[c].is_some_and(Field::is_amount))
        .collect();
    // The first 2,000 rows tell as well as all of them.
    for row in rows.iter().skip(header_row + 1).take(2000) {
        for &c in &columns {
            let Some(Cell::Text(t)) = row.get(c) else {
                continue;
            };
            let digits: String = t
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
                .collect();
            let Some(last) = digits.rfind(['.', ',']) else {
                continue;
            };
            let after = digits.len() - last - 1;
            let sep = digits.as_bytes()[last];
            let count = digits.bytes().filter(|&b| b == sep).count();
            match (sep, after, count) {
                // One separator followed by three digits: could be either.
                (_, 3, 1) => {}
                (b',', _, 1) | (b'.', 3, _) => comma += 1,
                (b'.', _, 1) | (b',', 3, _) => point += 1,
                _ => {}
            }
        }
    }
    match comma.cmp(&point) {
        std::cmp::Ordering::Greater => DecimalSeparator::Comma,
        std::cmp::Ordering::Less => DecimalSeparator::Point,
        std::cmp::Ordering::Equal => preferred,
    }
}
