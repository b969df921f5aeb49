//! What serde_json accepts without a word, found in one linear scan of text already known to be
//! JSON: a field given twice in one object (a JSON reader keeps the last value), control
//! characters inside strings (escaped, DEL and C1), which could rewrite a terminal or a page,
//! the invisible characters that turn text around (bidirectional embeddings, overrides and
//! isolates), and a capacity whose written digits are not the number a JSON reader takes from them.

use std::borrow::Cow;
use std::collections::HashMap;

use memchr::{memchr2, memchr3, memchr_iter};

use super::figures::{figure_as_written, WrittenNumbers};
use super::report::{escape_for_display, Collector, Location, Problem, ProblemKind};
use super::syntax::excerpt_at;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;
use crate::model::text::code_point;

/// Where the scan is: inside an object (where its keys start on the key stack, the key whose
/// value comes next) or a list.
enum Frame<'t> {
    Object { keys_from: usize, key: Option<Cow<'t, str>>, expects_key: bool },
    List { index: usize },
}

/// The keys of every open object, each with the line it is on. Most objects have a few keys, so
/// a key is looked up by a search of its object's keys; an object with many gets a hash index.
#[derive(Default)]
struct OpenKeys<'t> {
    keys: Vec<(Cow<'t, str>, usize)>,
    /// Per open object with more than `INDEXED_FROM` keys, its index: (keys_from, key → line).
    indexes: Vec<(usize, HashMap<Cow<'t, str>, usize>)>,
}

const INDEXED_FROM: usize = 16;

impl<'t> OpenKeys<'t> {
    /// The line of `key` if the object whose keys start at `keys_from` has it already.
    fn line_of(&self, keys_from: usize, key: &str) -> Option<usize> {
        match self.indexes.last() {
            Some((from, index)) if *from == keys_from => index.get(key).copied(),
            _ => self.keys[keys_from..].iter().find(|(seen, _)| seen == key).map(|&(_, line)| line),
        }
    }

    fn insert(&mut self, keys_from: usize, key: Cow<'t, str>, line: usize) {
        match self.indexes.last_mut() {
            Some((from, index)) if *from == keys_from => {
                index.entry(key).or_insert(line);
            }
            _ => {
                self.keys.push((key, line));
                // The keys stay on the stack (so that an object opened later starts past them
                // and cannot be mistaken for this one); later keys of this object go to the index.
                if self.keys.len() - keys_from > INDEXED_FROM {
                    let mut index = HashMap::new();
                    for (key, line) in &self.keys[keys_from..] {
                        index.entry(key.clone()).or_insert(*line);
                    }
                    self.indexes.push((keys_from, index));
                }
            }
        }
    }

    /// Forgets the keys of the object whose keys start at `keys_from`, which has closed.
    fn close(&mut self, keys_from: usize) {
        self.keys.truncate(keys_from);
        if self.indexes.last().is_some_and(|(from, _)| *from == keys_from) {
            self.indexes.pop();
        }
    }
}

/// Counts lines as a forward pass meets their breaks, and characters along the current line only
/// as far as the problems found need, so that columns on a 20 MB one-line file cost one pass in
/// all, not one pass per problem.
pub(super) struct ColumnCounter {
    /// The current line, from 1.
    pub(super) line: usize,
    /// Where the current line starts in the text.
    pub(super) line_start: usize,
    counted_to: usize,
    column: usize,
}

impl ColumnCounter {
    /// A counter at the start of the text.
    pub(super) fn new() -> ColumnCounter {
        ColumnCounter { line: 1, line_start: 0, counted_to: 0, column: 1 }
    }

    /// Moves to the next line, after the line break at `newline`.
    pub(super) fn break_line(&mut self, newline: usize) {
        self.line += 1;
        self.line_start = newline + 1;
    }

    /// The column of `position`, which is past any position asked for before (the scan only
    /// moves forward).
    pub(super) fn column_at(&mut self, text: &str, position: usize) -> usize {
        if self.counted_to < self.line_start {
            self.counted_to = self.line_start;
            self.column = 1;
        }
        self.column += text[self.counted_to..position].chars().count();
        self.counted_to = position;
        self.column
    }
}

/// Reports every key given twice in one object (with both lines), every control character and
/// bidirectional control in a string, and every capacity written with digits that are not the
/// figure the app would show, in one pass over text that serde_json has already accepted as JSON.
/// Returns the capacities whose written text is not the number read from it, for the meaning
/// checks to quote as written.
pub(super) fn check_keys_and_strings(
    text: &str,
    strings: &ValidationStrings,
    collector: &mut Collector,
) -> WrittenNumbers {
    let mut written = WrittenNumbers::default();
    let bytes = text.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut open_keys = OpenKeys::default();
    let mut columns = ColumnCounter::new();
    let mut position = 0;
    while position < bytes.len() {
        match bytes[position] {
            b'\n' => columns.break_line(position),
            b'{' => {
                let keys_from = open_keys.keys.len();
                frames.push(Frame::Object { keys_from, key: None, expects_key: true });
            }
            b'[' => frames.push(Frame::List { index: 0 }),
            b'}' | b']' => {
                if let Some(Frame::Object { keys_from, .. }) = frames.pop() {
                    open_keys.close(keys_from);
                }
            }
            b',' => match frames.last_mut() {
                Some(Frame::List { index }) => *index += 1,
                Some(Frame::Object { expects_key, .. }) => *expects_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expects_key, .. }) = frames.last_mut() {
                    *expects_key = false;
                }
            }
            b'"' => {
                let end = string_end(bytes, position + 1);
                let raw = &text[position + 1..end];
                let is_key = matches!(frames.last(), Some(Frame::Object { expects_key: true, .. }));
                if is_key {
                    let scan = Scan { text, frames: &mut frames, open_keys: &mut open_keys };
                    check_key(scan, position, raw, &mut columns, strings, collector);
                } else {
                    let layout_allowed = is_source_text(&frames);
                    if let Some(character) = forbidden_character(raw, layout_allowed) {
                        collector.add(ProblemKind::ControlCharacter, || {
                            control_character_problem(
                                path_of(&frames, frames.len()),
                                character,
                                strings,
                            )
                        });
                    }
                }
                position = end;
            }
            b'-' | b'0'..=b'9' => {
                let end = number_end(bytes, position);
                if is_capacity_value(&frames) {
                    let number = &text[position..end];
                    let path = || path_of(&frames, frames.len());
                    if let Some(figure) = figure_as_written(number) {
                        match figure.problem(path(), strings) {
                            Some(problem) => collector.add(ProblemKind::BadCapacity, || problem),
                            None => written.insert(path(), number),
                        }
                    }
                }
                position = end - 1;
            }
            _ => {}
        }
        position += 1;
    }
    written
}

