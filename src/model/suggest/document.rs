//! A text cut into paragraphs (lines) and sentences (Unicode sentence boundaries), with the
//! byte-to-character offset map the suggestions need. The rules work in byte offsets, since that
//! is what `regex` reports; [`Document::char_offset`] converts at the end.

use std::ops::Range;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

pub struct Document<'text> {
    pub text: &'text str,
    /// The byte offset of every character, in order.
    char_starts: Vec<usize>,
    pub sentences: Vec<Sentence>,
}

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
                sentences.push(Sentence { range: start..start + trimmed.len(), paragraph });
                any = true;
            }
            if any {
                paragraph += 1;
            }
            line_start += line.len();
        }
        Document { text, char_starts, sentences }
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
        self.text[sentence_start..byte]
            .rfind([',', ';', ':', '，', '；', '：'])
            .map(|offset| {
                let separator = self.text[sentence_start + offset..].chars().next().unwrap_or(',');
                sentence_start + offset + separator.len_utf8()
            })
            .unwrap_or(sentence_start)
    }

    /// Where the clause holding `byte` ends: at the next comma, semicolon or colon in its
    /// sentence, or the sentence's end.
    pub fn clause_end(&self, byte: usize) -> usize {
        let Some(index) = self.sentence_at(byte) else {
            return byte;
        };
        let sentence_end = self.sentences[index].range.end;
        self.text[byte..sentence_end]
            .find([',', ';', ':', '，', '；', '：'])
            .map(|offset| byte + offset)
            .unwrap_or(sentence_end)
    }

    /// The text of the sentence holding `byte` up to `byte`.
    pub fn sentence_before(&self, byte: usize) -> &'text str {
        match self.sentence_at(byte) {
            Some(index) => &self.text[self.sentences[index].range.start..byte],
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
