//! Sort keys made once: each value's rank among all of them, so that a list of 100,000
//! is sorted by comparing numbers instead of strings (the register's columns).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

/// The rank of each of `keys` in ascending order: equal keys share a rank (the position
/// of the first of them), so comparing ranks is comparing the keys.
pub fn ranks<T: Ord>(keys: &[T]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut out = vec![0u32; keys.len()];
    let mut rank = 0u32;
    for (k, &i) in order.iter().enumerate() {
        if k > 0 && keys[order[k - 1]] != keys[i] {
            rank = k as u32;
        }
        out[i] = rank;
    }
    out
}

/// [`ranks`] of texts by a derived key (`key`: a text's lower case), made once per
/// distinct text: a column with few distinct values (industries) costs one key per
/// value, not one per row.
pub fn ranks_by<'a, K: Ord>(texts: &[&'a str], key: impl Fn(&str) -> K) -> Vec<u32> {
    let mut distinct: FxHashMap<&'a str, u32> = FxHashMap::default();
    for t in texts {
        distinct.entry(*t).or_insert(0);
    }
    let keyed: BTreeMap<K, Vec<&'a str>> = distinct.keys().fold(BTreeMap::new(), |mut m, t| {
        m.entry(key(t)).or_insert_with(Vec::new).push(*t);
        m
    });
    for (rank, same) in keyed.values().enumerate() {
        for t in same {
            distinct.insert(t, rank as u32);
        }
    }
    texts.iter().map(|t| distinct[t]).collect()
}

/// A key of `x` that orders as [`f64::total_cmp`] does (reversed when `descending`):
/// a sort compares whole numbers instead of floats.
pub fn number_key(x: f64, descending: bool) -> u64 {
    let bits = x.to_bits();
    // Negative numbers: all bits flipped (larger magnitude first); others: the sign bit set.
    let key = if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    };
    if descending {
        !key
    } else {
        key
    }
}

/// A rank in the wanted direction.
pub fn directed(rank: u32, descending: bool) -> u32 {
    if descending {
        u32::MAX - rank
    } else {
        rank
    }
}
