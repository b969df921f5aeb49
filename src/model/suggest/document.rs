//! A text cut into paragraphs (lines) and sentences (Unicode sentence boundaries), with the
//! byte-to-character offset map the suggestions need. The rules work in byte offsets, since that
//! is what `regex` reports; [`Document::char_offset`] converts at the end.

use std::ops::Range;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

use crate::model::text::pieces_of_at_most;

pub struct Document<'text> {
    pub text: &'text str,
    /// The byte offset of every character, in order.
    char_starts: Vec<usize>,
    pub sentences: Vec<Sentence>,
    /// Where each comma, semicolon or colon (the clause breaks) starts and ends, in order: a
    /// figure's clause is found by a search among them, not by reading its sentence again.
    clause_breaks: Vec<Range<usize>>,
}

/// The longest stretch the rules read as one sentence, in bytes. The longest sentence of the
/// labelled texts and the bundled briefing is about 500 bytes; a line with no full stop (a
/// pasted table, a list of figures) is cut into pieces of at most this, at a space or a comma
/// where one is near its end. Each rule reads around a figure or a name within its sentence,
/// so one sentence of 512 KB made that reading grow with the square of the text: minutes.
pub const MAX_SENTENCE_BYTES: usize = 2048;

const CLAUSE_BREAKS: [char; 6] = [',', ';', ':', '，', '；', '：'];

/// A sentence's byte range (trimmed of surrounding whitespace) and its paragraph's number.
pub struct Sentence {
    pub range: Range<usize>,
    pub paragraph: usize,
}

impl<'text> Document<'text> {
    pub fn new(text: &'text str) -> Document<'text> {
        let char_starts = text.char_indices().map(|(offset, _)| offset).collect();
        let mut sentences = Vec::new();
        let mut paragraph = 0;
        let mut line_start = 0;
        // Each line is a paragraph: briefings put one paragraph on a line, and a title on its own.
        for line in text.split_inclusive('\n') {
            let mut any = false;
            for (offset, sentence) in line.split_sentence_bound_indices() {
                let trimmed_start = sentence.len() - sentence.trim_start().len();
                let trimmed = sentence.trim();
                if trimmed.is_empty() {
                    continue;
                }
                let start = line_start + offset + trimmed_start;
                for piece in sentence_pieces(text, start..start + trimmed.len()) {
                    sentences.push(Sentence { range: piece, paragraph });
                }
                any = true;
            }
            if any {
                paragraph += 1;
            }
            line_start += line.len();
        }
        // A comma between digits groups a number's thousands ("500,000 sets"): it ends no clause,
        // so that "which will produce 500,000 sets a year at full capacity" is one clause.
        let groups_digits = |start: usize| {
            let bytes = text.as_bytes();
            text[start..].starts_with(',')
                && start > 0
                && bytes[start - 1].is_ascii_digit()
                && bytes.get(start + 1).is_some_and(u8::is_ascii_digit)
        };
        let clause_breaks = text
            .match_indices(CLAUSE_BREAKS)
            .filter(|(start, _)| !groups_digits(*start))
            .map(|(start, found)| start..start + found.len())
            .collect();
        Document { text, char_starts, sentences, clause_breaks }
    }

    /// The character offset of a byte offset on a character boundary (or of the text's end).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.char_starts.partition_point(|&start| start < byte)
    }

    /// The byte offset of a character offset (the text's length past the last character).
    pub fn byte_offset(&self, character: usize) -> usize {
        self.char_starts.get(character).copied().unwrap_or(self.text.len())
    }

    /// The index of the sentence holding this byte, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<usize> {
        let index = self.sentences.partition_point(|sentence| sentence.range.end <= byte);
        self.sentences.get(index).filter(|sentence| sentence.range.start <= byte).map(|_| index)
    }

    pub fn sentence_text(&self, index: usize) -> &'text str {
        &self.text[self.sentences[index].range.clone()]
    }

    /// Where the clause holding `byte` starts: just after the last comma, semicolon or colon
    /// before it in its sentence, or the sentence's start.
    pub fn clause_start(&self, byte: usize) -> usize {
        let Some(index) = self.sentence_at(byte) else {
            return byte;
        };
        let sentence_start = self.sentences[index].range.start;
        let before = self.clause_breaks.partition_point(|clause_break| clause_break.end <= byte);
        before
            .checked_sub(1)
            .map(|last| &self.clause_breaks[last])
            .filter(|clause_break| clause_break.start >= sentence_start)
            .map_or(sentence_start, |clause_break| clause_break.end)
    }

    /// Where the clause holding `byte` ends: at the next comma, semicolon or colon in its
    /// sentence, or the sentence's end.
    pub fn clause_end(&self, byte: usize) -> usize {
        let Some(index) = self.sentence_at(byte) else {
            return byte;
        };
        let sentence_end = self.sentences[index].range.end;
        let next = self.clause_breaks.partition_point(|clause_break| clause_break.start < byte);
        self.clause_breaks
            .get(next)
            .filter(|clause_break| clause_break.end <= sentence_end)
            .map_or(sentence_end, |clause_break| clause_break.start)
    }

    /// The text of the sentence holding `byte` up to `byte`.
    pub fn sentence_before(&self, byte: usize) -> &'text str {
        match self.sentence_at(byte) {
            Some(index) => &self.text[self.sentences[index].range.start..byte],
            None => "",
        }
    }

    /// The text of the sentence holding `byte` from `byte` on.
    pub fn sentence_after(&self, byte: usize) -> &'text str {
        match self.sentence_at(byte) {
            Some(index) => &self.text[byte..self.sentences[index].range.end],
            None => "",
        }
    }

    /// Whether the sentence holding `byte` is a question.
    pub fn in_question(&self, byte: usize) -> bool {
        self.sentence_at(byte).is_some_and(|index| {
            let sentence = self.sentence_text(index).trim_end_matches(['"', '”', '’', '\'', ')']);
            sentence.ends_with('?') || sentence.ends_with('？')
        })
    }
}

