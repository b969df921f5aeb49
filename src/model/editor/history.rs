//! One step of the editor's history: an edit of the draft, a change to the suggestions the
//! author set aside (dismissed, or accepted through their form), or both at once, each kept as
//! the step that undoes it.
//!
//! Dismissing a suggestion is a step like an edit, so that Ctrl+Z right after a dismissal
//! brings that suggestion back: when dismissing was no step, the undo took back the edit before
//! it (an accept, far off screen) and left the dismissal standing.

use std::collections::BTreeSet;

use super::edit::Edit;

/// A suggestion, by its character range in the source text (as suggestions count them), the
/// same for as long as the text is.
pub type SuggestionKey = (usize, usize);

/// Suggestions put into a set of the editor's and taken out of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct SetChange {
    put: Vec<SuggestionKey>,
    take: Vec<SuggestionKey>,
}

impl SetChange {
    /// The change that puts `keys` into a set.
    pub(super) fn put(keys: Vec<SuggestionKey>) -> SetChange {
        SetChange { put: keys, take: Vec::new() }
    }

    /// The change that takes `keys` out of a set.
    pub(super) fn take(keys: Vec<SuggestionKey>) -> SetChange {
        SetChange { put: Vec::new(), take: keys }
    }

    fn is_empty(&self) -> bool {
        self.put.is_empty() && self.take.is_empty()
    }

    /// Makes the change to `set` and returns the change that undoes it, which names only what
    /// this one changed: a suggestion dismissed twice comes back with the first dismissal's
    /// undo, not the second's.
    pub(super) fn apply(self, set: &mut BTreeSet<SuggestionKey>) -> SetChange {
        let put = self.put.into_iter().filter(|key| set.insert(*key)).collect();
        let take = self.take.into_iter().filter(|key| set.remove(key)).collect();
        SetChange { put: take, take: put }
    }
}

/// What one step of the history changes; undoing it makes its inverse, redoing that the
/// inverse's.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Step {
    /// The edit of the draft, if the step changes it.
    pub(super) edit: Option<Edit>,
    /// The suggestions the author dismissed.
    pub(super) dismissed: SetChange,
    /// The suggestions accepted through their form ([`super::Editor::accepted_by_form`]).
    pub(super) accepted_by_form: SetChange,
}

impl Step {
    /// Whether the step that `self` undoes changed nothing, so that it is no step of the
    /// history: no suggestion set aside or brought back, and no edit, or a replacement
    /// (`replacing`) that put back what was there, which is then its own undo.
    pub(super) fn undoes_nothing(&self, replacing: Option<&Edit>) -> bool {
        self.dismissed.is_empty()
            && self.accepted_by_form.is_empty()
            && match &self.edit {
                None => true,
                Some(inverse) => replacing == Some(inverse),
            }
    }
}
