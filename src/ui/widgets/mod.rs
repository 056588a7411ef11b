//! Shared pieces every page uses instead of its own copy. Each takes signals as props
//! and documents them; texts come from the catalogues.
//!
//! - [`TextField`], [`NumberField`]: a label tied to its input and error message;
//!   numbers in the UI language's notation.
//! - [`RatingInput`]: 0-10 by keyboard (digits, arrows, Delete) or pointer.
//! - [`WeightEditor`]: named weights with their sum, a warning off 100 %, normalise.
//! - [`SortHeader`], [`Pager`]: a sortable column header and a pager for tables.
//! - [`EmptyState`]: what a page shows when there is nothing yet.
//! - [`ConfirmDialog`]: a modal question before something destructive.
//! - [`SelectField`], [`TextAreaField`], [`DateField`]: a choice, a longer text, a date,
//!   labelled by a catalogue key, committing on change.
//! - [`TitledSection`], [`TableHead`], [`EmptyNote`]: a section with its heading, a
//!   table's column headers, the sentence of an empty list.
//! - [`FileDrop`]: a drop zone for one file with its "Choose file" button.
//! - [`RemoveButton`]: the "×" that removes one item of a list, named for screen readers.
//! - [`KeyAccountTabs`]: the tabs of a key account's sections (and its master data).

mod account_tabs;
mod confirm;
mod drop;
mod empty;
mod field;
mod frame;
mod inputs;
mod rating;
mod remove;
mod table;
mod weights;

pub use account_tabs::KeyAccountTabs;
pub use confirm::ConfirmDialog;
pub use drop::FileDrop;
pub use empty::{has_accounts, EmptyState, EmptyWorkspace};
pub use field::{parse_field, parse_typed, NumberField, TextField};
pub use frame::{Column, DataTable, EmptyNote, TableHead, TitledSection};
pub use inputs::{
    indexed_choice, indexed_options, required_text, DateField, SelectField, TextAreaField,
};
pub use rating::RatingInput;
pub use remove::RemoveButton;
pub use table::{Pager, SortHeader, SortState};
pub use weights::{WeightEditor, WeightRow};
