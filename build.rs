//! Copies the dataset to bundle into `OUT_DIR`, so the app can `include_str!` it.
//!
//! `BRIEFING_DATA` names another dataset file (`make build DATA=...` sets it); the Makefile runs
//! the validator on it first, and the app validates it again at start-up like any loaded file.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=BRIEFING_DATA");
    let manifest_dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let data_path = match std::env::var("BRIEFING_DATA") {
        Ok(path) if !path.is_empty() => manifest_dir.join(path),
        _ => manifest_dir.join("data/briefings.json"),
    };
    println!("cargo:rerun-if-changed={}", data_path.display());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    if let Err(error) = std::fs::copy(&data_path, out_dir.join("dataset.json")) {
        panic!("cannot read the dataset to bundle, {}: {error}", data_path.display());
    }
}
