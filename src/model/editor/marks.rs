//! What the editor's source pane marks in the text, and the offsets a browser's text field
//! counts in.
//!
//! The pane is a read-only text field (so that a selection can be made with the mouse or the
//! keyboard, in any script) over a copy of the text in which the marks are drawn. A text field
//! counts its selection in UTF-16 code units, the model counts characters (suggestions) or bytes
//! (Rust strings); the conversions live here, tested natively.

use std::ops::Range;

use crate::model::dataset::{Briefing, Project};
use crate::model::text::ranges_found_normalised;

/// Why a stretch of the source is marked; a later kind in this order wins where marks overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkKind {
    /// A suggestion not yet accepted or dismissed.
    Suggested,
    /// A quote some record of the draft already holds.
    Quoted,
    /// The quote of the record being edited, or the suggestion in focus.
    Current,
}

/// One stretch of the source text, by byte range, and its mark if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    pub mark: Option<MarkKind>,
}

/// The text cut into stretches that are marked or not, in order, covering all of it. `marks`
/// are byte ranges in `text` in any order; where two overlap, the stronger kind is drawn.
pub fn source_segments(text: &str, marks: &[(Range<usize>, MarkKind)]) -> Vec<Segment> {
    // The strongest mark at each boundary: walk the boundaries once, keeping what covers them.
    let mut boundaries: Vec<usize> = marks
        .iter()
        .filter(|(range, _)| !range.is_empty() && range.end <= text.len())
        .flat_map(|(range, _)| [range.start, range.end])
        .chain([0, text.len()])
        .collect();
    boundaries.sort_unstable();
    boundaries.dedup();
    let mut segments: Vec<Segment> = Vec::new();
    for window in boundaries.windows(2) {
        let range = window[0]..window[1];
        let mark = marks
            .iter()
            .filter(|(marked, _)| marked.start <= range.start && range.end <= marked.end)
            .map(|(_, kind)| *kind)
            .max();
        match segments.last_mut() {
            Some(last) if last.mark == mark => last.range.end = range.end,
            _ => segments.push(Segment { range, mark }),
        }
    }
    segments
}

/// Where each quote of `briefing`'s records first occurs in its source text, as byte ranges;
/// quotes that do not occur (the validator lists those) are left out.
pub fn quoted_ranges(briefing: &Briefing) -> Vec<Range<usize>> {
    let quotes: Vec<&str> = briefing
        .quotes
        .iter()
        .map(String::as_str)
        .chain(briefing.projects.iter().flat_map(Project::every_quote))
        .chain(
            briefing.directives.iter().flat_map(|directive| &directive.quotes).map(String::as_str),
        )
        .chain(briefing.glossary.iter().map(|entry| entry.term.as_str()))
        .collect();
    ranges_found_normalised(&briefing.source.text, &quotes)
}

/// The byte offset of the character that `utf16` UTF-16 code units into `text` begin (the end
/// of the text when past it), as a browser's `selectionStart` counts.
pub fn byte_at_utf16(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (byte, character) in text.char_indices() {
        if units >= utf16 {
            return byte;
        }
        units += character.len_utf16();
    }
    text.len()
}

/// The UTF-16 offset of byte `byte` of `text` (rounded down to its character), for setting a
/// text field's selection.
pub fn utf16_at_byte(text: &str, byte: usize) -> usize {
    text.char_indices()
        .take_while(|(offset, _)| *offset < byte)
        .map(|(_, character)| character.len_utf16())
        .sum()
}

/// The byte range of characters `start..end` of `text` (as suggestions count them).
pub fn bytes_of_chars(text: &str, start: usize, end: usize) -> Range<usize> {
    let mut indices = text.char_indices().map(|(byte, _)| byte).chain([text.len()]);
    let from = indices.nth(start).unwrap_or(text.len());
    let to = if end > start { indices.nth(end - start - 1).unwrap_or(text.len()) } else { from };
    from..to
}
