//! Problems, where they are, and the capped report that holds them.
//!
//! A hostile or badly generated file can hold a million copies of one mistake. The report keeps
//! the first [`SHOWN_PER_KIND`] problems of each kind and counts the rest, so that what a person
//! reads stays short while the total stays exact; messages of problems that are only counted are
//! never built.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::format::format_western;
use crate::model::strings::fill;
use crate::model::strings::validation::{ValidationStrings, EN};
use crate::model::text::truncate_chars;

/// How many problems of one kind a report keeps; the others are only counted.
pub const SHOWN_PER_KIND: usize = 20;

/// Where in the file a problem is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Location {
    /// 1-based line and column (in characters, as editors count), and the text around that point.
    Text { line: usize, column: usize, excerpt: String },
    /// A JSON path such as `briefings[0].projects[2].capacity.value`; empty for the whole file.
    Path(JsonPath),
    /// A JSON path inside a record a person recognises, such as `Project “BYD drive motors”`.
    Record { record: String, path: JsonPath },
}

/// A JSON path as the report writes it, and where its value starts in the file when the file was
/// read from text: a person editing the file finds line 57 sooner than the third project of the
/// first briefing.
///
/// It reads as the path itself (`&str`), as the location's path did when it was a `String`, so
/// that code which only wants the path (the editor naming a problem's record and field from it)
/// reads it unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonPath {
    pub path: String,
    /// `None` for a dataset checked without its file (the editor's draft), and for a path that
    /// leads nowhere in the file (a missing field).
    pub start: Option<ValueStart>,
}

impl From<String> for JsonPath {
    fn from(path: String) -> JsonPath {
        JsonPath { path, start: None }
    }
}

impl std::ops::Deref for JsonPath {
    type Target = str;

    fn deref(&self) -> &str {
        &self.path
    }
}

/// Where a value starts in the file's text, counted as syntax errors are: lines from 1, columns
/// in characters from 1, a UTF-8 byte-order mark not counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueStart {
    pub line: usize,
    pub column: usize,
    /// Whether nothing but white space and the value's own key comes before it on its line, as
    /// in a file written one field to a line: there the line alone finds the value, and a column
    /// would only be noise. On a line holding several values (a file on one line) the column
    /// says which.
    pub leads_its_line: bool,
}

impl ValueStart {
    /// "line 57", or "line 1, column 345" where the line holds other values before it.
    fn describe(&self, strings: &ValidationStrings) -> String {
        let line = self.line.to_string();
        if self.leads_its_line {
            fill(strings.line_place, &[("line", &line)])
        } else {
            fill(
                strings.line_column_place,
                &[("line", &line), ("column", &self.column.to_string())],
            )
        }
    }
}

impl Location {
    /// The JSON path, when the location is one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Location::Text { .. } => None,
            Location::Path(path) | Location::Record { path, .. } => Some(&path.path),
        }
    }

    /// The JSON path with where its value starts, when the location is one.
    pub(super) fn json_path_mut(&mut self) -> Option<&mut JsonPath> {
        match self {
            Location::Text { .. } => None,
            Location::Path(path) | Location::Record { path, .. } => Some(path),
        }
    }

    /// The location as a person reads it, in the language of `strings`.
    pub fn describe(&self, strings: &ValidationStrings) -> String {
        match self {
            Location::Text { line, column, excerpt } => fill(
                strings.text_location,
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("excerpt", excerpt),
                ],
            ),
            Location::Path(path) if path.is_empty() => strings.whole_file.to_string(),
            Location::Path(JsonPath { path, start: None }) => path.clone(),
            Location::Path(JsonPath { path, start: Some(start) }) => {
                fill(strings.path_location, &[("path", path), ("place", &start.describe(strings))])
            }
            Location::Record { record, path } => {
                let path = match &path.start {
                    None => path.path.clone(),
                    Some(start) => fill(
                        strings.path_at_place,
                        &[("path", &path.path), ("place", &start.describe(strings))],
                    ),
                };
                fill(strings.record_location, &[("record", record), ("path", &path)])
            }
        }
    }
}

