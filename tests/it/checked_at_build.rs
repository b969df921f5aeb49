//! The record of the dataset files a site's build checked whole: a file is known by its name and
//! size, with the SHA-256 the page compares the browser's digest with; a record that cannot be
//! read vouches for nothing.

use briefing_explorer::model::checked_at_build::{hex_digits, CheckedAtBuild};

fn bundled() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/briefings.json")).unwrap()
}

#[test]
fn the_record_holds_the_standard_sha256_of_the_bytes_in_lowercase_hex() {
    let mut record = CheckedAtBuild::default();
    record.record("abc.json", b"abc");
    record.record("empty.json", b"");
    // The test vectors of FIPS 180-2, as the browser's WebCrypto computes them.
    assert_eq!(
        record.sha256_for("abc.json", 3),
        Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    );
    assert_eq!(
        record.sha256_for("empty.json", 0),
        Some("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    );
}

#[test]
fn a_file_is_known_by_its_name_and_size() {
    let bytes = bundled();
    let mut record = CheckedAtBuild::default();
    record.record("briefings.json", &bytes);
    let record = CheckedAtBuild::from_json(&record.to_json());
    assert!(record.sha256_for("briefings.json", bytes.len()).is_some());
    assert_eq!(record.sha256_for("other.json", bytes.len()), None);
    // A file of another size is not the one checked: no digest is worth computing.
    assert_eq!(record.sha256_for("briefings.json", bytes.len() - 1), None);
    assert_eq!(record.sha256_for("briefings.json", bytes.len() + 1), None);
}

#[test]
fn an_edit_that_keeps_the_size_changes_the_recorded_digest() {
    let bytes = bundled();
    let mut edited = bytes.clone();
    let at = edited.iter().position(|&byte| byte == b'a').unwrap();
    edited[at] = b'e';
    let mut original = CheckedAtBuild::default();
    original.record("briefings.json", &bytes);
    let mut changed = CheckedAtBuild::default();
    changed.record("briefings.json", &edited);
    assert_ne!(
        original.sha256_for("briefings.json", bytes.len()),
        changed.sha256_for("briefings.json", bytes.len())
    );
}

#[test]
fn recording_a_file_again_replaces_its_entry() {
    let mut record = CheckedAtBuild::default();
    record.record("briefings.json", b"old");
    record.record("briefings.json", b"new bytes");
    assert_eq!(record.sha256_for("briefings.json", 3), None);
    assert!(record.sha256_for("briefings.json", 9).is_some());
    assert_eq!(record.to_json().matches("briefings.json").count(), 1);
}

#[test]
fn a_record_that_cannot_be_read_vouches_for_nothing() {
    let digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    for text in [
        String::new(),
        "not json".to_string(),
        "[]".to_string(),
        format!(r#"{{"abc.json": {{"bytes": "3", "sha256": "{digest}"}}}}"#),
        r#"{"abc.json": {"bytes": 3}}"#.to_string(),
        format!(r#"{{"abc.json": {{"sha256": "{digest}"}}}}"#),
        r#"{"abc.json": {"bytes": 3, "sha256": 12}}"#.to_string(),
    ] {
        assert_eq!(CheckedAtBuild::from_json(&text).sha256_for("abc.json", 3), None, "{text}");
    }
    // The well-formed record is read; upper-case hex is read as the same digest.
    let good = format!(r#"{{"abc.json": {{"bytes": 3, "sha256": "{}"}}}}"#, digest.to_uppercase());
    assert_eq!(CheckedAtBuild::from_json(&good).sha256_for("abc.json", 3), Some(digest));
}

#[test]
fn hex_digits_are_two_lowercase_digits_a_byte() {
    assert_eq!(hex_digits(&[]), "");
    assert_eq!(hex_digits(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
}
