//! `model::order`: its sorts give what the standard library's stable sorts give.

use std::borrow::Cow;

use briefing_explorer::model::order::{ascending, keep_largest, sort_by_rank, sorted_distinct};

#[test]
fn sort_by_rank_orders_as_a_stable_sort_by_key() {
    for len in [0_usize, 1, 2, 7, 40, 300] {
        // Ranks with many ties, in no order.
        let items: Vec<(u64, usize)> =
            (0..len).map(|index| ((index * 7919 % 13) as u64, index)).collect();
        let mut ours = items.clone();
        sort_by_rank(&mut ours, |item| item.0);
        let mut expected = items;
        expected.sort_by_key(|item| item.0);
        assert_eq!(ours, expected, "{len} items");
    }
}

#[test]
fn sort_by_rank_takes_the_whole_range_of_ranks() {
    let mut ranks = vec![u64::MAX, 0, u64::MAX - 1, 1 << 63, 0];
    sort_by_rank(&mut ranks, |&rank| rank);
    assert_eq!(ranks, [0, 0, 1 << 63, u64::MAX - 1, u64::MAX]);
}

/// Floats at the ends and the middle of `f64::total_cmp`'s order, some of them twice.
const EDGE_VALUES: [f64; 13] = [
    3.0,
    -1.0,
    7.5,
    3.0,
    0.0,
    -0.0,
    7.5,
    f64::INFINITY,
    -2.5,
    1e-300,
    f64::NEG_INFINITY,
    -1e-300,
    f64::MAX,
];

/// Checks `keep_largest` against the first `keep` of a stable sort by descending value.
fn check_keep_largest(values: &[f64], keep: usize) {
    let items: Vec<(usize, f64)> = values.iter().copied().enumerate().collect();
    let mut ours = items.clone();
    keep_largest(&mut ours, keep, |item| item.1);
    let mut expected = items;
    expected.sort_by(|left, right| right.1.total_cmp(&left.1));
    expected.truncate(keep);
    assert_eq!(ours, expected, "keep {keep} of {values:?}");
}

#[test]
fn keep_largest_keeps_the_first_of_a_stable_sort_by_descending_value() {
    for keep in 0..=EDGE_VALUES.len() + 1 {
        check_keep_largest(&EDGE_VALUES, keep);
    }
}

#[test]
fn keep_largest_puts_a_nan_first_as_total_cmp_does() {
    let mut values = vec![1.0, f64::NAN, f64::INFINITY];
    keep_largest(&mut values, 2, |&value| value);
    assert!(values[0].is_nan(), "{values:?}");
    assert_eq!(values[1], f64::INFINITY);
}

#[test]
fn keep_largest_of_many_keeps_what_a_stable_sort_keeps() {
    // Many ties, rising and falling runs, and more items than any chart's dozen bars, so that the
    // short ordered list of the kept ones is filled, then pushed from its front and its back.
    let orders: [fn(usize) -> f64; 3] = [
        |index| (index * 7919 % 13) as f64 - 6.0,
        |index| index as f64,
        |index| -(index as f64) / 3.0,
    ];
    for value_of in orders {
        let values: Vec<f64> = (0..300).map(value_of).collect();
        for keep in [0_usize, 1, 2, 12, 299, 300, 301] {
            check_keep_largest(&values, keep);
        }
    }
}

#[test]
fn ascending_ranks_order_floats_as_total_cmp_does() {
    let values: Vec<f64> =
        EDGE_VALUES.into_iter().chain([f64::NAN, -f64::NAN, -f64::MAX]).collect();
    let mut ours: Vec<(usize, f64)> = values.iter().copied().enumerate().collect();
    sort_by_rank(&mut ours, |item| ascending(item.1));
    let mut expected: Vec<(usize, f64)> = values.iter().copied().enumerate().collect();
    expected.sort_by(|left, right| left.1.total_cmp(&right.1));
    // Compared by position: a NaN is not equal to itself.
    let positions = |pairs: &[(usize, f64)]| pairs.iter().map(|pair| pair.0).collect::<Vec<_>>();
    assert_eq!(positions(&ours), positions(&expected));
}

#[test]
fn sorted_distinct_is_sort_unstable_then_dedup() {
    let words = [
        "pear",
        "fig",
        "",
        "pear",
        "Pear",
        "figs",
        "fig",
        "无锡",
        "不超过",
        "无",
        "é",
        "e",
        "z",
        "",
    ];
    for len in 0..=words.len() {
        let texts: Vec<String> = words[..len].iter().map(|word| word.to_string()).collect();
        let mut expected = texts.clone();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(sorted_distinct(texts), expected, "{len} words");
    }
    let borrowed: Vec<&str> = vec!["b", "a", "b"];
    assert_eq!(sorted_distinct(borrowed), ["a", "b"]);
    let bytes: Vec<Cow<[u8]>> =
        vec![Cow::Owned(b"ab".to_vec()), Cow::Borrowed(b"a"), Cow::Borrowed(b"ab")];
    let expected: [&[u8]; 2] = [b"a", b"ab"];
    assert_eq!(sorted_distinct(bytes), expected);
}

#[test]
fn sortable_date_orders_as_year_month_day_with_no_date_then_no_year_first() {
    use briefing_explorer::model::dataset::BriefingDate;
    use briefing_explorer::model::format::sortable_date;
    let date = |year, month, day| BriefingDate { year, month, day };
    let in_order = [
        date(None, 1, 1),
        date(None, 2, 20),
        date(None, 12, 31),
        date(Some(i32::MIN), 1, 1),
        date(Some(-1), 12, 31),
        date(Some(0), 1, 1),
        date(Some(2023), 12, 31),
        date(Some(2024), 1, 1),
        date(Some(2024), 2, 20),
        date(Some(2024), 2, 21),
        date(Some(2024), 10, 1),
        date(Some(i32::MAX), 12, 31),
    ];
    for pair in in_order.windows(2) {
        assert!(
            sortable_date(Some(&pair[0])) < sortable_date(Some(&pair[1])),
            "{:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
    assert!(sortable_date(None) < sortable_date(Some(&in_order[0])), "no date first");
}
