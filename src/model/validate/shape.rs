//! The second pass: does the JSON fit the types? Record by record, so that one bad project does
//! not hide the problems of the next, each problem naming its JSON path and what was expected
//! against what was found.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::number_text::number_in_text;
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
    let mut shaper = Shaper { strings, collector };
    let Some(object) = value.as_object() else {
        let message = shaper.expected_found(strings.type_dataset, value);
        shaper.report(ProblemKind::WrongType, String::new(), message);
        return None;
    };
    let before = shaper.collector_total();
    let title = shaper
        .record::<Option<String>>(object.get("title").unwrap_or(&Value::Null), "title")
        .flatten();
    let industries = shaper.list::<Industry>(object, "industries", "");
    let statuses = shaper.list::<Status>(object, "statuses", "");
    let briefings = shaper
        .list_field(object, "briefings", "")
        .map(|items| {
            items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| shaper.briefing(item, &format!("briefings[{index}]")))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    for key in object.keys().filter(|key| !TOP_LEVEL_FIELDS.contains(&key.as_str())) {
        let known = TOP_LEVEL_FIELDS.map(|field| strings.quote(field)).join(strings.list_separator);
        let message =
            fill(strings.unknown_field, &[("field", &shown_value(key)), ("known", &known)]);
        shaper.report(ProblemKind::UnknownField, shown_value(key), message);
    }
    (shaper.collector_total() == before).then_some(Dataset {
        title,
        industries,
        statuses,
        briefings,
    })
}

struct Shaper<'s, 'c> {
    strings: &'s ValidationStrings,
    collector: &'c mut Collector,
}

impl Shaper<'_, '_> {
    fn collector_total(&self) -> usize {
        self.collector.total()
    }

    fn report(&mut self, kind: ProblemKind, path: String, message: String) {
        self.collector.add(kind, || Problem { location: Location::Path(path), message });
    }

    /// A briefing's own fields first, then each project and directive on its own, so that problems
    /// in several records are all reported.
    fn briefing(&mut self, value: &Value, path: &str) -> Option<Briefing> {
        let Some(object) = value.as_object() else {
            let expected = fill(self.strings.type_named_object, &[("name", "Briefing")]);
            let message = self.expected_found(&expected, value);
            self.report(ProblemKind::WrongType, path.to_string(), message);
            return None;
        };
        let projects = self.list::<Project>(object, "projects", path);
        let directives = match object.get("directives") {
            None => Vec::new(),
            Some(_) => self.list::<Directive>(object, "directives", path),
        };
        // The briefing's own fields, with its records left out rather than copied and then dropped.
        let mut header: Map<String, Value> = object
            .iter()
            .filter(|(key, _)| *key != "projects" && *key != "directives")
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
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
                self.report(ProblemKind::WrongType, field_path, message);
                None
            }
            None => {
                let message = fill(self.strings.missing_field, &[("field", key)]);
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
        let steps = steps_at(&text, error.column());
        let found = value_at(value, &steps);
        let last_field = match steps.last() {
            Some(Step::Field(key)) => Some(key.as_str()),
            _ => None,
        };
        let full_path = join_path(path, &steps_text(&steps));
        let (kind, message) =
            self.plain_serde_message(&message_without_position(&error), found, last_field);
        self.report(kind, shown_value(&full_path), message);
        None
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
        let expected = message
            .strip_prefix("invalid type: ")
            .or_else(|| message.strip_prefix("invalid value: "))
            .and_then(|rest| rest.split_once(", expected "))
            .map_or(message, |(_, expected)| expected);
        let expects_number = matches!(expected, "f64" | "f32" | "i32" | "u8");
        if let Some(Value::String(text)) = found {
            if field == Some("year") && text.trim().parse::<i32>().is_err() {
                let message =
                    fill(strings.year_not_a_number, &[("found", &self.describe_value(found))]);
                return (ProblemKind::WrongType, message);
            }
            if let Some(suggestion) = expects_number.then(|| number_in_text(text)).flatten() {
                let message = fill(
                    strings.number_as_text,
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
enum Step {
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
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Field(field) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(field);
            }
            Step::Item(index) => text.push_str(&format!("[{index}]")),
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
fn number_as_written(number: &serde_json::Number) -> String {
    match number.as_f64() {
        Some(value) if value == 0.0 && value.is_sign_negative() => "-0".to_string(),
        _ => number.to_string(),
    }
}
