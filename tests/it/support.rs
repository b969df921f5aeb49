//! Shared helpers: the bundled dataset and small dataset builders.

use std::rc::Rc;

use briefing_explorer::model::dataset::Dataset;
use briefing_explorer::model::query::{Query, StatusKey};
use briefing_explorer::model::validate::parse_dataset;

pub const BUNDLED_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/briefings.json");

pub fn bundled_text() -> String {
    std::fs::read_to_string(BUNDLED_PATH).expect("data/briefings.json is readable")
}

thread_local! {
    static BUNDLED: Rc<Dataset> = match parse_dataset(&bundled_text()) {
        Ok(dataset) => Rc::new(dataset),
        Err(problems) => panic!("the bundled data is invalid: {problems:#?}"),
    };
}

/// The bundled dataset, parsed once per test thread.
pub fn bundled() -> Rc<Dataset> {
    BUNDLED.with(Rc::clone)
}

/// The bundled data as a JSON value, for tests that break one field at a time.
pub fn bundled_json() -> serde_json::Value {
    serde_json::from_str(&bundled_text()).expect("the bundled data is JSON")
}

/// A query with these filters and nothing else.
pub fn query(industries: &[&str], statuses: &[StatusKey], text: &str) -> Query {
    Query {
        industries: industries.iter().map(|id| id.to_string()).collect(),
        statuses: statuses.to_vec(),
        text: text.to_string(),
        ..Query::default()
    }
}

/// The `{name}` placeholders of a template.
pub fn placeholders(template: &str) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        names.insert(rest[open + 1..open + close].to_string());
        rest = &rest[open + close + 1..];
    }
    names
}

/// "Capacity not stated: A, B and 3 more" as the one text its pieces read as.
pub fn not_stated_text(
    not_stated: &briefing_explorer::model::chart::NotStatedProjects,
    limit: usize,
    strings: &briefing_explorer::model::strings::Strings,
) -> Option<String> {
    let pieces = briefing_explorer::model::chart::not_stated_pieces(not_stated, limit, strings);
    pieces.as_deref().map(briefing_explorer::model::strings::pieces_text)
}
