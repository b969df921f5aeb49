//! The briefing editor's model: a draft dataset, the edits a person makes to it, and their
//! history, as a reducer like [`crate::model::state::State::apply`]; the editor's page is a thin
//! view over it.
//!
//! A draft may be invalid at any moment (a project without an industry yet); the validator runs
//! over it as it is and lists what is missing. Every record made from a selection quotes the
//! source verbatim by construction ([`propose`]).

mod accept;
mod announce;
mod direction_controls;
mod edit;
mod export;
mod fields;
mod history;
mod in_text;
mod marks;
mod number_field;
mod other_tab;
mod propose;
mod source_file;
mod tab_kept;
mod typing;

pub use crate::model::text::unique_id;
pub use accept::{
    accept_all, accept_suggestion, amount_as_written, capacity_in_words, figure_per_period,
    is_reflected, open_suggestions, propose_place, reflected, refusal_text, status_definition,
    status_to_define, suggestion_record_kind, AcceptError, SetAside,
};
pub use announce::{
    problem_count_words, selection_words, RecordChange, SelectionWords, SELECTION_SETTLES_MS,
};
pub use direction_controls::{direction_control_note, without_direction_controls};
pub use edit::{apply_edit, DateParts, Edit, EditError, Header, Place, Record};
pub use export::{
    draft_file_name, export_json, file_fingerprint, quote_for_selection, quote_for_selection_bytes,
    ExportKind,
};
pub use fields::{field_id, field_words, problem_field, problem_line, FieldTarget, RecordRef};
pub use history::SuggestionKey;
pub use in_text::{current_ranges, project_for_selection, record_quotes};
pub use marks::{
    byte_at_utf16, bytes_of_chars, quoted_ranges, source_segments, utf16_at_byte, CharIndex,
    MarkKind, Segment,
};
pub use number_field::{
    editable_figure, figure_stated, new_figure_text, read_number, read_whole, NumberText,
};
pub use other_tab::{changed_elsewhere, unlanded_key, DraftStamp, UnlandedSave, UNLANDED_PREFIX};
pub use propose::{
    period_in, project_id_edit, project_named, propose, propose_selection, same_project_name,
    RecordKind,
};
pub use source_file::{
    check_source_text, read_source_text, with_line_feeds, SourceTextError, MAX_SOURCE_TEXT_BYTES,
};
pub use tab_kept::{
    choose_kept, kept_key, KeptChoice, TabKept, KEPT_EXPIRY_MS, KEPT_PREFIX, TAB_KEY,
};
pub use typing::{NewRecordKept, Typing, TypingKept};

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::{Deserialize, Serialize};

use crate::model::dataset::{Briefing, Dataset, Industry, SourceDocument, Status};
use crate::model::suggest::{first_date, Language};
use crate::model::text::{id_slug, is_blank};
use history::{SetChange, Step};

/// How many edits can be undone; older ones are forgotten.
pub const UNDO_LIMIT: usize = 500;

/// A draft and its history.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    pub draft: Dataset,
    /// The briefing being edited.
    pub briefing: usize,
    /// Steps that undo the latest changes, the most recent last.
    undo: VecDeque<Step>,
    /// Steps that redo what was undone, the most recently undone last.
    redo: Vec<Step>,
    /// Whether the draft has changed since it was opened or last exported.
    pub unexported: bool,
    /// The suggestions the author dismissed, by their character range in the source text.
    pub dismissed: BTreeSet<SuggestionKey>,
    /// The suggestions accepted through their Edit form, by character range: they leave the
    /// list whatever the author corrected there (a figure of 31万 for the 30万 suggested), which
    /// the draft's values alone cannot tell ([`is_reflected`] finds 30万 nowhere).
    pub accepted_by_form: BTreeSet<SuggestionKey>,
    /// [`Self::accepted_by_form`] of the briefings not in hand, by index, kept while another
    /// is edited: the records those forms made are still in the draft, and their suggestions
    /// must not come back when the author returns to that briefing.
    accepted_elsewhere: BTreeMap<usize, BTreeSet<SuggestionKey>>,
}

