//! Sort keys made once (src/domain/ranks.rs): comparing ranks is comparing the values.

use keystone::domain::ranks::{ranks, ranks_by};

#[test]
fn ranks_order_like_the_values_and_ties_share_a_rank() {
    let names = ["b", "a", "c", "a", "B"];
    let r = ranks(&names);
    for i in 0..names.len() {
        for j in 0..names.len() {
            assert_eq!(r[i].cmp(&r[j]), names[i].cmp(names[j]), "{i} {j}");
        }
    }
    assert_eq!(r[1], r[3], "a tie");
    assert!(ranks::<String>(&[]).is_empty());
    assert_eq!(ranks(&[7]), vec![0]);
}

#[test]
fn ranks_by_a_derived_key_compare_as_the_keys_do() {
    let texts = ["Bau", "auto", "bau", "", "Auto", "Chemie"];
    let r = ranks_by(&texts, |t| t.to_lowercase());
    for i in 0..texts.len() {
        for j in 0..texts.len() {
            let want = texts[i].to_lowercase().cmp(&texts[j].to_lowercase());
            assert_eq!(r[i].cmp(&r[j]), want, "{} {}", texts[i], texts[j]);
        }
    }
    // "Bau" and "bau" are one key.
    assert_eq!(r[0], r[2]);
    assert!(ranks_by(&[], |t| t.to_string()).is_empty());
}

#[test]
fn number_keys_order_as_total_cmp_in_both_directions() {
    use keystone::domain::ranks::{directed, number_key};
    let xs = [
        f64::NEG_INFINITY,
        -1e300,
        -2.5,
        -0.0,
        0.0,
        1e-300,
        2.5,
        1e300,
        f64::INFINITY,
        f64::NAN,
    ];
    for a in xs {
        for b in xs {
            let want = a.total_cmp(&b);
            assert_eq!(
                number_key(a, false).cmp(&number_key(b, false)),
                want,
                "{a} {b}"
            );
            assert_eq!(
                number_key(a, true).cmp(&number_key(b, true)),
                want.reverse(),
                "{a} {b}"
            );
        }
    }
    assert!(directed(1, false) < directed(2, false));
    assert!(directed(1, true) > directed(2, true));
    assert_eq!(directed(0, true), u32::MAX);
}
