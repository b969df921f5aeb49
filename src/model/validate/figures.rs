//! A capacity's figure as the file writes it against the figure the app shows: a JSON number
//! keeps about 16 significant digits, so "999999999999999.99" is read as 1,000,000,000,000,000
//! and "987654321098765.43" as a number near it. A figure must be shown exactly as written, so a
//! capacity whose written digits are not the number read from them is refused, and its written
//! text is what the other problems of that capacity quote.

use std::collections::HashMap;

use super::meaning::{CAPACITY_MAX, CAPACITY_MIN};
use super::number_text::number_in_text;
use super::report::{shown_value, Location, Problem, SHOWN_PER_KIND};
use crate::model::format::format_western;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;

/// From 2^46 (70,368,744,177,664) up, a JSON number is held in steps of 1/64 or more, so two
/// decimals are no longer kept (80000000000000.01 is read as 80000000000000.015625, shown .02).
/// (2^53/100, about 9·10^13, is where whole hundredths run out; decimals are lost before that.)
pub(super) const DECIMALS_KEPT_BELOW: f64 = 70_368_744_177_664.0;

/// The capacities whose written text is not the number read from it, by JSON path, for the
/// messages of their other problems (out of range, too many decimals) to quote as written.
#[derive(Default)]
pub(super) struct WrittenNumbers {
    by_path: HashMap<String, String>,
}

impl WrittenNumbers {
    /// Keeps `number` as the written text of the capacity at `path`. Only as many as a report
    /// shows of one kind are kept: a file of a million such capacities keeps twenty.
    pub(super) fn insert(&mut self, path: String, number: &str) {
        if self.by_path.len() < SHOWN_PER_KIND {
            self.by_path.insert(path, shown_value(number));
        }
    }

    /// The written text of the capacity at `path`, if it is not the number read from it.
    pub(super) fn get(&self, path: &str) -> Option<&str> {
        self.by_path.get(path).map(String::as_str)
    }
}

/// A capacity whose written text is not the number a JSON reader takes from it.
pub(super) struct Figure<'t> {
    written: &'t str,
    value: f64,
}

/// The capacity written as `number` (JSON number text) when its digits are not those of the
/// number read from it, as serde_json reads it for the dataset; `None` when they are the same
/// (`12.50` and `1.25e1` are 12.5, and pass).
pub(super) fn figure_as_written(number: &str) -> Option<Figure<'_>> {
    let value = serde_json::from_str::<f64>(number).ok()?;
    // `value.to_string()` is the shortest decimal that reads back as `value`, which is what the
    // app's formatter rounds to two decimals; a number the formatter cannot hold (more than 40
    // significant digits) is never that figure.
    let read = number_in_text(&value.to_string());
    if read.is_some() && number_in_text(number) == read {
        return None;
    }
    Some(Figure { written: number, value })
}

/// Whether a capacity is positive, at most [`CAPACITY_MAX`] and written by the formatter with at
/// most two decimals: the bounds the meaning checks hold it to.
pub(super) fn capacity_in_bounds(value: f64) -> bool {
    (CAPACITY_MIN..=CAPACITY_MAX).contains(&value)
        && (value.fract() == 0.0
            || value.to_string().split_once('.').is_none_or(|(_, decimals)| decimals.len() <= 2))
}

impl Figure<'_> {
    /// The problem of the capacity at `path`: its figure would be shown other than as written.
    /// `None` when the number read is out of bounds, which the meaning checks report, quoting
    /// the text kept in [`WrittenNumbers`].
    pub(super) fn problem(&self, path: String, strings: &ValidationStrings) -> Option<Problem> {
        if !capacity_in_bounds(self.value) {
            return None;
        }
        let written_fraction =
            number_in_text(self.written).is_none_or(|digits| digits.contains('.'));
        let template = if written_fraction && self.value >= DECIMALS_KEPT_BELOW {
            strings.capacity_decimals_lost
        } else {
            strings.capacity_not_as_written
        };
        let message = fill(
            template,
            &[
                ("written", &shown_value(self.written)),
                ("shown", &format_western(self.value)),
                ("limit", &format_western(DECIMALS_KEPT_BELOW)),
            ],
        );
        Some(Problem { location: Location::Path(path.into()), message })
    }
}