/// The sentence `range` of `text` in pieces of at most [`MAX_SENTENCE_BYTES`], each cut after
/// the last space or clause break in its final quarter where there is one, else at a
/// character's edge, and without the white space around the cut; a sentence that short is one
/// piece.
fn sentence_pieces(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let pieces = pieces_of_at_most(text, range, MAX_SENTENCE_BYTES, |piece| {
        let mut window_start = MAX_SENTENCE_BYTES * 3 / 4;
        while !piece.is_char_boundary(window_start) {
            window_start += 1;
        }
        let (offset, character) =
            piece[window_start..].char_indices().rev().find(|(_, character)| {
                character.is_whitespace() || CLAUSE_BREAKS.contains(character)
            })?;
        Some(window_start + offset + character.len_utf8())
    });
    pieces
        .into_iter()
        .map(|piece| {
            let words = &text[piece.clone()];
            let start = piece.start + (words.len() - words.trim_start().len());
            start..start + words.trim().len()
        })
        .collect()
}

/// The last `count` words of `text[start..end]` (runs of characters that are not white space,
/// as `\S+` finds them), in order, as byte ranges of `text`. Read backwards from `end`, so
/// that a rule looking a few words before a figure or a name reads only those, however long
/// its sentence.
pub(crate) fn last_words(text: &str, start: usize, end: usize, count: usize) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut word_end = None;
    for (offset, character) in text[start..end].char_indices().rev() {
        if words.len() == count {
            break;
        }
        let at = start + offset;
        match (character.is_whitespace(), word_end) {
            (true, Some(after)) => {
                words.push(at + character.len_utf8()..after);
                word_end = None;
            }
            (false, None) => word_end = Some(at + character.len_utf8()),
            _ => {}
        }
    }
    if let (Some(after), true) = (word_end, words.len() < count) {
        words.push(start..after);
    }
    words.reverse();
    words
}

/// Whether `range` shares a byte with any of `spans`, which are in order and do not overlap
/// (as one pattern's matches are): a search, not a walk, since every figure asks it of every
/// date.
pub(crate) fn in_any(spans: &[Range<usize>], range: &Range<usize>) -> bool {
    let next = spans.partition_point(|span| span.end <= range.start);
    spans.get(next).is_some_and(|span| span.start < range.end)
}

/// A regular-expression alternation of `words`, escaped, longest first, so that at one position
/// the longest word wins (`Vice Mayor` before `Mayor`).
pub(crate) fn any_of(words: &[&str]) -> String {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|word| std::cmp::Reverse(word.chars().count()));
    sorted.iter().map(|word| regex::escape(word)).collect::<Vec<_>>().join("|")
}

/// A regex for any of `words` as whole words, ignoring case.
pub(crate) fn whole_words(words: &[&str]) -> Regex {
    Regex::new(&format!(r"(?i)\b(?:{})\b", any_of(words))).expect("word lists make valid patterns")
}

/// A regex for any of `words` anywhere (for Chinese, which has no spaces between words).
pub(crate) fn anywhere(words: &[&str]) -> Regex {
    Regex::new(&format!("(?:{})", any_of(words))).expect("word lists make valid patterns")
}

/// A regex for any of `before` right before any of `words`, which it captures as `group`: a
/// word for a head after a company's or a department's name (`公司负责人`, `发改委主任`).
pub(crate) fn any_after(before: &[&str], group: &str, words: &[&str]) -> Regex {
    Regex::new(&format!("(?:{})(?P<{group}>{})", any_of(before), any_of(words)))
        .expect("word lists make valid patterns")
}

/// Where `word` starts when `text` ends with it, ignoring ASCII case, as a word of its own: the
/// character before it, if any, is not one of a word (`in_word`). Each rule says what makes a
/// word: any letter for an English phrase ("over", not "moreover"), only ASCII letters and
/// digits where a Chinese one may follow Han characters (`已完成`).
pub(crate) fn ending_word(text: &str, word: &str, in_word: fn(char) -> bool) -> Option<usize> {
    // The last bytes first: most texts asked about end with another letter, and are answered
    // without slicing them.
    let last = text.as_bytes().last()?;
    if !word.as_bytes().last().is_some_and(|word_last| word_last.eq_ignore_ascii_case(last)) {
        return None;
    }
    let start = text.len().checked_sub(word.len())?;
    // Sliced with `get`: `start` may fall inside a character of a Chinese text.
    let (rest, end) = (text.get(..start)?, text.get(start..)?);
    let own_word = rest.chars().next_back().is_none_or(|character| !in_word(character));
    (own_word && end.eq_ignore_ascii_case(word)).then_some(start)
}

/// The last `bytes` bytes of `text`, or a little more, to start on a character boundary.
pub fn tail(text: &str, bytes: usize) -> &str {
    let mut start = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    &text[start..]
}

/// The first `bytes` bytes of `text`, or a little more, to end on a character boundary.
pub fn head(text: &str, bytes: usize) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[..end]
}
