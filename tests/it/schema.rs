//! `data/briefing.schema.json` is generated from the Rust types and kept up to date.
//!
//! Run `UPDATE_SCHEMA=1 cargo test --test it schema` to rewrite it after changing the types.

use briefing_explorer::model::schema::dataset_schema;
use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::validate::parse_dataset_bytes;
use serde_json::Value;

use crate::support::bundled_json;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/briefing.schema.json");

#[test]
fn schema_file_matches_the_types() {
    let schema = dataset_schema();
    let generated = format!("{}\n", serde_json::to_string_pretty(&schema).unwrap());
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).unwrap();
    }
    let stored = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(stored == generated, "data/briefing.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test it schema`");
}

/// A change to the bundled dataset from `tests/data/schema-mutations.json`.
struct Mutation {
    why: String,
    file: Vec<u8>,
}

/// The files the list holds under `list` ("refused", "accepted" or "schema_only").
fn mutations(list: &str) -> Vec<Mutation> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/schema-mutations.json");
    let listed: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let changes = listed[list].as_array().unwrap();
    assert!(!changes.is_empty(), "the list {list} is empty");
    changes
        .iter()
        .map(|change| {
            let why = change["why"].as_str().unwrap().to_string();
            let at = change["at"].as_str().unwrap();
            let (parent, key) = at.rsplit_once('/').unwrap();
            let mut dataset = bundled_json();
            let parent = dataset.pointer_mut(parent).unwrap_or_else(|| panic!("{why}: no {at}"));
            let value = match (&change["set"], change["repeat"].as_u64()) {
                (Value::String(text), Some(times)) => Value::String(text.repeat(times as usize)),
                (value, _) => value.clone(),
            };
            match (parent, change["remove"].as_bool() == Some(true)) {
                (Value::Object(object), true) => {
                    assert!(object.remove(key).is_some(), "{why}: nothing at {at} to remove");
                }
                (Value::Object(object), false) => {
                    object.insert(key.to_string(), value);
                }
                (Value::Array(items), false) => items[key.parse::<usize>().unwrap()] = value,
                _ => panic!("{why}: cannot change {at}"),
            }
            let mut file = dataset.to_string();
            if let Some([from, to]) = change["text"].as_array().map(Vec::as_slice) {
                let (from, to) = (from.as_str().unwrap(), to.as_str().unwrap());
                assert!(file.contains(from), "{why}: the file never says {from}");
                file = file.replace(from, to);
            }
            Mutation { why, file: file.into_bytes() }
        })
        .collect()
}

#[test]
fn the_validator_refuses_and_accepts_what_the_schema_test_list_says() {
    for mutation in mutations("refused") {
        let report = parse_dataset_bytes(&mutation.file, &EN).err().unwrap_or_default();
        assert!(report.total > 0, "the app accepts {}", mutation.why);
    }
    for mutation in mutations("accepted").into_iter().chain(mutations("schema_only")) {
        let report = parse_dataset_bytes(&mutation.file, &EN).err().unwrap_or_default();
        assert_eq!(report.total, 0, "the app refuses {}: {report:?}", mutation.why);
    }
}
