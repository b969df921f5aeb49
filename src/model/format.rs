//! Number and date formatting for display. English conventions; the words live in `strings`.

use super::dataset::{BriefingDate, Capacity, Official};
use super::strings::{fill, Strings};

/// Formats a number with thousands separators and at most two decimals, dropping trailing
/// zeros: `840000.0` → "840,000", `1234.5` → "1,234.5". Non-finite numbers become "—".
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let sign = if rounded < 0.0 { "-" } else { "" };
    let magnitude = rounded.abs();
    let fixed = format!("{magnitude:.2}");
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let grouped = group_thousands(whole);
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

fn group_thousands(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Bytes as megabytes with one decimal, for file-size messages: `26214400.0` → "25.0".
pub fn format_megabytes(bytes: f64) -> String {
    format!("{:.1}", bytes / (1024.0 * 1024.0))
}

/// "840,000 sets / year".
pub fn format_capacity(capacity: &Capacity, strings: &Strings) -> String {
    fill(
        strings.capacity_figure,
        &[
            ("value", &format_number(capacity.value)),
            ("unit", &capacity.unit),
            ("period", &capacity.period),
        ],
    )
}

/// "February 20 — year not stated", or "February 20, 2024" when the year is known.
pub fn format_date(date: &BriefingDate, strings: &Strings) -> String {
    let month =
        strings.month_names.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("?");
    let day = date.day.to_string();
    match date.year {
        Some(year) => fill(
            strings.date_with_year,
            &[("month", month), ("day", &day), ("year", &year.to_string())],
        ),
        None => fill(
            strings.date_without_year,
            &[("month", month), ("day", &day), ("year_not_stated", strings.year_not_stated)],
        ),
    }
}

/// A short sortable form for pickers: "2024-02-20", or "02-20" without a year.
pub fn sortable_date(date: &BriefingDate) -> (i32, u8, u8) {
    (date.year.unwrap_or(i32::MIN), date.month, date.day)
}

/// The officials of a briefing in one line: "Chen Zhichang (Mayor), Li Ming (Deputy Mayor)".
pub fn format_officials(officials: &[Official], strings: &Strings) -> String {
    officials
        .iter()
        .map(|official| {
            fill(strings.official, &[("name", &official.name), ("role", &official.role)])
        })
        .collect::<Vec<_>>()
        .join(strings.list_separator)
}
