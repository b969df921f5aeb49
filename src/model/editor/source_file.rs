//! A briefing's text as an author brings it: pasted, or a `.txt` file read as bytes.

use crate::model::text::is_blank;
use crate::model::validate::{is_direction_control, wide_encoding, UTF8_BYTE_ORDER_MARK};

/// Why bytes are not a briefing's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceTextError {
    /// Nothing but white space.
    Empty,
    /// Not UTF-8: the first byte that is not, counted from 0.
    NotUtf8 { byte: usize },
    /// Text in a wide encoding, "UTF-16" or "UTF-32" (what some Windows editors save), named
    /// as such, as the explorer names a dataset saved so, rather than only "not UTF-8".
    WideEncoding { encoding: &'static str },
    /// A control character (other than line breaks and tabs), as images, archives and other
    /// binary files hold: the character's offset, counted from 0.
    Binary { character: usize },
    /// An invisible character that turns the text after it around ([`is_direction_control`]),
    /// which a dataset may not hold: its offset, counted from 0, and the character. Refused
    /// here, where the author can take it out of the text, rather than reported in every
    /// check of the draft afterwards.
    DirectionControl { character: usize, code_point: char },
    /// Longer than [`MAX_SOURCE_TEXT_BYTES`]: its length in bytes.
    TooLong { bytes: usize },
}

/// The longest text the editor takes as a briefing's source: about 250 pages. A news item is a
/// few kilobytes; at this size the suggestions and the marked source already take about two
/// seconds to appear on this project's test machine, and a text of some megabytes held the page
/// for minutes.
pub const MAX_SOURCE_TEXT_BYTES: usize = 512 * 1024;

/// The text of a `.txt` file, refusing what is not text: UTF-8 (a leading byte-order mark is
/// dropped), with no control characters other than line breaks and tabs, no characters that turn
/// the text around, and not empty.
pub fn read_source_text(bytes: &[u8]) -> Result<String, SourceTextError> {
    too_long(bytes.len())?;
    if let Some(encoding) = wide_encoding(bytes) {
        return Err(SourceTextError::WideEncoding { encoding });
    }
    let mark = if bytes.starts_with(UTF8_BYTE_ORDER_MARK) { UTF8_BYTE_ORDER_MARK.len() } else { 0 };
    // The byte named is the file's, counting the mark, as the author's editor counts them.
    let text = std::str::from_utf8(&bytes[mark..])
        .map_err(|error| SourceTextError::NotUtf8 { byte: mark + error.valid_up_to() })?;
    check_source_text(text)?;
    Ok(with_line_feeds(text))
}

/// `text` with each line break a line feed, as the editor reads lines and paragraphs: a carriage
/// return alone (old Mac and some exports) and the Unicode line and paragraph separators (U+2028,
/// U+2029, which word processors and some web pages write) become `\n`; a CRLF pair stays, as it
/// was read before. Without this, such a text was one line: the whole of it taken as the title.
pub fn with_line_feeds(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '\r' if characters.peek() != Some(&'\n') => plain.push('\n'),
            '\u{2028}' | '\u{2029}' => plain.push('\n'),
            other => plain.push(other),
        }
    }
    plain
}

/// Whether pasted or read text can be a briefing's source (see [`read_source_text`]).
pub fn check_source_text(text: &str) -> Result<(), SourceTextError> {
    too_long(text.len())?;
    let refused = text.chars().enumerate().find(|&(_, character)| {
        character.is_control() && !matches!(character, '\n' | '\r' | '\t')
            || is_direction_control(character)
    });
    match refused {
        Some((character, code_point)) if is_direction_control(code_point) => {
            return Err(SourceTextError::DirectionControl { character, code_point });
        }
        Some((character, _)) => return Err(SourceTextError::Binary { character }),
        None => {}
    }
    if is_blank(text) {
        return Err(SourceTextError::Empty);
    }
    Ok(())
}

fn too_long(bytes: usize) -> Result<(), SourceTextError> {
    if bytes > MAX_SOURCE_TEXT_BYTES {
        return Err(SourceTextError::TooLong { bytes });
    }
    Ok(())
}
