//! Where a cell is, as Excel names it ("C5", column "XFD"), which columns of a sheet
//! hold anything, and the cells a workbook marks as errors.

use super::{Cell, Rows};

/// Excel's letters of column `c` (0-based): 0 → "A", 25 → "Z", 26 → "AA",
/// 16,383 → "XFD".
pub fn column_letters(c: usize) -> String {
    let mut letters = Vec::new();
    let mut n = c + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

/// A cell as Excel names it: row and column 0-based → "C5".
pub fn cell_ref(row: usize, column: usize) -> String {
    format!("{}{}", column_letters(column), row + 1)
}

/// The 0-based (row, column) of an Excel reference such as "C5" or "$C$5"; `None`
/// for anything else.
pub fn parse_cell_ref(reference: &str) -> Option<(usize, usize)> {
    let r = reference.replace('$', "");
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let column = letters
        .bytes()
        .fold(0usize, |n, b| n * 26 + (b - b'A' + 1) as usize);
    let row: usize = digits.parse().ok()?;
    (row >= 1).then(|| (row - 1, column - 1))
}

/// The rows without the columns that are blank in every row (no header, no value): a
/// stray cell far to the right (column XFD) would otherwise make the mapping offer
/// 16,384 columns. Also gives, for each column kept, its position in the file, so that
/// messages name the column the user sees in the spreadsheet.
pub fn drop_empty_columns(rows: Rows) -> (Rows, Vec<usize>) {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut used = vec![false; width];
    for row in &rows {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_blank() {
                used[c] = true;
            }
        }
    }
    let kept: Vec<usize> = (0..width).filter(|&c| used[c]).collect();
    if kept.len() == width {
        return (rows, kept);
    }
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut out: Vec<Cell> = kept
                .iter()
                .map(|&c| row.get(c).cloned().unwrap_or(Cell::Empty))
                .collect();
            while out.last().is_some_and(|c| *c == Cell::Empty) {
                out.pop();
            }
            out
        })
        .collect();
    (rows, kept)
}

/// A cell the workbook marks as an error (`#DIV/0!`, `#SPILL!`, `#CALC!`, …): read as
/// empty and listed, so that the user knows which values are missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCell {
    /// 0-based, as the rows are read (row 0 is the sheet's row 1).
    pub row: usize,
    /// 0-based position in the file.
    pub column: usize,
    /// The error as Excel shows it ("#SPILL!").
    pub error: String,
}

impl ErrorCell {
    /// "C5"; empty where the workbook does not say where the cell is.
    pub fn reference(&self) -> String {
        if self.row == usize::MAX || self.column == usize::MAX {
            return String::new();
        }
        cell_ref(self.row, self.column)
    }
}
