//! Customer lists from spreadsheets (CSV, Excel): which column is which field, every
//! row checked, and how the rows merge into the register. Reading the files is in
//! `persist::csv` and `persist::xlsx`; everything here is pure.

use std::collections::{HashMap, HashSet};

use super::account::{Account, AccountId, MAX_YEAR, MIN_YEAR};
use super::number::{parse_amount, DecimalSeparator};
use super::workspace::Workspace;

mod content;
mod layout;
pub use content::{content_kind, Content};
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

/// The account fields a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    CustomerNumber,
    Industry,
    Region,
    Revenue,
    Margin,
    Potential,
    CustomerSince,
    KeyAccount,
    Tags,
    Notes,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::Name,
        Field::CustomerNumber,
        Field::Industry,
        Field::Region,
        Field::Revenue,
        Field::Margin,
        Field::Potential,
        Field::CustomerSince,
        Field::KeyAccount,
        Field::Tags,
        Field::Notes,
    ];

    /// Stable key, for the remembered mapping.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::CustomerNumber => "customer_number",
            Field::Industry => "industry",
            Field::Region => "region",
            Field::Revenue => "revenue",
            Field::Margin => "contribution_margin",
            Field::Potential => "potential",
            Field::CustomerSince => "relationship_since",
            Field::KeyAccount => "key_account",
            Field::Tags => "tags",
            Field::Notes => "notes",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    fn is_amount(self) -> bool {
        matches!(self, Field::Revenue | Field::Margin | Field::Potential)
    }
}

/// A header as compared: lower case, umlauts spelled out, letters and digits only
/// ("Umsatz (€) 2025" → "umsatz2025", "Schlüsselkunde" → "schluesselkunde").
pub fn normalize_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in header.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// Headers people write, normalised, in German and English. Short ones only match
/// exactly; the others also as the start of a header ("umsatz2025", "revenueeur").
const SYNONYMS: &[(&str, Field)] = &[
    ("kundennummer", Field::CustomerNumber),
    ("kundennr", Field::CustomerNumber),
    ("kdnr", Field::CustomerNumber),
    ("knr", Field::CustomerNumber),
    ("debitor", Field::CustomerNumber),
    ("debitorennummer", Field::CustomerNumber),
    ("debitorennr", Field::CustomerNumber),
    ("customernumber", Field::CustomerNumber),
    ("customerno", Field::CustomerNumber),
    ("customerid", Field::CustomerNumber),
    ("accountnumber", Field::CustomerNumber),
    ("accountno", Field::CustomerNumber),
    ("accountid", Field::CustomerNumber),
    ("id", Field::CustomerNumber),
    ("nr", Field::CustomerNumber),
    ("no", Field::CustomerNumber),
    ("nummer", Field::CustomerNumber),
    ("number", Field::CustomerNumber),
    ("kundeseit", Field::CustomerSince),
    ("kundenseit", Field::CustomerSince),
    ("customersince", Field::CustomerSince),
    ("clientsince", Field::CustomerSince),
    ("relationshipsince", Field::CustomerSince),
    ("seit", Field::CustomerSince),
    ("since", Field::CustomerSince),
    ("beziehungseit", Field::CustomerSince),
    ("erstauftrag", Field::CustomerSince),
    ("firstorder", Field::CustomerSince),
    ("kunde", Field::Name),
    ("kundenname", Field::Name),
    ("kundenbezeichnung", Field::Name),
    ("name", Field::Name),
    ("firma", Field::Name),
    ("firmenname", Field::Name),
    ("unternehmen", Field::Name),
    ("customer", Field::Name),
    ("customername", Field::Name),
    ("client", Field::Name),
    ("company", Field::Name),
    ("account", Field::Name),
    ("accountname", Field::Name),
    ("branche", Field::Industry),
    ("industrie", Field::Industry),
    ("industry", Field::Industry),
    ("sector", Field::Industry),
    ("sektor", Field::Industry),
    ("segment", Field::Industry),
    ("region", Field::Region),
    ("gebiet", Field::Region),
    ("vertriebsgebiet", Field::Region),
    ("verkaufsgebiet", Field::Region),
    ("territory", Field::Region),
    ("area", Field::Region),
    ("land", Field::Region),
    ("country", Field::Region),
    ("umsatz", Field::Revenue),
    ("jahresumsatz", Field::Revenue),
    ("nettoumsatz", Field::Revenue),
    ("revenue", Field::Revenue),
    ("sales", Field::Revenue),
    ("turnover", Field::Revenue),
    ("netsales", Field::Revenue),
    ("deckungsbeitrag", Field::Margin),
    ("db", Field::Margin),
    ("db1", Field::Margin),
    ("db2", Field::Margin),
    ("rohertrag", Field::Margin),
    ("marge", Field::Margin),
    ("contributionmargin", Field::Margin),
    ("contribution", Field::Margin),
    ("margin", Field::Margin),
    ("grossmargin", Field::Margin),
    ("potenzial", Field::Potential),
    ("potential", Field::Potential),
    ("bedarf", Field::Potential),
    ("einkaufsvolumen", Field::Potential),
    ("gesamtbedarf", Field::Potential),
    ("categoryspend", Field::Potential),
    ("walletsize", Field::Potential),
    ("schluesselkunde", Field::KeyAccount),
    ("keyaccount", Field::KeyAccount),
    ("ka", Field::KeyAccount),
    ("kam", Field::KeyAccount),
    ("schlagworte", Field::Tags),
    ("schlagwoerter", Field::Tags),
    ("stichworte", Field::Tags),
    ("tags", Field::Tags),
    ("labels", Field::Tags),
    ("merkmale", Field::Tags),
    ("notizen", Field::Notes),
    ("notiz", Field::Notes),
    ("bemerkung", Field::Notes),
    ("bemerkungen", Field::Notes),
    ("anmerkungen", Field::Notes),
    ("kommentar", Field::Notes),
    ("notes", Field::Notes),
    ("note", Field::Notes),
    ("comment", Field::Notes),
    ("comments", Field::Notes),
    ("remarks", Field::Notes),
];

