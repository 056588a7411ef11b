//! The tables Keystone exports as spreadsheets: the accounts register (with ABC class,
//! score and flags), the ABC table, the value-model ranking and the scorecard overview.
//! Each is columns with a kind (so CSV and Excel can format them) and rows of cells;
//! the UI names the columns and the few words (proposal, status) in its language.

use std::collections::HashMap;

use super::pareto::{abc_analysis, ClassMap};
use super::scorecard::{perspective_status, severity, Perspective, Status};
use super::spreadsheet::{Cell, Field};
use super::value_model::{
    criterion_points_with, directions, included_accounts, model_weights, proposal, ranking, scores,
    Proposal, Source,
};
use super::{AccountId, Workspace};

/// What a column holds, for number formats and widths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Text,
    /// A whole number (rank, year).
    Integer,
    /// Money, two decimals.
    Amount,
    /// Percent units (12.5 means 12.5 %).
    Percent,
    /// A 0-100 score, one decimal.
    Score,
    /// Yes or no.
    YesNo,
}

/// A column of an exported table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Field(Field),
    AbcClass,
    Score,
    Proposal,
    ShareOfWallet,
    Rank,
    /// The ABC measure's value (revenue or margin).
    Value,
    Share,
    Cumulative,
    /// "7 of 10" criteria rated.
    Rated,
    Perspective(Perspective),
}

impl Column {
    pub fn kind(self) -> ColumnKind {
        match self {
            Column::Field(Field::Revenue | Field::Margin | Field::Potential) => ColumnKind::Amount,
            Column::Field(Field::CustomerSince) | Column::Rank => ColumnKind::Integer,
            Column::Field(Field::KeyAccount) => ColumnKind::YesNo,
            Column::Field(_) | Column::AbcClass | Column::Proposal | Column::Rated => {
                ColumnKind::Text
            }
            Column::Perspective(_) => ColumnKind::Text,
            Column::Score => ColumnKind::Score,
            Column::ShareOfWallet | Column::Share | Column::Cumulative => ColumnKind::Percent,
            Column::Value => ColumnKind::Amount,
        }
    }
}

/// Which table to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Register,
    Abc,
    Ranking,
    Scorecards,
}

impl ExportKind {
    pub const ALL: [ExportKind; 4] = [
        ExportKind::Register,
        ExportKind::Abc,
        ExportKind::Ranking,
        ExportKind::Scorecards,
    ];

    /// For file names: `keystone-register-2026-11-21.csv`.
    pub fn slug(self) -> &'static str {
        match self {
            ExportKind::Register => "register",
            ExportKind::Abc => "abc",
            ExportKind::Ranking => "ranking",
            ExportKind::Scorecards => "scorecards",
        }
    }
}

/// Words the UI writes in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Proposal(Proposal),
    Status(Option<Status>),
    /// "7 of 10" criteria rated.
    Rated(usize, usize),
}

/// An exported table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// What each column holds, for the CSV and Excel writers.
    pub fn kinds(&self) -> Vec<ColumnKind> {
        self.columns.iter().map(|c| c.kind()).collect()
    }
}

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_string())
    }
}

/// The value model's proposal, in words; empty when there is none.
fn proposal_cell(p: Proposal, term: &dyn Fn(Term) -> String) -> Cell {
    match p {
        Proposal::None => Cell::Empty,
        p => text(&term(Term::Proposal(p))),
    }
}

fn number(n: Option<f64>) -> Cell {
    n.filter(|v| v.is_finite())
        .map_or(Cell::Empty, Cell::Number)
}

/// Each account's ABC class with the workspace's measure and thresholds.
fn classes(ws: &Workspace) -> ClassMap {
    let settings = &ws.settings.abc;
    abc_analysis(&ws.accounts, settings.measure, settings.thresholds()).class_map()
}

/// Every account's weighted score and what the value model proposes, by id (accounts
/// the model does not rate are absent). `classes` decide who is rated.
fn standings(
    ws: &Workspace,
    classes: &ClassMap,
    year: i32,
) -> HashMap<AccountId, (super::value_model::Score, Proposal)> {
    let model = &ws.value_model;
    let included = included_accounts(&ws.accounts, model, |id| classes.get(&id).copied());
    let history = super::history::overview::value_figures(&ws.history, year);
    let outside = |id: AccountId, source: Source| match source {
        Source::ProfileFulfilment => {
            let data = super::key_account::key_account(&ws.key_accounts, id);
            super::profile::fulfilment(&data.profiles)
        }
        Source::Growth => history.get(&id).and_then(|f| f.0),
        Source::Stability => history.get(&id).and_then(|f| f.1),
        _ => None,
    };
    let points = criterion_points_with(model, &included, year, &outside);
    let s = scores(&points, &model_weights(model), &directions(model));
    included
        .iter()
        .zip(s)
        .map(|(a, score)| {
            let rejected = model.rejected.contains(&a.id);
            (
                a.id,
                (
                    score,
                    proposal(&score, a.key_account, model.cut_off, rejected),
                ),
            )
        })
        .collect()
}

