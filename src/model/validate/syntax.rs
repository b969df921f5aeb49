//! The first pass: bytes to text, and JSON syntax at a line and character column.
//!
//! Before any JSON is read, the bytes are checked for what people actually open by mistake: an
//! empty file, a UTF-16 file from a Windows editor, an image or a spreadsheet, Latin-1 text.

use memchr::{memchr, memchr_iter};

use super::report::{escape_for_display, Location, Problem, ProblemKind, Report};
use super::MAX_DATASET_BYTES;
use crate::model::format::format_megabytes;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;

/// The byte-order mark Windows editors often start a UTF-8 file with; it carries no content.
pub const UTF8_BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// How many characters an excerpt shows on each side of the point it is about.
const EXCERPT_CHARACTERS: usize = 20;

/// The file as text, or the one whole-file problem that stops it being read as JSON.
pub(super) fn decode<'b>(bytes: &'b [u8], strings: &ValidationStrings) -> Result<&'b str, Report> {
    let whole_file = |kind, message: String| {
        Report::single(kind, Problem { location: Location::Path(String::new().into()), message })
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
pub fn wide_encoding(bytes: &[u8]) -> Option<&'static str> {
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
    // A web page where a dataset was asked for: a host's own page for a file it does not have.
    let text = bytes.trim_ascii_start();
    let starts_with =
        |tag: &[u8]| text.get(..tag.len()).is_some_and(|start| start.eq_ignore_ascii_case(tag));
    if starts_with(b"<!doctype html") || starts_with(b"<html") {
        return Some(strings.kind_web_page);
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
    let mut message = plain_syntax_message(&error.to_string(), strings);
    // serde_json reports line 0 when the input ended before any value started.
    if error.line() == 0 {
        return Problem { location: Location::Path(String::new().into()), message };
    }
    let line_start = if error.line() == 1 {
        0
    } else {
        memchr_iter(b'\n', text.as_bytes()).nth(error.line() - 2).map_or(text.len(), |at| at + 1)
    };
    // serde_json counts the column in bytes and points one past the offending byte.
    let mut position = text.floor_char_boundary(line_start + error.column().saturating_sub(1));
    // serde_json calls half of a character above U+FFFF without its other half an escape
    // mistake, and points past what it read looking for the other half; the escape itself is
    // valid, and is where the mistake is.
    let error_text = error.to_string();
    if error_text.contains("surrogate") || error_text.contains("end of hex escape") {
        if let Some(start) = lone_surrogate_before(&text[line_start..], position - line_start) {
            position = line_start + start;
            let escape = &text[position..position + LONE_SURROGATE_LENGTH];
            message = fill(strings.syntax_lone_surrogate, &[("escape", &strings.quote(escape))]);
        }
    }
    let column = text[line_start..position].chars().count() + 1;
    let excerpt = excerpt_at(text, line_start, position);
    // The character the parser stopped at, which the author looks for at the line and column
    // (a page's problem list shows no cursor there). A file that ends too soon has none: the
    // column is then past its last character.
    if let Some(found) = text[position..].chars().next().filter(|_| !error.is_eof()) {
        let found = strings.quote(&escape_for_display(&found.to_string()));
        message = fill(strings.syntax_found, &[("message", &message), ("found", &found)]);
    }
    Problem { location: Location::Text { line: error.line(), column, excerpt }, message }
}

/// The length of a surrogate's escape, `\ud800`.
const LONE_SURROGATE_LENGTH: usize = 6;

/// Where the last lone escape of a UTF-16 surrogate that starts in `text` before byte `before`
/// starts: a high one (`\ud800` to `\udbff`) not followed by a low one (`\udc00` to
/// `\udfff`), or a low one not after a high one.
fn lone_surrogate_before(text: &str, before: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let unit_at = |at: usize| -> Option<u16> {
        let escape = bytes.get(at..at + LONE_SURROGATE_LENGTH)?;
        let backslashes_before = bytes[..at].iter().rev().take_while(|&&byte| byte == b'\\');
        if !escape.starts_with(b"\\u") || backslashes_before.count() % 2 == 1 {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&escape[2..]).ok()?, 16).ok()
    };
    let high = |at: usize| unit_at(at).is_some_and(|unit| (0xD800..=0xDBFF).contains(&unit));
    let low = |at: usize| unit_at(at).is_some_and(|unit| (0xDC00..=0xDFFF).contains(&unit));
    (0..before.min(bytes.len())).rev().find(|&at| {
        (high(at) && !low(at + LONE_SURROGATE_LENGTH))
            || (low(at) && !at.checked_sub(LONE_SURROGATE_LENGTH).is_some_and(high))
    })
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
        // "invalid escape", "lone leading surrogate in hex escape", "unexpected end of hex
        // escape": serde_json names every escape mistake so. (Its "invalid unicode code point"
        // is about bytes that are not UTF-8, which `decode` has already reported.)
        _ if message.contains("escape") => strings.syntax_invalid_escape,
        "invalid number" | "number out of range" => strings.syntax_invalid_number,
        "recursion limit exceeded" => strings.syntax_too_deep,
        _ => strings.syntax_other,
    };
    fill(template, &[("message", message)])
}

/// The text around byte `position` on the line starting at `line_start`, for a problem's
/// location.
pub(super) fn excerpt_at(text: &str, line_start: usize, position: usize) -> String {
    let line_end =
        memchr(b'\n', &text.as_bytes()[position..]).map_or(text.len(), |at| position + at);
    let before = &text[line_start..position];
    let after: String = text[position..line_end].chars().take(EXCERPT_CHARACTERS).collect();
    let excerpt = format!("{}{}", last_characters(before, EXCERPT_CHARACTERS), after);
    escape_for_display(excerpt.trim())
}

/// The last `count` characters of `text`; `count` is at least one.
fn last_characters(text: &str, count: usize) -> &str {
    text.char_indices().rev().nth(count - 1).map_or(text, |(start, _)| &text[start..])
}