/// What a person does in the editor.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    Edit(Edit),
    /// Add the record made in the form that a suggestion's Edit opened: the suggestion leaves
    /// the list with it, in one step, whatever was corrected in the form.
    AcceptEdited {
        edit: Edit,
        suggestion: SuggestionKey,
    },
    Undo,
    Redo,
    /// The draft was downloaded: leaving no longer needs asking.
    Exported,
    /// Hide these suggestions (by character range): a step of the history, though not an edit
    /// of the draft, so that the undo right after it brings them back.
    Dismiss(Vec<SuggestionKey>),
    /// Show every dismissed suggestion again (a step too, which the undo dismisses again).
    RestoreDismissed,
    /// Edit another briefing of the dataset. The history is forgotten: its edits name places in
    /// the briefing they were made in.
    ChooseBriefing(usize),
}

impl EditorAction {
    /// The action that adds a new record's form (`edit`): the accept of the suggestion whose
    /// Edit opened the form (`from`), else a plain edit. The form knows where it came from, so
    /// the suggestion leaves the list however its values were corrected.
    pub fn add_record(edit: Edit, from: Option<SuggestionKey>) -> EditorAction {
        match from {
            Some(suggestion) => EditorAction::AcceptEdited { edit, suggestion },
            None => EditorAction::Edit(edit),
        }
    }
}

/// What the browser keeps of a draft between visits, besides its briefings: enough to carry on
/// (not the history). Each briefing is kept apart ([`saved_briefing_key`]), so that a change
/// saves the briefing it was made in, not a dataset of many megabytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedDraft {
    /// When it was saved, in milliseconds since 1970 (the browser's clock).
    pub saved_at: f64,
    pub briefing: usize,
    /// The edited briefing's title, for "Restore your draft?".
    pub edited_title: String,
    pub unexported: bool,
    #[serde(default)]
    pub dismissed: Vec<SuggestionKey>,
    #[serde(default)]
    pub accepted_by_form: Vec<SuggestionKey>,
    /// The same for the briefings not in hand, by index.
    #[serde(default)]
    pub accepted_elsewhere: Vec<(usize, Vec<SuggestionKey>)>,
    pub title: Option<String>,
    pub industries: Vec<Industry>,
    pub statuses: Vec<Status>,
    /// How many briefings are kept under their own keys.
    pub briefings: usize,
    /// The tab that saved it ([`DraftStamp`]); empty in a draft kept before tabs were told apart.
    #[serde(default)]
    pub tab: String,
}

impl SavedDraft {
    /// Which save this is: its tab and time.
    pub fn stamp(&self) -> DraftStamp {
        DraftStamp { tab: self.tab.clone(), saved_at: self.saved_at }
    }
}

