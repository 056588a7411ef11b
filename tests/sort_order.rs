//! The register's order (src/domain/sort_order.rs): by key, ties by name in the
//! column's direction, then by position, whichever way the ties are ordered.

use std::cmp::Ordering;

use keystone::domain::sort_order::{
    number_primary, rank_primary, sorted_positions, still_sorted, NameIndex,
};

/// What a stable sort by (key, name in the direction) gives: the order to match.
fn reference(primary: &[u64], names: &[String], descending: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..primary.len()).collect();
    order.sort_by(|&a, &b| {
        let by_name = names[a].cmp(&names[b]);
        let by_name = if descending {
            by_name.reverse()
        } else {
            by_name
        };
        primary[a].cmp(&primary[b]).then(by_name)
    });
    order
}

fn lower(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_lowercase()).collect()
}

#[test]
fn empty_and_single() {
    let none = NameIndex::new(Vec::new());
    assert!(sorted_positions(&[], false, &none).is_empty());
    assert!(still_sorted(&[], &[], false, &none));
    let one = NameIndex::new(vec!["a".into()]);
    assert_eq!(sorted_positions(&[7], true, &one), vec![0]);
}

#[test]
fn ties_by_name_in_the_direction_then_by_position() {
    let names = lower(&["Bau", "acme", "Chemie", "acme", "Zink"]);
    // Rows 0, 1, 2 and 3 share a key; row 4 comes first.
    let primary = [5, 5, 5, 5, 1];
    let asc = sorted_positions(&primary, false, &NameIndex::new(names.clone()));
    assert_eq!(
        asc,
        vec![4, 1, 3, 0, 2],
        "acme, acme (by position), bau, chemie"
    );
    let desc = sorted_positions(&primary, true, &NameIndex::new(names.clone()));
    assert_eq!(
        desc,
        vec![4, 2, 0, 1, 3],
        "names reversed, equal names still by position"
    );
}

#[test]
fn many_ties_use_the_ranks_and_give_the_same_order() {
    // 6,000 rows in two keys: runs longer than are compared by name.
    let names: Vec<String> = (0..6000)
        .map(|i| format!("kunde {:05}", (i * 7919) % 3001))
        .collect();
    let primary: Vec<u64> = (0..6000).map(|i| (i % 2) as u64).collect();
    for desc in [false, true] {
        let index = NameIndex::new(names.clone());
        let got = sorted_positions(&primary, desc, &index);
        assert!(index.ranked(), "runs of 3,000 ties rank the names");
        assert_eq!(got, reference(&primary, &names, desc), "desc {desc}");
        assert!(still_sorted(&got, &primary, desc, &index));
    }
    // Runs up to 2,000 (one exactly), however many, and a few ties are ordered
    // without ranking the names, to the same result.
    let at_most: Vec<u64> = (0..6000).map(|i| (i % 3) as u64).collect();
    let short: Vec<u64> = (0..6000).map(|i| (i % 60) as u64).collect();
    for (primary, desc) in [(&at_most, false), (&short, true)] {
        let index = NameIndex::new(names.clone());
        let got = sorted_positions(primary, desc, &index);
        assert!(!index.ranked(), "runs of 2,000 or fewer compare names");
        assert_eq!(got, reference(primary, &names, desc), "desc {desc}");
    }
    let few: Vec<u64> = (0..6000)
        .map(|i| if i < 40 { 1 } else { i as u64 + 10 })
        .collect();
    for desc in [false, true] {
        let index = NameIndex::new(names.clone());
        let got = sorted_positions(&few, desc, &index);
        assert!(!index.ranked(), "40 ties compare names");
        assert_eq!(got, reference(&few, &names, desc));
        assert!(
            still_sorted(&got, &few, desc, &index),
            "checked by comparing names"
        );
        index.rank();
        assert!(still_sorted(&got, &few, desc, &index), "and by ranks");
    }
}

