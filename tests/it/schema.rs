//! `data/briefing.schema.json` is generated from the Rust types and kept up to date.
//!
//! Run `UPDATE_SCHEMA=1 cargo test --test it schema` to rewrite it after changing the types.

use briefing_explorer::model::dataset::Dataset;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/briefing.schema.json");

#[test]
fn schema_file_matches_the_types() {
    let schema = schemars::schema_for!(Dataset);
    let generated = format!("{}\n", serde_json::to_string_pretty(&schema).unwrap());
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).unwrap();
    }
    let stored = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(stored == generated, "data/briefing.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test it schema`");
}
