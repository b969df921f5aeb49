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

/// Why a stretch of the source is marked; a later kind in this order is drawn over an earlier
/// one where marks overlap, and a suggestion under a stronger mark is drawn inside it
/// ([`Segment::suggested_inside`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkKind {
    /// A suggestion not yet accepted or dismissed.
    Suggested,
    /// A quote some record of the draft already holds.
    Quoted,
    /// The quote of the record being edited, or the suggestion in focus.
    Current,
}

/// One stretch of the source text, by byte range, and its marks if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub range: Range<usize>,
    /// The strongest mark covering the stretch, drawn over all of it.
    pub mark: Option<MarkKind>,
    /// Whether a suggestion also covers the stretch under that stronger mark (the record in
    /// hand, or a quote): it is drawn inside it. The record in hand is often the whole first
    /// sentence (the header's quote) or a one-paragraph text whole, and drawn over its
    /// suggestions it hid every one of them.
    pub suggested_inside: bool,
}

/// The text cut into stretches that are marked or not, in order, covering all of it. `marks`
/// are byte ranges in `text` in any order; where two overlap, the stronger kind is drawn, with a
/// suggestion under it drawn inside ([`Segment::suggested_inside`]).
pub fn source_segments(text: &str, marks: &[(Range<usize>, MarkKind)]) -> Vec<Segment> {
    // One sweep over where marks begin and end, counting the marks of each kind that cover the
    // stretch ahead: a thousand suggestions over a long text stay a sort, not a product.
    let mut edges: Vec<(usize, MarkKind, bool)> = marks
        .iter()
        .filter(|(range, _)| !range.is_empty() && range.end <= text.len())
        .flat_map(|(range, kind)| [(range.start, *kind, true), (range.end, *kind, false)])
        .collect();
    edges.sort_unstable_by_key(|&(at, _, _)| at);
    let mut covering = [0usize; MARK_KINDS];
    let mut segments: Vec<Segment> = Vec::new();
    let mut start = 0;
    let mut edges = edges.into_iter().peekable();
    while start < text.len() {
        while let Some((_, kind, opens)) = edges.next_if(|&(at, _, _)| at <= start) {
            let count = &mut covering[kind as usize];
            *count = if opens { *count + 1 } else { count.saturating_sub(1) };
        }
        let end = edges.peek().map_or(text.len(), |&(at, _, _)| at);
        let mark = KINDS_STRONGEST_FIRST.into_iter().find(|&kind| covering[kind as usize] > 0);
        let suggested_inside =
            covering[MarkKind::Suggested as usize] > 0 && mark != Some(MarkKind::Suggested);
        match segments.last_mut() {
            Some(last) if (last.mark, last.suggested_inside) == (mark, suggested_inside) => {
                last.range.end = end
            }
            _ => segments.push(Segment { range: start..end, mark, suggested_inside }),
        }
        start = end;
    }
    segments
}

/// How many kinds of mark there are: the counts of a sweep are indexed by the kind.
const MARK_KINDS: usize = 3;
const KINDS_STRONGEST_FIRST: [MarkKind; MARK_KINDS] =
    [MarkKind::Current, MarkKind::Quoted, MarkKind::Suggested];

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
/// of the text when past it), as a text field's `selectionStart` counts them in its value.
///
/// A text field's value holds each line break as one LF: a CRLF is one unit there, and a lone
/// CR is an LF. A text opened from a Windows file keeps its CRLFs in the draft, so counting its
/// CRs put every selection one character earlier for each line before it.
pub fn byte_at_utf16(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (byte, field_units) in field_units(text) {
        if units >= utf16 {
            return byte;
        }
        units += field_units;
    }
    text.len()
}

/// The UTF-16 offset, in a text field's value, of byte `byte` of `text` (rounded down to its
/// character), for setting the field's selection; see [`byte_at_utf16`].
pub fn utf16_at_byte(text: &str, byte: usize) -> usize {
    field_units(text)
        .take_while(|(offset, _)| *offset < byte)
        .map(|(_, field_units)| field_units)
        .sum()
}

/// The byte offset of each character of `text` and the UTF-16 units it takes in a text field's
/// value: none for the CR of a CRLF, which the field holds as the LF alone.
fn field_units(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut characters = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (byte, character) = characters.next()?;
        let crlf = character == '\r' && characters.peek().is_some_and(|&(_, next)| next == '\n');
        Some((byte, if crlf { 0 } else { character.len_utf16() }))
    })
}

/// The byte range of characters `start..end` of `text` (as suggestions count them): one
/// walk of the text, for a single lookup (many go through a [`CharIndex`]).
pub fn bytes_of_chars(text: &str, start: usize, end: usize) -> Range<usize> {
    let mut indices = text.char_indices().map(|(byte, _)| byte).chain([text.len()]);
    let from = indices.nth(start).unwrap_or(text.len());
    let to = if end > start { indices.nth(end - start - 1).unwrap_or(text.len()) } else { from };
    from..to
}

/// Where the characters of one text begin, for turning many character offsets (as suggestions
/// count them) into byte ranges: the byte at which every [`CHAR_STEP`]th character begins is
/// kept, so that a lookup walks fewer than that many characters. Walking from the text's start
/// for each suggestion made the editor quadratic: a 256 KB text's thousand suggestions took a
/// second at every render, a keystroke in the source included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CharIndex {
    steps: Vec<usize>,
    len: usize,
}

/// Characters between two kept byte offsets of a [`CharIndex`].
const CHAR_STEP: usize = 64;

impl CharIndex {
    pub fn of(text: &str) -> Self {
        let steps = text.char_indices().step_by(CHAR_STEP).map(|(byte, _)| byte).collect();
        CharIndex { steps, len: text.len() }
    }

    /// The byte range of characters `start..end` of `text`, the text this index was made of
    /// (the text's end for offsets past it; an empty range where `start` is when `end` is not
    /// after it).
    pub fn range(&self, text: &str, start: usize, end: usize) -> Range<usize> {
        debug_assert_eq!(text.len(), self.len);
        let from = self.byte(text, start);
        from..if end > start { self.byte(text, end) } else { from }
    }

    fn byte(&self, text: &str, character: usize) -> usize {
        let Some(&step) = self.steps.get(character / CHAR_STEP) else { return text.len() };
        text[step..]
            .char_indices()
            .nth(character % CHAR_STEP)
            .map_or(text.len(), |(byte, _)| step + byte)
    }
}
