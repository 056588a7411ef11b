//! What can be wrong with a piece of the workspace, in one shape for every section.
//!
//! Each domain type's `validate()` returns every problem it finds, by field; the account
//! form and the importer only translate them (`i18n::errors`). A new section adds a
//! [`Section`] variant and its `validate()`, never a new error type.

/// The one list of the workspace's sections, in the order they are written in `data`:
/// `Variant field: Type` (the field of `Workspace` and of the store, its key in the
/// file, the type of its value). `workspace_sections!(then)` hands the list to the macro
/// `then`: this file builds [`Section`] from it, `state::store` the store's signals and
/// methods. A new section is one entry here (and its field in `Workspace`, its check in
/// `persist::sections`, its nouns in `i18n::errors`: the compiler asks for each).
macro_rules! workspace_sections {
    ($then:ident) => {
        $then! {
            Accounts accounts: $crate::domain::Accounts,
            Settings settings: $crate::domain::Settings,
            ValueModel value_model: $crate::domain::ValueModel,
            Portfolio portfolio: $crate::domain::Portfolio,
            KeyAccounts key_accounts: $crate::domain::KeyAccountsJson,
            /// KAM self-assessments (in the workspace or in an assessment file).
            Assessments assessments: $crate::domain::assessment::AssessmentsJson,
            /// The offerings (product groups) the sales history is broken down by.
            Offerings offerings: $crate::domain::history::Offerings,
            /// Revenue per customer, period and offering (docs/methods.md,
            /// "Development over time").
            History history: $crate::domain::history::SalesHistory,
        }
    };
}
pub(crate) use workspace_sections;

/// Builds [`Section`] from the list of `workspace_sections!`, the unknown ones last.
macro_rules! section_enum {
    ($($(#[$doc:meta])* $variant:ident $field:ident: $ty:ty,)*) => {
        /// A section of the workspace: a key in the file's `data` object, a signal in
        /// the store, and the part of the workspace a problem is in (naming the items in
        /// messages: "account 3", "criterion 2"). Built from `workspace_sections!`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Section {
            $($(#[$doc])* $variant,)*
            /// Sections this version does not know (written by a newer one): kept as
            /// they are. No problem names them.
            Unknown,
        }

        impl Section {
            /// Every section, in the order they are written in `data` (the unknown
            /// ones last).
            pub const ALL: [Section; Section::Unknown as usize + 1] =
                [$(Section::$variant,)* Section::Unknown];

            /// The key of the section in the file (`data.accounts`): its field's name;
            /// empty for the unknown sections, which are kept under their own keys.
            pub fn key(self) -> &'static str {
                match self {
                    $(Section::$variant => stringify!($field),)*
                    Section::Unknown => "",
                }
            }
        }
    };
}

workspace_sections!(section_enum);

impl Section {
    /// Position in [`Section::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Whether the workspace keeps the section as JSON (unknown fields kept) that pages
    /// read typed through `state` (`state::key_accounts`, `state::assessments`).
    pub fn held_as_json(self) -> bool {
        matches!(self, Section::KeyAccounts | Section::Assessments)
    }
}

/// What is wrong with a value; every variant is phrased as "… {kind}" in messages.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// A required field is absent.
    Missing,
    /// A text that must not be blank is blank.
    Empty,
    NotAnObject,
    NotAList,
    NotText,
    NotANumber,
    NotABoolean,
    NotAListOfTexts,
    /// Ids are positive whole numbers.
    NotAnId,
    Negative,
    /// Not a whole year between `account::MIN_YEAR` and `account::MAX_YEAR`.
    NotAYear,
    /// Not a calendar day written `YYYY-MM-DD`.
    NotADate,
    /// Not a period written `2026`, `2026-Q1` or `2026-03`.
    NotAPeriod,
    /// A number outside `min..=max`.
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// Must not be below the field named `other` (B threshold below A).
    Below {
        other: &'static str,
    },
    /// A value that is not one of the known choices (an unknown measure).
    NotAChoice {
        value: String,
    },
    /// Refers to something that does not exist (a rating for an unknown account).
    Unknown {
        value: String,
    },
    /// Weights that do not sum to 100 (a warning: they are scaled when used).
    NotHundred {
        sum: f64,
    },
    /// A "reports to" link that leads back to the person.
    Cycle,
    /// The value is already used by item `first` (1-based) of the same section.
    Duplicate {
        value: String,
        first: usize,
    },
}

/// A problem inside one item, as a domain type's `validate()` reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    /// The field's key in the file (`revenue`, `abc.a_threshold`).
    pub field: &'static str,
    pub kind: ProblemKind,
}

impl FieldProblem {
    pub fn new(field: &'static str, kind: ProblemKind) -> Self {
        FieldProblem { field, kind }
    }
}

/// A problem located in the workspace: section, item (1-based index, as people count,
/// and its name when it has one), field.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub section: Section,
    pub index: Option<usize>,
    pub name: Option<String>,
    pub field: Option<String>,
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem with a whole section (`accounts` is not a list).
    pub fn section(section: Section, kind: ProblemKind) -> Self {
        Problem {
            section,
            index: None,
            name: None,
            field: None,
            kind,
        }
    }

    /// A problem with item `index` (1-based) of a section; `name` is left out when blank.
    pub fn item(section: Section, index: usize, name: &str, kind: ProblemKind) -> Self {
        let name = name.trim();
        Problem {
            index: Some(index),
            name: (!name.is_empty()).then(|| name.to_string()),
            ..Problem::section(section, kind)
        }
    }

    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Locates the problems one item's `validate()` found.
    pub fn locate(
        section: Section,
        index: Option<usize>,
        name: &str,
        found: Vec<FieldProblem>,
    ) -> impl Iterator<Item = Problem> + '_ {
        found.into_iter().map(move |p| {
            let at = match index {
                Some(i) => Problem::item(section, i, name, p.kind),
                None => Problem::section(section, p.kind),
            };
            at.with_field(p.field)
        })
    }
}

/// The longest user value a message quotes, in characters.
pub const QUOTE_MAX: usize = 80;

/// `value` cut to at most `max` characters (on a character boundary), with "…" where
/// it was cut.
pub fn clip(value: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match value.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(value),
        Some((end, _)) => std::borrow::Cow::Owned(format!("{}…", &value[..end])),
    }
}

/// A user value as every error and problem message quotes it: at most [`QUOTE_MAX`]
/// characters, so that a 5 MB value in a file is never echoed whole.
pub fn quoted(value: &str) -> std::borrow::Cow<'_, str> {
    clip(value, QUOTE_MAX)
}

/// Everything that can be wrong with a file. `index` is 1-based, as people count.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAnObject,
    MissingFormat,
    WrongFormat {
        found: String,
        expected: &'static str,
    },
    MissingVersion,
    BadVersion,
    NewerVersion {
        found: u64,
        supported: u64,
    },
    UnsupportedVersion {
        found: u64,
    },
    MissingData,
    DataNotObject,
    /// What is wrong inside the data, every problem found (at least one), in file order.
    Problems(Vec<Problem>),
    Invalid {
        detail: String,
    },
}
