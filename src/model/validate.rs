//! Turning untrusted JSON text into a [`Dataset`], reporting every problem at once.
//!
//! Three passes, each naming where a problem is so that an analyst can fix their file:
//! 1. syntax: the line, the column and the text there;
//! 2. shape: the JSON path and what was expected against what was found, collected per record so
//!    that one bad project does not hide the problems of the next;
//! 3. meaning: duplicate ids, unknown references, impossible numbers, empty names, and quotes that
//!    are not verbatim in the briefing's source text.
//!
//! Nothing here panics on any input; `tests/it/validation.rs` checks that with property tests.

use std::collections::HashSet;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::colour::parse_hex_color;
use super::dataset::{Briefing, Dataset, Directive, Industry, Project, Scope, Status, CITY_WIDE};
use super::format::format_megabytes;
use super::text::{normalise_whitespace, truncate_chars, NormalisedText};
use super::url::{ALL_BRIEFINGS, NOT_STATED};

/// Where in the file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A syntax error: 1-based line and column, and the text around that point.
    Text { line: usize, column: usize, excerpt: String },
    /// A JSON path such as `briefings[0].projects[2].capacity.value`; empty for the whole file.
    Path(String),
}

/// One thing wrong with a dataset file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Location {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Text { line, column, excerpt } => {
                write!(formatter, "line {line}, column {column} (at `{excerpt}`)")
            }
            Location::Path(path) if path.is_empty() => formatter.write_str("(whole file)"),
            Location::Path(path) => formatter.write_str(path),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}: {}", self.location, self.message)
    }
}

/// The largest dataset file the app and the validator accept, in bytes.
pub const MAX_DATASET_BYTES: usize = 20 * 1024 * 1024;

/// Parses and validates a dataset, returning it only when it has no problem at all.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_DATASET_BYTES {
        return Err(vec![Problem {
            location: Location::Path(String::new()),
            message: format!(
                "the file is {} MB; the limit is {} MB",
                format_megabytes(text.len() as f64),
                format_megabytes(MAX_DATASET_BYTES as f64)
            ),
        }]);
    }
    let mut problems = Vec::new();
    // A file that fits the types is read straight into them, which is several times faster than
    // going through a `Value`; only a file that does not fit takes the record-by-record pass
    // below, which names every shape problem (and finds none in a file that fits).
    let dataset = match serde_json::from_str::<Dataset>(text) {
        Ok(dataset) => Some(dataset),
        Err(_) => {
            let value: Value =
                serde_json::from_str(text).map_err(|error| vec![syntax_problem(text, &error)])?;
            shape_dataset(&value, &mut problems)
        }
    };
    if let Some(dataset) = &dataset {
        check_meaning(dataset, &mut problems);
    }
    match dataset {
        Some(dataset) if problems.is_empty() => Ok(dataset),
        _ => Err(problems),
    }
}

fn syntax_problem(text: &str, error: &serde_json::Error) -> Problem {
    let line = error.line();
    let column = error.column();
    let message = strip_position(&error.to_string());
    // serde_json reports line 0 when the input ended before any value started.
    if line == 0 {
        return Problem { location: Location::Path(String::new()), message };
    }
    Problem {
        location: Location::Text { line, column, excerpt: excerpt_at(text, line, column) },
        message,
    }
}

/// serde_json appends " at line L column C" to its messages; the location is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

/// Up to 20 characters either side of a 1-based line and column, on that line only.
fn excerpt_at(text: &str, line: usize, column: usize) -> String {
    const CONTEXT: usize = 20;
    let Some(line_text) = text.lines().nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let characters: Vec<char> = line_text.chars().collect();
    let centre = column.saturating_sub(1).min(characters.len());
    let start = centre.saturating_sub(CONTEXT);
    let end = (centre + CONTEXT).min(characters.len());
    characters[start..end].iter().collect::<String>().trim().to_string()
}

