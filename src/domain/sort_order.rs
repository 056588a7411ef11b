//! The register's order (docs/methods.md, "The register"): rows by a key of the sorted
//! column, equal keys by name in the column's direction, then by position (what a
//! stable sort gives). Made for 100,000 accounts: the rows are sorted as whole
//! numbers, and the names are ranked only when ties need it.

use std::cmp::Ordering;
use std::sync::OnceLock;

use super::ranks::{directed, ranks};

/// A run of ties up to this many rows is ordered by comparing names; a longer run, by
/// the names' ranks (ranking 100,000 names costs about as much as sorting them once, so
/// many short runs, as equal revenues give, are cheaper compared within each run).
const FEW_TIES: usize = 2_000;

/// The accounts' names in lower case, in the accounts' order, and their ranks, made
/// the first time a sort needs them (or when [`NameIndex::rank`] is called ahead).
#[derive(Debug, Default)]
pub struct NameIndex {
    lower: Vec<String>,
    rank: OnceLock<Vec<u32>>,
}

impl NameIndex {
    pub fn new(lower: Vec<String>) -> Self {
        NameIndex {
            lower,
            rank: OnceLock::new(),
        }
    }

    /// The names in lower case, by position.
    pub fn lower(&self) -> &[String] {
        &self.lower
    }

    pub fn len(&self) -> usize {
        self.lower.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }

    /// Each name's rank among the lower-case names (equal names share one).
    pub fn rank(&self) -> &[u32] {
        self.rank.get_or_init(|| ranks(&self.lower))
    }

    /// Whether the ranks are made already.
    pub fn ranked(&self) -> bool {
        self.rank.get().is_some()
    }

    /// `a` before `b` by name in the direction, then by position.
    fn tie_cmp(&self, a: usize, b: usize, descending: bool) -> Ordering {
        let by_name = match self.rank.get() {
            Some(r) => r[a].cmp(&r[b]),
            None => self.lower[a].cmp(&self.lower[b]),
        };
        let by_name = if descending {
            by_name.reverse()
        } else {
            by_name
        };
        by_name.then(a.cmp(&b))
    }
}

/// The positions of the rows sorted by `primary` (each row's key, smaller first,
/// already in the column's direction), equal keys by name (reversed when
/// `descending`), then by position. `names` holds as many rows as `primary`.
pub fn sorted_positions(primary: &[u64], descending: bool, names: &NameIndex) -> Vec<usize> {
    debug_assert_eq!(primary.len(), names.len());
    if let Some(rank) = names.rank.get() {
        return by_whole_key(primary, descending, rank);
    }
    // The key in the high half, the position in the low: one comparison of whole numbers.
    let mut keys: Vec<u128> = primary
        .iter()
        .enumerate()
        .map(|(i, &k)| (u128::from(k) << 64) | i as u128)
        .collect();
    keys.sort_unstable();
    let runs = tied_runs(&keys);
    let mut order: Vec<usize> = keys.iter().map(|k| (*k as u64) as usize).collect();
    if runs.iter().any(|run| run.len() > FEW_TIES) {
        // Only the runs of ties are sorted again, by rank.
        let rank = names.rank();
        for run in runs {
            order[run].sort_unstable_by_key(|&i| (directed(rank[i], descending), i));
        }
    } else {
        for run in runs {
            order[run].sort_unstable_by(|&a, &b| names.tie_cmp(a, b, descending));
        }
    }
    order
}

/// The sort with the names' ranks: key, name and position in one whole number (in 64
/// bits when they fit, as for the text columns: half the memory and faster to compare).
fn by_whole_key(primary: &[u64], descending: bool, rank: &[u32]) -> Vec<usize> {
    const BITS: u32 = 21;
    let n = primary.len();
    let (lo, hi) = primary
        .iter()
        .fold((u64::MAX, 0), |(lo, hi), &k| (lo.min(k), hi.max(k)));
    // Ranks are below n; in the direction, `n - 1 - rank` keeps them below n too.
    let name = |i: usize| -> u64 {
        let r = u64::from(rank[i]);
        if descending {
            n as u64 - 1 - r
        } else {
            r
        }
    };
    if n < 1 << BITS && hi.saturating_sub(lo) < 1 << BITS {
        let mut keys: Vec<u64> = (0..n)
            .map(|i| ((primary[i] - lo) << (2 * BITS)) | (name(i) << BITS) | i as u64)
            .collect();
        keys.sort_unstable();
        return keys
            .iter()
            .map(|k| (k & ((1 << BITS) - 1)) as usize)
            .collect();
    }
    let mut keys: Vec<u128> = (0..n)
        .map(|i| (u128::from(primary[i]) << 64) | (u128::from(name(i)) << 32) | i as u128)
        .collect();
    keys.sort_unstable();
    keys.iter().map(|k| (*k as u32) as usize).collect()
}

/// The ranges of sorted `keys` (key in the high half) that share their key, two or more
/// rows each.
fn tied_runs(keys: &[u128]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    for k in 1..=keys.len() {
        if k == keys.len() || keys[k] >> 64 != keys[start] >> 64 {
            if k - start > 1 {
                runs.push(start..k);
            }
            start = k;
        }
    }
    runs
}

/// Whether `order` is the order [`sorted_positions`] makes (checked in one pass):
/// ticking a key account keeps the order, and 100,000 rows are not sorted again.
pub fn still_sorted(order: &[usize], primary: &[u64], descending: bool, names: &NameIndex) -> bool {
    order.len() == primary.len()
        && order.iter().all(|&i| i < primary.len())
        && order.windows(2).all(|w| {
            let (a, b) = (w[0], w[1]);
            match primary[a].cmp(&primary[b]) {
                Ordering::Less => true,
                Ordering::Greater => false,
                Ordering::Equal => names.tie_cmp(a, b, descending) == Ordering::Less,
            }
        })
}

/// The key of a number in the direction; unknown (NaN) last in either direction (a
/// blank is no answer to "largest first").
pub fn number_primary(x: f64, descending: bool) -> u64 {
    if x.is_nan() {
        u64::MAX
    } else {
        super::ranks::number_key(x, descending)
    }
}

/// The key of a text's rank in the direction.
pub fn rank_primary(rank: u32, descending: bool) -> u64 {
    u64::from(directed(rank, descending))
}
