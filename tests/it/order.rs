//! `model::order`: its sorts give what the standard library's stable sorts give.

use briefing_explorer::model::order::{keep_largest, sort_by_rank};

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

#[test]
fn keep_largest_keeps_the_first_of_a_stable_sort_by_descending_value() {
    let values = [
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
    for keep in 0..=values.len() + 1 {
        let mut ours: Vec<(usize, f64)> = values.iter().copied().enumerate().collect();
        keep_largest(&mut ours, keep, |item| item.1);
        let mut expected: Vec<(usize, f64)> = values.iter().copied().enumerate().collect();
        expected.sort_by(|left, right| right.1.total_cmp(&left.1));
        expected.truncate(keep);
        assert_eq!(ours, expected, "keep {keep}");
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
