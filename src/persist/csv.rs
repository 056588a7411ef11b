//! CSV files in and out, with the `csv` crate: the encoding and delimiter detected,
//! quoted fields, rows read in batches (so a long file never blocks the page), and the
//! dialect German Excel reads (semicolon, decimal comma, byte-order mark) on export.
//! Decoding Windows-1252 is the browser's `TextDecoder`; this module names the encoding.

use std::io::Cursor;

use crate::domain::export::ColumnKind;
use crate::domain::number::DecimalSeparator;
use crate::domain::spreadsheet::Cell;

/// How a text file's bytes are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// What German Excel writes as "CSV (Trennzeichen-getrennt)".
    Windows1252,
}

impl TextEncoding {
    /// The WHATWG label, for the browser's `TextDecoder`.
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }
}

/// The encoding of a file and the length of its byte-order mark: a BOM decides;
/// without one, bytes that are valid UTF-8 are UTF-8, anything else Windows-1252.
pub fn detect_encoding(bytes: &[u8]) -> (TextEncoding, usize) {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => (TextEncoding::Utf8, 3),
        [0xFF, 0xFE, ..] => (TextEncoding::Utf16Le, 2),
        [0xFE, 0xFF, ..] => (TextEncoding::Utf16Be, 2),
        _ if std::str::from_utf8(bytes).is_ok() => (TextEncoding::Utf8, 0),
        _ => (TextEncoding::Windows1252, 0),
    }
}

/// The delimiters offered: semicolon (German Excel), comma, tab.
pub const DELIMITERS: [u8; 3] = [b';', b',', b'\t'];

fn reader(text: &str, delimiter: u8) -> csv::Reader<Cursor<Vec<u8>>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(Cursor::new(text.as_bytes().to_vec()))
}

/// The delimiter of a file, from its first 50 rows: the one that splits the most rows
/// into the same number (above one) of fields; semicolon, comma, tab on a tie.
pub fn detect_delimiter(text: &str) -> u8 {
    let sample_end = text
        .char_indices()
        .filter(|(_, c)| *c == '\n')
        .nth(50)
        .map_or(text.len(), |(i, _)| i);
    let sample = &text[..sample_end];
    let mut best = (0usize, 0usize, b';');
    for d in DELIMITERS {
        let mut widths: Vec<usize> = reader(sample, d)
            .records()
            .filter_map(Result::ok)
            .filter(|r| !(r.len() == 1 && r[0].trim().is_empty()))
            .map(|r| r.len())
            .collect();
        widths.sort_unstable();
        // The most common width above 1, and how many rows have it.
        let mut top = (0usize, 0usize);
        for w in widths.chunk_by(|a, b| a == b) {
            if w[0] > 1 && (w.len(), w[0]) > top {
                top = (w.len(), w[0]);
            }
        }
        if top > (best.0, best.1) {
            best = (top.0, top.1, d);
        }
    }
    best.2
}

/// Rows of a CSV text, read in batches.
pub struct CsvRows {
    reader: csv::Reader<Cursor<Vec<u8>>>,
    record: csv::StringRecord,
    len: usize,
}

impl CsvRows {
    pub fn new(text: &str, delimiter: u8) -> CsvRows {
        CsvRows {
            reader: reader(text, delimiter),
            record: csv::StringRecord::new(),
            len: text.len(),
        }
    }

    /// Up to `n` more rows; fewer (or none) at the end of the file. Every field is
    /// text, a blank one empty.
    pub fn next_rows(&mut self, n: usize) -> Vec<Vec<Cell>> {
        let mut out = Vec::with_capacity(n.min(4096));
        while out.len() < n {
            match self.reader.read_record(&mut self.record) {
                Ok(true) => {
                    // The record's position is where the reader stood: before the
                    // blank lines it skipped, each of them a row in Excel.
                    let start = self.record.position().map_or(0, |p| p.byte() as usize);
                    let bytes = self.reader.get_ref().get_ref();
                    let start = start.min(bytes.len());
                    let mut blank = bytes[start..]
                        .iter()
                        .take_while(|b| matches!(b, b'\r' | b'\n'))
                        .filter(|b| **b == b'\n')
                        .count();
                    // The "\n" of the previous record's "\r\n" is no blank line.
                    if start > 0 && bytes[start - 1] == b'\r' && bytes.get(start) == Some(&b'\n') {
                        blank -= 1;
                    }
                    for _ in 0..blank {
                        out.push(vec![Cell::Empty]);
                    }
                    out.push(
                        self.record
                            .iter()
                            .map(|f| {
                                if f.trim().is_empty() {
                                    Cell::Empty
                                } else {
                                    // The apostrophe of `guard_formula`.
                                    let f = match f.strip_prefix('\'') {
                                        Some(rest) if rest.starts_with(FORMULA_START) => rest,
                                        _ => f,
                                    };
                                    Cell::Text(f.to_string())
                                }
                            })
                            .collect(),
                    );
                }
                // The input is a decoded string, so a record cannot be invalid UTF-8;
                // anything else ends the file.
                Ok(false) | Err(_) => break,
            }
        }
        out
    }