/// One thing wrong with a dataset file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub location: Location,
    pub message: String,
}

/// English, for logs and tests; the app and the CLI use [`Location::describe`].
impl fmt::Display for Location {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.describe(&EN))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}: {}", self.location, self.message)
    }
}

/// What kind of mistake a problem is; the report caps and counts problems per kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProblemKind {
    FileTooLarge,
    FileEmpty,
    WrongEncoding,
    NotJson,
    /// A site's list of datasets (`data/index.json`), opened or checked as a dataset.
    SiteList,
    InvalidUtf8,
    Syntax,
    DuplicateKey,
    ControlCharacter,
    WrongType,
    MissingField,
    UnknownField,
    EmptyField,
    TooLong,
    IdNotSlug,
    DuplicateId,
    ReservedId,
    BadColour,
    NoBriefings,
    BadDate,
    UnknownIndustry,
    UnknownStatus,
    BadCapacity,
    NoQuotes,
    QuoteNotVerbatim,
    /// A capacity's figure that its quote does not write.
    FigureNotInQuote,
    /// A capacity's bound that its quote does not say, or none where the quote says one.
    BoundNotInQuote,
    GlossaryTermMissing,
    BadScope,
    UnknownScopeProject,
    RepeatedScopeProject,
}

impl ProblemKind {
    /// Whether a problem of this kind means the file could not be read as a dataset's JSON at
    /// all.
    fn is_unreadable(self) -> bool {
        matches!(
            self,
            ProblemKind::FileTooLarge
                | ProblemKind::FileEmpty
                | ProblemKind::WrongEncoding
                | ProblemKind::NotJson
                | ProblemKind::SiteList
                | ProblemKind::InvalidUtf8
                | ProblemKind::Syntax
        )
    }

    /// Whether a problem of this kind ends the check before the meaning of the records (ids,
    /// industries, quotes, figures): the file could not be read into the records those checks
    /// read.
    pub fn stops_the_check(self) -> bool {
        self.is_unreadable()
            || matches!(
                self,
                ProblemKind::WrongType | ProblemKind::MissingField | ProblemKind::UnknownField
            )
    }
}

/// The problems of one kind that a report shows, and how many more there are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemGroup {
    pub kind: ProblemKind,
    /// At most [`SHOWN_PER_KIND`], in file order.
    pub shown: Vec<Problem>,
    /// Problems of this kind found but not kept.
    pub more: usize,
}

/// Every problem found in a file: groups in the order their kinds first occur, and the total.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub groups: Vec<ProblemGroup>,
    /// Every problem found, shown or only counted.
    pub total: usize,
}

impl Report {
    /// A report of one problem.
    pub fn single(kind: ProblemKind, problem: Problem) -> Report {
        let mut collector = Collector::default();
        collector.add(kind, || problem);
        collector.into_report()
    }

    /// Whether the file was refused before its meaning was checked: it is no JSON, or does not
    /// fit the types, so its ids, quotes and figures are not yet checked and may have problems
    /// this report does not count.
    pub fn stopped_before_meaning(&self) -> bool {
        self.groups.iter().any(|group| group.kind.stops_the_check())
    }

    /// The problems shown, group by group.
    pub fn shown(&self) -> impl Iterator<Item = &Problem> {
        self.groups.iter().flat_map(|group| group.shown.iter())
    }

    /// The problems shown, for callers that list them without the counts.
    pub fn into_shown(self) -> Vec<Problem> {
        self.groups.into_iter().flat_map(|group| group.shown).collect()
    }

    /// "3 problems" or "1 problem".
    pub fn count_text(&self, strings: &ValidationStrings) -> String {
        problem_count(self.total, strings)
    }

    /// Whether the editor can open the file these problems were found in, to fix them there: a
    /// JSON object with a list of briefings, whatever its records hold (the editor mends what
    /// does not fit the format). Not a file too large, empty, in another encoding, not JSON or
    /// with a syntax error, not an object, nor one without briefings.
    pub fn editor_can_open(&self) -> bool {
        let unopenable = |kind: ProblemKind, problem: &Problem| match kind {
            kind if kind.is_unreadable() => true,
            ProblemKind::NoBriefings => true,
            ProblemKind::WrongType | ProblemKind::MissingField => {
                matches!(problem.location.path(), Some("" | "briefings"))
            }
            _ => false,
        };
        !self
            .groups
            .iter()
            .any(|group| group.shown.iter().any(|problem| unopenable(group.kind, problem)))
    }

