//! Reading a chosen file into rows: by its content a CSV text (decoded, delimiter
//! detected, read in batches) or an Excel workbook (read in the reader's chunk), with
//! progress, cancel and the reasons a file is refused.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::number::DecimalSeparator;
use crate::domain::problem::quoted;
use crate::domain::spreadsheet::{
    content_kind, drop_empty_columns, find_header_row, guess_decimal, guess_mapping, headers, Cell,
    Content, ErrorCell, FileKind, Mapping,
};
use crate::i18n::fill;
use crate::i18n::sheet::SH;
use crate::persist::csv::{detect_delimiter, detect_encoding, CsvRows, TextEncoding};
use crate::persist::xlsx::XlsxError;
use crate::state::{AppState, Route};
use crate::ui::data::handover::hand_over;

use super::mapping::remembered;
use super::read_xlsx;

/// Rows read between two pauses that let the browser paint and take input.
const BATCH: usize = 2000;

/// Where the rows came from, to read them again with another delimiter or sheet.
#[derive(Clone)]
pub enum Source {
    Csv {
        text: Arc<String>,
        encoding: TextEncoding,
        delimiter: u8,
    },
    Xlsx {
        bytes: Arc<Vec<u8>>,
        sheets: Vec<String>,
        sheet: usize,
    },
}

/// Decodes a text file: UTF-8, UTF-16 or Windows-1252 by the browser's TextDecoder.
pub fn decode(bytes: &[u8]) -> Option<(String, TextEncoding)> {
    let (encoding, bom) = detect_encoding(bytes);
    let decoder = web_sys::TextDecoder::new_with_label(encoding.label()).ok()?;
    let text = decoder.decode_with_u8_array(&bytes[bom..]).ok()?;
    Some((text, encoding))
}

/// Bytes decoded between two pauses: a 20 MB file (600,000 history rows) decoded in one
/// go was a task of ~200 ms (measured), one piece is a few ms.
const PIECE: usize = 1 << 20;

/// [`decode`] a piece at a time with a pause between pieces (the browser's streaming
/// TextDecoder keeps a character split between two pieces whole).
pub async fn decode_in_pieces(bytes: &[u8]) -> Option<(String, TextEncoding)> {
    let (encoding, bom) = detect_encoding(bytes);
    let rest = &bytes[bom..];
    if rest.len() <= PIECE {
        return decode(bytes);
    }
    let decoder = web_sys::TextDecoder::new_with_label(encoding.label()).ok()?;
    let streaming = web_sys::TextDecodeOptions::new();
    streaming.set_stream(true);
    let mut text = String::with_capacity(rest.len());
    for piece in rest.chunks(PIECE) {
        text.push_str(
            &decoder
                .decode_with_u8_array_and_options(piece, &streaming)
                .ok()?,
        );
        crate::state::browser::pause().await;
    }
    // The end of the stream: whatever the decoder still holds.
    text.push_str(&decoder.decode().ok()?);
    Some((text, encoding))
}

/// The state of the import page while a file is read and after: the file, its rows and
/// what was guessed about them.
#[derive(Clone, Copy)]
pub struct Reader {
    pub app: AppState,
    pub file_name: RwSignal<String>,
    pub source: RwSignal<Option<Source>>,
    pub rows: RwSignal<Arc<Vec<Vec<Cell>>>>,
    pub loaded: RwSignal<bool>,
    /// Some(percent) while reading; the cancel flag is checked between batches.
    pub reading: RwSignal<Option<u32>>,
    pub loading_excel: RwSignal<bool>,
    pub cancel: RwSignal<bool>,
    pub refused: RwSignal<Option<String>>,
    pub header_row: RwSignal<usize>,
    /// For each column read, its position in the file (empty columns are left out).
    pub positions: RwSignal<Vec<usize>>,
    /// Error cells of the sheet read (sheet name, cells), read as empty.
    pub error_cells: RwSignal<Option<(String, Vec<ErrorCell>)>>,
    pub mapping: RwSignal<Mapping>,
    pub decimal: RwSignal<DecimalSeparator>,
}

impl Reader {
    pub fn new(app: AppState) -> Self {
        let rows = RwSignal::new(Arc::new(Vec::new()));
        // Leaving the page frees the rows of the file read: 600,000 rows × 4 cells took
        // ~80 ms in the task that drew the next page. They go in slices after it.
        on_cleanup(move || {
            let list = rows.try_update_untracked(std::mem::take);
            if let Some(list) = list.and_then(|l| Arc::try_unwrap(l).ok()) {
                leptos::task::spawn_local(drop_in_slices(list));
            }
        });
        Self {
            app,
            file_name: RwSignal::new(String::new()),
            source: RwSignal::new(None),
            rows,
            loaded: RwSignal::new(false),
            reading: RwSignal::new(None),
            loading_excel: RwSignal::new(false),
            cancel: RwSignal::new(false),
            refused: RwSignal::new(None),
            header_row: RwSignal::new(0usize),
            positions: RwSignal::new(Vec::new()),
            error_cells: RwSignal::new(None),
            mapping: RwSignal::new(Mapping::new()),
            decimal: RwSignal::new(app.lang.get_untracked().decimal_separator()),
        }
    }

    fn refuse(self, file: &str, reason: &str) {
        let l = self.app.lang.get_untracked();
        self.refused.set(Some(fill(
            l.t(SH::Refused),
            &[("file", &quoted(file)), ("reason", reason)],
        )));
    }