/// Deserialises one record, recording a shape problem under `path` if it does not fit.
fn shape<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Vec<Problem>) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(typed) => Some(typed),
        Err(error) => {
            let inner = error.path().to_string();
            let full_path = join_path(path, if inner == "." { "" } else { &inner });
            problems.push(Problem {
                location: Location::Path(full_path),
                message: plain_serde_message(&error.into_inner().to_string()),
            });
            None
        }
    }
}

fn join_path(prefix: &str, suffix: &str) -> String {
    match (prefix.is_empty(), suffix.is_empty()) {
        (_, true) => prefix.to_string(),
        (true, false) => suffix.to_string(),
        (false, false) if suffix.starts_with('[') => format!("{prefix}{suffix}"),
        (false, false) => format!("{prefix}.{suffix}"),
    }
}

/// Rewrites serde's Rust-flavoured wording ("invalid type: string \"x\", expected f64") as
/// "expected a number, found string \"x\"", which an analyst editing JSON can act on.
fn plain_serde_message(message: &str) -> String {
    if let Some(rest) =
        message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: "))
    {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("expected {}, found {}", plain_expectation(expected), found);
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("expected field {field}, found nothing (it is required)");
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return match rest.split_once(", expected ") {
            Some((field, known)) => format!("unexpected field {field}; expected {known}"),
            None => format!("unexpected field {rest}"),
        };
    }
    message.to_string()
}

fn plain_expectation(expected: &str) -> String {
    match expected {
        "f64" | "f32" => "a number".to_string(),
        "u8" => "a whole number from 0 to 255".to_string(),
        "i32" => "a whole number".to_string(),
        "a sequence" => "a list".to_string(),
        "a map" => "an object".to_string(),
        other if other.starts_with("struct ") => {
            format!("an object ({})", &other["struct ".len()..])
        }
        other => other.to_string(),
    }
}

