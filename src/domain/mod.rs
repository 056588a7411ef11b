//! The pure domain core of Keystone: accounts, the workspace and the analyses.
//! Nothing in here knows about the browser; everything is tested on the host.

pub mod account;
pub mod assessment;
pub mod assessment_own;
pub mod calendar;
pub mod client_copy;
pub mod currency;
pub mod day;
pub mod deletion;
pub mod export;
pub mod history;
pub mod json_area;
pub mod key_account;
pub mod number;
pub mod pareto;
pub mod plan;
pub mod precision;
pub mod problem;
pub mod profile;
pub mod ranks;
pub mod roles;
pub mod sample;
pub mod scorecard;
pub mod sort_order;
pub mod spreadsheet;
pub mod stakeholders;
pub mod unknown;
pub mod value_model;
pub mod weights;
pub mod workshop;
pub mod workspace;

pub use account::{Account, AccountId};
pub use key_account::{KeyAccountData, KeyAccounts, KeyAccountsJson};
pub use pareto::{abc_analysis, AbcBasis, AbcClass, AbcResult, AbcThresholds, Measure};
pub use problem::{FieldProblem, Problem, ProblemKind, Section};
pub use roles::{SellingStage, SupplierRole};
pub use value_model::{Portfolio, ValueModel};
pub use workspace::{AbcSettings, Accounts, Settings, Workspace};
