//! The second pass: does the JSON fit the types? Record by record, so that one bad project does
//! not hide the problems of the next, each problem naming its JSON path and what was expected
//! against what was found.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::mend::{
    is_within, mend_for, Mend, MendWords, MendedRecord, Mender, MOST_MENDS_PER_RECORD,
};
use super::number_text::{has_chinese_scale, number_in_text};
use super::report::{shown_value, Collector, Location, Problem, ProblemKind};
use super::scan::string_end;
use crate::model::dataset::{Briefing, Dataset, Directive, Industry, Project, Status};
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;

const TOP_LEVEL_FIELDS: [&str; 4] = ["title", "industries", "statuses", "briefings"];

/// Reads the records of a file that does not fit the types as a whole, reporting every misfit.
/// Returns a dataset only when every record fits.
pub(super) fn shape_dataset(
    value: &Value,
    strings: &ValidationStrings,
    collector: &mut Collector,
) -> Option<Dataset> {
    Shaper { strings, collector, mending: Refusing }.dataset(value)
}

/// Reads the records of a file that does not fit the types as far as they can be read, for the
/// editor to open: each value that does not fit is mended ([`super::mend`]) and reported with
/// what was done to it. Returns a dataset whenever the file is an object.
pub(super) fn mend_dataset(
    value: &Value,
    strings: &ValidationStrings,
    words: &MendWords,
    collector: &mut Collector,
) -> Option<Dataset> {
    Shaper { strings, collector, mending: Mender::new(*words) }.dataset(value)
}

/// What the shape pass does with a value that does not fit: the explorer and the validator
/// refuse the file ([`Refusing`]), the editor mends it ([`Mender`]). A type rather than a flag:
/// `Refusing` answers `None` in code always inlined, so the explorer's code has no mending in it.
trait Mending {
    fn mender(&mut self) -> Option<&mut Mender>;
}

struct Refusing;

impl Mending for Refusing {
    #[inline(always)]
    fn mender(&mut self) -> Option<&mut Mender> {
        None
    }
}

impl Mending for Mender {
    fn mender(&mut self) -> Option<&mut Mender> {
        Some(self)
    }
}

struct Shaper<'s, 'c, M: Mending> {
    strings: &'s ValidationStrings,
    collector: &'c mut Collector,
    mending: M,
}