/// The top-level shape, record by record. Returns a dataset only when every record fits.
fn shape_dataset(value: &Value, problems: &mut Vec<Problem>) -> Option<Dataset> {
    let Some(object) = value.as_object() else {
        problems.push(Problem {
            location: Location::Path(String::new()),
            message: format!(
                "expected an object with `industries`, `statuses` and `briefings`, found {}",
                describe(value)
            ),
        });
        return None;
    };
    let before = problems.len();
    let title =
        shape::<Option<String>>(object.get("title").unwrap_or(&Value::Null), "title", problems)
            .flatten();
    let industries = shape_list::<Industry>(object, "industries", "", problems);
    let statuses = shape_list::<Status>(object, "statuses", "", problems);
    let briefings = list_field(object, "briefings", "", problems)
        .map(|items| {
            items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| {
                    shape_briefing(item, &format!("briefings[{index}]"), problems)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    for key in object.keys() {
        if !["title", "industries", "statuses", "briefings"].contains(&key.as_str()) {
            problems.push(Problem {
                location: Location::Path(key.clone()),
                message: format!("unexpected field `{key}`; the fields here are `title`, `industries`, `statuses`, `briefings`"),
            });
        }
    }
    (problems.len() == before).then_some(Dataset { title, industries, statuses, briefings })
}

/// A briefing's own fields first, then each project and directive on its own, so that problems
/// in several records are all reported.
fn shape_briefing(value: &Value, path: &str, problems: &mut Vec<Problem>) -> Option<Briefing> {
    let Some(object) = value.as_object() else {
        problems.push(Problem {
            location: Location::Path(path.to_string()),
            message: format!("expected an object (Briefing), found {}", describe(value)),
        });
        return None;
    };
    let before = problems.len();
    let projects = shape_list::<Project>(object, "projects", path, problems);
    let directives = match object.get("directives") {
        None => Vec::new(),
        Some(_) => shape_list::<Directive>(object, "directives", path, problems),
    };
    // The briefing's own fields, with its records left out rather than copied and then dropped.
    let mut header: Map<String, Value> = object
        .iter()
        .filter(|(key, _)| *key != "projects" && *key != "directives")
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    header.insert("projects".to_string(), Value::Array(Vec::new()));
    let briefing = shape::<Briefing>(&Value::Object(header), path, problems);
    match briefing {
        Some(briefing) if problems.len() == before => {
            Some(Briefing { projects, directives, ..briefing })
        }
        _ => None,
    }
}

fn list_field<'a>(
    object: &'a Map<String, Value>,
    key: &str,
    path: &str,
    problems: &mut Vec<Problem>,
) -> Option<&'a Vec<Value>> {
    let field_path = join_path(path, key);
    match object.get(key) {
        Some(Value::Array(items)) => Some(items),
        Some(other) => {
            problems.push(Problem {
                location: Location::Path(field_path),
                message: format!("expected a list, found {}", describe(other)),
            });
            None
        }
        None => {
            problems.push(Problem {
                location: Location::Path(field_path),
                message: format!("expected field `{key}`, found nothing (it is required)"),
            });
            None
        }
    }
}

fn shape_list<T: DeserializeOwned>(
    object: &Map<String, Value>,
    key: &str,
    path: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let Some(items) = list_field(object, key, path, problems) else {
        return Vec::new();
    };
    let list_path = join_path(path, key);
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| shape::<T>(item, &format!("{list_path}[{index}]"), problems))
        .collect()
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(number) => format!("number `{number}`"),
        Value::String(text) => format!("string {:?}", truncate_chars(text, 40)),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

/// Collects problems of meaning, each under the path of the value at fault.
struct Checker<'a> {
    problems: &'a mut Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, path: String, message: String) {
        self.problems.push(Problem { location: Location::Path(path), message });
    }

    fn non_empty(&mut self, path: String, what: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(path, format!("{what} is empty"));
        }
    }

    /// Reports every id that repeats an earlier one in the same list.
    fn unique_ids<'i>(&mut self, path: &str, what: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            self.non_empty(format!("{path}[{index}].id"), "the id", id);
            if !seen.insert(id) {
                self.report(format!("{path}[{index}].id"), format!("duplicate {what} id `{id}`"));
            }
        }
    }

    fn quote(&mut self, path: String, quote: &str, source_text: &NormalisedText) {
        if quote.trim().is_empty() {
            self.report(path, "the quote is empty".to_string());
        } else if !source_text.contains(quote) {
            self.report(
                path,
                format!(
                    "the quote is not verbatim in the briefing's source text: {:?}",
                    truncate_chars(&normalise_whitespace(quote), 80)
                ),
            );
        }
    }

    fn quotes(&mut self, path: &str, quotes: &[String], source_text: &NormalisedText) {
        for (index, quote) in quotes.iter().enumerate() {
            self.quote(format!("{path}[{index}]"), quote, source_text);
        }
    }
}

fn check_meaning(dataset: &Dataset, problems: &mut Vec<Problem>) {
    let mut checker = Checker { problems };
    checker.unique_ids(
        "industries",
        "industry",
        dataset.industries.iter().map(|industry| industry.id.as_str()),
    );
    for (index, industry) in dataset.industries.iter().enumerate() {
        checker.non_empty(format!("industries[{index}].label"), "the label", &industry.label);
        if let Some(color) = &industry.color {
            if parse_hex_color(color).is_none() {
                checker.report(
                    format!("industries[{index}].color"),
                    format!("expected a colour like `#1f77b4`, found {color:?}"),
                );
            }
        }
    }
    checker.unique_ids(
        "statuses",
        "status",
        dataset.statuses.iter().map(|status| status.id.as_str()),
    );
    for (index, status) in dataset.statuses.iter().enumerate() {
        checker.non_empty(format!("statuses[{index}].label"), "the label", &status.label);
        if status.id == NOT_STATED {
            checker.report(format!("statuses[{index}].id"), format!("`{NOT_STATED}` is reserved: leave `status` out of a project when the source does not state it"));
        }
    }
    if dataset.briefings.is_empty() {
        checker.report(
            "briefings".to_string(),
            "expected at least one briefing, found an empty list".to_string(),
        );
    }
    checker.unique_ids(
        "briefings",
        "briefing",
        dataset.briefings.iter().map(|briefing| briefing.id.as_str()),
    );
    for (index, briefing) in dataset.briefings.iter().enumerate() {
        if briefing.id == ALL_BRIEFINGS {
            checker.report(
                format!("briefings[{index}].id"),
                format!("`{ALL_BRIEFINGS}` is reserved for the view of every briefing"),
            );
        }
        check_briefing(&mut checker, dataset, briefing, &format!("briefings[{index}]"));
    }
}

