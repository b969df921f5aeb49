//! Text being typed into a field of the editor's form, kept apart from the draft until it is
//! saved with it.
//!
//! A field gives its text to the draft when the author leaves it (a change per field, so that
//! undo takes back a field, not a keystroke, and the form is not re-rendered under the caret).
//! Until then, and until the draft's next save holds it, the text lives only in the field: a
//! reload or a closed tab would lose it. The page keeps this record of it at every keystroke
//! (synchronously, in the browser's `localStorage`, each tab its own: [`super::TabKept`]), and
//! gives it back to the field when the draft is restored.
//!
//! A new record's form (made from a selection, not yet added) is not in the draft at all: the
//! page keeps it whole ([`NewRecordKept`]) while it is on screen, with the texts typed into its
//! fields, and opens it again when the draft is restored.

use serde::{Deserialize, Serialize};

use super::{Record, RecordRef, SuggestionKey};
use crate::model::dataset::Dataset;

/// What was typed into one field of one record, and whether the draft has taken it yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Typing {
    /// The briefing being edited.
    pub briefing: usize,
    /// The record whose form holds the field.
    pub record: RecordRef,
    /// The field's DOM id ([`super::field_id`]).
    pub field: String,
    pub text: String,
    /// When the author left the field, giving its text to the draft (milliseconds since
    /// 1970), if they have.
    pub left_at: Option<f64>,
}

impl Typing {
    /// Whether a save of the draft begun at `save_began` holds this text: the field was left
    /// before the save began. Until then the record is kept.
    pub fn saved_by(&self, save_began: f64) -> bool {
        self.left_at.is_some_and(|left_at| left_at <= save_began)
    }

    /// Whether this text belongs in the restored draft: it was typed in the briefing the draft
    /// opens on (`briefing`), into a record the draft still has.
    pub fn fits(&self, draft: &Dataset, briefing: usize) -> bool {
        let Some(edited) = draft.briefings.get(briefing) else { return false };
        self.briefing == briefing
            && match self.record {
                RecordRef::Header => true,
                RecordRef::Industry(index) => index < draft.industries.len(),
                RecordRef::Status(index) => index < draft.statuses.len(),
                RecordRef::Project(index) => index < edited.projects.len(),
                RecordRef::Directive(index) => index < edited.directives.len(),
                RecordRef::Glossary(index) => index < edited.glossary.len(),
            }
    }
}

/// The texts typed and not yet saved with the draft, one a field: usually one, two when the
/// author left a field and typed into the next before the first one's save.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TypingKept(pub Vec<Typing>);

impl TypingKept {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A keystroke's text: it replaces what was kept for the same field.
    pub fn typed(&mut self, typing: Typing) {
        match self.0.iter_mut().find(|kept| kept.field == typing.field) {
            Some(kept) => *kept = typing,
            None => self.0.push(typing),
        }
    }

    /// The author left `field` at `at`: the draft now holds its text, and the next save will.
    /// Nothing changes for a field no text was kept for.
    pub fn left(&mut self, field: &str, at: f64) {
        if let Some(kept) = self.0.iter_mut().find(|kept| kept.field == field) {
            kept.left_at = Some(at);
        }
    }

    /// Drops the texts a save begun at `save_began` holds.
    pub fn forget_saved_by(&mut self, save_began: f64) {
        self.0.retain(|typing| !typing.saved_by(save_began));
    }

    /// What to give back when `draft` is restored (opening on `briefing`): the record whose
    /// field was typed in last, and the texts of its fields, in the order typed. Only those are
    /// kept: texts of other records (left and not saved within a moment of each other) cannot
    /// share its form, and kept on they would later overwrite what the author does next.
    pub fn take_resumable(
        &mut self,
        draft: &Dataset,
        briefing: usize,
    ) -> Option<(RecordRef, Vec<(String, String)>)> {
        let Some(last) = self.0.iter().rev().find(|typing| typing.fits(draft, briefing)) else {
            self.0.clear();
            return None;
        };
        let record = last.record;
        self.0.retain(|typing| typing.record == record && typing.fits(draft, briefing));
        let fields = self.0.iter().map(|typing| (typing.field.clone(), typing.text.clone()));
        Some((record, fields.collect()))
    }
}

/// A new record's form, not yet added to the draft: the record as the form holds it (its kind,
/// values and quote), the project chosen for it, and the texts typed into its fields and not yet
/// left. Kept while the form is on screen; dropped when the record is added or the form
/// cancelled, and when another draft is begun or the saved one discarded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewRecordKept {
    /// The briefing being edited.
    pub briefing: usize,
    pub record: Record,
    /// The project a capacity, status, request or note will go to, by index.
    pub project: Option<usize>,
    /// The suggestion whose Edit opened the form, by character range, if one did: adding the
    /// form after a reload accepts it still.
    #[serde(default)]
    pub suggestion: Option<SuggestionKey>,
    /// (field id, text) of the fields typed into, in the order first typed.
    #[serde(default)]
    pub typed: Vec<(String, String)>,
}

impl NewRecordKept {
    /// A keystroke's text in one of the form's fields: it replaces what was kept for the field.
    pub fn typed(&mut self, field: &str, text: &str) {
        match self.typed.iter_mut().find(|(kept, _)| kept == field) {
            Some((_, kept)) => *kept = text.to_string(),
            None => self.typed.push((field.to_string(), text.to_string())),
        }
    }

    /// Whether the form can open again over `draft` (opening on `briefing`): it was made in
    /// that briefing, and the project chosen for it is still there.
    pub fn fits(&self, draft: &Dataset, briefing: usize) -> bool {
        let Some(edited) = draft.briefings.get(briefing) else { return false };
        self.briefing == briefing
            && self.project.is_none_or(|project| project < edited.projects.len())
    }
}
