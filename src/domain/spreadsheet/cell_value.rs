//! One cell's value put into an account field: amounts, years, yes or no.

use super::check::CellProblem;
use super::field::{normalize_header, Field};
use super::Cell;
use crate::domain::account::{Account, MAX_YEAR, MIN_YEAR};
use crate::domain::number::{parse_amount, DecimalSeparator};

pub(super) fn set_field(
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
