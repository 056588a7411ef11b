//! Excel files: reading a sheet with `calamine`, writing a table with
//! `rust_xlsxwriter`. Both are large (about 250 KB gzip each in wasm), so the browser
//! build reaches them only through split functions (src/ui/pages.rs): they arrive when
//! the user opens or exports a spreadsheet, never with an ordinary page.

use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use crate::domain::export::ColumnKind;
use crate::domain::spreadsheet::{known_header_row, Cell};

/// Why a workbook cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub enum XlsxError {
    /// Not an .xlsx file (an old .xls, a renamed file, a damaged download).
    NotXlsx(String),
    /// The workbook has no sheet of that number.
    NoSheet,
}

fn open(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, XlsxError> {
    Xlsx::new(Cursor::new(bytes)).map_err(|e| XlsxError::NotXlsx(e.to_string()))
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

/// A cell as calamine's cell reader gives it. Formulas come with their last computed
/// value; date cells become dates.
fn cell(data: &DataRef<'_>) -> Cell {
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
        DataRef::DateTime(d) if d.is_datetime() => {
            let (y, m, day) = excel_date(d.as_f64());
            Cell::Date(y, m, day)
        }
        DataRef::DateTime(d) => Cell::Number(d.as_f64()),
        // "#DIV/0!" and the like: the row check names it as not a number.
        DataRef::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}

/// Cells read between two calls of `between` in [`read_sheet_in_batches`].
const BATCH: usize = 10_000;

/// The cells of one sheet (0 = the first), row 0 being the sheet's row 1, so that row
/// numbers shown to the user are Excel's. Formulas give their last computed value.
/// After every 10,000 cells `between` gets the share read so far (0.0-1.0); the browser
/// build pauses there (a large sheet never blocks the page) and stops when it returns
/// false (the user cancelled): then the result is `Ok(None)`.
pub async fn read_sheet_in_batches<F, Fut>(
    bytes: &[u8],
    sheet: usize,
    mut between: F,
) -> Result<Option<Vec<Vec<Cell>>>, XlsxError>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let not_xlsx = |e: calamine::XlsxError| XlsxError::NotXlsx(e.to_string());
    let mut book = open(bytes)?;
    let name = book
        .sheet_names()
        .get(sheet)
        .cloned()
        .ok_or(XlsxError::NoSheet)?;
    let mut reader = book.worksheet_cells_reader(&name).map_err(not_xlsx)?;
    let total = reader.dimensions().len().max(1) as f64;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut count = 0usize;
    while let Some(c) = reader.next_cell().map_err(not_xlsx)? {
        let value = cell(c.get_value());
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
    Ok(Some(rows))
}

/// What reading a workbook gives: the sheet names, the number of the sheet read and
/// its rows.
pub type BookRead = (Vec<String>, usize, Vec<Vec<Cell>>);

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
    let names = sheet_names(bytes)?;
    if let Some(i) = chosen {
        let rows = read_sheet_in_batches(bytes, i, between).await?;
        return Ok(rows.map(|rows| (names, i, rows)));
    }
    let mut first = None;
    for i in 0..names.len() {
        let Some(rows) = read_sheet_in_batches(bytes, i, &mut between).await? else {
            return Ok(None);
        };
        if known_header_row(&rows).is_some() {
            return Ok(Some((names, i, rows)));
        }
        first.get_or_insert(rows);
    }
    let rows = first.ok_or(XlsxError::NoSheet)?;
    Ok(Some((names, 0, rows)))
}

/// Runs a read or write whose pauses never wait (tests, small files) to its end.
pub fn at_once<T>(future: impl std::future::Future<Output = T>) -> T {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    // Nothing in it waits: the first poll finishes it.
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(result) => result,
        Poll::Pending => unreachable!("a read or write whose pauses are ready never waits"),
    }
}

