//! The record of the dataset files a site's build checked whole: a file is vouched for only by
//! its own name, size and fingerprint, and a record that cannot be read vouches for nothing.

use briefing_explorer::model::checked_at_build::{fingerprint, CheckedAtBuild};

fn bundled() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/briefings.json")).unwrap()
}

#[test]
fn a_fingerprint_is_sixteen_hex_digits_and_the_same_for_the_same_bytes() {
    let bytes = bundled();
    let print = fingerprint(&bytes);
    assert_eq!(print.len(), 16);
    assert!(print.chars().all(|digit| digit.is_ascii_hexdigit()), "{print}");
    assert_eq!(print, fingerprint(&bytes.clone()));
    assert_ne!(fingerprint(b""), fingerprint(b"\0"));
}

#[test]
fn changing_any_single_byte_changes_the_fingerprint() {
    // A short text, so that every position is tried: whole words and the last, partial one.
    let original = br#"{"quotes": ["840,000 sets a year"], "capacity": 60000}"#.to_vec();
    let print = fingerprint(&original);
    for position in 0..original.len() {
        let mut changed = original.clone();
        changed[position] ^= 0x01;
        assert_ne!(fingerprint(&changed), print, "byte {position}");
    }
    // Bytes added or taken away at the end, even zero bytes inside the last word.
    assert_ne!(fingerprint(&original[..original.len() - 1]), print);
    let mut longer = original.clone();
    longer.push(0);
    assert_ne!(fingerprint(&longer), print);
}

#[test]
fn two_quotes_swapped_change_the_fingerprint() {
    // The same bytes in another order, as a reordering edit leaves them.
    let print = fingerprint(b"[\"first quote.....\",\"second quote....\"]");
    assert_ne!(fingerprint(b"[\"second quote....\",\"first quote.....\"]"), print);
}

#[test]
fn the_record_vouches_for_a_file_by_its_name_size_and_fingerprint_only() {
    let bytes = bundled();
    let mut record = CheckedAtBuild::default();
    record.record("briefings.json", &bytes);
    let record = CheckedAtBuild::from_json(&record.to_json());
    assert!(record.vouches_for("briefings.json", &bytes));
    assert!(!record.vouches_for("other.json", &bytes));
    // The same size with one character changed (a quote edited after the build).
    let mut edited = bytes.clone();
    let at = edited.iter().position(|&byte| byte == b'a').unwrap();
    edited[at] = b'e';
    assert!(!record.vouches_for("briefings.json", &edited));
    assert!(!record.vouches_for("briefings.json", &bytes[..bytes.len() - 1]));
}

#[test]
fn recording_a_file_again_replaces_its_entry() {
    let mut record = CheckedAtBuild::default();
    record.record("briefings.json", b"old");
    record.record("briefings.json", b"new bytes");
    assert!(!record.vouches_for("briefings.json", b"old"));
    assert!(record.vouches_for("briefings.json", b"new bytes"));
    assert_eq!(record.to_json().matches("briefings.json").count(), 1);
}

#[test]
fn a_record_that_cannot_be_read_vouches_for_nothing() {
    let bytes = bundled();
    let size = bytes.len();
    let print = fingerprint(&bytes);
    for text in [
        String::new(),
        "not json".to_string(),
        "[]".to_string(),
        format!(r#"{{"briefings.json": {{"bytes": "{size}", "fingerprint": "{print}"}}}}"#),
        format!(r#"{{"briefings.json": {{"bytes": {size}}}}}"#),
        format!(r#"{{"briefings.json": {{"fingerprint": "{print}"}}}}"#),
        format!(r#"{{"briefings.json": {{"bytes": {}, "fingerprint": "{print}"}}}}"#, size + 1),
    ] {
        assert!(!CheckedAtBuild::from_json(&text).vouches_for("briefings.json", &bytes), "{text}");
    }
    // The well-formed record of the same file is read.
    let good = format!(r#"{{"briefings.json": {{"bytes": {size}, "fingerprint": "{print}"}}}}"#);
    assert!(CheckedAtBuild::from_json(&good).vouches_for("briefings.json", &bytes));
}
