//! Text being typed into a field of the editor's form, kept apart from the draft until it is
//! saved with it.
//!
//! A field gives its text to the draft when the author leaves it (a change per field, so that
//! undo takes back a field, not a keystroke, and the form is not re-rendered under the caret).
//! Until then, and until the draft's next save holds it, the text lives only in the field: a
//! reload or a closed tab would lose it. The page keeps this record of it at every keystroke
//! (synchronously, in the browser's `localStorage`), and gives it back to the field when the
//! draft is restored.

use serde::{Deserialize, Serialize};

use super::RecordRef;
use crate::model::dataset::Dataset;

/// The `localStorage` key of the text being typed.
pub const TYPING_KEY: &str = "briefing-editor-typing";

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

    /// The record as the browser keeps it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A record the browser kept; none if it is not one (another version's, or damaged).
    pub fn from_json(text: &str) -> Option<Typing> {
        serde_json::from_str(text).ok()
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