    /// How far the reading is, 0.0-1.0.
    pub fn progress(&self) -> f64 {
        if self.len == 0 {
            1.0
        } else {
            self.reader.position().byte() as f64 / self.len as f64
        }
    }
}

/// Every row of a CSV text at once (tests and small files).
pub fn read_all(text: &str, delimiter: u8) -> Vec<Vec<Cell>> {
    CsvRows::new(text, delimiter).next_rows(usize::MAX)
}

/// How an exported CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvDialect {
    pub delimiter: u8,
    pub decimal: DecimalSeparator,
    /// A UTF-8 byte-order mark first, so that Excel reads the umlauts right.
    pub bom: bool,
}

impl CsvDialect {
    /// German Excel: semicolon, decimal comma, BOM.
    pub const GERMAN_EXCEL: CsvDialect = CsvDialect {
        delimiter: b';',
        decimal: DecimalSeparator::Comma,
        bom: true,
    };
    /// Plain CSV: comma, decimal point, no BOM.
    pub const PLAIN: CsvDialect = CsvDialect {
        delimiter: b',',
        decimal: DecimalSeparator::Point,
        bom: false,
    };
}

/// A number as a CSV cell: no grouping (spreadsheets would read it as text), the
/// dialect's decimal separator, rounded where the kind says so.
pub fn csv_number(n: f64, kind: ColumnKind, decimal: DecimalSeparator) -> String {
    let n = match kind {
        ColumnKind::Integer => n.round(),
        ColumnKind::Percent | ColumnKind::Amount => (n * 100.0).round() / 100.0,
        ColumnKind::Score => (n * 10.0).round() / 10.0,
        ColumnKind::Text | ColumnKind::YesNo => n,
    };
    let text = Cell::Number(n).text();
    match decimal {
        DecimalSeparator::Comma => text.replace('.', ","),
        DecimalSeparator::Point => text,
    }
}

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 4] = ['=', '+', '-', '@'];

/// Text that a spreadsheet would run as a formula ("=HYPERLINK(…)" in a customer's
/// name) gets an apostrophe in front, as Excel itself writes it; [`CsvRows`] removes it
/// again, so an export imports back unchanged.
fn guard_formula(text: &str) -> String {
    if text.starts_with(FORMULA_START) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A table as CSV bytes: a header row, then one row per line; `yes_no` are the words
/// for true and false.
pub fn write_csv(
    headers: &[String],
    kinds: &[ColumnKind],
    rows: &[Vec<Cell>],
    dialect: CsvDialect,
    yes_no: (&str, &str),
) -> Vec<u8> {
    let mut out = Vec::new();
    if dialect.bom {
        out.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(dialect.delimiter)
        .from_writer(out);
    // Writing into a Vec cannot fail.
    let _ = w.write_record(headers);
    for row in rows {
        let fields = row.iter().enumerate().map(|(c, cell)| match cell {
            Cell::Empty => String::new(),
            Cell::Text(t) => guard_formula(t),
            Cell::Number(n) => csv_number(
                *n,
                kinds.get(c).copied().unwrap_or(ColumnKind::Text),
                dialect.decimal,
            ),
            Cell::Bool(true) => yes_no.0.to_string(),
            Cell::Bool(false) => yes_no.1.to_string(),
            Cell::Date(..) => cell.text(),
        });
        let _ = w.write_record(fields);
    }
    w.into_inner().unwrap_or_default()
}