#[test]
fn still_sorted_tells_a_changed_order() {
    let names = lower(&["a", "b", "c"]);
    let index = NameIndex::new(names);
    let primary = [3, 1, 2];
    let order = sorted_positions(&primary, false, &index);
    assert_eq!(order, vec![1, 2, 0]);
    assert!(still_sorted(&order, &primary, false, &index));
    assert!(
        !still_sorted(&[2, 1, 0], &primary, false, &index),
        "out of order"
    );
    assert!(
        !still_sorted(&[1, 2], &primary, false, &index),
        "a row missing"
    );
    assert!(
        !still_sorted(&[1, 1, 0], &primary, false, &index),
        "a row twice"
    );
    assert!(
        !still_sorted(&[1, 2, 9], &primary, false, &index),
        "no such row"
    );
    // Equal keys: by name, then position.
    let tie = [1, 1, 1];
    assert!(still_sorted(&[0, 1, 2], &tie, false, &index));
    assert!(!still_sorted(&[1, 0, 2], &tie, false, &index));
    assert!(still_sorted(&[2, 1, 0], &tie, true, &index));
}

#[test]
fn unknown_numbers_come_last_in_both_directions() {
    let xs = [2.5, f64::NAN, -1.0, 1e300, 0.0, f64::NAN, -1e300];
    let names = lower(&["a", "b", "c", "d", "e", "f", "g"]);
    for desc in [false, true] {
        let primary: Vec<u64> = xs.iter().map(|&x| number_primary(x, desc)).collect();
        let order = sorted_positions(&primary, desc, &NameIndex::new(names.clone()));
        let known: Vec<f64> = order
            .iter()
            .map(|&i| xs[i])
            .filter(|x| !x.is_nan())
            .collect();
        let mut want = known.clone();
        want.sort_by(|a, b| if desc { b.total_cmp(a) } else { a.total_cmp(b) });
        assert_eq!(known, want, "desc {desc}");
        assert!(
            order[5..].iter().all(|&i| xs[i].is_nan()),
            "desc {desc}: {order:?}"
        );
        // The two unknown rows tie: by name in the direction.
        let last: Vec<usize> = order[5..].to_vec();
        assert_eq!(last, if desc { vec![5, 1] } else { vec![1, 5] });
    }
    assert_eq!(
        rank_primary(1, true).cmp(&rank_primary(2, true)),
        Ordering::Greater
    );
}

#[test]
fn huge_keys_and_ranks_at_the_ends() {
    let names = lower(&["x", "y", "z"]);
    let primary = [u64::MAX, 0, u64::MAX - 1];
    let order = sorted_positions(&primary, false, &NameIndex::new(names));
    assert_eq!(order, vec![1, 2, 0]);
    assert_eq!(rank_primary(0, true), u64::from(u32::MAX));
}

#[test]
fn ranked_names_give_the_same_order_for_narrow_and_wide_keys() {
    let names: Vec<String> = (0..3000).map(|i| format!("k{}", (i * 31) % 997)).collect();
    // Narrow keys (text ranks) fit one 64-bit number; numbers with ties do not.
    let narrow: Vec<u64> = (0..3000).map(|i| (i % 5) as u64).collect();
    let mut wide_numbers: Vec<f64> = (0..3000).map(|i| f64::from(i % 7) * 1e12 - 3e12).collect();
    wide_numbers[17] = f64::NAN;
    wide_numbers[18] = f64::NAN;
    for desc in [false, true] {
        let wide: Vec<u64> = wide_numbers
            .iter()
            .map(|&x| number_primary(x, desc))
            .collect();
        for primary in [&narrow, &wide] {
            let index = NameIndex::new(names.clone());
            index.rank();
            let got = sorted_positions(primary, desc, &index);
            assert_eq!(got, reference(primary, &names, desc), "desc {desc}");
            assert!(still_sorted(&got, primary, desc, &index));
        }
    }
}
