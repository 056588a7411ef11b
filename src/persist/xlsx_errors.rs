//! Error cells of an .xlsx sheet, read from the sheet's XML. calamine names only the
//! seven classic errors (`#DIV/0!`, `#N/A`, …) and stops at any other (`#SPILL!`,
//! `#CALC!`, `#FIELD!`, `#BLOCKED!`, …) without saying where it is; the reader then
//! goes on past that cell and asks this module where the error cells are.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use crate::domain::spreadsheet::{parse_cell_ref, ErrorCell};

/// Larger parts are not read for the list (a sheet of a few hundred MB unpacked).
const MAX_PART: u64 = 512 * 1024 * 1024;

fn part(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<String> {
    let name = name.trim_start_matches('/');
    let mut file = zip.by_name(name).ok()?;
    if file.size() > MAX_PART {
        return None;
    }
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    Some(text)
}

fn attr(e: &quick_xml::events::BytesStart<'_>, key: &str) -> Option<String> {
    // Attribute names may carry a prefix (`r:id`): compare the local part.
    e.attributes().flatten().find_map(|a| {
        let local = a.key.local_name();
        (local.as_ref() == key || a.key.as_ref() == key).then(|| a.value.to_string())
    })
}

/// Each element named `tag` (local name) of `xml`, with its attributes `keys`.
fn elements(xml: &str, tag: &str, keys: &[&str]) -> Vec<Vec<Option<String>>> {
    let mut reader = Reader::from_str(xml);
    let mut found = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == tag => {
                found.push(keys.iter().map(|k| attr(&e, k)).collect());
            }
            Ok(Event::Eof) | Err(_) => return found,
            _ => {}
        }
    }
}

/// `target` relative to the folder of `base` ("xl/workbook.xml" + "worksheets/s.xml"
/// → "xl/worksheets/s.xml"); absolute targets start at the root.
fn resolve(base: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').collect();
    parts.pop();
    for p in target.split('/') {
        match p {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The zip path of sheet `index` (in workbook order, as calamine counts).
fn sheet_path(zip: &mut ZipArchive<Cursor<&[u8]>>, index: usize) -> Option<String> {
    let root_rels = part(zip, "_rels/.rels").unwrap_or_default();
    let workbook = elements(&root_rels, "Relationship", &["Type", "Target"])
        .into_iter()
        .find(|a| {
            a[0].as_deref()
                .is_some_and(|t| t.ends_with("/officeDocument"))
        })
        .and_then(|a| a[1].clone())
        .map(|t| resolve("", &t))
        .unwrap_or_else(|| "xl/workbook.xml".to_string());
    let (folder, file) = workbook.rsplit_once('/').unwrap_or(("", &workbook));
    let rels_path = if folder.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{folder}/_rels/{file}.rels")
    };
    let book = part(zip, &workbook)?;
    let rels = part(zip, &rels_path)?;
    let id = elements(&book, "sheet", &["id"]).into_iter().nth(index)?[0].clone()?;
    let target = elements(&rels, "Relationship", &["Id", "Target"])
        .into_iter()
        .find(|a| a[0].as_deref() == Some(id.as_str()))?[1]
        .clone()?;
    Some(resolve(&workbook, &target))
}

/// The error cells (`t="e"`) of a sheet's XML, in order, with their positions.
pub fn error_cells(xml: &str) -> Vec<ErrorCell> {
    let mut reader = Reader::from_str(xml);
    let mut found = Vec::new();
    let (mut row, mut column) = (0usize, 0usize);
    // Some(pos) while inside an error cell; `in_value` inside its <v>.
    let mut error_at: Option<(usize, usize)> = None;
    let mut in_value = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "row" => {
                if let Some(r) = attr(&e, "r").and_then(|r| r.parse::<usize>().ok()) {
                    row = r.saturating_sub(1);
                }
                column = 0;
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "row" => {
                row += 1;
                column = 0;
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == "c" => {
                let pos = attr(&e, "r")
                    .and_then(|r| parse_cell_ref(&r))
                    .unwrap_or((row, column));
                column = pos.1 + 1;
                if attr(&e, "t").as_deref() == Some("e") {
                    error_at = Some(pos);
                }
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == "c" => {
                let pos = attr(&e, "r").and_then(|r| parse_cell_ref(&r));
                column = pos.map_or(column, |p| p.1) + 1;
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == "v" => in_value = true,
            Ok(Event::End(e)) if e.local_name().as_ref() == "v" => in_value = false,
            Ok(Event::Text(t)) if in_value => {
                if let Some((r, c)) = error_at.take() {
                    found.push(ErrorCell {
                        row: r,
                        column: c,
                        error: t.trim().to_string(),
                    });
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "c" => error_at = None,
            Ok(Event::Eof) | Err(_) => return found,
            _ => {}
        }
    }
}

/// The error cells of sheet `index` of a workbook, or `None` if its XML cannot be
/// found.
pub fn sheet_error_cells(bytes: &[u8], index: usize) -> Option<Vec<ErrorCell>> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let path = sheet_path(&mut zip, index)?;
    let xml = part(&mut zip, &path)?;
    Some(error_cells(&xml))
}