/// [`read_sheet_in_batches`] in one go (tests, small files).
pub fn read_sheet(bytes: &[u8], sheet: usize) -> Result<Vec<Vec<Cell>>, XlsxError> {
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

/// Column width in characters: the longest text, within 8 and 50.
fn width(header: &str, rows: &[Vec<Cell>], c: usize) -> f64 {
    let longest = rows
        .iter()
        .take(1000)
        .filter_map(|r| r.get(c))
        .map(|cell| match cell {
            Cell::Number(_) => 14,
            Cell::Date(..) => 10,
            other => other.text().chars().count(),
        })
        .chain([header.chars().count()])
        .max()
        .unwrap_or(8);
    (longest as f64 + 2.0).clamp(8.0, 50.0)
}

/// [`write_xlsx_in_batches`] in one go (tests, small tables).
pub fn write_xlsx(
    sheet_name: &str,
    headers: &[String],
    kinds: &[ColumnKind],
    rows: &[Vec<Cell>],
) -> Result<Vec<u8>, String> {
    at_once(write_xlsx_in_batches(
        sheet_name,
        headers,
        kinds,
        rows,
        std::future::ready,
    ))
}

/// Rows written between two calls of `between` in [`write_xlsx_in_batches`].
const WRITE_BATCH: usize = 5_000;

/// A table as an .xlsx workbook of one sheet: a bold header row, frozen and with a
/// filter; numbers as numbers (money with two decimals, percentages as percent, scores
/// with one decimal); yes/no as Excel booleans; each column as wide as its content.
/// After every 5,000 rows it awaits `between(())`: the browser build pauses there, so
/// that writing the cells and saving the file are not one long task.
pub async fn write_xlsx_in_batches<F, Fut>(
    sheet_name: &str,
    headers: &[String],
    kinds: &[ColumnKind],
    rows: &[Vec<Cell>],
    mut between: F,
) -> Result<Vec<u8>, String>
where
    F: FnMut(()) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    use rust_xlsxwriter::{Format, FormatBorder, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    let name: String = sheet_name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    sheet
        .set_name(if name.is_empty() { "Keystone" } else { &name })
        .map_err(err)?;
    let bold = Format::new()
        .set_bold()
        .set_border_bottom(FormatBorder::Thin);
    let format_of = |kind: ColumnKind| match kind {
        ColumnKind::Amount => Some(Format::new().set_num_format("#,##0.00")),
        ColumnKind::Percent => Some(Format::new().set_num_format("0.0%")),
        ColumnKind::Score => Some(Format::new().set_num_format("0.0")),
        ColumnKind::Integer => Some(Format::new().set_num_format("0")),
        ColumnKind::Text | ColumnKind::YesNo => None,
    };
    for (c, header) in headers.iter().enumerate() {
        let col = c as u16;
        sheet
            .write_string_with_format(0, col, header, &bold)
            .map_err(err)?;
        sheet
            .set_column_width(col, width(header, rows, c))
            .map_err(err)?;
        // A column's number format is set once and taken by every unformatted cell
        // written below (and by what the user types there later): a format per cell
        // is looked up by hashing it, which made 20,000 rows a long task.
        if let Some(format) = kinds.get(c).and_then(|k| format_of(*k)) {
            sheet.set_column_format(col, &format).map_err(err)?;
        }
    }
    for (r, row) in rows.iter().enumerate() {
        if r > 0 && r % WRITE_BATCH == 0 {
            between(()).await;
        }
        let at = r as u32 + 1;
        for (c, value) in row.iter().enumerate() {
            let col = c as u16;
            let kind = kinds.get(c).copied().unwrap_or(ColumnKind::Text);
            match value {
                Cell::Empty => {}
                Cell::Text(t) => {
                    sheet.write_string(at, col, t).map_err(err)?;
                }
                Cell::Bool(b) => {
                    sheet.write_boolean(at, col, *b).map_err(err)?;
                }
                Cell::Number(n) => {
                    let n = if kind == ColumnKind::Percent {
                        n / 100.0
                    } else {
                        *n
                    };
                    sheet.write_number(at, col, n).map_err(err)?;
                }
                Cell::Date(..) => {
                    sheet.write_string(at, col, value.text()).map_err(err)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(err)?;
    if !headers.is_empty() {
        let last_col = headers.len() as u16 - 1;
        sheet
            .autofilter(0, 0, rows.len() as u32, last_col)
            .map_err(err)?;
    }
    // Zip level 3 instead of 6: for 20,000 rows the save is a third faster (no long
    // task over 200 ms in the browser) for a file about 8 % larger.
    book.set_zip_compression_level(3);
    between(()).await;
    book.save_to_buffer().map_err(err)
}
