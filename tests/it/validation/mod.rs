//! The validator: every problem named where a person can find it, in words they can act on, in
//! time linear in the file, and never a panic.

mod cases;
mod crafted;
mod for_view;
mod mend;
mod places;
mod properties;
mod quoted_figures;
mod worker_messages;

use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::validate::{parse_dataset_bytes, Location, Report};
use serde_json::{json, Value};

use crate::support::{bundled_json, bundled_text};

/// The report for a file, or an empty one when the file is valid.
pub fn report_for(bytes: &[u8]) -> Report {
    parse_dataset_bytes(bytes, &EN).err().unwrap_or_default()
}

/// How `location` reads without where its value starts in the file: for tests of what a location
/// names, which would otherwise depend on the column the bundled data's compact text puts it at
/// (`places` tests where it is).
pub fn unplaced(location: &Location) -> String {
    let mut location = location.clone();
    if let Location::Path(path) | Location::Record { path, .. } = &mut location {
        path.start = None;
    }
    location.to_string()
}

/// The line and column (in characters, both from 1) where `written`, which occurs once in
/// `text`, starts: counted here as a person would, to check the validator's count.
pub fn line_and_column(text: &str, written: &str) -> (usize, usize) {
    assert_eq!(text.matches(written).count(), 1, "{written:?} occurs once in the file");
    let before = &text[..text.find(written).unwrap_or_default()];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

/// The bundled file as it is written (one field to a line), with the first `from` in BYD's
/// project replaced by `to`.
pub fn bundled_text_with_byd(from: &str, to: &str) -> String {
    let text = bundled_text();
    let marker = "\"short_name\": \"BYD drive motors\"";
    let byd = text.find(marker).expect("BYD is in the bundled file");
    let at = byd + text[byd..].find(from).expect("BYD's project holds the text to replace");
    format!("{}{to}{}", &text[..at], &text[at + from.len()..])
}

/// The bundled data after `edit`, as compact JSON bytes.
pub fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = bundled_json();
    edit(&mut value);
    value.to_string().into_bytes()
}

/// The bundled data as compact JSON text after `edit`, with `from` replaced by `to` once: for the
/// mistakes a JSON value cannot hold, such as a repeated key.
pub fn edited_text(from: &str, to: &str) -> Vec<u8> {
    let text = bundled_json().to_string();
    assert!(text.contains(from), "the bundled data holds {from:?}");
    text.replacen(from, to, 1).into_bytes()
}

/// The bundled data with BYD's capacity written `number` in the file and its figure written
/// `in_text` wherever the source and its quotes say "840,000", as a capacity's quote must state
/// its figure.
pub fn with_byd_figure(number: &str, in_text: &str) -> Vec<u8> {
    let file = edited_text("\"value\":840000", &format!("\"value\":{number}"));
    let text = String::from_utf8(file).expect("the bundled data is UTF-8");
    assert!(text.contains("840,000"), "the bundled source states BYD's 840,000");
    text.replace("840,000", in_text).into_bytes()
}

/// The smallest valid dataset: one industry, one status, one briefing whose source is `source`
/// and one project quoting its first sentence.
pub fn minimal_dataset(source: &str) -> Value {
    let first_sentence = source.split_inclusive('.').next().unwrap_or(source).trim();
    json!({
        "industries": [{"id": "energy", "label": "Energy"}],
        "statuses": [{"id": "open", "label": "Open"}],
        "briefings": [{
            "id": "visit",
            "title": "Visit",
            "date": {"month": 3, "day": 5},
            "place": "Nanjing",
            "officials": [{"name": "Chen", "role": "Mayor"}],
            "source": {"title": "Visit", "language": "en", "note": "Made up.", "text": source},
            "projects": [{
                "id": "acme",
                "name": "ACME batteries",
                "short_name": "ACME",
                "enterprise": "ACME",
                "industry": "energy",
                "sector": "Batteries",
                "quotes": [first_sentence]
            }]
        }]
    })
}
