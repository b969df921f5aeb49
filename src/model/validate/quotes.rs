//! Which quotes occur in a briefing's source text, in time linear in the source and the quotes.
//!
//! Searching the source once per quote costs the source's length per quote: a 2 MB source and
//! 20,000 quotes is 40 GB of searching, whatever the search algorithm. Instead, the distinct
//! quotes (whitespace-collapsed, as the invariant compares them) go into one Aho–Corasick trie,
//! the collapsed source is read through it once, and every trie state the reading reaches is
//! marked. A state's string occurs in the source exactly when the state is marked or a state
//! whose fail link leads to it is, so one backward sweep over the states, deepest first, spreads
//! the marks along the fail links. Then a quote occurs when its last state is marked, and the
//! longest prefix of a quote that occurs is the run of marked states along its path.
//!
//! (The `aho-corasick` crate reports every overlapping match and copies match lists along fail
//! links, both of which grow faster than linearly on quotes that are suffixes of one another;
//! only the marks are needed here.)

use std::borrow::Cow;
use std::cell::OnceCell;

use memchr::memmem;

use crate::model::order::sorted_distinct;
use crate::model::text::{collapsed, normalise_whitespace};

/// A briefing's collapsed source text and the marked trie of its quotes.
pub(super) struct QuoteMatcher {
    source: String,
    /// Per state, the byte on the edge into it; state 0 is the root. States are in breadth-first
    /// order, so a state's children are contiguous and every fail link points to a lower state.
    labels: Vec<u8>,
    /// Per state, the index of its first child; the state after it bounds its children.
    first_child: Vec<u32>,
    fail: Vec<u32>,
    /// Per state, whether its string occurs in the source.
    occurs: Vec<bool>,
    /// The root's child along each byte (0 for none): reading the source falls back to the root
    /// at almost every mismatch, so its children are a table rather than a search.
    root_children: [u32; 256],
    /// The source with its quotation marks and apostrophes read alike, made for the first quote
    /// the report shows that is not verbatim (a valid file never needs it).
    marks_read_alike: OnceCell<String>,
}

/// Where a quote that differs from the source only in its quotation marks or apostrophes (a
/// straight `"` where the source has `“`, `’` for `'`) first differs: the word, in each.
pub(super) struct MarksDiffer {
    pub quote_word: String,
    pub source_word: String,
}

/// Where a quote that is not verbatim stops matching the source.
pub(super) struct Mismatch {
    /// The longest prefix of the collapsed quote that occurs in the source.
    pub matched: String,
    /// The collapsed quote from the word in which it stops matching.
    pub quote_next: String,
    /// The source at an occurrence of the prefix, from that same word on.
    pub source_next: String,
}

