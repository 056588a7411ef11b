//! Customer lists from spreadsheets (CSV, Excel): which column is which field, every
//! row checked, and how the rows merge into the register. Reading the files is in
//! `persist::csv` and `persist::xlsx`; everything here is pure.

mod cell_value;
mod check;
mod content;
mod field;
mod header;
mod import;
mod layout;
pub use cell_value::{year_of, yes_no};
pub use check::{
    check_rows, CellProblem, Checked, Fixes, ImportedRow, ReadSettings, RowChecker, RowProblem,
};
pub use content::{content_kind, Content};
pub use field::{normalize_header, recognise, Field};
pub use header::{
    chosen_twice, find_header_row, guess_decimal, guess_mapping, headers, known_header_row,
    mapped_twice, Mapping,
};
pub use import::{apply_import, plan_import, ImportMode, ImportPlan, ImportPlanner};
pub use layout::{cell_ref, column_letters, drop_empty_columns, parse_cell_ref, ErrorCell};

/// What a picked or dropped file is, by its name: the two imports (a Keystone
/// workspace on the data page, a customer list on the spreadsheet page) hand a file
/// meant for the other one over instead of refusing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `.json`: a Keystone workspace or client copy.
    Workspace,
    /// CSV, text or an Excel or OpenDocument workbook (old `.xls` and `.ods` are then
    /// refused by the spreadsheet import with a sentence saying what to do).
    Spreadsheet,
    /// Anything else: the workspace import tries it and says what is wrong.
    Other,
}

pub fn file_kind(name: &str) -> FileKind {
    let lower = name.trim().to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "json" => FileKind::Workspace,
        "csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xls" | "ods" => FileKind::Spreadsheet,
        _ => FileKind::Other,
    }
}

/// One cell as the file holds it: CSV gives text, Excel typed values.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// An Excel date cell (year, month, day).
    Date(i32, u8, u8),
}

impl Cell {
    /// Empty, or text of spaces only.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as the preview shows it and as text fields take it: whole numbers
    /// without decimals (an Excel customer number 10023 stays "10023").
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            // ryu, as serde_json: the float formatter of `format!` would add its own code.
            Cell::Number(n) => ryu::Buffer::new().format(*n).to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// The rows of one sheet, as read; row `i` is row `i + 1` of the file.
pub type Rows = Vec<Vec<Cell>>;
