//! What the page and the worker that checks a dataset file say to each other.
//!
//! Checking a large file takes most of a second, so the page hands the file's bytes to a Web
//! Worker (`src/bin/validate_worker.rs`) and stays responsive meanwhile: an opened file, and a
//! large dataset of the site, which is shown before its whole check. The page sends the interface
//! language's code, the bytes and whether it wants the dataset back or only the verdict; the
//! worker answers with [`CheckerReply`]s as JSON text. A valid dataset comes back in pieces of about [`PIECE_BYTES`] of JSON, each in its own
//! message, so that the page reads it a few milliseconds at a time between other work instead of
//! in one long parse.

use serde::{Deserialize, Serialize};

use super::dataset::{Briefing, Dataset};
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
    /// The file has no problem. This message carries the dataset without its briefings, as JSON
    /// text; `pieces` more messages follow, each a [`CheckerReply::Piece`].
    Valid { pieces: usize },
    /// Comes with a JSON array of some of the dataset's briefings, in order, as UTF-8 bytes.
    Piece,
    /// The file has no problem, and the page asked only for that verdict: it already shows the
    /// dataset (see `validate::parse_dataset_bytes_for_view`).
    Passed,
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

/// About how much JSON text one piece of a checked dataset holds: reading it takes a few
/// milliseconds, well under a frame.
pub const PIECE_BYTES: usize = 256 * 1024;

/// A valid dataset as the text of the messages that carry it: first the dataset without its
/// briefings, then JSON arrays of briefings of about `piece_bytes` each (a briefing larger than
/// that is a piece of its own).
pub fn dataset_pieces(dataset: &Dataset, piece_bytes: usize) -> (String, Vec<String>) {
    let header = Dataset {
        title: dataset.title.clone(),
        industries: dataset.industries.clone(),
        statuses: dataset.statuses.clone(),
        briefings: Vec::new(),
    };
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for briefing in &dataset.briefings {
        // A dataset's types hold only strings, numbers and lists, which always serialise.
        let text = serde_json::to_string(briefing).unwrap_or_default();
        if !piece.is_empty() && piece.len() + text.len() > piece_bytes {
            piece.push(']');
            pieces.push(std::mem::take(&mut piece));
        }
        piece.push(if piece.is_empty() { '[' } else { ',' });
        piece.push_str(&text);
    }
    if !piece.is_empty() {
        piece.push(']');
        pieces.push(piece);
    }
    (serde_json::to_string(&header).unwrap_or_default(), pieces)
}

/// A dataset being put together on the page from the worker's pieces, in the order they come.
#[derive(Debug)]
pub struct DatasetAssembly {
    dataset: Dataset,
    awaited: usize,
}

impl DatasetAssembly {
    /// Starts from the dataset without its briefings and the number of pieces to come. `Err`
    /// holds serde_json's message, for text that did not come from [`dataset_pieces`].
    pub fn start(header: &str, pieces: usize) -> Result<Assembled, String> {
        let dataset = serde_json::from_str(header).map_err(|error| error.to_string())?;
        Ok(DatasetAssembly { dataset, awaited: pieces }.settled())
    }

    /// Done when no piece is awaited any more.
    fn settled(self) -> Assembled {
        if self.awaited == 0 {
            Assembled::Done(self.dataset)
        } else {
            Assembled::Waiting(self)
        }
    }

    /// Adds the next piece; returns the dataset once the last has come, and the assembly back before.
    pub fn add_piece(mut self, piece: &str) -> Result<Assembled, String> {
        let briefings: Vec<Briefing> =
            serde_json::from_str(piece).map_err(|error| error.to_string())?;
        self.dataset.briefings.extend(briefings);
        self.awaited = self.awaited.saturating_sub(1);
        Ok(self.settled())
    }
}

/// Where an assembly stands after a piece.
#[derive(Debug)]
pub enum Assembled {
    Waiting(DatasetAssembly),
    Done(Dataset),
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