impl<M: Mending> Shaper<'_, '_, M> {
    fn dataset(&mut self, value: &Value) -> Option<Dataset> {
        let strings = self.strings;
        let Some(object) = value.as_object() else {
            let message = self.expected_found(strings.type_dataset, value);
            self.report(ProblemKind::WrongType, String::new(), message);
            return None;
        };
        let before = self.collector_total();
        let title = self
            .record::<Option<String>>(object.get("title").unwrap_or(&Value::Null), "title")
            .flatten();
        let industries = self.list::<Industry>(object, "industries", "");
        let statuses = self.list::<Status>(object, "statuses", "");
        let briefings = self
            .list_field(object, "briefings", "")
            .map(|items| {
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(index, item)| self.briefing(item, &format!("briefings[{index}]")))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for key in object.keys().filter(|key| !TOP_LEVEL_FIELDS.contains(&key.as_str())) {
            let known =
                TOP_LEVEL_FIELDS.map(|field| strings.quote(field)).join(strings.list_separator);
            let message =
                fill(strings.unknown_field, &[("field", &shown_value(key)), ("known", &known)]);
            let message = self.with_mend(message, |words| words.taken_out);
            self.report(ProblemKind::UnknownField, shown_value(key), message);
        }
        (self.mending.mender().is_some() || self.collector_total() == before).then_some(Dataset {
            title,
            industries,
            statuses,
            briefings,
        })
    }

    fn collector_total(&self) -> usize {
        self.collector.total()
    }

    fn report(&mut self, kind: ProblemKind, path: String, message: String) {
        self.collector.add(kind, || Problem { location: Location::Path(path.into()), message });
    }

    /// `message` followed by what mending did, when mending.
    fn with_mend(&mut self, message: String, done: impl FnOnce(&MendWords) -> &str) -> String {
        match self.mending.mender() {
            Some(mender) => {
                let words = mender.words;
                fill(words.note, &[("problem", &message), ("done", done(&words))])
            }
            None => message,
        }
    }

    /// A briefing's own fields first, then each project and directive on its own, so that problems
    /// in several records are all reported.
    fn briefing(&mut self, value: &Value, path: &str) -> Option<Briefing> {
        let Some(object) = value.as_object() else {
            let expected = fill(self.strings.type_named_object, &[("name", "Briefing")]);
            let message = self.expected_found(&expected, value);
            let message = self.with_mend(message, |words| words.taken_out);
            self.report(ProblemKind::WrongType, path.to_string(), message);
            return None;
        };
        let projects = self.list::<Project>(object, "projects", path);
        let directives = match object.get("directives") {
            None => Vec::new(),
            Some(_) => self.list::<Directive>(object, "directives", path),
        };
        // The briefing's own fields, with its records left out rather than copied and then dropped.
        // Inserted one by one: collecting into the map sorts the pairs first, a copy of the
        // standard library's stable sort (4 KB before `wasm-opt`) for this one place.
        let mut header = Map::new();
        for (key, value) in object {
            if key != "projects" && key != "directives" {
                header.insert(key.clone(), value.clone());
            }
        }
        header.insert("projects".to_string(), Value::Array(Vec::new()));
        // A briefing whose records had problems is kept too: shape_dataset returns no dataset
        // once any problem was found.
        let briefing = self.record::<Briefing>(&Value::Object(header), path)?;
        Some(Briefing { projects, directives, ..briefing })
    }

    fn list_field<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<&'v Vec<Value>> {
        let field_path = join_path(path, key);
        match object.get(key) {
            Some(Value::Array(items)) => Some(items),
            Some(other) => {
                let message = self.expected_found(self.strings.type_list, other);
                let message = self.with_mend(message, |words| words.left_empty);
                self.report(ProblemKind::WrongType, field_path, message);
                None
            }
            None => {
                let message = fill(self.strings.missing_field, &[("field", key)]);
                let message = self.with_mend(message, |words| words.left_empty);
                self.report(ProblemKind::MissingField, field_path, message);
                None
            }
        }
    }

    fn list<T: DeserializeOwned>(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Vec<T> {
        let Some(items) = self.list_field(object, key, path) else {
            return Vec::new();
        };
        let list_path = join_path(path, key);
        items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| self.record::<T>(item, &format!("{list_path}[{index}]")))
            .collect()
    }

    /// Deserialises one record, reporting a shape problem under `path` if it does not fit. The
    /// record is read from its own JSON text, by the same code that reads a file that fits
    /// whole: reading it from the `Value` put a second copy of every record type's reader in
    /// the wasm (12 KB of the explorer's 297 KB brotli, with the crate that tracked the path).
    /// Where serde stopped in that text gives the path of the problem inside the record.
    fn record<T: DeserializeOwned>(&mut self, value: &Value, path: &str) -> Option<T> {
        // A `Value` always has a JSON text: its map keys are strings.
        let text = serde_json::to_string(value).unwrap_or_default();
        let error = match serde_json::from_str::<T>(&text) {
            Ok(typed) => return Some(typed),
            Err(error) => error,
        };
        if self.mending.mender().is_some() {
            return self.mended_record(value, text, error, path);
        }
        let steps = steps_at(&text, error.column());
        let found = value_at(value, &steps);
        let full_path = join_path(path, &steps_text(&steps));
        let message = message_without_position(&error);
        let (kind, message) = self.plain_serde_message(&message, found, last_field(&steps));
        self.report(kind, shown_value(&full_path), message);
        None
    }