    /// New rows: headers found again, the mapping guessed, corrections cleared.
    fn take_rows(self, list: Vec<Vec<Cell>>) {
        // Columns blank in every row are left out (a stray cell in column XFD would
        // offer 16,384 columns); the others keep their place in the file for messages.
        let (list, kept) = drop_empty_columns(list);
        self.positions.set(kept);
        let h = find_header_row(&list);
        let m = guess_mapping(&headers(&list, h), &remembered());
        self.decimal.set(guess_decimal(
            &list,
            h,
            &m,
            self.app.lang.get_untracked().decimal_separator(),
        ));
        self.header_row.set(h);
        self.mapping.set(m);
        self.rows.set(Arc::new(list));
        self.loaded.set(true);
    }

    /// Reads a CSV text with a delimiter, in batches.
    pub fn read_csv(self, text: Arc<String>, delimiter: u8) {
        let Reader {
            app,
            reading,
            cancel,
            file_name,
            ..
        } = self;
        let lang = app.lang;
        leptos::task::spawn_local(async move {
            cancel.set(false);
            reading.set(Some(0));
            let mut reader = CsvRows::new(&text, delimiter);
            let mut list = Vec::new();
            loop {
                let batch = reader.next_rows(BATCH);
                let done = batch.len() < BATCH;
                list.extend(batch);
                if done {
                    break;
                }
                reading.set(Some((reader.progress() * 100.0) as u32));
                crate::state::browser::pause().await;
                if cancel.get_untracked() {
                    reading.set(None);
                    app.notify(lang.get_untracked().t(SH::Cancelled));
                    return;
                }
            }
            reading.set(None);
            if list.is_empty() {
                self.refuse(
                    &file_name.get_untracked(),
                    lang.get_untracked().t(SH::NoRows),
                );
                return;
            }
            self.take_rows(list);
        });
    }

    /// Reads a sheet of an Excel workbook; `sheet: None`: the first sheet that holds a
    /// list (the user has not chosen).
    pub fn read_sheet(self, bytes: Arc<Vec<u8>>, sheet: Option<usize>) {
        let Reader {
            app,
            reading,
            cancel,
            file_name,
            loading_excel,
            refused,
            error_cells,
            source,
            ..
        } = self;
        let lang = app.lang;
        leptos::task::spawn_local(async move {
            loading_excel.set(true);
            let loaded_reader = read_xlsx(bytes.to_vec(), sheet, reading, cancel).await;
            loading_excel.set(false);
            let l = lang.get_untracked();
            let name = file_name.get_untracked();
            let Ok(read) = loaded_reader else {
                refused.set(Some(l.t(SH::ExcelFailed).to_string()));
                return;
            };
            cancel.set(false);
            reading.set(Some(0));
            let result = read.await;
            reading.set(None);
            match result {
                Err(XlsxError::NotXlsx(_)) => self.refuse(&name, l.t(SH::NotXlsx)),
                Err(XlsxError::Password) => self.refuse(&name, l.t(SH::Password)),
                Err(XlsxError::NoSheet) => self.refuse(&name, l.t(SH::NoSheet)),
                Ok(None) => app.notify(l.t(SH::Cancelled)),
                Ok(Some(read)) => {
                    let sheet_name = read.sheets.get(read.sheet).cloned().unwrap_or_default();
                    error_cells.set((!read.errors.is_empty()).then_some((sheet_name, read.errors)));
                    source.set(Some(Source::Xlsx {
                        bytes,
                        sheets: read.sheets,
                        sheet: read.sheet,
                    }));
                    self.take_rows(read.rows);
                }
            }
        });
    }

    /// Takes a chosen or dropped file (a workspace file is handed to the data page).
    pub fn take_file(self, file: web_sys::File) {
        let Reader {
            app,
            refused,
            loaded,
            source,
            error_cells,
            file_name,
            ..
        } = self;
        let lang = app.lang;
        let notice = lang.get_untracked().t(SH::HandedToData);
        let Some(file) = hand_over(app, file, FileKind::Workspace, Route::Data, notice) else {
            return;
        };
        let name = file.name();
        refused.set(None);
        loaded.set(false);
        source.set(None);
        error_cells.set(None);
        file_name.set(name.clone());
        let lower = name.to_lowercase();
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            if lower.ends_with(".ods") {
                self.refuse(&name, l.t(SH::WrongType));
                return;
            }
            let Some(bytes) = crate::state::browser::read_bytes(&file).await else {
                self.refuse(&name, l.t(SH::NotText));
                return;
            };
            // By content, whatever the name says: an .xlsx is a zip file; Excel saves a
            // workbook with a password as an encrypted compound file, which an old .xls
            // also is.
            match content_kind(&bytes) {
                Content::Encrypted => return self.refuse(&name, l.t(SH::Password)),
                Content::OldExcel => return self.refuse(&name, l.t(SH::NotXlsx)),
                Content::Other if lower.ends_with(".xls") => {
                    return self.refuse(&name, l.t(SH::NotXlsx));
                }
                Content::Zip => return self.read_sheet(Arc::new(bytes), None),
                Content::Other if lower.ends_with(".xlsx") => {
                    return self.read_sheet(Arc::new(bytes), None);
                }
                Content::Other => {}
            }
            let Some((text, encoding)) = decode_in_pieces(&bytes).await else {
                self.refuse(&name, l.t(SH::NotText));
                return;
            };
            let text = Arc::new(text);
            let delimiter = detect_delimiter(&text);
            source.set(Some(Source::Csv {
                text: text.clone(),
                encoding,
                delimiter,
            }));
            self.read_csv(text, delimiter);
        });
    }
}

/// Frees `rows` a slice per task (each row's cells are allocations of their own).
async fn drop_in_slices(mut rows: Vec<Vec<Cell>>) {
    const SLICE: usize = 100_000;
    while !rows.is_empty() {
        crate::state::browser::pause().await;
        rows.truncate(rows.len().saturating_sub(SLICE));
    }
}
