//! What the editor tells a screen reader in words of its own, beside what it reads from the
//! page: how much of the source is selected, and a record added or deleted with the problems
//! the draft has after it. The page says each of them in a live region once, a moment after the
//! change settles (a selection made key by key) or at once (an Add, a Delete).

use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;

/// How long a selection must stay as it is before its size is announced, in milliseconds:
/// Shift and an arrow key held down, or pressed again and again, change it every few dozen
/// milliseconds, and the screen reader echoes each character as it is selected; the size said
/// after each key would queue behind those echoes, a dozen sentences late.
pub const SELECTION_SETTLES_MS: u32 = 600;

/// Where the words about a selection of some characters are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionWords {
    /// The source field's description, with a keyboard: naming the letters that make records.
    Hint,
    /// The same on a touch screen, without keys.
    TouchHint,
    /// Said once the selection settles: the size alone, since the description says the rest.
    Announced,
}

/// The words about a selection of `count` characters, one character in the singular.
pub fn selection_words(count: usize, words: SelectionWords, strings: &EditorStrings) -> String {
    let (one, many) = match words {
        SelectionWords::Hint => (strings.selected_words_one, strings.selected_words),
        SelectionWords::TouchHint => {
            (strings.selected_words_touch_one, strings.selected_words_touch)
        }
        SelectionWords::Announced => (strings.selection_announced_one, strings.selection_announced),
    };
    if count == 1 {
        one.to_string()
    } else {
        fill(many, &[("count", &count.to_string())])
    }
}

/// "1 problem to fix", "{count} problems to fix": the toolbar's count, and the end of what an
/// Add or a Delete says.
pub fn problem_count_words(problems: usize, strings: &EditorStrings) -> String {
    if problems == 1 {
        strings.problem_count_one.to_string()
    } else {
        fill(strings.problem_count, &[("count", &problems.to_string())])
    }
}

/// A record the author added with a form's Add, or deleted with its Delete: focus moves to
/// another form then, and nothing on the screen where it lands says what happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordChange {
    /// A record of this kind (its word, as the form's heading names it: "Project") was added.
    Added { kind: &'static str },
    /// A record of this kind and name (as its form's heading shows it) was deleted.
    Deleted { kind: &'static str, name: String },
}

impl RecordChange {
    /// What is said of the change, with the problems the draft has after it (none said when it
    /// has none): "Project added. 1 problem to fix.", "Project “North Metallurgy” deleted.
    /// Ctrl+Z undoes it."
    pub fn words(&self, problems: usize, strings: &EditorStrings) -> String {
        let done = match self {
            RecordChange::Added { kind } => fill(strings.record_added, &[("kind", kind)]),
            RecordChange::Deleted { kind, name } if name.trim().is_empty() => {
                fill(strings.record_deleted_unnamed, &[("kind", kind)])
            }
            RecordChange::Deleted { kind, name } => {
                fill(strings.record_deleted, &[("kind", kind), ("name", name)])
            }
        };
        if problems == 0 {
            return done;
        }
        fill(
            strings.change_with_problems,
            &[("change", &done), ("problems", &problem_count_words(problems, strings))],
        )
    }
}