/// The index just past the number starting at `from`.
fn number_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|byte| !matches!(byte, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        .map_or(bytes.len(), |length| from + length)
}

/// Whether the value being read is a project's `capacity.value`:
/// `briefings[i].projects[j].capacity.value`.
fn is_capacity_value(frames: &[Frame]) -> bool {
    let key_is = |frame: &Frame, name: &str| matches!(frame, Frame::Object { key: Some(key), expects_key: false, .. } if key.as_ref() == name);
    match frames {
        [root, Frame::List { .. }, briefing, Frame::List { .. }, project, capacity] => {
            key_is(root, "briefings")
                && key_is(briefing, "projects")
                && key_is(project, "capacity")
                && key_is(capacity, "value")
        }
        _ => false,
    }
}

/// The problem of the string value at `path` holding `character`, a control character or a
/// bidirectional control ([`is_direction_control`]), which is named by its code point and name.
pub(super) fn control_character_problem(
    path: String,
    character: char,
    strings: &ValidationStrings,
) -> Problem {
    Problem {
        location: Location::Path(path.into()),
        message: control_character_message(character, strings),
    }
}

/// What is wrong with text holding `character`, a control character or a bidirectional control
/// ([`is_direction_control`]), which is named by its code point and name: "contains the
/// invisible character U+202E (right-to-left override), which turns the text around it: remove
/// it". A dataset's text and the site list's titles are refused in the same words.
pub fn control_character_message(character: char, strings: &ValidationStrings) -> String {
    match direction_control_name(character, strings) {
        Some(name) => fill(
            strings.direction_control,
            &[("code_point", &code_point(character)), ("name", name)],
        ),
        None => fill(
            strings.control_character,
            &[("character", &character.escape_unicode().to_string())],
        ),
    }
}