    /// Mends a record that does not fit its type `T`, one misfit at a time (each found by reading
    /// the mended copy again), until it fits or cannot be kept, then reports each misfit of the
    /// file with what was finally done to it. A misfit the mending made (an empty text where a
    /// number is needed, a required field taken out) is not the file's: it changes what its
    /// cause's report says was done.
    fn mended_record<T: DeserializeOwned>(
        &mut self,
        value: &Value,
        mut text: String,
        mut error: serde_json::Error,
        path: &str,
    ) -> Option<T> {
        let mender = self.mending.mender()?;
        let words = mender.words;
        let mut bytes_left = mender.bytes_left;
        let mut record = MendedRecord::new(value.clone());
        let mut notes: Vec<MendNote> = Vec::new();
        let mut fitted = None;
        let mut left_out = false;
        for _ in 0..MOST_MENDS_PER_RECORD {
            let Some(left) = bytes_left.checked_sub(text.len()) else { break };
            bytes_left = left;
            let serde_message = message_without_position(&error);
            // The value that does not fit; for a missing field, the field in its object.
            let mut misfit = steps_at(&text, error.column());
            let missing =
                serde_message.strip_prefix("missing field ").map(|field| field.trim_matches('`'));
            if let Some(field) = missing {
                misfit.push(Step::Field(field.to_string()));
            }
            let file_path = record.file_path(&misfit);
            let ours = record.was_changed(&file_path);
            let found = value_at(&record.value, &misfit).cloned();
            let expected = serde_expectation(&serde_message).unwrap_or_default();
            // A missing field gets an empty text, which a list or a number mends again, then an
            // empty object, whose own fields are mended in turn; after both it cannot be kept,
            // which the last arm below handles.
            let mend = match (missing, &found) {
                (Some(_), _) if !record.was_changed_itself(&file_path) => {
                    Some(Mend::Empty(Value::String(String::new())))
                }
                (Some(_), _) if !record.was_emptied_object(&file_path) => {
                    Some(Mend::Empty(Value::Object(Map::new())))
                }
                (Some(_), _) => None,
                _ if serde_message.starts_with("unknown field ") => Some(Mend::TakeOut),
                (None, Some(found)) => Some(mend_for(expected, found)),
                (None, None) => None,
            };
            if !ours {
                let (kind, message) = match (missing, &mend, &found) {
                    (Some(field), _, _) => (
                        ProblemKind::MissingField,
                        fill(words.missing, &[("field", &shown_value(field))]),
                    ),
                    // The number a text holds is read: the validator's advice to write it so is
                    // done already.
                    (None, Some(Mend::ReadAs(Value::Number(_))), Some(found)) => (
                        ProblemKind::WrongType,
                        self.expected_found(&self.plain_expectation(expected), found),
                    ),
                    (None, _, found) => self.plain_serde_message(
                        &serde_message,
                        found.as_ref(),
                        last_field(&misfit),
                    ),
                };
                notes.push(MendNote {
                    path: file_path.clone(),
                    kind,
                    message,
                    done: String::new(),
                });
            }
            // What was done, and the path of what went with it: what was inside a value replaced
            // or taken out.
            let (done, gone) = match mend {
                Some(Mend::ReadAs(read)) if Some(&read) != found.as_ref() => {
                    let done = fill(words.read_as, &[("value", &shown_read_value(&read))]);
                    (record.put(&misfit, read).then_some(done), file_path.clone())
                }
                // An empty item is no item: a list's item that cannot be read is taken out.
                Some(Mend::Empty(empty))
                    if Some(&empty) != found.as_ref()
                        && !matches!(misfit.last(), Some(Step::Item(_))) =>
                {
                    let done = record.put(&misfit, empty).then(|| words.left_empty.to_string());
                    (done, file_path.clone())
                }
                Some(_) if !misfit.is_empty() && record.take_out(&misfit) => {
                    (Some(words.taken_out.to_string()), file_path.clone())
                }
                // The record itself, of another type altogether.
                Some(_) if misfit.is_empty() => (None, String::new()),
                // What cannot be mended, or was mended and still does not fit, cannot be kept:
                // nor can the object around it, which is taken out whole, or else the record.
                _ => {
                    let around = misfit.split_last().map_or(&[][..], |(_, around)| around);
                    let around_path = record.file_path(around);
                    let taken = !around.is_empty() && record.take_out(around);
                    let done = fill(words.part_taken_out, &[("field", &around_path)]);
                    (taken.then_some(done), around_path)
                }
            };
            left_out = done.is_none();
            let done = done.unwrap_or_else(|| match misfit.is_empty() {
                true => words.taken_out.to_string(),
                false => words.record_left_out.to_string(),
            });
            let gone = if left_out { String::new() } else { gone };
            notes.retain(|note| {
                is_within(&file_path, &note.path)
                    || !(is_within(&note.path, &gone) && note.path != gone)
            });
            let cause = notes.iter_mut().rev().find(|note| is_within(&file_path, &note.path));
            if let Some(note) = cause {
                note.done = done;
            }
            if left_out {
                break;
            }
            text = serde_json::to_string(&record.value).unwrap_or_default();
            match serde_json::from_str::<T>(&text) {
                Ok(typed) => {
                    fitted = Some(typed);
                    break;
                }
                Err(next) => error = next,
            }
        }
        if let Some(mender) = self.mending.mender() {
            mender.bytes_left = bytes_left;
        }
        if fitted.is_none() && !left_out {
            notes.clear();
            notes.push(MendNote {
                path: String::new(),
                kind: ProblemKind::WrongType,
                message: String::new(),
                done: words.too_many_misfits.to_string(),
            });
        }
        for note in notes {
            let message = if note.message.is_empty() {
                note.done
            } else {
                fill(words.note, &[("problem", &note.message), ("done", &note.done)])
            };
            self.report(note.kind, shown_value(&join_path(path, &note.path)), message);
        }
        fitted
    }

