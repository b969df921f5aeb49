//! The briefing editor's model: a draft dataset, the edits a person makes to it, and their
//! history, as a reducer like [`crate::model::state::State::apply`]; the editor's page is a thin
//! view over it.
//!
//! A draft may be invalid at any moment (a project without an industry yet); the validator runs
//! over it as it is and lists what is missing. Every record made from a selection quotes the
//! source verbatim by construction ([`propose`]).

mod accept;
mod edit;
mod export;
mod fields;
mod propose;

pub use accept::{
    accept_all, accept_suggestion, is_reflected, suggestion_record_kind, AcceptError,
};
pub use edit::{apply_edit, Edit, EditError, Header, Place, Record};
pub use export::{draft_file_name, export_json, quote_for_selection, ExportKind};
pub use fields::{field_id, problem_field, FieldTarget, RecordRef};
pub use propose::{propose, unique_id, RecordKind};

use std::collections::VecDeque;

use crate::model::dataset::{Briefing, BriefingDate, Dataset, SourceDocument};

/// How many edits can be undone; older ones are forgotten.
pub const UNDO_LIMIT: usize = 500;

/// A draft and its history.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    pub draft: Dataset,
    /// The briefing being edited.
    pub briefing: usize,
    /// Edits that undo the latest changes, the most recent last.
    undo: VecDeque<Edit>,
    /// Edits that redo what was undone, the most recently undone last.
    redo: Vec<Edit>,
    /// Whether the draft has changed since it was opened or last exported.
    pub unexported: bool,
}

/// What a person does in the editor.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    Edit(Edit),
    Undo,
    Redo,
    /// The draft was downloaded: leaving no longer needs asking.
    Exported,
}

impl Editor {
    /// An editor over an existing dataset (bundled, hosted or opened), editing its first
    /// briefing.
    pub fn open(dataset: Dataset) -> Editor {
        Editor {
            draft: dataset,
            briefing: 0,
            undo: VecDeque::new(),
            redo: Vec::new(),
            unexported: false,
        }
    }

    /// A new draft of one briefing holding only its source text: the title is proposed from the
    /// first line, everything else is for the author to fill in.
    pub fn new_briefing(text: &str) -> Editor {
        let title = text.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or_default();
        let briefing = Briefing {
            id: "briefing".to_string(),
            title: title.to_string(),
            date: BriefingDate { year: None, month: 1, day: 1 },
            place: String::new(),
            officials: Vec::new(),
            participants: Vec::new(),
            source: SourceDocument {
                title: title.to_string(),
                language: String::new(),
                original_language: None,
                note: String::new(),
                kind: None,
                text: text.to_string(),
            },
            quotes: Vec::new(),
            glossary: Vec::new(),
            projects: Vec::new(),
            directives: Vec::new(),
        };
        let draft = Dataset {
            title: None,
            industries: Vec::new(),
            statuses: Vec::new(),
            briefings: vec![briefing],
        };
        Editor { unexported: true, ..Editor::open(draft) }
    }

    /// Applies `action`. An edit that does not fit the draft changes nothing and says why.
    pub fn apply(&mut self, action: EditorAction) -> Result<(), EditError> {
        match action {
            EditorAction::Edit(edit) => {
                let inverse = apply_edit(&mut self.draft, self.briefing, edit)?;
                self.undo.push_back(inverse);
                if self.undo.len() > UNDO_LIMIT {
                    self.undo.pop_front();
                }
                self.redo.clear();
                self.unexported = true;
            }
            EditorAction::Undo => {
                if let Some(edit) = self.undo.pop_back() {
                    self.redo.push(apply_edit(&mut self.draft, self.briefing, edit)?);
                    self.unexported = true;
                }
            }
            EditorAction::Redo => {
                if let Some(edit) = self.redo.pop() {
                    self.undo.push_back(apply_edit(&mut self.draft, self.briefing, edit)?);
                    self.unexported = true;
                }
            }
            EditorAction::Exported => self.unexported = false,
        }
        Ok(())
    }

    /// How many edits can be undone and redone now.
    pub fn history_depth(&self) -> (usize, usize) {
        (self.undo.len(), self.redo.len())
    }
}