/// Whether `character` is one of the invisible characters that embed, override or isolate the
/// direction of the text after it: U+202A–U+202E and U+2066–U+2069. Left unclosed in a name, one
/// turns the app's own words around it ("(Mayor)" drawn "(royaM)"), and a briefing has no use for
/// them. The marks that right-to-left text does use, U+200E, U+200F (left-to-right and
/// right-to-left mark) and U+061C (Arabic letter mark), change no text but their neighbours' and
/// stay allowed.
pub fn is_direction_control(character: char) -> bool {
    matches!(character, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The name of a bidirectional control in the language of `strings`; `None` for any other
/// character.
pub fn direction_control_name(
    character: char,
    strings: &ValidationStrings,
) -> Option<&'static str> {
    Some(match character {
        '\u{202A}' => strings.direction_lre,
        '\u{202B}' => strings.direction_rle,
        '\u{202C}' => strings.direction_pdf,
        '\u{202D}' => strings.direction_lro,
        '\u{202E}' => strings.direction_rlo,
        '\u{2066}' => strings.direction_lri,
        '\u{2067}' => strings.direction_rli,
        '\u{2068}' => strings.direction_fsi,
        '\u{2069}' => strings.direction_pdi,
        _ => return None,
    })
}

/// The text being scanned and where the scan is in it.
struct Scan<'s, 't> {
    text: &'t str,
    frames: &'s mut [Frame<'t>],
    open_keys: &'s mut OpenKeys<'t>,
}

fn check_key<'t>(
    scan: Scan<'_, 't>,
    position: usize,
    raw: &'t str,
    columns: &mut ColumnCounter,
    strings: &ValidationStrings,
    collector: &mut Collector,
) {
    let Scan { text, frames, open_keys } = scan;
    let key = string_content(text, position, raw);
    let depth = frames.len();
    if let Some((_, character)) = control_character(raw, false) {
        collector.add(ProblemKind::ControlCharacter, || Problem {
            location: Location::Path(path_of(frames, depth - 1).into()),
            message: fill(
                strings.control_character_in_key,
                &[
                    ("key", &escape_for_display(&key)),
                    ("character", &character.escape_unicode().to_string()),
                ],
            ),
        });
    }
    let first_line = match frames.last() {
        Some(Frame::Object { keys_from, .. }) => open_keys.line_of(*keys_from, &key),
        _ => None,
    };
    if let Some(first_line) = first_line {
        let column = columns.column_at(text, position);
        collector.add(ProblemKind::DuplicateKey, || {
            let excerpt = excerpt_at(text, columns.line_start, position);
            let object_path = path_of(frames, depth - 1);
            let object = if object_path.is_empty() {
                strings.top_level_object.to_string()
            } else {
                strings.quote(&escape_for_display(&object_path))
            };
            Problem {
                location: Location::Text { line: columns.line, column, excerpt },
                message: fill(
                    strings.duplicate_key,
                    &[
                        ("key", &escape_for_display(&key)),
                        ("object", &object),
                        ("first_line", &first_line.to_string()),
                    ],
                ),
            }
        });
    }
    if let Some(Frame::Object { keys_from, key: current, .. }) = frames.last_mut() {
        if first_line.is_none() {
            open_keys.insert(*keys_from, key.clone(), columns.line);
        }
        *current = Some(key);
    }
}

/// The text the JSON string at `position` of `text` stands for, given its `raw` content between
/// its quotes: two spellings of one key (`"a"`, `"\u0061"`) are the same key.
pub(super) fn string_content<'t>(text: &'t str, position: usize, raw: &'t str) -> Cow<'t, str> {
    if !raw.contains('\\') {
        return Cow::Borrowed(raw);
    }
    let quoted = text.get(position..position + raw.len() + 2).unwrap_or(raw);
    serde_json::from_str::<String>(quoted).map_or(Cow::Borrowed(raw), Cow::Owned)
}

