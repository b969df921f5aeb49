//! The site's dataset files that its build checked whole and found valid, and how the page tells
//! that a file it has read is still that very file.
//!
//! The build (`scripts/record-checked.mjs`, through `validate --record`) writes each valid file's
//! size and SHA-256 into `index.html` as a JSON block. A large site dataset, or one the build
//! recorded, is shown once the checks showing it relies on have passed, and its whole check
//! (duplicate keys, control characters, every quote looked up in its source: a worker's second
//! of work at 10,000 projects, and on a small file the validator's code compiled at the page's
//! start) follows the first paint; when the page's file has the size and SHA-256 the build
//! recorded, that whole check is skipped, the browser's SHA-256 (WebCrypto, off the page's
//! thread) taking its place. A file changed after the build (a published copy whose `data/`
//! folder was edited, say) no longer matches and is checked whole as before.
//!
//! The record tells an edited file from the original; it is no defence against someone who means
//! to deceive, who could as easily rewrite the record in `index.html` itself. The checks showing
//! relies on always run.

use serde_json::{json, Map, Value};

/// The `id` of the JSON block in `index.html` that holds the record.
pub const CHECKED_AT_BUILD_ID: &str = "checked-at-build";

/// One checked file: its size in bytes and the SHA-256 of its bytes, as lowercase hex.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Checked {
    bytes: u64,
    sha256: String,
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
                let sha256 = entry.get("sha256")?.as_str()?.to_ascii_lowercase();
                Some((file, Checked { bytes, sha256 }))
            })
            .collect();
        CheckedAtBuild { files }
    }

    /// The record as JSON, for `index.html`: `{"briefings.json": {"bytes": …, "sha256": "…"}}`.
    pub fn to_json(&self) -> String {
        let entries: Map<String, Value> = self
            .files
            .iter()
            .map(|(file, checked)| {
                (file.clone(), json!({ "bytes": checked.bytes, "sha256": checked.sha256 }))
            })
            .collect();
        Value::Object(entries).to_string()
    }

    /// Records that `file` was checked whole and found valid with these `bytes`. Only the build
    /// records; the page compares the browser's digest with [`Self::sha256_for`].
    pub fn record(&mut self, file: &str, bytes: &[u8]) {
        use sha2::{Digest, Sha256};
        let checked =
            Checked { bytes: bytes.len() as u64, sha256: hex_digits(&Sha256::digest(bytes)) };
        self.files.retain(|(recorded, _)| recorded != file);
        self.files.push((file.to_string(), checked));
    }

    /// The SHA-256 (lowercase hex) the build recorded for `file`, when it recorded one for a file
    /// of this size: a file of another size is not the one checked, and needs no digest.
    pub fn sha256_for(&self, file: &str, size: usize) -> Option<&str> {
        self.files
            .iter()
            .find(|(recorded, checked)| recorded == file && checked.bytes == size as u64)
            .map(|(_, checked)| checked.sha256.as_str())
    }
}

/// `bytes` as lowercase hex, two digits a byte: how a digest is written in the record.
pub fn hex_digits(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
