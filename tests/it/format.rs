//! Number and date formatting.

use briefing_explorer::model::dataset::{BriefingDate, Capacity};
use briefing_explorer::model::format::{format_capacity, format_date, format_number};
use briefing_explorer::model::strings::EN;
use proptest::prelude::*;

#[test]
fn numbers_have_thousands_separators() {
    let cases: &[(f64, &str)] = &[
        (0.0, "0"),
        (7.0, "7"),
        (999.0, "999"),
        (1_000.0, "1,000"),
        (60_000.0, "60,000"),
        (840_000.0, "840,000"),
        (1_234_567.0, "1,234,567"),
        (1_234.5, "1,234.5"),
        (0.125, "0.13"),
        (2.999, "3"),
        (-12_345.0, "-12,345"),
        (f64::NAN, "—"),
        (f64::INFINITY, "—"),
    ];
    for &(value, expected) in cases {
        assert_eq!(format_number(value), expected, "{value}");
    }
}

#[test]
fn capacity_and_dates_read_naturally() {
    let capacity = Capacity {
        value: 840_000.0,
        unit: "sets".into(),
        period: "year".into(),
        of: None,
        quote: String::new(),
    };
    assert_eq!(format_capacity(&capacity, &EN), "840,000 sets / year");
    assert_eq!(
        format_date(&BriefingDate { year: None, month: 2, day: 20 }, &EN),
        "February 20 — year not stated"
    );
    assert_eq!(
        format_date(&BriefingDate { year: Some(2024), month: 12, day: 1 }, &EN),
        "December 1, 2024"
    );
    assert_eq!(
        format_date(&BriefingDate { year: None, month: 13, day: 1 }, &EN),
        "? 1 — year not stated"
    );
}

proptest! {
    #[test]
    fn formatting_never_panics_and_round_trips_integers(value in any::<f64>(), whole in 0u64..1_000_000_000_000) {
        let _ = format_number(value);
        let text = format_number(whole as f64);
        prop_assert_eq!(text.replace(',', "").parse::<u64>().unwrap(), whole);
    }
}
