//! The first pass: bytes to text, JSON syntax, and what a JSON reader would change silently.
//!
//! Before any JSON is read, the bytes are checked for what people actually open by mistake: an
//! empty file, a UTF-16 file from a Windows editor, an image or a spreadsheet, Latin-1 text. Then,
//! once the text is known to be JSON, one linear scan finds what serde_json accepts without a word:
//! a field given twice (the last value wins) and control characters inside strings.

use std::borrow::Cow;
use std::collections::HashMap;

use memchr::{memchr, memchr2, memchr3, memchr_iter};

use super::report::{escape_for_display, Collector, Location, Problem, ProblemKind, Report};
use super::MAX_DATASET_BYTES;
use crate::model::format::format_megabytes;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;

const UTF8_BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// How many characters an excerpt shows on each side of the point it is about.
const EXCERPT_CHARACTERS: usize = 20;

/// The file as text, or the one whole-file problem that stops it being read as JSON.
pub(super) fn decode<'b>(bytes: &'b [u8], strings: &ValidationStrings) -> Result<&'b str, Report> {
    let whole_file = |kind, message: String| {
        Report::single(kind, Problem { location: Location::Path(String::new()), message })
    };
    if bytes.len() > MAX_DATASET_BYTES {
        let message = fill(
            strings.file_too_large,
            &[
                ("size", &format_megabytes(bytes.len() as f64)),
                ("limit", &format_megabytes(MAX_DATASET_BYTES as f64)),
            ],
        );
        return Err(whole_file(ProblemKind::FileTooLarge, message));
    }
    // Windows editors often start a UTF-8 file with a byte-order mark; it carries no content.
    let bytes = bytes.strip_prefix(UTF8_BYTE_ORDER_MARK).unwrap_or(bytes);
    if let Some(encoding) = wide_encoding(bytes) {
        let message = fill(strings.file_wrong_encoding, &[("encoding", encoding)]);
        return Err(whole_file(ProblemKind::WrongEncoding, message));
    }
    if let Some(kind) = binary_kind(bytes, strings) {
        let message = fill(strings.file_not_json, &[("kind", kind)]);
        return Err(whole_file(ProblemKind::NotJson, message));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(whole_file(ProblemKind::FileEmpty, strings.file_empty.to_string()));
    }
    std::str::from_utf8(bytes).map_err(|error| {
        let offset = error.valid_up_to();
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let line = before.matches('\n').count() + 1;
        let line_before = &before[line_start..];
        let excerpt = format!(
            "{}\\x{:02X}",
            escape_for_display(last_characters(line_before, EXCERPT_CHARACTERS).trim_start()),
            bytes[offset]
        );
        let problem = Problem {
            location: Location::Text { line, column: line_before.chars().count() + 1, excerpt },
            message: fill(strings.invalid_utf8, &[("offset", &offset.to_string())]),
        };
        Report::single(ProblemKind::InvalidUtf8, problem)
    })
}

/// "UTF-16" or "UTF-32" when the bytes are text in a wide encoding: a byte-order mark, or the NUL
/// bytes an ASCII character leaves in them.
fn wide_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32"),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => Some("UTF-16"),
        [0, 0, 0, first, ..] | [first, 0, 0, 0, ..] if first.is_ascii_graphic() => Some("UTF-32"),
        [0, first, ..] | [first, 0, ..]
            if first.is_ascii_graphic() || first.is_ascii_whitespace() =>
        {
            Some("UTF-16")
        }
        _ => None,
    }
}

/// What a non-text file most likely is, from its first bytes; `None` for anything that may be text.
fn binary_kind(bytes: &[u8], strings: &ValidationStrings) -> Option<&'static str> {
    let signatures: [(&[u8], &'static str); 7] = [
        (b"\x89PNG", strings.kind_png),
        (b"\xFF\xD8\xFF", strings.kind_jpeg),
        (b"GIF8", strings.kind_gif),
        (b"%PDF", strings.kind_pdf),
        (b"PK\x03\x04", strings.kind_zip),
        (b"\x1F\x8B", strings.kind_gzip),
        (b"\xD0\xCF\x11\xE0", strings.kind_zip),
    ];
    if let Some((_, kind)) = signatures.iter().find(|(signature, _)| bytes.starts_with(signature)) {
        return Some(kind);
    }
    // JSON text never holds a NUL byte, and text files almost never do.
    let start = &bytes[..bytes.len().min(8192)];
    memchr(0, start).map(|_| strings.kind_binary)
}

