//! Excel files: reading a sheet with `calamine`, writing a table with
//! `rust_xlsxwriter`. Both are large (about 250 KB gzip each in wasm), so the browser
//! build reaches them only through split functions (`lazy_fn!` in
//! src/ui/data/sheet_import.rs and sheet_export.rs): they arrive when
//! the user opens or exports a spreadsheet, never with an ordinary page.

use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

pub use super::at_once;
pub use super::xlsx_write::{write_xlsx, write_xlsx_in_batches};
use crate::domain::spreadsheet::{known_header_row, Cell, ErrorCell, Rows};

/// Why a workbook cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub enum XlsxError {
    /// Not an .xlsx file (an old .xls, a renamed file, a damaged download).
    NotXlsx(String),
    /// The workbook is encrypted: saved with a password to open it.
    Password,
    /// The workbook has no sheet of that number.
    NoSheet,
}

fn not_xlsx(e: calamine::XlsxError) -> XlsxError {
    match e {
        calamine::XlsxError::Password => XlsxError::Password,
        e => XlsxError::NotXlsx(e.to_string()),
    }
}

fn open(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, XlsxError> {
    Xlsx::new(Cursor::new(bytes)).map_err(not_xlsx)
}

/// The names of a workbook's sheets, in order.
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, XlsxError> {
    Ok(open(bytes)?.sheet_names())
}

/// Days from the civil date (proleptic Gregorian) of 1970-01-01; inverse of the
/// algorithm by H. Hinnant ("days_from_civil").
fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// An Excel date serial as a calendar day (serial 1 = 1900-01-01; Excel counts a
/// 29 February 1900 that never was, so later serials count from 1899-12-30).
pub fn excel_date(serial: f64) -> (i32, u8, u8) {
    let days = serial.floor() as i64;
    let days = if days < 60 { days + 1 } else { days };
    // 1899-12-30 is 25,569 days before 1970-01-01.
    civil_from_days(days - 25_569)
}

/// The last serial Excel shows as a date (9999-12-31 in the 1900 date system).
const MAX_SERIAL: f64 = 2_958_465.0;

/// An Excel date serial in the workbook's date system: the 1900 system
/// ([`excel_date`]), or the 1904 system of old Mac workbooks (`date1904="1"`: serial 0
/// = 1904-01-01, so the same serial is 1,462 days later). `None` for a serial that is
/// no date (negative, beyond 9999, not finite).
pub fn excel_date_in(serial: f64, date1904: bool) -> Option<(i32, u8, u8)> {
    let limit = if date1904 {
        MAX_SERIAL - 1462.0
    } else {
        MAX_SERIAL
    };
    if !serial.is_finite() || serial < 0.0 || serial >= limit + 1.0 {
        return None;
    }
    Some(if date1904 {
        // 1904-01-01 is 24,107 days before 1970-01-01.
        civil_from_days(serial.floor() as i64 - 24_107)
    } else {
        excel_date(serial)
    })
}

/// A cell as calamine's cell reader gives it. Formulas come with their last computed
/// value; date cells become dates (in the workbook's date system); error cells are
/// empty (the reader lists them).
fn cell(data: &DataRef<'_>, date1904: bool) -> Cell {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::SharedString(s) if s.trim().is_empty() => Cell::Empty,
        DataRef::SharedString(s) => Cell::Text(s.to_string()),
        DataRef::String(s) if s.trim().is_empty() => Cell::Empty,
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
            Cell::Text(s.clone())
        }
        DataRef::DateTime(d) if d.is_datetime() => match excel_date_in(d.as_f64(), date1904) {
            Some((y, m, day)) => Cell::Date(y, m, day),
            // No date (1e999, -5): a number, which the row check refuses as a year.
            None => Cell::Number(d.as_f64()),
        },
        DataRef::DateTime(d) => Cell::Number(d.as_f64()),
        DataRef::Error(_) => Cell::Empty,
    }
}

/// What reading one sheet gives: its rows and its error cells (read as empty).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SheetRead {
    pub rows: Rows,
    pub errors: Vec<ErrorCell>,
}

/// Cells read between two calls of `between` in [`read_sheet_in_batches`]: 10,000
/// took 60-100 ms in the browser under load.
const BATCH: usize = 5_000;

/// The cells of one sheet (0 = the first), row 0 being the sheet's row 1, so that row
/// numbers shown to the user are Excel's. Formulas give their last computed value.
/// After every 5,000 cells `between` gets the share read so far (0.0-1.0); the browser
/// build pauses there (a large sheet never blocks the page) and stops when it returns
/// false (the user cancelled): then the result is `Ok(None)`.
///
/// Error cells are read as empty and listed in [`SheetRead::errors`]. calamine stops at
/// an error it does not know (`#SPILL!`, `#CALC!`, …); the reader goes on after that
/// cell and takes the positions of all error cells from the sheet's XML.
pub async fn read_sheet_in_batches<F, Fut>(
    bytes: &[u8],
    sheet: usize,
    between: F,
) -> Result<Option<SheetRead>, XlsxError>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    read_opened_sheet(&mut open(bytes)?, bytes, sheet, between).await
}