    /// The line and column of the JSON syntax error that stopped the file being read, when that
    /// is what did: the file is then mended in a text editor there, as the editor reads only
    /// what parses.
    pub fn syntax_error_at(&self) -> Option<(usize, usize)> {
        let group = self.groups.iter().find(|group| group.kind == ProblemKind::Syntax)?;
        group.shown.iter().find_map(|problem| match problem.location {
            Location::Text { line, column, .. } => Some((line, column)),
            _ => None,
        })
    }

    /// The report as lines a person reads: each shown problem, and after each capped group a
    /// line saying how many more of that kind there are. Every line is escaped for a terminal.
    pub fn lines(&self, strings: &ValidationStrings) -> Vec<String> {
        let mut lines = Vec::new();
        for group in &self.groups {
            for problem in &group.shown {
                lines.push(escape_for_display(&format!(
                    "{}: {}",
                    problem.location.describe(strings),
                    problem.message
                )));
            }
            if group.more > 0 {
                lines.push(more_like_this(group.more, strings));
            }
        }
        lines
    }
}

/// "… and 749,980 more problems like this".
pub fn more_like_this(count: usize, strings: &ValidationStrings) -> String {
    if count == 1 {
        strings.more_like_this_one.to_string()
    } else {
        fill(strings.more_like_this_many, &[("count", &format_western(count as f64))])
    }
}

/// "1 problem", "20 problems".
pub fn problem_count(count: usize, strings: &ValidationStrings) -> String {
    let template = if count == 1 { strings.problem_count_one } else { strings.problem_count_many };
    fill(template, &[("count", &format_western(count as f64))])
}

/// Gathers problems, building a problem only when it will be shown.
#[derive(Default)]
pub(super) struct Collector {
    groups: Vec<ProblemGroup>,
    total: usize,
}

impl Collector {
    pub(super) fn add(&mut self, kind: ProblemKind, problem: impl FnOnce() -> Problem) {
        self.total += 1;
        // A file has a handful of kinds of problem, so a search beats hashing each of millions.
        let index = match self.groups.iter().position(|group| group.kind == kind) {
            Some(index) => index,
            None => {
                self.groups.push(ProblemGroup { kind, shown: Vec::new(), more: 0 });
                self.groups.len() - 1
            }
        };
        let group = &mut self.groups[index];
        if group.shown.len() < SHOWN_PER_KIND {
            group.shown.push(problem());
        } else {
            group.more += 1;
        }
    }

    pub(super) fn total(&self) -> usize {
        self.total
    }

    pub(super) fn is_empty(&self) -> bool {
        self.total == 0
    }

    pub(super) fn into_report(self) -> Report {
        Report { groups: self.groups, total: self.total }
    }
}

/// At most 60 characters of a value from the file, escaped, for a message.
pub(super) fn shown_value(value: &str) -> String {
    escape_for_display(&truncate_chars(value, 60))
}

/// The text with control characters, and the invisible characters that reorder or hide text
/// (bidirectional overrides, zero-width marks), written as `\u{…}` escapes: a value from a file
/// must not clear a terminal, print a fake line or turn the rest of a line around.
pub fn escape_for_display(text: &str) -> String {
    escaped_for_display(text).into_owned()
}

/// [`escape_for_display`], borrowing the text when it has nothing to escape, as nearly every
/// key of a file has: the walk that places problems reads keys by the million in a hostile file.
pub(super) fn escaped_for_display(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for character in text.chars() {
        if needs_escape(character) {
            escaped.extend(character.escape_unicode());
        } else {
            escaped.push(character);
        }
    }
    Cow::Owned(escaped)
}

fn needs_escape(character: char) -> bool {
    character.is_control()
        || matches!(
            character,
            '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
        )
}