fn check_briefing(checker: &mut Checker<'_>, dataset: &Dataset, briefing: &Briefing, path: &str) {
    let text = &NormalisedText::new(&briefing.source.text);
    checker.non_empty(format!("{path}.title"), "the title", &briefing.title);
    checker.non_empty(format!("{path}.place"), "the place", &briefing.place);
    checker.non_empty(format!("{path}.source.text"), "the source text", &briefing.source.text);
    check_date(checker, briefing, path);
    for (index, official) in briefing.officials.iter().enumerate() {
        checker.non_empty(format!("{path}.officials[{index}].name"), "the name", &official.name);
    }
    checker.quotes(&format!("{path}.quotes"), &briefing.quotes, text);
    for (index, entry) in briefing.glossary.iter().enumerate() {
        let entry_path = format!("{path}.glossary[{index}]");
        checker.non_empty(format!("{entry_path}.reading"), "the reading", &entry.reading);
        if entry.term.trim().is_empty() {
            checker.report(format!("{entry_path}.term"), "the term is empty".to_string());
        } else if !text.contains(&entry.term) {
            checker.report(
                format!("{entry_path}.term"),
                format!("the term {:?} does not occur in the source text", entry.term),
            );
        }
    }
    checker.unique_ids(
        &format!("{path}.projects"),
        "project",
        briefing.projects.iter().map(|project| project.id.as_str()),
    );
    for (index, project) in briefing.projects.iter().enumerate() {
        check_project(checker, dataset, project, text, &format!("{path}.projects[{index}]"));
    }
    checker.unique_ids(
        &format!("{path}.directives"),
        "directive",
        briefing.directives.iter().map(|directive| directive.id.as_str()),
    );
    for (index, directive) in briefing.directives.iter().enumerate() {
        check_directive(checker, briefing, directive, text, &format!("{path}.directives[{index}]"));
    }
}

fn check_date(checker: &mut Checker<'_>, briefing: &Briefing, path: &str) {
    let date = briefing.date;
    if !(1..=12).contains(&date.month) {
        checker.report(
            format!("{path}.date.month"),
            format!("expected a month from 1 to 12, found {}", date.month),
        );
        return;
    }
    let longest = days_in_month(date.month, date.year);
    if date.day == 0 || date.day > longest {
        checker.report(
            format!("{path}.date.day"),
            format!("expected a day from 1 to {longest}, found {}", date.day),
        );
    }
}

/// February has 29 days when the year is unknown, since the 29th might be valid.
fn days_in_month(month: u8, year: Option<i32>) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(year) if !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 31,
    }
}