/// A syntax error as a problem at its line and column, with the text around it.
pub(super) fn syntax_problem(
    text: &str,
    error: &serde_json::Error,
    strings: &ValidationStrings,
) -> Problem {
    let message = plain_syntax_message(&error.to_string(), strings);
    // serde_json reports line 0 when the input ended before any value started.
    if error.line() == 0 {
        return Problem { location: Location::Path(String::new()), message };
    }
    let line_start = if error.line() == 1 {
        0
    } else {
        memchr_iter(b'\n', text.as_bytes()).nth(error.line() - 2).map_or(text.len(), |at| at + 1)
    };
    // serde_json counts the column in bytes and points one past the offending byte.
    let position = floor_char_boundary(text, line_start + error.column().saturating_sub(1));
    let (column, excerpt) = column_and_excerpt(text, line_start, position, 0);
    Problem { location: Location::Text { line: error.line(), column, excerpt }, message }
}

fn plain_syntax_message(message: &str, strings: &ValidationStrings) -> String {
    let message = match message.rfind(" at line ") {
        Some(index) => &message[..index],
        None => message,
    };
    let template = match message {
        _ if message.starts_with("EOF while parsing") => strings.syntax_end_of_file,
        "expected value" | "expected ident" => strings.syntax_expected_value,
        "trailing comma" => strings.syntax_trailing_comma,
        "key must be a string" => strings.syntax_key_not_string,
        "expected `:`" => strings.syntax_expected_colon,
        "expected `,` or `}`" => strings.syntax_expected_comma_or_brace,
        "expected `,` or `]`" => strings.syntax_expected_comma_or_bracket,
        "trailing characters" => strings.syntax_trailing_characters,
        _ if message.starts_with("control character") => strings.syntax_control_character,
        _ if message.contains("escape")
            || message.contains("surrogate")
            || message.contains("code point") =>
        {
            strings.syntax_invalid_escape
        }
        "invalid number" | "number out of range" => strings.syntax_invalid_number,
        "recursion limit exceeded" => strings.syntax_too_deep,
        _ => strings.syntax_other,
    };
    fill(template, &[("message", message)])
}

/// The 1-based character column of byte `position` on the line starting at `line_start`, and
/// the text around it. `counted` is a known (position, column) on the same line to count from.
fn column_and_excerpt(
    text: &str,
    line_start: usize,
    position: usize,
    counted_column: usize,
) -> (usize, String) {
    let line_end =
        memchr(b'\n', &text.as_bytes()[position..]).map_or(text.len(), |at| position + at);
    let before = &text[line_start..position];
    let column = if counted_column > 0 { counted_column } else { before.chars().count() + 1 };
    let after: String = text[position..line_end].chars().take(EXCERPT_CHARACTERS).collect();
    let excerpt = format!("{}{}", last_characters(before, EXCERPT_CHARACTERS), after);
    (column, escape_for_display(excerpt.trim()))
}

/// The last `count` characters of `text`.
fn last_characters(text: &str, count: usize) -> &str {
    match text.char_indices().rev().nth(count.saturating_sub(1)) {
        Some((start, _)) if count > 0 => &text[start..],
        _ if count == 0 => "",
        _ => text,
    }
}

fn floor_char_boundary(text: &str, position: usize) -> usize {
    let mut position = position.min(text.len());
    while !text.is_char_boundary(position) {
        position -= 1;
    }
    position
}

/// Where the scan is: inside an object (its keys so far, the key whose value comes next) or a list.
enum Frame<'t> {
    Object { keys: HashMap<Cow<'t, str>, usize>, key: Option<Cow<'t, str>>, expects_key: bool },
    List { index: usize },
}