/// Words that make a header a ratio, never an amount ("DB-Quote", "Share of wallet").
const RATIO_WORDS: &[&str] = &[
    "quote", "anteil", "share", "prozent", "percent", "ratio", "rate", "klasse", "class",
];

/// The field a header names, if it is one we know.
pub fn recognise(header: &str) -> Option<Field> {
    let n = normalize_header(header);
    if n.is_empty() || header.contains('%') || RATIO_WORDS.iter().any(|w| n.contains(w)) {
        return None;
    }
    if let Some((_, f)) = SYNONYMS.iter().find(|(s, _)| *s == n) {
        return Some(*f);
    }
    SYNONYMS
        .iter()
        .filter(|(s, _)| s.len() >= 4 && n.starts_with(s))
        .max_by_key(|(s, _)| s.len())
        .map(|(_, f)| *f)
}

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
    let mut seen = HashSet::new();
    let mut twice: Vec<Field> = mapping
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

/// What is wrong with one cell.
#[derive(Debug, Clone, PartialEq)]
pub enum CellProblem {
    /// The name is missing.
    NoName,
    NotANumber,
    /// The potential is negative.
    Negative,
    NotAYear,
    NotYesNo,
    /// The same customer (number, or name without number) is in an earlier row.
    Duplicate {
        first_row: usize,
    },
}

/// One problem, located as the user sees the file: row number (1 = first row),
/// column (0-based; the UI shows its header) and the cell's text.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub row: usize,
    /// The user chose to skip this row: listed (so that it can be taken back), but no
    /// longer in the way of the import.
    pub skipped: bool,
    pub column: usize,
    pub field: Field,
    pub value: String,
    pub problem: CellProblem,
}

/// A row that passed: the account it gives (id 0 until imported) and the fields the
/// file filled, so that an empty cell never erases a value already in the register.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedRow {
    pub row: usize,
    pub account: Account,
    pub filled: Vec<Field>,
}

/// The outcome of checking every row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checked {
    pub rows: Vec<ImportedRow>,
    pub problems: Vec<RowProblem>,
    /// Rows skipped on the user's request.
    pub skipped: usize,
    /// Rows left out because they are empty.
    pub empty: usize,
    /// Rows left out because they are totals ("Summe", "Total"), by row number.
    pub totals: Vec<usize>,
}

