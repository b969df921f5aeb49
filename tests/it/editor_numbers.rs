//! The editor's number fields: what reads as a number and what is refused, and figures shown
//! with every digit they have.

use briefing_explorer::model::editor::{editable_figure, read_number, read_whole, NumberText};
use proptest::prelude::*;

#[test]
fn numbers_read_as_people_write_them() {
    for (text, value) in [
        ("840000", 840_000.0),
        ("840,000", 840_000.0),
        (" 840 000 ", 840_000.0),
        ("840\u{a0}000", 840_000.0),
        ("1'500", 1_500.0),
        ("1.5", 1.5),
        (".5", 0.5),
        ("-3", -3.0),
        ("+7", 7.0),
        ("８４００００", 840_000.0),
        ("１．５", 1.5),
        ("84万", 840_000.0),
        ("84 万", 840_000.0),
        ("1.5亿", 150_000_000.0),
        ("６万", 60_000.0),
        // As an English text writes a figure, and as the selection's suggestions read it.
        ("1.2 million", 1_200_000.0),
        ("2.5 Billion", 2_500_000_000.0),
        ("12 thousand", 12_000.0),
        ("1,234.5", 1_234.5),
    ] {
        assert_eq!(read_number(text), NumberText::Number(value), "{text:?}");
    }
}

#[test]
fn text_that_is_not_a_number_is_refused_not_read_as_zero() {
    for text in [
        "lots", "abc", "1.2.3", "12 tons", "3-4", "--3", "-", ".", "万", "1e5", "inf", "NaN",
        "5万万",
        // A comma that groups no thousands is no thousands separator: "1,2" was read as 12.
        "1,2", "12,34", "1 2", "1,2345", "1234,567", "million",
    ] {
        assert_eq!(read_number(text), NumberText::NotANumber, "{text:?}");
    }
    assert_eq!(read_number("   "), NumberText::Empty);
    assert_eq!(read_number(""), NumberText::Empty);
}

#[test]
fn whole_numbers_keep_to_their_range() {
    assert_eq!(read_whole("2024", 1..=9999), NumberText::Number(2024.0));
    assert_eq!(read_whole("１２", 1..=12), NumberText::Number(12.0));
    assert_eq!(read_whole("13", 1..=12), NumberText::NotANumber);
    assert_eq!(read_whole("0", 1..=31), NumberText::NotANumber);
    assert_eq!(read_whole("2024.5", 1..=9999), NumberText::NotANumber);
    assert_eq!(read_whole("abc", 1..=9999), NumberText::NotANumber);
    assert_eq!(read_whole("1e30", 1..=9999), NumberText::NotANumber);
    assert_eq!(read_whole("", 1..=9999), NumberText::Empty);
}

#[test]
fn figures_show_every_digit_grouped_by_thousands() {
    assert_eq!(editable_figure(840_000.0), "840,000");
    assert_eq!(editable_figure(0.125), "0.125");
    assert_eq!(editable_figure(1_234_567.891), "1,234,567.891");
    assert_eq!(editable_figure(999.0), "999");
    assert_eq!(editable_figure(-3.0), "-3");
    assert_eq!(editable_figure(0.0), "0");
}

proptest! {
    /// What the field shows reads back as the same number, so leaving a field unchanged or
    /// changed only around a figure never alters the figure.
    #[test]
    fn a_shown_figure_reads_back_exactly(value in prop_oneof![
        0.0..1e12f64,
        (0u64..10_000_000_000).prop_map(|whole| whole as f64),
        (0u64..1_000_000, 0u32..1000).prop_map(|(whole, thousandths)| whole as f64 + f64::from(thousandths) / 1000.0),
    ]) {
        prop_assert_eq!(read_number(&editable_figure(value)), NumberText::Number(value));
    }
}