    /// Rewrites serde's Rust-flavoured wording ("invalid type: string \"x\", expected f64") as
    /// "expected a number, found the text “x”", which an analyst editing JSON can act on.
    fn plain_serde_message(
        &self,
        message: &str,
        found: Option<&Value>,
        field: Option<&str>,
    ) -> (ProblemKind, String) {
        let strings = self.strings;
        if let Some(field) = message.strip_prefix("missing field ") {
            let field = field.trim_matches('`');
            return (ProblemKind::MissingField, fill(strings.missing_field, &[("field", field)]));
        }
        if let Some(rest) = message.strip_prefix("unknown field ") {
            let (field, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
            // serde lists the fields as "one of `a`, `b`" or "`a` or `b`": keep only the names.
            let known: Vec<&str> = known.split('`').skip(1).step_by(2).collect();
            let known = known
                .iter()
                .map(|name| strings.quote(name))
                .collect::<Vec<_>>()
                .join(strings.list_separator);
            let field = shown_value(field.trim_matches('`'));
            let message = fill(strings.unknown_field, &[("field", &field), ("known", &known)]);
            return (ProblemKind::UnknownField, message);
        }
        if let Some(rest) = message.strip_prefix("unknown variant ") {
            // "unknown variant `maybe`, expected one of `about`, `more-than`": the words only.
            let known = rest.split_once(", expected ").map_or("", |(_, known)| known);
            let known: Vec<String> =
                known.split('`').skip(1).step_by(2).map(|word| strings.quote(word)).collect();
            let expected =
                fill(strings.type_one_of, &[("known", &known.join(strings.list_separator))]);
            let found = self.describe_value(found);
            return (
                ProblemKind::WrongType,
                fill(strings.expected_found, &[("expected", &expected), ("found", &found)]),
            );
        }
        let expected = serde_expectation(message).unwrap_or(message);
        let expects_number = matches!(expected, "f64" | "f32" | "i32" | "u8");
        if let Some(Value::String(text)) = found {
            if field == Some("year") && text.trim().parse::<i32>().is_err() {
                let message =
                    fill(strings.year_not_a_number, &[("found", &self.describe_value(found))]);
                return (ProblemKind::WrongType, message);
            }
            if let Some(suggestion) = expects_number.then(|| number_in_text(text)).flatten() {
                let template = if has_chinese_scale(text) {
                    strings.scaled_number_as_text
                } else {
                    strings.number_as_text
                };
                let message = fill(
                    template,
                    &[("found", &format!("“{}”", shown_value(text))), ("suggestion", &suggestion)],
                );
                return (ProblemKind::WrongType, message);
            }
        }
        // A month or day that is no small whole number (`-0`, `256`, `1.5`) is named by the
        // date's own rule, not by the type that holds it ("a whole number from 0 to 255").
        if let (Some(Value::Number(number)), "u8", Some(part @ ("month" | "day"))) =
            (found, expected, field)
        {
            let value = number_as_written(number);
            let message = if part == "month" {
                fill(strings.bad_month, &[("month", &value)])
            } else {
                fill(strings.bad_day, &[("days", "31"), ("day", &value)])
            };
            return (ProblemKind::BadDate, message);
        }
        let expected = self.plain_expectation(expected);
        let found = match found {
            Some(_) => self.describe_value(found),
            None => message
                .strip_prefix("invalid type: ")
                .or_else(|| message.strip_prefix("invalid value: "))
                .and_then(|rest| rest.split_once(", expected "))
                .map_or_else(String::new, |(found, _)| shown_value(found)),
        };
        (
            ProblemKind::WrongType,
            fill(strings.expected_found, &[("expected", &expected), ("found", &found)]),
        )
    }

    fn plain_expectation(&self, expected: &str) -> String {
        let strings = self.strings;
        match expected {
            "f64" | "f32" => strings.type_number.to_string(),
            "u8" => strings.type_small_whole_number.to_string(),
            "i32" => strings.type_whole_number.to_string(),
            "a string" => strings.type_string.to_string(),
            "a boolean" => strings.type_boolean.to_string(),
            "a sequence" => strings.type_list.to_string(),
            "a map" => strings.type_object.to_string(),
            other if other.starts_with("struct ") => {
                fill(strings.type_named_object, &[("name", &other["struct ".len()..])])
            }
            other => other.to_string(),
        }
    }

    fn expected_found(&self, expected: &str, value: &Value) -> String {
        let found = self.describe_value(Some(value));
        fill(self.strings.expected_found, &[("expected", expected), ("found", &found)])
    }

    fn describe_value(&self, value: Option<&Value>) -> String {
        let strings = self.strings;
        match value {
            None | Some(Value::Null) => strings.found_null.to_string(),
            Some(Value::Bool(flag)) => fill(strings.found_boolean, &[("value", &flag.to_string())]),
            Some(Value::Number(number)) => {
                fill(strings.found_number, &[("value", &number_as_written(number))])
            }
            Some(Value::String(text)) => {
                fill(strings.found_string, &[("value", &format!("“{}”", shown_value(text)))])
            }
            Some(Value::Array(_)) => strings.found_list.to_string(),
            Some(Value::Object(_)) => strings.found_object.to_string(),
        }
    }
}

/// One step of a path into a record: a field of an object, or an item of a list.
#[derive(Clone)]
pub(super) enum Step {
    Field(String),
    Item(usize),
}

/// What a record's JSON text has open at a point of it: an object (with the field whose value
/// comes or came last) or a list (with the item being read).
enum Open {
    Object(Option<String>),
    List(Option<usize>),
}

/// The path inside a record of what serde was reading when it stopped at byte `offset` of the
/// record's compact text (as `serde_json::to_string` writes it): the value that ends or starts
/// there (a value of the wrong type; an object that lacks a field ends at its `}`), the field
/// name that ends there (a field the type does not have), or the object or list opened just
/// before it.
fn steps_at(text: &str, offset: usize) -> Vec<Step> {
    let bytes = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut expect_key = false;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b',' => {
                if let Some(Open::Object(field)) = open.last_mut() {
                    *field = None;
                    expect_key = true;
                }
                at += 1;
                continue;
            }
            b':' => {
                at += 1;
                continue;
            }
            b'}' | b']' => {
                open.pop();
                at += 1;
                if at == offset {
                    return steps_of(&open);
                }
                continue;
            }
            b'"' if expect_key => {
                let end = string_end(bytes, at + 1) + 1;
                let key = serde_json::from_str::<String>(&text[at..end.min(bytes.len())]);
                if let Some(Open::Object(field)) = open.last_mut() {
                    *field = Some(key.unwrap_or_default());
                }
                expect_key = false;
                at = end;
                if at == offset {
                    return steps_of(&open);
                }
                continue;
            }
            _ => {}
        }
        // A value starts here.
        if let Some(Open::List(item)) = open.last_mut() {
            *item = Some(item.map_or(0, |index| index + 1));
        }
        if at == offset {
            return steps_of(&open);
        }
        at = match bytes[at] {
            b'{' => {
                open.push(Open::Object(None));
                expect_key = true;
                at + 1
            }
            // What follows `[` is an item or `]`, each read on the next turn.
            b'[' => {
                open.push(Open::List(None));
                at += 1;
                continue;
            }
            b'"' => string_end(bytes, at + 1) + 1,
            _ => {
                at + bytes[at..]
                    .iter()
                    .take_while(|&&byte| !matches!(byte, b',' | b'}' | b']'))
                    .count()
            }
        };
        if at == offset {
            return steps_of(&open);
        }
    }
    steps_of(&open)
}