impl Checked {
    /// Rows with a problem that is neither fixed nor skipped, in order.
    pub fn problem_rows(&self) -> Vec<usize> {
        let mut rows: Vec<usize> = self
            .problems
            .iter()
            .filter(|p| !p.skipped)
            .map(|p| p.row)
            .collect();
        rows.dedup();
        rows
    }
}

/// The user's corrections: (row, column) → the text to use instead of the cell.
pub type Fixes = HashMap<(usize, usize), String>;

/// How to read the rows below the header.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadSettings {
    pub header_row: usize,
    pub mapping: Mapping,
    pub decimal: DecimalSeparator,
}

/// First words of a total row ("Summe", "Gesamt", "Total", …).
const TOTAL_WORDS: &[&str] = &[
    "summe",
    "gesamt",
    "gesamtsumme",
    "insgesamt",
    "total",
    "totals",
    "grandtotal",
    "sum",
    "gesamtergebnis",
];

fn is_total(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    TOTAL_WORDS.contains(&normalize_header(first).as_str())
}

/// Checks every row below the header and turns the good ones into accounts. Rows in
/// `skip` are left out; `fixes` replace cells. `to_f64` turns plain digits
/// ("-1234.5") into a number (the browser passes its own `parseFloat`).
pub fn check_rows(
    rows: &[Vec<Cell>],
    settings: &ReadSettings,
    fixes: &Fixes,
    skip: &HashSet<usize>,
    to_f64: &dyn Fn(&str) -> Option<f64>,
) -> Checked {
    let mut out = Checked::default();
    let mut first_of: HashMap<String, usize> = HashMap::new();
    let name_col = settings
        .mapping
        .iter()
        .position(|f| *f == Some(Field::Name));
    for (i, cells) in rows.iter().enumerate().skip(settings.header_row + 1) {
        let row = i + 1;
        if cells.iter().all(Cell::is_blank) {
            out.empty += 1;
            continue;
        }
        let cell = |c: usize| -> Cell {
            match fixes.get(&(row, c)) {
                Some(text) => Cell::Text(text.clone()),
                None => cells.get(c).cloned().unwrap_or(Cell::Empty),
            }
        };
        // "Summe" in the name column, or in the first filled cell left of it.
        if let Some(Cell::Text(first)) = cells.iter().find(|c| !c.is_blank()) {
            if is_total(first) {
                out.totals.push(row);
                continue;
            }
        }
        let mut account = Account::new(0, "", 0.0);
        let mut filled = Vec::new();
        let mut problems = Vec::new();
        for (c, field) in settings.mapping.iter().enumerate() {
            let Some(field) = *field else { continue };
            let value = cell(c);
            let mut problem = |p| {
                problems.push(RowProblem {
                    row,
                    skipped: false,
                    column: c,
                    field,
                    value: value.text(),
                    problem: p,
                })
            };
            if value.is_blank() {
                if field == Field::Name {
                    problem(CellProblem::NoName);
                }
                continue;
            }
            match set_field(&mut account, field, &value, settings.decimal, to_f64) {
                Ok(()) => filled.push(field),
                Err(p) => problem(p),
            }
        }
        if name_col.is_none() {
            // Without a name column every row lacks its name; one problem per row.
            problems.push(RowProblem {
                row,
                skipped: false,
                column: 0,
                field: Field::Name,
                value: String::new(),
                problem: CellProblem::NoName,
            });
        }
        if problems.is_empty() {
            let key = identity(&account);
            let first = *first_of.entry(key).or_insert(row);
            if first != row {
                let (column, field) = match settings
                    .mapping
                    .iter()
                    .position(|f| *f == Some(Field::CustomerNumber))
                {
                    Some(c) if !account.customer_number.is_empty() => (c, Field::CustomerNumber),
                    _ => (name_col.unwrap_or(0), Field::Name),
                };
                problems.push(RowProblem {
                    row,
                    skipped: false,
                    column,
                    field,
                    value: cell(column).text(),
                    problem: CellProblem::Duplicate { first_row: first },
                });
            }
        }
        if skip.contains(&row) {
            out.skipped += 1;
            out.problems.extend(
                problems
                    .into_iter()
                    .map(|p| RowProblem { skipped: true, ..p }),
            );
        } else if problems.is_empty() {
            account.tidy();
            out.rows.push(ImportedRow {
                row,
                account,
                filled,
            });
        } else {
            out.problems.extend(problems);
        }
    }
    out
}

