//! Writing a table as an .xlsx workbook with `rust_xlsxwriter` (the reader is
//! `persist::xlsx`, which re-exports these). Reached in the browser only through the
//! `write_xlsx` split function (src/ui/data/sheet_export.rs).

use crate::domain::export::ColumnKind;
use crate::domain::spreadsheet::Cell;

use super::xlsx::at_once;

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