/// The path the open objects and lists lead to: each object's current field, each list's item.
fn steps_of(open: &[Open]) -> Vec<Step> {
    open.iter()
        .filter_map(|frame| match frame {
            Open::Object(field) => field.clone().map(Step::Field),
            Open::List(item) => item.map(Step::Item),
        })
        .collect()
}

/// A path as the report writes it: `capacity.value`, `quotes[1]`; empty for the record itself.
fn steps_text(steps: &[Step]) -> String {
    steps_text_with(steps, |_, index| index)
}

/// [`steps_text`], with each item's index given by `item_index` from the path of its list so far
/// and its index in `steps`.
pub(super) fn steps_text_with(
    steps: &[Step],
    mut item_index: impl FnMut(&str, usize) -> usize,
) -> String {
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Field(field) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(field);
            }
            Step::Item(index) => {
                let index = item_index(&text, *index);
                text.push_str(&format!("[{index}]"));
            }
        }
    }
    text
}

/// The value a path points to inside `value`, when the path leads somewhere.
fn value_at<'v>(value: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps.iter().try_fold(value, |inner, step| match step {
        Step::Field(field) => inner.get(field),
        Step::Item(index) => inner.get(index),
    })
}

/// The type serde expected, in its words ("a string", "f64", "struct Capacity"), from its
/// message "invalid type: string \"x\", expected f64".
fn serde_expectation(message: &str) -> Option<&str> {
    message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.split_once(", expected "))
        .map(|(_, expected)| expected)
}