/// A customer number as compared: trimmed, case ignored; `None` when there is none.
fn number_key(a: &Account) -> Option<String> {
    let n = a.customer_number.trim();
    (!n.is_empty()).then(|| n.to_lowercase())
}

/// A name as compared: trimmed, case ignored.
fn name_key(a: &Account) -> String {
    a.name.trim().to_lowercase()
}

/// What identifies a customer in a file: the customer number, else the name; the
/// same keys as the matching with the register ([`plan_import`]).
fn identity(a: &Account) -> String {
    match number_key(a) {
        Some(n) => format!("no:{n}"),
        None => format!("name:{}", name_key(a)),
    }
}

fn set_field(
    account: &mut Account,
    field: Field,
    value: &Cell,
    decimal: DecimalSeparator,
    to_f64: &dyn Fn(&str) -> Option<f64>,
) -> Result<(), CellProblem> {
    let text = value.text();
    match field {
        Field::Name => account.name = text,
        Field::CustomerNumber => account.customer_number = text,
        Field::Industry => account.industry = text,
        Field::Region => account.region = text,
        Field::Notes => account.notes = text,
        Field::Tags => {
            account.tags = text
                .split([',', ';', '|'])
                .map(|t| t.trim().to_string())
                .collect()
        }
        Field::Revenue | Field::Margin | Field::Potential => {
            let n = match value {
                // A broken export can write 1e999 or NaN into a number cell: JSON has no
                // such number, so it is refused like any other wrong number.
                Cell::Number(n) if !n.is_finite() => return Err(CellProblem::NotANumber),
                Cell::Number(n) => *n,
                _ => parse_amount(&text, decimal, to_f64).map_err(|_| CellProblem::NotANumber)?,
            };
            match field {
                Field::Revenue => account.revenue = n,
                Field::Margin => account.contribution_margin = Some(n),
                _ if n < 0.0 => return Err(CellProblem::Negative),
                _ => account.potential = Some(n),
            }
        }
        Field::CustomerSince => account.relationship_since = Some(year_of(value)?),
        Field::KeyAccount => account.key_account = yes_no(value)?,
    }
    Ok(())
}

/// The year of "customer since": a year (2015), a date in German, ISO or US notation
/// (01.03.2015, 2015-03-01, 3/1/2015), or an Excel date.
pub fn year_of(value: &Cell) -> Result<i32, CellProblem> {
    let year = match value {
        Cell::Date(y, _, _) => *y,
        Cell::Number(n) if n.fract() == 0.0 => *n as i32,
        Cell::Text(t) => {
            let groups: Vec<&str> = t
                .trim()
                .split(['.', '-', '/', ' '])
                .filter(|g| !g.is_empty())
                .collect();
            let numeric = groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
            let four: Vec<&&str> = groups.iter().filter(|g| g.len() == 4).collect();
            if !numeric || groups.len() > 3 || four.len() != 1 {
                return Err(CellProblem::NotAYear);
            }
            four[0].parse().map_err(|_| CellProblem::NotAYear)?
        }
        _ => return Err(CellProblem::NotAYear),
    };
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(CellProblem::NotAYear)
    }
}

/// Yes or no as people write it in a key-account column: ja/nein, yes/no, x, 1/0, …
pub fn yes_no(value: &Cell) -> Result<bool, CellProblem> {
    match value {
        Cell::Bool(b) => Ok(*b),
        Cell::Number(n) if *n == 1.0 => Ok(true),
        Cell::Number(n) if *n == 0.0 => Ok(false),
        Cell::Text(t) => match (t.trim(), normalize_header(t).as_str()) {
            ("✓" | "✔" | "☑", _) => Ok(true),
            ("-" | "–", _) => Ok(false),
            (_, "ja" | "j" | "yes" | "y" | "x" | "1" | "true" | "wahr" | "keyaccount")
            | (_, "schluesselkunde" | "ka") => Ok(true),
            (_, "nein" | "n" | "no" | "0" | "false" | "falsch") => Ok(false),
            _ => Err(CellProblem::NotYesNo),
        },
        _ => Err(CellProblem::NotYesNo),
    }
}

