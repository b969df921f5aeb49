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
    /// "“{field}” is missing": a required field the file lacks, said without the validator's
    /// advice to add it, which the editor does.
    pub missing: &'static str,
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
    /// [`MOST_MENDS_PER_RECORD`] changes, or once [`MOST_BYTES_REREAD`] are spent.
    pub too_many_misfits: &'static str,
}

/// The most changes made to one record before it is taken out whole. Each change reads the record
/// again, so a record of a thousand misfits would cost a thousand readings of itself; no record an
/// author wrote by hand needs more.
pub(super) const MOST_MENDS_PER_RECORD: usize = 64;

/// The most bytes of records' text read again while mending a file: a record of megabytes (a
/// crafted list of a million bad items), or many records of many misfits, are taken out whole
/// once it is spent, rather than read again 64 times each, which would hold the editor's page
/// for seconds or minutes. A file of a few misfits in records of any size up to the file limit
/// stays well within it.
pub(super) const MOST_BYTES_REREAD: usize = 64_000_000;

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
/// "f64", "struct Capacity") can be kept: as the text of a number, as a list of the one text it
/// is, or as the number a text holds when its digits are plain or grouped in threes ("840,000",
/// not "1,5", which may be a decimal comma); else an empty text or list where those are expected
/// (true or false is no text anyone wrote), and otherwise taken out.
pub(super) fn mend_for(expected: &str, found: &Value) -> Mend {
    match (expected, found) {
        ("a string", Value::Number(number)) => {
            Mend::ReadAs(Value::String(number_as_written(number)))
        }
        ("a string", _) => Mend::Empty(Value::String(String::new())),
        ("a sequence", Value::String(text)) if !text.is_empty() => {
            Mend::ReadAs(Value::Array(vec![found.clone()]))
        }
        ("a sequence", _) => Mend::Empty(Value::Array(Vec::new())),
        ("f64" | "f32" | "i32" | "u8", Value::String(text)) if grouped_in_threes(text) => {
            number_in_text(text)
                .and_then(|number| serde_json::from_str::<Value>(&number).ok())
                .map_or(Mend::TakeOut, Mend::ReadAs)
        }
        _ => Mend::TakeOut,
    }
}

/// Whether the separators in a number written as text (commas, spaces, underscores, no-break
/// spaces) group its whole part's digits in threes, as "840,000" and "2 500 000" do: only then
/// is reading it without them sure. "1,5" (a decimal comma) and "3 4" (two numbers) are not.
fn grouped_in_threes(text: &str) -> bool {
    const SEPARATORS: [char; 4] = [',', ' ', '_', '\u{A0}'];
    let text = text.trim().trim_start_matches(['-', '+']);
    let (whole, after) = text.split_once(['.', 'e', 'E']).unwrap_or((text, ""));
    let mut groups = whole.split(SEPARATORS);
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    !after.contains(SEPARATORS)
        && (rest.is_empty()
            || (1..=3).contains(&first.len()) && rest.iter().all(|group| group.len() == 3))
}

/// The editor's mending of one file: its words, and the bytes it may still read again.
pub(super) struct Mender {
    pub words: MendWords,
    pub bytes_left: usize,
}

impl Mender {
    pub fn new(words: MendWords) -> Mender {
        Mender { words, bytes_left: MOST_BYTES_REREAD }
    }
}

/// A record's copy as it is mended, with what was changed in it, so that each problem is
/// reported once and at the path the file has, though items taken out of a list move the
/// items after them.
pub(super) struct MendedRecord {
    pub value: Value,
    /// The paths, as the file has them, of the values already changed: a problem at one of them,
    /// or inside one, comes from the change, not from the file.
    changed: Vec<String>,
    /// The paths where an empty object was put for a required one that was missing, so that
    /// it is tried once.
    emptied_objects: Vec<String>,
    /// Each item taken out of a list: the list's path and the item's index, as the file has them.
    taken_out: Vec<(String, usize)>,
}

impl MendedRecord {
    pub fn new(value: Value) -> MendedRecord {
        MendedRecord {
            value,
            changed: Vec::new(),
            emptied_objects: Vec::new(),
            taken_out: Vec::new(),
        }
    }

    /// `steps` in this copy, as the path the file has: an item's index counts the items taken out
    /// before it.
    pub fn file_path(&self, steps: &[Step]) -> String {
        steps_text_with(steps, |list, index| self.file_index(list, index))
    }

    /// The index in the file of the item at `index` of the list at `list` (a path as the file has
    /// it) in this copy.
    fn file_index(&self, list: &str, index: usize) -> usize {
        let mut taken_before: Vec<usize> = self
            .taken_out
            .iter()
            .filter(|(taken_from, _)| taken_from == list)
            .map(|&(_, item)| item)
            .collect();
        taken_before.sort_unstable();
        taken_before
            .into_iter()
            .fold(index, |file_index, taken| file_index + usize::from(taken <= file_index))
    }

    /// Whether the value at `file_path` (as [`MendedRecord::file_path`] gives it), or one around
    /// it, was already changed here.
    pub fn was_changed(&self, file_path: &str) -> bool {
        self.changed.iter().any(|changed| is_within(file_path, changed))
    }

    /// Whether the value at `file_path` itself was already changed here.
    pub fn was_changed_itself(&self, file_path: &str) -> bool {
        self.changed.iter().any(|changed| changed == file_path)
    }

    /// Whether an empty object was already put at `file_path` for a required one.
    pub fn was_emptied_object(&self, file_path: &str) -> bool {
        self.emptied_objects.iter().any(|emptied| emptied == file_path)
    }

    /// Puts `replacement` at `steps` (a field is added if missing). False when `steps` leads
    /// nowhere.
    pub fn put(&mut self, steps: &[Step], replacement: Value) -> bool {
        let path = self.file_path(steps);
        if replacement.as_object().is_some_and(|object| object.is_empty()) {
            self.emptied_objects.push(path.clone());
        }
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
        let item = match last {
            Step::Item(index) => Some((*index, self.file_index(&list_path, *index))),
            Step::Field(_) => None,
        };
        let taken = match (value_at_mut(&mut self.value, parent), last, item) {
            (Some(Value::Object(object)), Step::Field(field), _) => object.remove(field).is_some(),
            (Some(Value::Array(items)), _, Some((index, file_index))) if index < items.len() => {
                items.remove(index);
                self.taken_out.push((list_path, file_index));
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