impl QuoteMatcher {
    /// Builds the matcher for `source_text` and every quote that will be asked about.
    pub(super) fn new<'q>(
        source_text: &str,
        quotes: impl Iterator<Item = &'q str>,
    ) -> QuoteMatcher {
        let source = normalise_whitespace(source_text);
        // A quote can match at most the whole source, so longer quotes need only one byte more
        // than the source in the trie: that keeps the trie no larger than the file.
        let longest = source.len() + 1;
        let patterns: Vec<Cow<'q, [u8]>> = quotes
            .map(|quote| match collapsed(quote) {
                Cow::Borrowed(quote) => {
                    Cow::Borrowed(&quote.as_bytes()[..quote.len().min(longest)])
                }
                Cow::Owned(quote) => {
                    let mut bytes = quote.into_bytes();
                    bytes.truncate(longest);
                    Cow::Owned(bytes)
                }
            })
            .filter(|pattern| !pattern.is_empty())
            .collect();
        let patterns = sorted_distinct(patterns);
        let mut matcher = QuoteMatcher {
            source,
            labels: vec![0],
            first_child: Vec::new(),
            fail: vec![0],
            occurs: Vec::new(),
            root_children: [0; 256],
            marks_read_alike: OnceCell::new(),
        };
        matcher.build_trie(&patterns);
        matcher.mark_occurrences();
        matcher
    }

    /// Lays the trie out breadth-first from the sorted patterns: the patterns below a state are a
    /// contiguous range of the sorted list, split among its children by the byte at its depth.
    fn build_trie(&mut self, patterns: &[Cow<'_, [u8]>]) {
        let mut ranges: Vec<(u32, u32)> = vec![(0, patterns.len() as u32)];
        let mut level_end = 1;
        let mut depth = 0;
        let mut state = 0;
        while state < ranges.len() {
            if state == level_end {
                depth += 1;
                level_end = ranges.len();
            }
            self.first_child.push(self.labels.len() as u32);
            let (start, end) = ranges[state];
            let mut index = start as usize;
            while index < end as usize {
                let Some(&byte) = patterns[index].get(depth) else {
                    index += 1;
                    continue;
                };
                let group_start = index;
                while index < end as usize && patterns[index].get(depth) == Some(&byte) {
                    index += 1;
                }
                if state == 0 {
                    self.root_children[usize::from(byte)] = self.labels.len() as u32;
                }
                self.labels.push(byte);
                ranges.push((group_start as u32, index as u32));
                // A child of the root fails to the root. Any other child fails to where its
                // parent's fail state goes on the same byte: a shallower state, already laid out.
                self.fail.push(if state == 0 { 0 } else { self.next(self.fail[state], byte) });
            }
            state += 1;
        }
        self.first_child.push(self.labels.len() as u32);
    }

    /// The child of `state` along `byte`, if any.
    fn child(&self, state: u32, byte: u8) -> Option<u32> {
        if state == 0 {
            let child = self.root_children[usize::from(byte)];
            return (child != 0).then_some(child);
        }
        let start = self.first_child[state as usize] as usize;
        let end = self.first_child.get(state as usize + 1).map_or(start, |&end| end as usize);
        let end = end.min(self.labels.len());
        let start = start.min(end);
        self.labels[start..end].binary_search(&byte).ok().map(|offset| (start + offset) as u32)
    }

    /// The state after reading `byte` in `state`: the deepest state whose string is a suffix of
    /// the text read so far.
    fn next(&self, mut state: u32, byte: u8) -> u32 {
        loop {
            if let Some(child) = self.child(state, byte) {
                return child;
            }
            if state == 0 {
                return 0;
            }
            state = self.fail[state as usize];
        }
    }

    fn mark_occurrences(&mut self) {
        let mut occurs = vec![false; self.labels.len()];
        occurs[0] = true;
        let mut state = 0;
        for &byte in self.source.as_bytes() {
            state = self.next(state, byte);
            occurs[state as usize] = true;
        }
        for state in (1..occurs.len()).rev() {
            if occurs[state] {
                occurs[self.fail[state] as usize] = true;
            }
        }
        self.occurs = occurs;
    }

    /// The length in bytes of the longest prefix of the collapsed `quote` that occurs.
    fn matched_length(&self, quote: &str) -> usize {
        let mut state = 0;
        for (length, &byte) in quote.as_bytes().iter().enumerate() {
            match self.child(state, byte) {
                Some(child) if self.occurs[child as usize] => state = child,
                _ => return length,
            }
        }
        quote.len()
    }

    /// Whether `quote`, whitespace-collapsed, occurs in the collapsed source; an empty quote never
    /// does. The quote must have been given to [`QuoteMatcher::new`].
    pub(super) fn contains(&self, quote: &str) -> bool {
        let quote = collapsed(quote);
        !quote.is_empty() && self.matched_length(&quote) == quote.len()
    }

    /// Whether `quote` occurs once quotation marks and apostrophes are read alike, and if so the
    /// first word in which it differs from the source. A search of the whole source, made only
    /// for the problems a report shows.
    pub(super) fn marks_differ(&self, quote: &str) -> Option<MarksDiffer> {
        let quote = collapsed(quote);
        let alike_quote: String = quote.chars().map(read_alike).collect();
        let alike_source =
            self.marks_read_alike.get_or_init(|| self.source.chars().map(read_alike).collect());
        let found = memmem::find(alike_source.as_bytes(), alike_quote.as_bytes())?;
        // Reading alike maps each character to one character, so the occurrence starts at the
        // same character in the source as in its read-alike form.
        let start_char = alike_source[..found].chars().count();
        let source: Vec<char> =
            self.source.chars().skip(start_char).take(quote.chars().count()).collect();
        let quote: Vec<char> = quote.chars().collect();
        let differs = quote.iter().zip(&source).position(|(a, b)| a != b)?;
        let word_start =
            quote[..differs].iter().rposition(|&c| c == ' ').map_or(0, |space| space + 1);
        let word_end = quote[differs..]
            .iter()
            .position(|&c| c == ' ')
            .map_or(quote.len(), |space| differs + space);
        Some(MarksDiffer {
            quote_word: quote[word_start..word_end].iter().collect(),
            source_word: source[word_start..word_end].iter().collect(),
        })
    }

    /// Where a quote that does not occur stops matching, in whole words. `None` when even its
    /// first word does not occur.
    pub(super) fn mismatch(&self, quote: &str) -> Option<Mismatch> {
        const WORDS: usize = 6;
        let quote = collapsed(quote);
        let mut length = self.matched_length(&quote);
        while !quote.is_char_boundary(length) {
            length -= 1;
        }
        let word_start = quote[..length].rfind(' ').map(|space| space + 1)?;
        let occurrence = memmem::find(self.source.as_bytes(), &quote.as_bytes()[..length])?;
        let source_from = occurrence + word_start;
        Some(Mismatch {
            matched: last_words(&quote[..word_start.saturating_sub(1)], WORDS),
            quote_next: first_words(&quote[word_start..], WORDS),
            source_next: first_words(self.source.get(source_from..).unwrap_or_default(), WORDS),
        })
    }
}

/// The character a quotation mark or apostrophe is read as when only those differ: every
/// double mark (straight, curly, low, guillemets, corner brackets, full-width) as `"`, every
/// single one as `'`; any other character as itself.
fn read_alike(character: char) -> char {
    match character {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' | '\u{300C}'
        | '\u{300D}' | '\u{300E}' | '\u{300F}' | '\u{FF02}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{FF07}' => '\'',
        other => other,
    }
}

fn first_words(text: &str, count: usize) -> String {
    let words: Vec<&str> = text.split(' ').take(count + 1).collect();
    let shown = words[..words.len().min(count)].join(" ");
    if words.len() > count {
        format!("{shown} …")
    } else {
        shown
    }
}

fn last_words(text: &str, count: usize) -> String {
    let words: Vec<&str> = text.rsplit(' ').take(count + 1).collect();
    let shown: Vec<&str> = words[..words.len().min(count)].iter().rev().copied().collect();
    if words.len() > count {
        format!("… {}", shown.join(" "))
    } else {
        shown.join(" ")
    }
}
