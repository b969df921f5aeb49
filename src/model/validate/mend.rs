//! Mending a record that does not fit its type, so that the editor can open a file its author has
//! still to fix (a capacity typed as "840,000", a quote that is a number, a field of another
//! tool) rather than refuse it whole. Each value that does not fit is read as what it holds
//! ("840,000" as 840000), left empty, or taken out, and the shape pass reports each change with
//! the problem that caused it, at the path the file has, so that the author can check it.

use serde_json::Value;

use super::number_text::number_in_text;
use super::shape::{number_as_written, steps_text_with, Step};

/// What the report says was done to a value that did not fit, in the editor's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MendWords {
    /// "{problem}. {done}": a misfit's problem and what was done to it, as one message.
    pub note: &'static str,
    /// "Read as {value}.": a number written as text, or a text written as a number or a list.
    pub read_as: &'static str,
    /// "Left empty.": a text or list that had another type, or was missing.
    pub left_empty: &'static str,
    /// "Taken out.": an optional value, a list's item or a field the format does not have.
    pub taken_out: &'static str,
    /// "{field} is taken out whole, as it cannot be kept without this value.": the object around
    /// a value it needs that could not be mended.
    pub part_taken_out: &'static str,
    /// "The record is left out, as it cannot be kept without this value."
    pub record_left_out: &'static str,
    /// "The record is left out: too much of it does not fit.": a record past
    /// [`MOST_MENDS_PER_RECORD`] changes, or [`MOST_BYTES_REREAD_PER_RECORD`].
    pub too_many_misfits: &'static str,
}

/// The most changes made to one record before it is taken out whole. Each change reads the record
/// again, so a record of a thousand misfits would cost a thousand readings of itself; no record an
/// author wrote by hand needs more.
pub(super) const MOST_MENDS_PER_RECORD: usize = 64;

/// The most bytes of a record's text read again while mending it: a record of megabytes (a crafted
/// list of a million bad items) is taken out whole after a few readings rather than after 64,
/// which would hold the editor's page for seconds.
pub(super) const MOST_BYTES_REREAD_PER_RECORD: usize = 16_000_000;

/// What is done to a value that does not fit.
#[derive(Debug, PartialEq)]
pub(super) enum Mend {
    /// Put in its place: a value read from what it held.
    ReadAs(Value),
    /// Put in its place: an empty text or list.
    Empty(Value),
    /// Taken out of its object or list.
    TakeOut,
}

/// How a value that does not fit its expected type (serde's words: "a string", "a sequence",
/// "f64") can be kept: as the text of a number or of true and false, as a list of the one text
/// it is, or as the number a text holds (`number_in_text`); else an empty text or list where
/// those are expected, and otherwise taken out.
pub(super) fn mend_for(expected: &str, found: &Value) -> Mend {
    match (expected, found) {
        ("a string", Value::Number(number)) => {
            Mend::ReadAs(Value::String(number_as_written(number)))
        }
        ("a string", Value::Bool(flag)) => Mend::ReadAs(Value::String(flag.to_string())),
        ("a string", Value::Null | Value::Array(_) | Value::Object(_)) => {
            Mend::Empty(Value::String(String::new()))
        }
        ("a sequence", Value::String(text)) if !text.is_empty() => {
            Mend::ReadAs(Value::Array(vec![found.clone()]))
        }
        ("a sequence", _) => Mend::Empty(Value::Array(Vec::new())),
        ("f64" | "f32" | "i32" | "u8", Value::String(text)) => number_in_text(text)
            .and_then(|number| serde_json::from_str::<Value>(&number).ok())
            .map_or(Mend::TakeOut, Mend::ReadAs),
        _ => Mend::TakeOut,
    }
}

/// A record's copy as it is mended, with what was changed in it, so that each problem is
/// reported once and at the path the file has, though items taken out of a list move the
/// items after them.
pub(super) struct MendedRecord {
    pub value: Value,
    /// The paths, as the file has them, of the values already changed: a problem at one of them
    /// comes from the change, not from the file.
    changed: Vec<String>,
    /// Each item taken out of a list: the list's path and the item's index, as the file has them.
    taken_out: Vec<(String, usize)>,
}

impl MendedRecord {
    pub fn new(value: Value) -> MendedRecord {
        MendedRecord { value, changed: Vec::new(), taken_out: Vec::new() }
    }

    /// `steps` in this copy, as the path the file has: an item's index counts the items taken out
    /// before it.
    pub fn file_path(&self, steps: &[Step]) -> String {
        steps_text_with(steps, |list, index| {
            let mut taken_before: Vec<usize> = self
                .taken_out
                .iter()
                .filter(|(taken_from, _)| taken_from == list)
                .map(|&(_, item)| item)
                .collect();
            taken_before.sort_unstable();
            taken_before.into_iter().fold(index, |file_index, taken| {
                if taken <= file_index {
                    file_index + 1
                } else {
                    file_index
                }
            })
        })
    }

    /// Whether the value at `file_path` (as [`MendedRecord::file_path`] gives it), or one around
    /// it, was already changed here.
    pub fn was_changed(&self, file_path: &str) -> bool {
        self.changed.iter().any(|changed| is_within(file_path, changed))
    }

    /// Puts `replacement` at `steps` (a field is added if missing). False when `steps` leads
    /// nowhere.
    pub fn put(&mut self, steps: &[Step], replacement: Value) -> bool {
        let path = self.file_path(steps);
        let Some((last, parent)) = steps.split_last() else {
            self.value = replacement;
            self.changed.push(path);
            return true;
        };
        let slot = match (value_at_mut(&mut self.value, parent), last) {
            (Some(Value::Object(object)), Step::Field(field)) => {
                object.insert(field.clone(), replacement);
                true
            }
            (Some(Value::Array(items)), Step::Item(index)) if *index < items.len() => {
                items[*index] = replacement;
                true
            }
            _ => false,
        };
        if slot {
            self.changed.push(path);
        }
        slot
    }

    /// Takes the value at `steps` out of its object or list. False for the record itself, or
    /// when `steps` leads nowhere.
    pub fn take_out(&mut self, steps: &[Step]) -> bool {
        let Some((last, parent)) = steps.split_last() else { return false };
        let path = self.file_path(steps);
        let list_path = self.file_path(parent);
        let file_index = path
            .rsplit_once('[')
            .and_then(|(_, index)| index.trim_end_matches(']').parse::<usize>().ok());
        let taken = match (value_at_mut(&mut self.value, parent), last) {
            (Some(Value::Object(object)), Step::Field(field)) => object.remove(field).is_some(),
            (Some(Value::Array(items)), Step::Item(index)) if *index < items.len() => {
                items.remove(*index);
                if let Some(file_index) = file_index {
                    self.taken_out.push((list_path, file_index));
                }
                true
            }
            _ => false,
        };
        if taken {
            self.changed.push(path);
        }
        taken
    }
}

fn value_at_mut<'v>(value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    steps.iter().try_fold(value, |inner, step| match step {
        Step::Field(field) => inner.get_mut(field),
        Step::Item(index) => inner.get_mut(index),
    })
}

/// Whether `inner` is the path `outer` or a path inside it (`capacity.value` in `capacity`,
/// `quotes[2]` in `quotes`); every path is inside the record's, the empty path.
pub(super) fn is_within(inner: &str, outer: &str) -> bool {
    outer.is_empty()
        || inner
            .strip_prefix(outer)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}
