//! An invisible character that turns text around (a bidirectional control, which a dataset may
//! not hold) in a field of a dataset opened in the editor. A text field draws its text turned,
//! so the field cannot show the character or where it is: the form says where it is, by the
//! words before it, and offers to take it out.

use crate::model::strings::editor::EditorStrings;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;
use crate::model::text::code_point;
use crate::model::validate::{direction_control_name, escape_for_display, is_direction_control};

/// How many characters before the first such character say where it is.
const CHARACTERS_BEFORE: usize = 24;

/// What a field holding such a character says of the first: "This text holds the invisible
/// character U+202E (right-to-left override) after “Eastbay ”, …"; none for a field without one.
pub fn direction_control_note(
    text: &str,
    strings: &EditorStrings,
    validation: &ValidationStrings,
) -> Option<String> {
    let (at, character) =
        text.char_indices().find(|&(_, character)| is_direction_control(character))?;
    let start = text[..at].char_indices().rev().nth(CHARACTERS_BEFORE - 1).map_or(0, |(at, _)| at);
    let before = &text[start..at];
    let place = if before.trim().is_empty() {
        strings.direction_control_at_start.to_string()
    } else {
        fill(strings.direction_control_after, &[("before", &escape_for_display(before))])
    };
    Some(fill(
        strings.field_direction_control,
        &[
            ("code_point", &code_point(character)),
            ("name", direction_control_name(character, validation).unwrap_or_default()),
            ("place", &place),
        ],
    ))
}

/// The text without the characters that turn text around.
pub fn without_direction_controls(text: &str) -> String {
    text.chars().filter(|&character| !is_direction_control(character)).collect()
}