/// [`read_sheet_in_batches`] from a workbook already opened (opening reads the shared
/// strings of the whole workbook: the longest step of a read).
async fn read_opened_sheet<F, Fut>(
    book: &mut Xlsx<Cursor<&[u8]>>,
    bytes: &[u8],
    sheet: usize,
    mut between: F,
) -> Result<Option<SheetRead>, XlsxError>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let date1904 = book.has_1904_epoch();
    let name = book
        .sheet_names()
        .get(sheet)
        .cloned()
        .ok_or(XlsxError::NoSheet)?;
    let mut reader = book.worksheet_cells_reader(&name).map_err(not_xlsx)?;
    let total = reader.dimensions().len().max(1) as f64;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut errors = Vec::new();
    let mut unnamed = Vec::new();
    let mut count = 0usize;
    loop {
        let c = match reader.next_cell() {
            Ok(Some(c)) => c,
            Ok(None) => break,
            // The reader stands after the cell's value: the next call goes on with
            // the next cell. Where it was comes from the XML below.
            Err(calamine::XlsxError::CellError(e)) if unnamed.len() < 100_000 => {
                unnamed.push(e);
                continue;
            }
            Err(e) => return Err(not_xlsx(e)),
        };
        if let DataRef::Error(e) = c.get_value() {
            let (r, col) = c.get_position();
            errors.push(ErrorCell {
                row: r as usize,
                column: col as usize,
                error: e.to_string(),
            });
        }
        let value = cell(c.get_value(), date1904);
        if value != Cell::Empty {
            let (r, col) = c.get_position();
            let (r, col) = (r as usize, col as usize);
            if rows.len() <= r {
                rows.resize_with(r + 1, Vec::new);
            }
            if rows[r].len() <= col {
                rows[r].resize(col + 1, Cell::Empty);
            }
            rows[r][col] = value;
        }
        count += 1;
        if count.is_multiple_of(BATCH) && !between((count as f64 / total).min(1.0)).await {
            return Ok(None);
        }
    }
    if !unnamed.is_empty() {
        errors = match super::xlsx_errors::sheet_error_cells(bytes, sheet) {
            Some(all) => all,
            // The XML cannot be found (an odd workbook): the errors without a place.
            None => unnamed
                .into_iter()
                .map(|error| ErrorCell {
                    row: usize::MAX,
                    column: usize::MAX,
                    error,
                })
                .collect(),
        };
    }
    Ok(Some(SheetRead { rows, errors }))
}

/// What reading a workbook gives: the sheet names, the number of the sheet read, its
/// rows and its error cells.
#[derive(Debug, Clone, PartialEq)]
pub struct BookRead {
    pub sheets: Vec<String>,
    pub sheet: usize,
    pub rows: Rows,
    pub errors: Vec<ErrorCell>,
}

/// Reads the sheet `chosen`, or, when the user has not chosen one, the first sheet
/// whose top rows name two known fields ([`known_header_row`]): a cover or notes sheet
/// in front of the customer list is passed over. If no sheet has such a header, the
/// first sheet. `between` as in [`read_sheet_in_batches`]; `Ok(None)` if cancelled.
pub async fn read_book_in_batches<F, Fut>(
    bytes: &[u8],
    chosen: Option<usize>,
    mut between: F,
) -> Result<Option<BookRead>, XlsxError>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    // Opened once for the names and every sheet read, then a pause: opening and the
    // first cells are two tasks.
    let mut opened = open(bytes)?;
    let sheets = opened.sheet_names();
    if !between(0.0).await {
        return Ok(None);
    }
    let book = |sheet: usize, read: SheetRead| BookRead {
        sheets: sheets.clone(),
        sheet,
        rows: read.rows,
        errors: read.errors,
    };
    if let Some(i) = chosen {
        let read = read_opened_sheet(&mut opened, bytes, i, between).await?;
        return Ok(read.map(|read| book(i, read)));
    }
    let mut first = None;
    for i in 0..sheets.len() {
        let Some(read) = read_opened_sheet(&mut opened, bytes, i, &mut between).await? else {
            return Ok(None);
        };
        if known_header_row(&read.rows).is_some() {
            return Ok(Some(book(i, read)));
        }
        first.get_or_insert(read);
    }
    let read = first.ok_or(XlsxError::NoSheet)?;
    Ok(Some(book(0, read)))
}

/// [`read_sheet_in_batches`] in one go (tests, small files).
pub fn read_sheet(bytes: &[u8], sheet: usize) -> Result<Vec<Vec<Cell>>, XlsxError> {
    read_sheet_and_errors(bytes, sheet).map(|read| read.rows)
}

/// [`read_sheet_in_batches`] in one go, with the error cells.
pub fn read_sheet_and_errors(bytes: &[u8], sheet: usize) -> Result<SheetRead, XlsxError> {
    at_once(read_sheet_in_batches(bytes, sheet, |_| {
        std::future::ready(true)
    }))
    .map(Option::unwrap_or_default)
}

/// [`read_book_in_batches`] in one go (tests, small files).
pub fn read_book(bytes: &[u8], chosen: Option<usize>) -> Result<BookRead, XlsxError> {
    at_once(read_book_in_batches(bytes, chosen, |_| {
        std::future::ready(true)
    }))
    .map(|read| read.expect("a read that is never cancelled"))
}