/// The field whose value a path ends at, if it ends at a field.
fn last_field(steps: &[Step]) -> Option<&str> {
    match steps.last() {
        Some(Step::Field(key)) => Some(key.as_str()),
        _ => None,
    }
}

/// What a misfit of a record being mended was, and what was done to it.
struct MendNote {
    /// In the record, as the file has it.
    path: String,
    kind: ProblemKind,
    message: String,
    done: String,
}

/// A value mending read, as the report shows it: a text in quotation marks, a list of one text
/// in brackets around it.
fn shown_read_value(value: &Value) -> String {
    match value {
        Value::String(text) => format!("“{}”", shown_value(text)),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(shown_read_value).collect();
            format!("[{}]", items.join(", "))
        }
        other => shown_value(&other.to_string()),
    }
}

/// serde's message without the position serde_json appends to it.
fn message_without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    message.strip_suffix(&position).map_or_else(|| message.clone(), str::to_string)
}

pub(super) fn join_path(prefix: &str, suffix: &str) -> String {
    match (prefix.is_empty(), suffix.is_empty()) {
        (_, true) => prefix.to_string(),
        (true, false) => suffix.to_string(),
        (false, false) => format!("{prefix}.{suffix}"),
    }
}

/// A number as a file most likely wrote it: serde_json reads `-0` as the float minus zero, which
/// it would show as `-0.0`.
pub(super) fn number_as_written(number: &serde_json::Number) -> String {
    match number.as_f64() {
        Some(value) if value == 0.0 && value.is_sign_negative() => "-0".to_string(),
        _ => number.to_string(),
    }
}