fn check_project(
    checker: &mut Checker<'_>,
    dataset: &Dataset,
    project: &Project,
    text: &NormalisedText,
    path: &str,
) {
    checker.non_empty(format!("{path}.name"), "the name", &project.name);
    checker.non_empty(format!("{path}.short_name"), "the short name", &project.short_name);
    checker.non_empty(format!("{path}.enterprise"), "the enterprise", &project.enterprise);
    if dataset.industry(&project.industry).is_none() {
        checker.report(
            format!("{path}.industry"),
            format!(
                "unknown industry `{}`; the industries are {}",
                project.industry,
                id_list(dataset.industries.iter().map(|industry| industry.id.as_str()))
            ),
        );
    }
    if let Some(status) = &project.status {
        if dataset.status(&status.id).is_none() {
            checker.report(format!("{path}.status.id"), format!("unknown status `{}`; the statuses are {} (leave `status` out when the source does not state it)", status.id, id_list(dataset.statuses.iter().map(|status| status.id.as_str()))));
        }
        checker.quote(format!("{path}.status.quote"), &status.quote, text);
    }
    if let Some(capacity) = &project.capacity {
        if !capacity.value.is_finite() || capacity.value <= 0.0 {
            checker.report(format!("{path}.capacity.value"), format!("expected a positive number, found {} (leave `capacity` out when the source does not state it)", capacity.value));
        }
        checker.non_empty(format!("{path}.capacity.unit"), "the unit", &capacity.unit);
        checker.non_empty(format!("{path}.capacity.period"), "the period", &capacity.period);
        checker.quote(format!("{path}.capacity.quote"), &capacity.quote, text);
    }
    if project.quotes.is_empty() {
        checker.report(
            format!("{path}.quotes"),
            "expected at least one quote from the source, found none".to_string(),
        );
    }
    checker.quotes(&format!("{path}.quotes"), &project.quotes, text);
    for (index, request) in project.requests.iter().enumerate() {
        checker.non_empty(format!("{path}.requests[{index}].text"), "the request", &request.text);
        checker.quote(format!("{path}.requests[{index}].quote"), &request.quote, text);
    }
    for (index, note) in project.notes.iter().enumerate() {
        checker.non_empty(format!("{path}.notes[{index}].text"), "the note", &note.text);
        checker.quote(format!("{path}.notes[{index}].quote"), &note.quote, text);
    }
}

fn check_directive(
    checker: &mut Checker<'_>,
    briefing: &Briefing,
    directive: &Directive,
    text: &NormalisedText,
    path: &str,
) {
    checker.non_empty(format!("{path}.theme"), "the theme", &directive.theme);
    checker.non_empty(format!("{path}.summary"), "the summary", &directive.summary);
    match &directive.scope {
        Scope::CityWide(word) if word != CITY_WIDE => {
            checker.report(
                format!("{path}.scope"),
                format!("expected \"{CITY_WIDE}\" or a list of project ids, found {word:?}"),
            );
        }
        Scope::CityWide(_) => {}
        Scope::Projects(ids) if ids.is_empty() => {
            checker.report(
                format!("{path}.scope"),
                format!("expected \"{CITY_WIDE}\" or at least one project id, found an empty list"),
            );
        }
        Scope::Projects(ids) => {
            for (index, id) in ids.iter().enumerate() {
                if briefing.project(id).is_none() {
                    checker.report(
                        format!("{path}.scope[{index}]"),
                        format!("unknown project `{id}` in this briefing"),
                    );
                }
            }
        }
    }
    if directive.quotes.is_empty() {
        checker.report(
            format!("{path}.quotes"),
            "expected at least one quote from the source, found none".to_string(),
        );
    }
    checker.quotes(&format!("{path}.quotes"), &directive.quotes, text);
}

fn id_list<'i>(ids: impl Iterator<Item = &'i str>) -> String {
    let quoted: Vec<String> = ids.map(|id| format!("`{id}`")).collect();
    if quoted.is_empty() {
        "none".to_string()
    } else {
        quoted.join(", ")
    }
}

/// A one-line summary of a valid dataset, as the validator prints it.
pub fn summary(dataset: &Dataset) -> String {
    let briefings = dataset.briefings.len();
    let projects: usize = dataset.briefings.iter().map(|briefing| briefing.projects.len()).sum();
    let directives: usize =
        dataset.briefings.iter().map(|briefing| briefing.directives.len()).sum();
    format!(
        "{briefings} {}, {projects} {}, {directives} {}, {} {}",
        plural(briefings, "briefing", "briefings"),
        plural(projects, "project", "projects"),
        plural(directives, "directive", "directives"),
        dataset.industries.len(),
        plural(dataset.industries.len(), "industry", "industries"),
    )
}

fn plural<'w>(count: usize, one: &'w str, many: &'w str) -> &'w str {
    if count == 1 {
        one
    } else {
        many
    }
}