/// Merge into the register, or make the register exactly the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Matched accounts are updated, the others added; nothing is removed.
    Merge,
    /// Matched accounts are updated (and keep their ratings, plans, …), the others
    /// added, and accounts not in the file removed.
    Replace,
}

/// What an import will do, before the user confirms.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPlan {
    /// Indexes into the checked rows that become new accounts.
    pub new: Vec<usize>,
    /// (row index, the account as it will be) for matched accounts that change.
    pub changed: Vec<(usize, Account)>,
    /// Matched accounts the file leaves as they are: (row index, id).
    pub unchanged: Vec<(usize, AccountId)>,
    /// Accounts not in the file (removed with [`ImportMode::Replace`]).
    pub not_in_file: Vec<AccountId>,
}

/// Matches the rows with the register: by customer number where the row has one; by
/// name otherwise, and also for a row whose number is new against an account that has
/// no number yet (so a first import with numbers fills them in). An account is matched
/// once; a later row for it counts as new.
pub fn plan_import(existing: &[Account], rows: &[ImportedRow]) -> ImportPlan {
    let mut by_number: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, a) in existing.iter().enumerate() {
        if let Some(n) = number_key(a) {
            by_number.entry(n).or_insert(i);
        }
        by_name.entry(name_key(a)).or_insert(i);
    }
    let mut matched = vec![false; existing.len()];
    let mut plan = ImportPlan::default();
    for (r, row) in rows.iter().enumerate() {
        let found = match number_key(&row.account) {
            Some(n) => by_number.get(&n).copied().or_else(|| {
                by_name
                    .get(&name_key(&row.account))
                    .copied()
                    .filter(|&i| number_key(&existing[i]).is_none())
            }),
            None => by_name.get(&name_key(&row.account)).copied(),
        };
        match found.filter(|&i| !matched[i]) {
            Some(i) => {
                matched[i] = true;
                let merged = merged(&existing[i], row);
                if merged == existing[i] {
                    plan.unchanged.push((r, existing[i].id));
                } else {
                    plan.changed.push((r, merged));
                }
            }
            None => plan.new.push(r),
        }
    }
    plan.not_in_file = existing
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(a, _)| a.id)
        .collect();
    plan
}

/// An existing account with the fields the row filled taken from the row.
fn merged(existing: &Account, row: &ImportedRow) -> Account {
    let mut a = existing.clone();
    let new = &row.account;
    for field in &row.filled {
        match field {
            Field::Name => a.name = new.name.clone(),
            Field::CustomerNumber => a.customer_number = new.customer_number.clone(),
            Field::Industry => a.industry = new.industry.clone(),
            Field::Region => a.region = new.region.clone(),
            Field::Revenue => a.revenue = new.revenue,
            Field::Margin => a.contribution_margin = new.contribution_margin,
            Field::Potential => a.potential = new.potential,
            Field::CustomerSince => a.relationship_since = new.relationship_since,
            Field::KeyAccount => a.key_account = new.key_account,
            Field::Tags => a.tags = new.tags.clone(),
            Field::Notes => a.notes = new.notes.clone(),
        }
    }
    a
}

/// The workspace after the import. With [`ImportMode::Replace`], accounts not in the
/// file go, and with them their ratings and key-account data (as when deleted).
pub fn apply_import(
    ws: &Workspace,
    rows: &[ImportedRow],
    plan: &ImportPlan,
    mode: ImportMode,
) -> Workspace {
    let mut out = ws.clone();
    // By position: 20,000 rows must not search the register once per row.
    let position: HashMap<AccountId, usize> = out
        .accounts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();
    for (_, account) in &plan.changed {
        if let Some(&i) = position.get(&account.id) {
            out.accounts[i] = account.clone();
        }
    }
    if mode == ImportMode::Replace {
        let gone: HashSet<AccountId> = plan.not_in_file.iter().copied().collect();
        out.accounts.retain(|a| !gone.contains(&a.id));
        for id in &plan.not_in_file {
            out.value_model.remove_account(*id);
            out.key_accounts.remove(&id.to_string());
        }
    }
    // Fresh ids above every id the register had (also those just removed, so that no
    // leftover reference can point at a new account).
    for (id, &r) in (ws.next_id()..).zip(&plan.new) {
        let mut account = rows[r].account.clone();
        account.id = id;
        out.accounts.push(account);
    }
    out
}
