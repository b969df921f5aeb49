//! What the page and the worker that checks a dataset file say to each other.
//!
//! Checking a large file takes most of a second, so the page hands the file's bytes to a Web
//! Worker (`src/bin/validate_worker.rs`) and stays responsive meanwhile: an opened file, and a
//! large dataset of the site, which is shown before its whole check. The page sends the interface
//! language's code, the bytes and whether it wants the dataset back or only the verdict; the
//! worker answers with [`CheckerReply`]s as JSON text. A valid dataset comes back in pieces of about [`PIECE_BYTES`] of JSON (a long briefing in parts), each in its own
//! message, so that the page reads it a few milliseconds at a time between other work instead of
//! in one long parse.

use serde::{Deserialize, Serialize};

use super::dataset::{Briefing, Dataset, Directive, GlossaryEntry, Project, SourceDocument};
use super::format::format_megabytes;
use super::strings::{fill, Strings};
use super::text::pieces_of_at_most;
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
    /// Comes with a piece of the dataset (some of its briefings, or more of the last one), in
    /// order, as UTF-8 bytes: see [`dataset_pieces`].
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

/// What one piece of a checked dataset holds, as JSON text of one kind and its items: whole
/// briefings (`{"briefings": [...]}`), or more of the last briefing so far (`{"glossary": [...]}`,
/// `"projects"`, `"directives"`, `"source_text"`). A briefing larger than a piece comes as its
/// short fields first, then its reading notes, projects and directives and its source's text a
/// piece at a time: a crafted file's one 11 MB briefing, sent whole, was read on the page in one
/// task of about 65 ms.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Piece {
    Briefings(Vec<Briefing>),
    Glossary(Vec<GlossaryEntry>),
    Projects(Vec<Project>),
    Directives(Vec<Directive>),
    /// The source's text, cut between characters, in order.
    SourceText(Vec<String>),
}

/// The pieces' text as it is written: the items of one kind of [`Piece`] (its variant's name in
/// snake case is the kind's tag) gathered in the open piece until the next would take it over
/// `piece_bytes`.
struct PieceWriter {
    piece_bytes: usize,
    pieces: Vec<String>,
    open: String,
    open_tag: &'static str,
}

impl PieceWriter {
    fn new(piece_bytes: usize) -> Self {
        PieceWriter { piece_bytes, pieces: Vec::new(), open: String::new(), open_tag: "" }
    }

    /// Adds `item`, JSON text, to a piece of the kind `tag`: the open one when it is of that
    /// kind and has room, else a new one.
    fn push(&mut self, tag: &'static str, item: &str) {
        if !self.open.is_empty()
            && (self.open_tag != tag || self.open.len() + item.len() > self.piece_bytes)
        {
            self.close();
        }
        if self.open.is_empty() {
            self.open_tag = tag;
            self.open = format!("{{\"{tag}\":[");
        } else {
            self.open.push(',');
        }
        self.open.push_str(item);
    }

    /// Adds each of `items` as JSON, to pieces of the kind `tag`.
    fn push_all<T: Serialize>(&mut self, tag: &'static str, items: impl IntoIterator<Item = T>) {
        for item in items {
            // A dataset's types hold only strings, numbers and lists, which always serialise.
            self.push(tag, &serde_json::to_string(&item).unwrap_or_default());
        }
    }

    fn close(&mut self) {
        if !self.open.is_empty() {
            self.open.push_str("]}");
            self.pieces.push(std::mem::take(&mut self.open));
        }
    }

    fn finish(mut self) -> Vec<String> {
        self.close();
        self.pieces
    }
}

/// A valid dataset as the text of the messages that carry it: first the dataset without its
/// briefings, then pieces ([`Piece`]) of about `piece_bytes` each; an item larger than that (a
/// project with a very long quote) is a piece of its own.
pub fn dataset_pieces(dataset: &Dataset, piece_bytes: usize) -> (String, Vec<String>) {
    let header = Dataset {
        title: dataset.title.clone(),
        industries: dataset.industries.clone(),
        statuses: dataset.statuses.clone(),
        briefings: Vec::new(),
    };
    let mut writer = PieceWriter::new(piece_bytes);
    for briefing in &dataset.briefings {
        let text = serde_json::to_string(briefing).unwrap_or_default();
        if text.len() <= piece_bytes {
            writer.push("briefings", &text);
            continue;
        }
        writer.push_all("briefings", [briefing_without_its_long_parts(briefing)]);
        writer.push_all("glossary", &briefing.glossary);
        writer.push_all("projects", &briefing.projects);
        writer.push_all("directives", &briefing.directives);
        let source_text = briefing.source.text.as_str();
        let cut_anywhere = |_: &str| None;
        let source_pieces =
            pieces_of_at_most(source_text, 0..source_text.len(), piece_bytes, cut_anywhere);
        let source_pieces = source_pieces.into_iter().map(|piece| &source_text[piece]);
        writer.push_all("source_text", source_pieces.filter(|piece| !piece.is_empty()));
    }
    (serde_json::to_string(&header).unwrap_or_default(), writer.finish())
}

