//! The view state in the URL hash, e.g. `#industry=new-energy,magnesium-alloys&q=copper`.
//!
//! Parsing never fails: whatever part of a hash is unknown or malformed is dropped and reported as
//! a [`UrlNotice`], and the rest still applies. Encoding writes a canonical form (keys in a fixed
//! order, industries and statuses in the dataset's order) so that equal views have equal URLs.

use super::dataset::Dataset;
use super::query::{BriefingChoice, Query, Selection, StatusKey};
use super::text::truncate_chars;
use super::view::chosen_briefings;

/// The URL word for "status not stated" in the status list.
pub const NOT_STATED: &str = "not-stated";
/// The URL word for "every briefing" in the briefing choice.
pub const ALL_BRIEFINGS: &str = "all";

/// Something in the hash that was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlNotice {
    /// A well-formed value that names nothing in the dataset, e.g. an unknown industry.
    UnknownValue { what: &'static str, value: String },
    /// A part that cannot be read at all: no `=`, bad percent-encoding, an unknown key, a bad number.
    Malformed { part: String },
}

/// Reads a hash (with or without the leading `#`) into a query for this dataset.
pub fn parse_hash(hash: &str, dataset: &Dataset) -> (Query, Vec<UrlNotice>) {
    let mut query = Query::default();
    let mut notices = Vec::new();
    let mut selected_id: Option<(&'static str, String)> = None;
    for part in hash.trim_start_matches('#').split('&').filter(|part| !part.is_empty()) {
        let Some((key, raw_value)) = part.split_once('=') else {
            notices.push(UrlNotice::Malformed { part: shorten(part) });
            continue;
        };
        let malformed = || UrlNotice::Malformed { part: shorten(part) };
        let values: Option<Vec<String>> = match key {
            "industry" | "status" => {
                raw_value.split(',').filter(|value| !value.is_empty()).map(percent_decode).collect()
            }
            _ => percent_decode(raw_value).map(|value| vec![value]),
        };
        let Some(values) = values else {
            notices.push(malformed());
            continue;
        };
        match key {
            "industry" => {
                for id in values {
                    if dataset.industry(&id).is_none() {
                        notices.push(UrlNotice::UnknownValue { what: "industry", value: id });
                    } else if !query.industries.contains(&id) {
                        query.industries.push(id);
                    }
                }
            }
            "status" => {
                for id in values {
                    let key = if id == NOT_STATED {
                        Some(StatusKey::NotStated)
                    } else {
                        dataset.status(&id).map(|_| StatusKey::Stated(id.clone()))
                    };
                    match key {
                        Some(key) if !query.statuses.contains(&key) => query.statuses.push(key),
                        Some(_) => {}
                        None => notices.push(UrlNotice::UnknownValue { what: "status", value: id }),
                    }
                }
            }
            "q" => query.text = values.concat(),
            "briefing" => {
                let id = values.concat();
                if id == ALL_BRIEFINGS {
                    query.briefing = BriefingChoice::All;
                } else if dataset.briefing(&id).is_some() {
                    query.briefing = BriefingChoice::One(id);
                } else {
                    notices.push(UrlNotice::UnknownValue { what: "briefing", value: id });
                }
            }
            "project" => selected_id = Some(("project", values.concat())),
            "directive" => selected_id = Some(("directive", values.concat())),
            "slide" => match values.concat().parse::<usize>() {
                Ok(slide) if slide >= 1 => query.slide = Some(slide),
                _ => notices.push(malformed()),
            },
            _ => notices.push(malformed()),
        }
    }
    query.normalise(dataset);
    // The selection is resolved last because its meaning depends on the briefing choice.
    if let Some((what, id)) = selected_id {
        let briefings = chosen_briefings(dataset, &query.briefing);
        let selection = match what {
            "project" => dataset.find_project(&briefings, &id).map(Selection::Project),
            _ => dataset.find_directive(&briefings, &id).map(Selection::Directive),
        };
        match selection {
            Some(selection) => query.selected = Some(selection),
            None => notices.push(UrlNotice::UnknownValue { what, value: id }),
        }
    }
    (query, notices)
}

/// Writes a query as a hash, without the leading `#`; the default query is the empty string.
pub fn encode_hash(query: &Query, dataset: &Dataset) -> String {
    let mut parts: Vec<String> = Vec::new();
    match &query.briefing {
        BriefingChoice::First => {}
        BriefingChoice::All => parts.push(format!("briefing={ALL_BRIEFINGS}")),
        BriefingChoice::One(id) => parts.push(format!("briefing={}", percent_encode(id))),
    }
    let industries: Vec<String> = dataset
        .industries
        .iter()
        .filter(|industry| query.industries.contains(&industry.id))
        .map(|industry| percent_encode(&industry.id))
        .collect();
    if !industries.is_empty() {
        parts.push(format!("industry={}", industries.join(",")));
    }
    let mut statuses: Vec<String> = dataset
        .statuses
        .iter()
        .filter(|status| query.statuses.contains(&StatusKey::Stated(status.id.clone())))
        .map(|status| percent_encode(&status.id))
        .collect();
    if query.statuses.contains(&StatusKey::NotStated) {
        statuses.push(NOT_STATED.to_string());
    }
    if !statuses.is_empty() {
        parts.push(format!("status={}", statuses.join(",")));
    }
    if !query.text.is_empty() {
        parts.push(format!("q={}", percent_encode(&query.text)));
    }
    match query.selected {
        Some(Selection::Project(key)) => {
            if let Some((_, project)) = dataset.project_at(key) {
                parts.push(format!("project={}", percent_encode(&project.id)));
            }
        }
        Some(Selection::Directive(key)) => {
            if let Some((_, directive)) = dataset.directive_at(key) {
                parts.push(format!("directive={}", percent_encode(&directive.id)));
            }
        }
        None => {}
    }
    if let Some(slide) = query.slide {
        parts.push(format!("slide={slide}"));
    }
    parts.join("&")
}

/// Percent-encodes every byte outside RFC 3986's unreserved set.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Decodes `%XX` escapes (and `+` as a space, as forms write it); `None` if an escape is cut
/// short, not hexadecimal, or the bytes are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let high = hex_value(*bytes.get(index + 1)?)?;
                let low = hex_value(*bytes.get(index + 2)?)?;
                decoded.push(high * 16 + low);
                index += 3;
            }
            b'+' => {
                decoded.push(b' ');
                index += 1;
            }
            byte => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(decoded).ok()
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit).to_digit(16).map(|value| value as u8)
}

/// Keeps notices short when someone pastes a very long hash.
fn shorten(part: &str) -> String {
    truncate_chars(part, 60)
}