/// The register: every account in register order, with its ABC class, score and the
/// value model's proposal. `year` is this year (for criteria such as loyalty).
pub fn register_table(ws: &Workspace, year: i32, term: &dyn Fn(Term) -> String) -> Table {
    use Field::*;
    let classes = classes(ws);
    let standing = standings(ws, &classes, year);
    let columns = vec![
        Column::Field(CustomerNumber),
        Column::Field(Name),
        Column::Field(Industry),
        Column::Field(Region),
        Column::Field(Revenue),
        Column::Field(Margin),
        Column::Field(Potential),
        Column::ShareOfWallet,
        Column::Field(CustomerSince),
        Column::Field(KeyAccount),
        Column::AbcClass,
        Column::Score,
        Column::Proposal,
        Column::Field(Tags),
        Column::Field(Notes),
    ];
    let rows = ws
        .accounts
        .iter()
        .map(|a| {
            let (score, proposal) = standing
                .get(&a.id)
                .map_or((None, Proposal::None), |(s, p)| (s.value, *p));
            vec![
                text(&a.customer_number),
                text(&a.name),
                text(&a.industry),
                text(&a.region),
                Cell::Number(a.revenue),
                number(a.contribution_margin),
                number(a.potential),
                number(a.share_of_wallet()),
                number(a.relationship_since.map(f64::from)),
                Cell::Bool(a.key_account),
                classes.get(&a.id).map_or(Cell::Empty, |c| text(c.letter())),
                number(score),
                proposal_cell(proposal, term),
                text(&a.tags.join(", ")),
                text(&a.notes),
            ]
        })
        .collect();
    Table { columns, rows }
}

/// The ABC table: rank, customer, the measure's value, share, cumulative share, class.
pub fn abc_table(ws: &Workspace) -> Table {
    let settings = &ws.settings.abc;
    let result = abc_analysis(&ws.accounts, settings.measure, settings.thresholds());
    let columns = vec![
        Column::Rank,
        Column::Field(Field::CustomerNumber),
        Column::Field(Field::Name),
        Column::Value,
        Column::Share,
        Column::Cumulative,
        Column::AbcClass,
    ];
    let rows = result
        .rows
        .iter()
        .map(|r| {
            let a = ws.account(r.id);
            vec![
                Cell::Number(r.rank as f64),
                text(a.map_or("", |a| &a.customer_number)),
                text(a.map_or("", |a| &a.name)),
                Cell::Number(r.value),
                Cell::Number(r.share),
                Cell::Number(r.cumulative),
                text(r.class.letter()),
            ]
        })
        .collect();
    Table { columns, rows }
}

/// The value-model ranking: complete scores first, highest first, shared ranks for
/// equal scores; then the incomplete ones without rank.
pub fn ranking_table(ws: &Workspace, year: i32, term: &dyn Fn(Term) -> String) -> Table {
    let classes = classes(ws);
    let standing = standings(ws, &classes, year);
    let rated: Vec<_> = ws
        .accounts
        .iter()
        .filter_map(|a| standing.get(&a.id).map(|s| (a, *s)))
        .collect();
    let list: Vec<_> = rated.iter().map(|(_, (s, _))| *s).collect();
    let columns = vec![
        Column::Rank,
        Column::Field(Field::CustomerNumber),
        Column::Field(Field::Name),
        Column::Score,
        Column::Rated,
        Column::AbcClass,
        Column::Field(Field::KeyAccount),
        Column::Proposal,
    ];
    let rows = ranking(&list)
        .into_iter()
        .map(|(i, rank)| {
            let (a, (score, proposal)) = rated[i];
            vec![
                number(rank.map(|r| r as f64)),
                text(&a.customer_number),
                text(&a.name),
                number(score.value),
                text(&term(Term::Rated(score.rated, score.total))),
                classes.get(&a.id).map_or(Cell::Empty, |c| text(c.letter())),
                Cell::Bool(a.key_account),
                proposal_cell(proposal, term),
            ]
        })
        .collect();
    Table { columns, rows }
}

/// The scorecard overview: every key account with the worst status of each
/// perspective, worst accounts first (as on the key-accounts page).
pub fn scorecard_table(ws: &Workspace, term: &dyn Fn(Term) -> String) -> Table {
    let mut list: Vec<_> = ws
        .accounts
        .iter()
        .filter(|a| a.key_account)
        .map(|a| {
            let data = super::key_account::key_account(&ws.key_accounts, a.id);
            (a, perspective_status(&data.scorecard))
        })
        .collect();
    list.sort_by(|(a, x), (b, y)| {
        severity(y)
            .cmp(&severity(x))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    let mut columns = vec![
        Column::Field(Field::CustomerNumber),
        Column::Field(Field::Name),
    ];
    columns.extend(Perspective::ALL.map(Column::Perspective));
    let rows = list
        .into_iter()
        .map(|(a, lights)| {
            let mut row = vec![text(&a.customer_number), text(&a.name)];
            row.extend(lights.map(|s| text(&term(Term::Status(s)))));
            row
        })
        .collect();
    Table { columns, rows }
}

/// The table of one kind.
pub fn table(ws: &Workspace, kind: ExportKind, year: i32, term: &dyn Fn(Term) -> String) -> Table {
    match kind {
        ExportKind::Register => register_table(ws, year, term),
        ExportKind::Abc => abc_table(ws),
        ExportKind::Ranking => ranking_table(ws, year, term),
        ExportKind::Scorecards => scorecard_table(ws, term),
    }
}