/// The key under which the briefing at `index` of a saved draft is kept.
pub fn saved_briefing_key(index: usize) -> String {
    format!("draft-briefing-{index}")
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
            dismissed: BTreeSet::new(),
            accepted_by_form: BTreeSet::new(),
            accepted_elsewhere: BTreeMap::new(),
        }
    }

    /// [`Editor::open`] on the briefing `id` names (the one the explorer showed when the author
    /// chose to edit its data), or on the first when it names none of the dataset's.
    pub fn open_on(dataset: Dataset, id: Option<&str>) -> Editor {
        let briefing = id
            .and_then(|id| dataset.briefings.iter().position(|briefing| briefing.id == id))
            .unwrap_or(0);
        Editor { briefing, ..Editor::open(dataset) }
    }

    /// The editor a saved draft left off at, with an empty history, from its record and its
    /// briefings in order; `None` when the briefings are not all there.
    pub fn restore(saved: SavedDraft, briefings: Vec<Briefing>) -> Option<Editor> {
        if briefings.len() != saved.briefings || briefings.is_empty() {
            return None;
        }
        let draft = Dataset {
            title: saved.title,
            industries: saved.industries,
            statuses: saved.statuses,
            briefings,
        };
        Some(Editor {
            briefing: saved.briefing.min(draft.briefings.len() - 1),
            unexported: saved.unexported,
            dismissed: saved.dismissed.into_iter().collect(),
            accepted_by_form: saved.accepted_by_form.into_iter().collect(),
            accepted_elsewhere: saved
                .accepted_elsewhere
                .into_iter()
                .map(|(briefing, keys)| (briefing, keys.into_iter().collect()))
                .collect(),
            ..Editor::open(draft)
        })
    }

    /// What to keep of this editor besides its briefings, saved at `saved_at` (milliseconds
    /// since 1970).
    pub fn to_saved(&self, saved_at: f64) -> SavedDraft {
        SavedDraft {
            saved_at,
            briefing: self.briefing,
            edited_title: self
                .draft
                .briefings
                .get(self.briefing)
                .map(|briefing| briefing.title.clone())
                .unwrap_or_default(),
            unexported: self.unexported,
            dismissed: self.dismissed.iter().copied().collect(),
            accepted_by_form: self.accepted_by_form.iter().copied().collect(),
            accepted_elsewhere: self
                .accepted_elsewhere
                .iter()
                .map(|(briefing, keys)| (*briefing, keys.iter().copied().collect()))
                .collect(),
            title: self.draft.title.clone(),
            industries: self.draft.industries.clone(),
            statuses: self.draft.statuses.clone(),
            briefings: self.draft.briefings.len(),
            tab: String::new(),
        }
    }

    /// A new draft of one briefing holding only its source text: the title is proposed from the
    /// first line, everything else is for the author to fill in.
    pub fn new_briefing(text: &str) -> Editor {
        let title = text.lines().map(str::trim).find(|line| !is_blank(line)).unwrap_or_default();
        // The language the suggestion rules would read it in, guessed as they guess it, without
        // running them (the editor's page runs them over the text itself).
        let briefing = Briefing {
            id: id_slug(title).unwrap_or_else(|| "briefing".to_string()),
            title: title.to_string(),
            // Until the text's date is proposed or typed in, none: a day of the editor's own
            // would be published as the briefing's.
            date: None,
            place: String::new(),
            officials: Vec::new(),
            participants: Vec::new(),
            source: SourceDocument {
                title: title.to_string(),
                language: Language::guess(text).code().to_string(),
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

    /// [`Editor::new_briefing`] with the header's date and place proposed from the text, each
    /// with the sentence that states it: the text's first date, as accepting that suggestion
    /// would, and the place the `draft` command would write. Both are the history's first step,
    /// so one undo takes them back. Without a date in the text the header has none (the reader
    /// says "not stated"), and without a place an empty one, which the author sees in the header
    /// form and fills in.
    pub fn new_briefing_proposed(text: &str) -> Editor {
        let mut editor = Editor::new_briefing(text);
        let date = first_date(text, None);
        let mut proposed = editor.draft.clone();
        let mut edits = Vec::new();
        if let Some(edit) = date.and_then(|date| accept_suggestion(&proposed, 0, &date).ok()) {
            // The place's edit sets the whole header, so it is made against the dated draft.
            if apply_edit(&mut proposed, 0, edit.clone()).is_ok() {
                edits.push(edit);
            }
        }
        if let Some(edit) = propose_place(&proposed, 0) {
            edits.push(edit);
        }
        if !edits.is_empty() {
            // Made against this very draft, so these cannot be refused.
            let _ = editor.apply(EditorAction::Edit(Edit::Batch(edits)));
        }
        editor
    }

    /// Applies `action`. An edit that does not fit the draft changes nothing and says why.
    pub fn apply(&mut self, action: EditorAction) -> Result<(), EditError> {
        match action {
            EditorAction::Edit(edit) => self.step(Step { edit: Some(edit), ..Step::default() })?,
            EditorAction::AcceptEdited { edit, suggestion } => self.step(Step {
                edit: Some(edit),
                accepted_by_form: SetChange::put(vec![suggestion]),
                ..Step::default()
            })?,
            EditorAction::Undo => {
                if let Some(step) = self.undo.pop_back() {
                    let inverse = self.make(step)?;
                    self.unexported |= inverse.edit.is_some();
                    self.redo.push(inverse);
                }
            }
            EditorAction::Redo => {
                if let Some(step) = self.redo.pop() {
                    let inverse = self.make(step)?;
                    self.unexported |= inverse.edit.is_some();
                    self.undo.push_back(inverse);
                }
            }
            EditorAction::Exported => self.unexported = false,
            EditorAction::Dismiss(keys) => {
                self.step(Step { dismissed: SetChange::put(keys), ..Step::default() })?
            }
            EditorAction::RestoreDismissed => {
                let keys = self.dismissed.iter().copied().collect();
                self.step(Step { dismissed: SetChange::take(keys), ..Step::default() })?
            }
            EditorAction::ChooseBriefing(index) => {
                if index >= self.draft.briefings.len() {
                    return Err(EditError::NoSuchPlace);
                }
                // The suggestions accepted through a form stay set aside with their briefing.
                let left = std::mem::take(&mut self.accepted_by_form);
                if !left.is_empty() {
                    self.accepted_elsewhere.insert(self.briefing, left);
                }
                self.accepted_by_form = self.accepted_elsewhere.remove(&index).unwrap_or_default();
                self.briefing = index;
                self.undo.clear();
                self.redo.clear();
                self.dismissed.clear();
            }
        }
        Ok(())
    }

    /// Whether `action` changes the draft itself, not only which suggestions are set aside, so
    /// that the page copies the draft and checks it again only then.
    pub fn changes_draft(&self, action: &EditorAction) -> bool {
        match action {
            EditorAction::Edit(_) | EditorAction::AcceptEdited { .. } => true,
            EditorAction::Undo => self.undo.back().is_some_and(|step| step.edit.is_some()),
            EditorAction::Redo => self.redo.last().is_some_and(|step| step.edit.is_some()),
            EditorAction::Exported
            | EditorAction::Dismiss(_)
            | EditorAction::RestoreDismissed
            | EditorAction::ChooseBriefing(_) => false,
        }
    }

    /// Makes a new step of the history. A field left with the same value in other words ("84万"
    /// for 840,000, a name retyped as it was), or a dismissal of what is dismissed already,
    /// changes nothing: no undo step, nothing to export.
    fn step(&mut self, step: Step) -> Result<(), EditError> {
        // Only a replacement can put back what was there: other edits (a batch of a thousand
        // accepted projects) are not copied to be compared.
        let replacing = step
            .edit
            .as_ref()
            .filter(|edit| matches!(edit, Edit::Replace(..) | Edit::SetHeader(_)))
            .cloned();
        let inverse = self.make(step)?;
        if inverse.undoes_nothing(replacing.as_ref()) {
            return Ok(());
        }
        self.unexported |= inverse.edit.is_some();
        self.undo.push_back(inverse);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.pop_front();
        }
        self.redo.clear();
        Ok(())
    }

    /// Makes `step` and returns the step that undoes it. An edit that does not fit the draft
    /// changes nothing, the dismissed suggestions included. Only a step that edits the draft
    /// leaves something to export (its callers mark it): the dismissed suggestions are not in
    /// the file.
    fn make(&mut self, step: Step) -> Result<Step, EditError> {
        let edit =
            step.edit.map(|edit| apply_edit(&mut self.draft, self.briefing, edit)).transpose()?;
        Ok(Step {
            edit,
            dismissed: step.dismissed.apply(&mut self.dismissed),
            accepted_by_form: step.accepted_by_form.apply(&mut self.accepted_by_form),
        })
    }

    /// The suggestions the author set aside, dismissed or accepted through their form, which
    /// stay out of the list ([`open_suggestions`]).
    pub fn set_aside(&self) -> SetAside {
        SetAside {
            dismissed: self.dismissed.clone(),
            accepted_by_form: self.accepted_by_form.clone(),
        }
    }

    /// How many edits can be undone and redone now.
    pub fn history_depth(&self) -> (usize, usize) {
        (self.undo.len(), self.redo.len())
    }
}