/// Counts characters along the current line only as far as the problems found need, so that
/// columns on a 20 MB one-line file cost one pass in all, not one pass per problem.
struct ColumnCounter {
    line: usize,
    line_start: usize,
    counted_to: usize,
    column: usize,
}

impl ColumnCounter {
    fn column_at(&mut self, text: &str, position: usize) -> usize {
        if self.counted_to < self.line_start || self.counted_to > position {
            self.counted_to = self.line_start;
            self.column = 1;
        }
        self.column += text[self.counted_to..position].chars().count();
        self.counted_to = position;
        self.column
    }
}

/// Reports every key given twice in one object (with both lines) and every control character in
/// a string, in one pass over text that serde_json has already accepted as JSON.
pub(super) fn check_keys_and_strings(
    text: &str,
    strings: &ValidationStrings,
    collector: &mut Collector,
) {
    let bytes = text.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut columns = ColumnCounter { line: 1, line_start: 0, counted_to: 0, column: 1 };
    let mut position = 0;
    while position < bytes.len() {
        match bytes[position] {
            b'\n' => {
                columns.line += 1;
                columns.line_start = position + 1;
            }
            b'{' => {
                frames.push(Frame::Object { keys: HashMap::new(), key: None, expects_key: true })
            }
            b'[' => frames.push(Frame::List { index: 0 }),
            b'}' | b']' => {
                frames.pop();
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
                    check_key(text, position, raw, &mut frames, &mut columns, strings, collector);
                } else {
                    let layout_allowed = is_source_text(&frames);
                    if let Some(character) = control_character(raw, layout_allowed) {
                        collector.add(ProblemKind::ControlCharacter, || Problem {
                            location: Location::Path(path_of(&frames, frames.len())),
                            message: fill(
                                strings.control_character,
                                &[("character", &character.escape_unicode().to_string())],
                            ),
                        });
                    }
                }
                position = end;
            }
            _ => {}
        }
        position += 1;
    }
}

fn check_key<'t>(
    text: &'t str,
    position: usize,
    raw: &'t str,
    frames: &mut [Frame<'t>],
    columns: &mut ColumnCounter,
    strings: &ValidationStrings,
    collector: &mut Collector,
) {
    let key: Cow<'t, str> = if raw.contains('\\') {
        // The key holds escapes; two spellings of one key (`"a"`, `"\u0061"`) are the same key.
        let quoted = &text[position..position + raw.len() + 2];
        serde_json::from_str::<String>(quoted).map_or(Cow::Borrowed(raw), Cow::Owned)
    } else {
        Cow::Borrowed(raw)
    };
    let depth = frames.len();
    if let Some(character) = control_character(raw, false) {
        collector.add(ProblemKind::ControlCharacter, || Problem {
            location: Location::Path(path_of(frames, depth - 1)),
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
        Some(Frame::Object { keys, .. }) => keys.get(&key).copied(),
        _ => None,
    };
    if let Some(first_line) = first_line {
        let column = columns.column_at(text, position);
        collector.add(ProblemKind::DuplicateKey, || {
            let (column, excerpt) = column_and_excerpt(text, columns.line_start, position, column);
            let object_path = path_of(frames, depth - 1);
            let object = if object_path.is_empty() {
                strings.top_level_object.to_string()
            } else {
                format!("`{}`", escape_for_display(&object_path))
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
    if let Some(Frame::Object { keys, key: current, .. }) = frames.last_mut() {
        keys.entry(key.clone()).or_insert(columns.line);
        *current = Some(key);
    }
}

/// The index of the closing quote of a string whose content starts at `from`.
fn string_end(bytes: &[u8], from: usize) -> usize {
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

/// The first control character a raw JSON string's content stands for, if any. Raw control
/// characters below U+0020 are already syntax errors, so this looks at escapes, DEL and the C1
/// controls U+0080 to U+009F. Line breaks and tabs pass when `layout_allowed`.
fn control_character(raw: &str, layout_allowed: bool) -> Option<char> {
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
                        .filter(|character| character.is_control()),
                    _ => None,
                }
            }
            _ => None,
        };
        match found {
            Some('\n' | '\t' | '\r') if layout_allowed => {}
            Some(character) => return Some(character),
            None => {}
        }
    }
    None
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