/// `briefing` with no reading notes, projects, directives or source text, which follow it in
/// pieces of their own. Every field is named, so that a field added to `Briefing` is decided on
/// here.
fn briefing_without_its_long_parts(briefing: &Briefing) -> Briefing {
    let Briefing {
        id,
        title,
        date,
        place,
        officials,
        participants,
        source,
        quotes,
        glossary: _,
        projects: _,
        directives: _,
    } = briefing;
    Briefing {
        id: id.clone(),
        title: title.clone(),
        date: *date,
        place: place.clone(),
        officials: officials.clone(),
        participants: participants.clone(),
        source: source_without_text(source),
        quotes: quotes.clone(),
        glossary: Vec::new(),
        projects: Vec::new(),
        directives: Vec::new(),
    }
}

fn source_without_text(source: &SourceDocument) -> SourceDocument {
    let SourceDocument { title, language, original_language, note, kind, text: _ } = source;
    SourceDocument {
        title: title.clone(),
        language: language.clone(),
        original_language: original_language.clone(),
        note: note.clone(),
        kind: kind.clone(),
        text: String::new(),
    }
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

    /// Adds the next piece; returns the dataset once the last has come, and the assembly back
    /// before.
    pub fn add_piece(mut self, piece: &str) -> Result<Assembled, PieceError> {
        let piece: Piece = serde_json::from_str(piece)
            .map_err(|error| PieceError::Unreadable(error.to_string()))?;
        let briefings = &mut self.dataset.briefings;
        match piece {
            Piece::Briefings(more) => briefings.extend(more),
            Piece::Glossary(more) => last_briefing(briefings)?.glossary.extend(more),
            Piece::Projects(more) => last_briefing(briefings)?.projects.extend(more),
            Piece::Directives(more) => last_briefing(briefings)?.directives.extend(more),
            Piece::SourceText(more) => last_briefing(briefings)?.source.text.extend(more),
        }
        self.awaited = self.awaited.saturating_sub(1);
        Ok(self.settled())
    }
}

/// The briefing that a piece of more of a briefing adds to: the last one so far.
fn last_briefing(briefings: &mut [Briefing]) -> Result<&mut Briefing, PieceError> {
    briefings.last_mut().ok_or(PieceError::NoBriefingYet)
}

/// Why a piece was not added. Neither happens with the pieces of [`dataset_pieces`].
#[derive(Debug, PartialEq, Eq)]
pub enum PieceError {
    /// Its text is not a piece: serde_json's message.
    Unreadable(String),
    /// It holds more of a briefing, and no briefing has come.
    NoBriefingYet,
}

/// Where an assembly stands after a piece.
#[derive(Debug)]
pub enum Assembled {
    Waiting(DatasetAssembly),
    Done(Dataset),
}

/// The smallest file whose reading says how many megabytes are read: a smaller one is read in a
/// moment, and its progress said aloud ("Reading “bad.json”: 0.0 of 0.0 MB…") told a screen
/// reader's user nothing.
pub const BYTES_READ_SHOWN_FROM: f64 = 1_000_000.0;

/// Whether reading a file of `total` bytes shows how much of it is read, in words and on a
/// progress bar ([`BYTES_READ_SHOWN_FROM`]).
pub fn shows_bytes_read(total: f64) -> bool {
    total >= BYTES_READ_SHOWN_FROM
}

/// The progress line while the file `name` is read: "Reading “big.json”: 3.2 of 15.0 MB…", or,
/// for a small file, "Reading “bad.json”…".
pub fn reading_text(strings: &Strings, name: &str, loaded: f64, total: f64) -> String {
    if shows_bytes_read(total) {
        fill(
            strings.reading_file,
            &[
                ("name", name),
                ("loaded", &format_megabytes(loaded)),
                ("total", &format_megabytes(total)),
            ],
        )
    } else {
        fill(strings.reading_small_file, &[("name", name)])
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
