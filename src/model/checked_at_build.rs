//! The site's dataset files that its build checked whole and found valid, and how the page tells
//! that a file it has just read is still that very file.
//!
//! The build (`scripts/record-checked.mjs`, through `validate --record`) writes each valid file's
//! size and fingerprint into `index.html` as a JSON block. A page that reads a file with the same
//! name, size and fingerprint skips the checks that only prove the file faithful (duplicate keys,
//! control characters, every quote looked up in its source), which at 10,000 projects are a
//! worker's second of work after the first paint; the checks showing the data relies on still
//! run. A file changed after the build (a published copy whose `data/` folder was edited, say)
//! no longer matches and is checked whole as before.
//!
//! The fingerprint tells an edited file from the original; it is not a defence against someone
//! who means to deceive, who could as easily rewrite the record in `index.html` itself.

use serde_json::{json, Map, Value};

/// The `id` of the JSON block in `index.html` that holds the record.
pub const CHECKED_AT_BUILD_ID: &str = "checked-at-build";

/// An odd constant with its bits well spread (2⁶⁴ divided by the golden ratio).
const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// The fingerprint of a file's bytes: 16 hex digits of a 64-bit hash of the bytes and their
/// number. It reads eight bytes a step, so that 12.8 MB takes a few milliseconds in the page.
/// Each step is a bijection of the state for a given word and of the word for a given state, so
/// two files that differ in a single eight-byte word always differ here.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut state = bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for chunk in &mut words {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        state = step(state, u64::from_le_bytes(word));
    }
    let mut last = [0; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    state = step(state, u64::from_le_bytes(last));
    format!("{:016x}", finish(state))
}

fn step(state: u64, word: u64) -> u64 {
    (state.rotate_left(23) ^ word).wrapping_mul(MULTIPLIER)
}

/// The finaliser of SplitMix64: every bit of the state reaches every bit of the result.
fn finish(mut state: u64) -> u64 {
    state = (state ^ (state >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    state = (state ^ (state >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    state ^ (state >> 31)
}

/// One checked file: its size in bytes and its [`fingerprint`].
#[derive(Clone, Debug, PartialEq, Eq)]
struct Checked {
    bytes: u64,
    fingerprint: String,
}

/// The record of the files the build checked whole and found valid, by file name in the site's
/// `data/` folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckedAtBuild {
    files: Vec<(String, Checked)>,
}

impl CheckedAtBuild {
    /// The record in `text`, as `index.html` carries it. A record that cannot be read vouches for
    /// nothing, so the page checks every file whole, as a page without one does.
    pub fn from_json(text: &str) -> CheckedAtBuild {
        let Ok(Value::Object(entries)) = serde_json::from_str::<Value>(text) else {
            return CheckedAtBuild::default();
        };
        let files = entries
            .into_iter()
            .filter_map(|(file, entry)| {
                let bytes = entry.get("bytes")?.as_u64()?;
                let fingerprint = entry.get("fingerprint")?.as_str()?.to_string();
                Some((file, Checked { bytes, fingerprint }))
            })
            .collect();
        CheckedAtBuild { files }
    }

    /// The record as JSON, for `index.html`: `{"briefings.json": {"bytes": …, "fingerprint":
    /// "…"}}`.
    pub fn to_json(&self) -> String {
        let entries: Map<String, Value> = self
            .files
            .iter()
            .map(|(file, checked)| {
                (
                    file.clone(),
                    json!({ "bytes": checked.bytes, "fingerprint": checked.fingerprint }),
                )
            })
            .collect();
        Value::Object(entries).to_string()
    }

    /// Records that `file` was checked whole and found valid with these `bytes`.
    pub fn record(&mut self, file: &str, bytes: &[u8]) {
        let checked = Checked { bytes: bytes.len() as u64, fingerprint: fingerprint(bytes) };
        self.files.retain(|(recorded, _)| recorded != file);
        self.files.push((file.to_string(), checked));
    }

    /// Whether `bytes`, read as the site's `file`, are the very bytes the build found valid. The
    /// size is compared first, so a file of another size costs no fingerprint.
    pub fn vouches_for(&self, file: &str, bytes: &[u8]) -> bool {
        self.files.iter().any(|(recorded, checked)| {
            recorded == file
                && checked.bytes == bytes.len() as u64
                && checked.fingerprint == fingerprint(bytes)
        })
    }
}