/// The index of the closing quote of a string whose content starts at `from`.
pub(super) fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut position = from;
    while let Some(offset) = memchr2(b'"', b'\\', &bytes[position.min(bytes.len())..]) {
        let at = position + offset;
        if bytes[at] == b'"' {
            return at;
        }
        position = at + 2;
    }
    bytes.len()
}

/// The first character a raw JSON string's content stands for that no text field may hold: a
/// control character ([`control_character`]) or a bidirectional control, written raw or escaped.
fn forbidden_character(raw: &str, layout_allowed: bool) -> Option<char> {
    let control = control_character(raw, layout_allowed);
    // In UTF-8 every bidirectional control starts with the byte 0xE2 (U+202A is E2 80 AA); that
    // byte also starts common punctuation (“ ” …), so each is decoded to be sure.
    let direction = memchr_iter(0xE2, raw.as_bytes()).find_map(|at| {
        raw.get(at..)
            .and_then(|rest| rest.chars().next())
            .filter(|&character| is_direction_control(character))
            .map(|character| (at, character))
    });
    match (control, direction) {
        (Some((control_at, _)), Some((direction_at, character))) if direction_at < control_at => {
            Some(character)
        }
        (Some((_, character)), _) | (None, Some((_, character))) => Some(character),
        (None, None) => None,
    }
}

/// The first control character a raw JSON string's content stands for, if any, and where its
/// text starts in `raw`; an escaped bidirectional control counts as one too. Raw control
/// characters below U+0020 are already syntax errors, so this looks at escapes, DEL and the C1
/// controls U+0080 to U+009F. Line breaks and tabs pass when `layout_allowed`.
fn control_character(raw: &str, layout_allowed: bool) -> Option<(usize, char)> {
    let bytes = raw.as_bytes();
    let mut position = 0;
    while let Some(offset) = memchr3(b'\\', 0xC2, 0x7F, &bytes[position..]) {
        let at = position + offset;
        position = at + 1;
        let found = match (bytes[at], bytes.get(at + 1)) {
            (0x7F, _) => Some('\u{7F}'),
            (0xC2, Some(&next)) if (0x80..=0x9F).contains(&next) => char::from_u32(u32::from(next)),
            (b'\\', Some(&escaped)) => {
                position = at + 2;
                match escaped {
                    b'n' => Some('\n'),
                    b't' => Some('\t'),
                    b'r' => Some('\r'),
                    b'b' => Some('\u{8}'),
                    b'f' => Some('\u{C}'),
                    b'u' => raw
                        .get(at + 2..at + 6)
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .and_then(char::from_u32)
                        .filter(|&character| {
                            character.is_control() || is_direction_control(character)
                        }),
                    _ => None,
                }
            }
            _ => None,
        };
        match found {
            Some(character) if !(layout_allowed && is_layout(character)) => {
                return Some((at, character))
            }
            _ => {}
        }
    }
    None
}

/// Line breaks and tabs: the control characters a briefing's `source.text` may hold.
pub(super) fn is_layout(character: char) -> bool {
    matches!(character, '\n' | '\t' | '\r')
}

/// Whether the string being read is a briefing's `source.text`, the one field that keeps line
/// breaks and tabs.
fn is_source_text(frames: &[Frame]) -> bool {
    let key_of = |frame: Option<&Frame>| match frame {
        Some(Frame::Object { key: Some(key), .. }) => Some(key.as_ref() == "text"),
        _ => None,
    };
    let parent_is_source = match frames.len().checked_sub(2).and_then(|index| frames.get(index)) {
        Some(Frame::Object { key: Some(key), .. }) => key.as_ref() == "source",
        _ => false,
    };
    key_of(frames.last()) == Some(true) && parent_is_source
}

/// The JSON path of the value the first `depth` frames lead to, e.g. `briefings[0].source.text`.
fn path_of(frames: &[Frame], depth: usize) -> String {
    let mut path = String::new();
    for frame in &frames[..depth.min(frames.len())] {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&escape_for_display(key));
            }
            Frame::Object { key: None, .. } => {}
            Frame::List { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}
