//! What the printed handout says about itself: the filters behind it, in words, so that a reader
//! of the paper knows what was left out without decoding the view's address.

use super::dataset::Dataset;
use super::format::format_number;
use super::query::{Query, StatusKey};
use super::strings::{fill, Strings};
use super::text::search_echo;

/// The most items of a list (project cards, directives, the Source view's pages) a printed
/// handout holds. Printing every card of 100,000 projects held the page for over a minute, and
/// Chromium's own PDF print gave up; 500 cards lay out for paper in well under a second.
pub const PRINTED_AT_MOST: usize = 500;

/// What a printed list cut at [`PRINTED_AT_MOST`] says under it: how to print the others.
pub fn printed_at_most(strings: &Strings) -> String {
    fill(strings.printed_at_most, &[("limit", &format_number(PRINTED_AT_MOST as f64, strings))])
}

/// Every filter of the query, named, each with its values or the word for "no filter":
/// "Industry: New energy · Status: all · Search: none". Industries and statuses are the data's
/// labels (its id when the dataset does not list one), in the order the query holds them.
pub fn filter_line(query: &Query, dataset: &Dataset, strings: &Strings) -> String {
    let industries: Vec<&str> =
        query.industries.iter().map(|id| dataset.industry_label(id)).collect();
    let statuses: Vec<&str> = query
        .statuses
        .iter()
        .map(|status| match status {
            StatusKey::Stated(id) => dataset.status_label(id),
            // "Status: not stated", not "Status: Status not stated" as the facet says.
            StatusKey::NotStated => strings.not_stated,
        })
        .collect();
    let search = search_echo(&query.text);
    let search = if search.is_empty() {
        strings.print_filter_none.to_string()
    } else {
        fill(strings.print_filter_search, &[("text", &search)])
    };
    let listed = |values: &[&str]| {
        if values.is_empty() {
            strings.print_filter_all.to_string()
        } else {
            values.join(strings.list_separator)
        }
    };
    let part = |label: &str, values: &str| {
        fill(strings.print_filter_part, &[("label", label), ("values", values)])
    };
    [
        part(strings.industry_facet, &listed(&industries)),
        part(strings.status_facet, &listed(&statuses)),
        part(strings.search_label, &search),
    ]
    .join(strings.filter_separator)
}
