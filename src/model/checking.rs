//! What the page and the worker that checks an opened file say to each other.
//!
//! Checking a large file takes most of a second, so the page hands the file's bytes to a Web
//! Worker (`src/bin/validate-worker.rs`) and stays responsive meanwhile. The page sends the
//! interface language's code and the bytes; the worker answers with a [`CheckerReply`] as JSON
//! text, and with the bytes themselves (transferred, not copied) when the file is valid, so that
//! the page reads them into its types without checking them twice.

use serde::{Deserialize, Serialize};

use super::strings::{fill, Strings};
use super::validate::{CheckStage, Report};

/// One message from the worker to the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckerReply {
    /// The worker is listening; the page sends the bytes only after this, since a message that
    /// arrives before a worker has set its handler is lost.
    Ready,
    /// A pass has begun.
    Stage(CheckStage),
    /// The file has no problem; its bytes come back with this message.
    Valid,
    /// The file's problems, in the language the page asked for.
    Invalid(Report),
}

impl CheckerReply {
    /// The reply as the text the worker posts.
    pub fn to_json(&self) -> String {
        // A reply holds only strings, numbers and enums, which always serialise.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a reply posted by the worker; `None` for anything else.
    pub fn from_json(text: &str) -> Option<CheckerReply> {
        serde_json::from_str(text).ok()
    }
}

/// The progress line for a check of the file `name` at `stage`: "Checking “big.json”: step 2 of
/// 3, the records…".
pub fn stage_text(strings: &Strings, name: &str, stage: CheckStage) -> String {
    let pass = match stage {
        CheckStage::Syntax => strings.check_stage_syntax,
        CheckStage::Records => strings.check_stage_records,
        CheckStage::Meaning => strings.check_stage_meaning,
    };
    fill(
        strings.validating_stage,
        &[
            ("name", name),
            ("step", &stage.number().to_string()),
            ("steps", &CheckStage::COUNT.to_string()),
            ("stage", pass),
        ],
    )
}
