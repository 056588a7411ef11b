//! Host tests of the weight helpers and the rating keys used by the shared widgets.

use keystone::domain::weights::{normalise, rating_key, sums_to_100, weight_sum};

#[test]
fn weights_are_summed_and_scaled_to_exactly_100() {
    assert_eq!(weight_sum(&[]), 0.0);
    assert_eq!(weight_sum(&[30.0, f64::NAN, 20.0]), 50.0);
    assert!(sums_to_100(&[33.33, 33.33, 33.34]));
    assert!(!sums_to_100(&[50.0, 40.0]));
    assert_eq!(normalise(&[1.0, 1.0, 2.0]), vec![25.0, 25.0, 50.0]);
    let thirds = normalise(&[1.0, 1.0, 1.0]);
    assert_eq!(thirds.iter().sum::<f64>(), 100.0);
    assert_eq!(thirds.iter().filter(|w| **w == 33.33).count(), 2);
    // Zero, negative and huge weights.
    assert_eq!(normalise(&[0.0, 0.0]), vec![50.0, 50.0]);
    assert_eq!(normalise(&[-5.0, 10.0]), vec![0.0, 100.0]);
    assert_eq!(normalise(&[1e300, 1e300]), vec![50.0, 50.0]);
    assert_eq!(normalise(&[f64::INFINITY, 1.0]), vec![0.0, 100.0]);
    assert!(normalise(&[]).is_empty());
    // Ties: the rest goes to one of the largest, the sum stays 100.
    let seven = normalise(&[1.0; 7]);
    assert!((seven.iter().sum::<f64>() - 100.0).abs() < 1e-9);
}

#[test]
fn rating_keys_set_step_and_clear() {
    assert_eq!(rating_key(None, "7"), Some(Some(7)));
    assert_eq!(rating_key(Some(1), "0"), Some(Some(10)));
    assert_eq!(rating_key(Some(5), "0"), Some(Some(0)));
    assert_eq!(rating_key(Some(10), "ArrowUp"), Some(Some(10)));
    assert_eq!(rating_key(Some(0), "ArrowDown"), Some(Some(0)));
    assert_eq!(rating_key(None, "ArrowUp"), Some(Some(0)));
    assert_eq!(rating_key(Some(4), "Delete"), Some(None));
    assert_eq!(rating_key(Some(4), "End"), Some(Some(10)));
    assert_eq!(rating_key(Some(4), "Tab"), None);
    assert_eq!(rating_key(Some(4), "a"), None);
}
