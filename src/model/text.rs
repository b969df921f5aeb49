//! Text matching that tolerates the whitespace differences between a quote and its source, and
//! case-insensitive search terms.

use std::borrow::Cow;
use std::ops::Range;

use aho_corasick::AhoCorasick;

use super::needles::Needles;
use super::order::{sort_by_rank, sorted_distinct};

/// Whether two byte ranges share at least one byte: ranges that only touch do not.
pub fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// `span` of `text` in consecutive pieces of at most `limit` bytes that together cover it (one
/// piece when it is no longer). Each piece ends where `cut_in` says in the longest piece that
/// fits (a byte offset into it, after its start), else after the last character that fits (the
/// first, whole, when none does), never inside a character; what is left after the last cut is the last piece, unless it is white
/// space alone, which the piece before takes. The Source view cuts its long paragraphs with it,
/// the suggestions their long sentences, each by a rule of its own, and the checking worker a
/// long source text between any two characters.
pub fn pieces_of_at_most(
    text: &str,
    span: Range<usize>,
    limit: usize,
    cut_in: impl Fn(&str) -> Option<usize>,
) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = span.start;
    while span.end - start > limit {
        let mut end = start + limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // A limit narrower than the next character still takes that character whole, or the
        // cutting would never end.
        if end == start {
            end += text[start..].chars().next().map_or(0, char::len_utf8);
        }
        let cut = cut_in(&text[start..end]).filter(|&cut| cut > 0).map_or(end, |cut| start + cut);
        pieces.push(start..cut);
        start = cut;
    }
    match pieces.last_mut() {
        Some(last) if text[start..span.end].trim().is_empty() => last.end = span.end,
        _ => pieces.push(start..span.end),
    }
    pieces
}

/// Whether `text` is empty or shows nothing: only white space and the invisible format
/// characters that a pasted name brings along, zero-width spaces and joiners (U+200B–U+200D),
/// the word joiner (U+2060) and the byte-order mark (U+FEFF). A name of one zero-width space
/// gave a card with no title. Unlike `text.trim().is_empty()`, it does not look at the text
/// from its end too (`trim` was about a tenth of these checks' self time on a 10,000-project
/// file in the page's wasm, for texts that almost always start with a letter).
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|character| {
        character.is_whitespace()
            || matches!(character, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
    })
}

/// Collapses every run of whitespace to one space and trims the ends.
pub fn normalise_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` with its whitespace runs collapsed, borrowed when they already are (most quotes).
pub fn collapsed(text: &str) -> Cow<'_, str> {
    if is_normalised(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normalise_whitespace(text))
    }
}

/// `text` as the editor compares names and looks for them in sentences: [`fold`]ed, with each
/// run of whitespace one space ("Delta Steel  project" reads as "delta steel project").
pub fn fold_words(text: &str) -> String {
    fold(&normalise_whitespace(text))
}

/// Whether `needle` occurs in `haystack` once whitespace runs are collapsed in both.
pub fn contains_normalised(haystack: &str, needle: &str) -> bool {
    NormalisedText::new(haystack).contains(needle)
}

/// Whether `normalise_whitespace` would return the text unchanged: no whitespace at the ends,
/// and only single spaces inside.
pub fn is_normalised(text: &str) -> bool {
    let mut previous_space = true;
    // Read by bytes, as every quote is read several times: an ASCII byte is a character of its
    // own (whitespace from tab to carriage return, or the space), a continuation byte is inside
    // a character already judged, and only a character that is not ASCII is decoded.
    for (at, byte) in text.bytes().enumerate() {
        let whitespace = match byte {
            b'\t'..=b'\r' | b' ' => true,
            0..=0x7F => false,
            0x80..=0xBF => continue,
            _ => text[at..].chars().next().is_some_and(char::is_whitespace),
        };
        if whitespace {
            if byte != b' ' || previous_space {
                return false;
            }
            previous_space = true;
        } else {
            previous_space = false;
        }
    }
    !previous_space || text.is_empty()
}

/// A text with whitespace runs collapsed once, for checking many quotes against it.
pub struct NormalisedText(String);

impl NormalisedText {
    pub fn new(text: &str) -> NormalisedText {
        NormalisedText(normalise_whitespace(text))
    }

    /// Whether `needle`, whitespace-collapsed, occurs in the text; an empty needle never does.
    pub fn contains(&self, needle: &str) -> bool {
        if is_normalised(needle) {
            return !needle.is_empty() && self.0.contains(needle);
        }
        let needle = normalise_whitespace(needle);
        !needle.is_empty() && self.0.contains(&needle)
    }
}

/// A text with its whitespace runs collapsed once, remembering where each byte came from, so
/// that finding many quotes or terms in it stays linear in the text (collapsing it again for
/// each would not, in a long source with a long glossary).
///
/// Where a byte came from is kept only where that changes: a collapsed run of whitespace of
/// other than one byte ("\n\n", two spaces, an ideographic space) shifts the bytes after it.
/// A source of prose with single spaces and line breaks keeps none, so that collapsing a 10 MB
/// source is a copy of it, not a list of ten million offsets.
pub struct LocatedText {
    normalised: String,
    /// `(start, shift)`: from normalised byte `start` on (up to the next entry's), a byte that
    /// is not a collapsed space came from byte `start + shift` of the original text; before the
    /// first entry, the shift is 0.
    shifts: Vec<(usize, usize)>,
}

impl LocatedText {
    pub fn new(text: &str) -> LocatedText {
        let (normalised, shifts) = normalise_with_shifts(text);
        LocatedText { normalised, shifts }
    }

    /// How many places the text keeps where the offsets shift: one for each run of whitespace
    /// of other than one byte followed by more text.
    pub fn shift_count(&self) -> usize {
        self.shifts.len()
    }

    /// The byte offset in the original text of normalised byte `index`, which is not a space
    /// standing for a collapsed run.
    fn origin(&self, index: usize) -> usize {
        let after = self.shifts.partition_point(|&(start, _)| start <= index);
        index + after.checked_sub(1).map_or(0, |last| self.shifts[last].1)
    }

    /// The byte range in the original text of the first occurrence of `needle`, comparing with
    /// whitespace runs collapsed. An empty needle is never found.
    pub fn first(&self, needle: &str) -> Option<Range<usize>> {
        let needle = normalise_whitespace(needle);
        self.find_from(&needle, 0).map(|(original, _)| original)
    }

    /// The first occurrence of each of `needles`, as [`first`](Self::first) finds it, all
    /// looked for in one pass over the text. Searched one by one, each quote of an editor's draft
    /// read the text up to where it stands: 11,000 quotes of a 500 KB text took a second at
    /// every edit. A pass reports every occurrence of every needle, so a draft whose quotes
    /// nest and repeat all over its text ("a", "aa", … in "aaaa…") could make it report
    /// millions; past a budget of a few per byte of text the pass stops, and the needles not
    /// found by then are looked for one by one, as before.
    pub fn first_of_each(&self, needles: &[&str]) -> Vec<Option<Range<usize>>> {
        let collapsed: Vec<String> =
            needles.iter().map(|needle| normalise_whitespace(needle)).collect();
        let distinct: Vec<&str> = sorted_distinct(
            collapsed.iter().map(String::as_str).filter(|needle| !needle.is_empty()).collect(),
        );
        let mut first: Vec<Option<Range<usize>>> = vec![None; distinct.len()];
        // Whether the pass read the whole text, so that a needle it did not report is not there.
        let complete = match AhoCorasick::new(&distinct) {
            Ok(finder) => {
                let budget = 4 * self.normalised.len().max(distinct.len());
                let mut unfound = distinct.len();
                let mut complete = true;
                for (reported, found) in finder.find_overlapping_iter(&self.normalised).enumerate()
                {
                    if unfound == 0 {
                        break;
                    }
                    if reported == budget {
                        complete = false;
                        break;
                    }
                    // The occurrences of one needle are reported in the order they end, so its
                    // first is its leftmost.
                    let slot = &mut first[found.pattern().as_usize()];
                    if slot.is_none() {
                        *slot = Some(self.original_range(found.start(), found.end()));
                        unfound -= 1;
                    }
                }
                complete
            }
            // Refused only past the automaton's size limits, far beyond a draft's quotes.
            Err(_) => false,
        };
        if !complete {
            for (needle, slot) in distinct.iter().zip(&mut first).filter(|(_, slot)| slot.is_none())
            {
                *slot = self.find_from(needle, 0).map(|(original, _)| original);
            }
        }
        collapsed
            .iter()
            .map(|needle| {
                let at = distinct.binary_search(&needle.as_str()).ok()?;
                first[at].clone()
            })
            .collect()
    }

    /// Every non-overlapping occurrence of `needle`, as byte ranges in the original text.
    pub fn all(&self, needle: &str) -> Vec<Range<usize>> {
        let needle = normalise_whitespace(needle);
        let mut found = Vec::new();
        let mut from = 0;
        while let Some((original, normalised_end)) = self.find_from(&needle, from) {
            found.push(original);
            from = normalised_end;
        }
        found
    }

    /// Every occurrence of each of `needles` (collapsed) in one pass over the text, overlapping
    /// ones too, as (needle, byte range in the original text) in the order they end. Past a
    /// budget of a few per byte of text (needles nested over a repetitive text, "a", "aa", …
    /// in "aaaa…", each occur at every byte) it stops, and gives `None`: the caller then looks
    /// for each needle alone.
    pub fn every_occurrence(&self, needles: &Needles) -> Option<Vec<(usize, Range<usize>)>> {
        let mut found = Vec::new();
        let budget = 4 * self.normalised.len().max(needles.len());
        needles.each_occurrence(&self.normalised, |needle, range| {
            found.push((needle, self.original_range(range.start, range.end)));
            found.len() < budget
        });
        (found.len() < budget).then_some(found)
    }

    /// The byte range in the original text of the collapsed text's `start..end`, which neither
    /// starts nor ends with a space standing for a collapsed run: the bytes of one character
    /// shift alike, so the original end is just past the original of the last byte.
    fn original_range(&self, start: usize, end: usize) -> Range<usize> {
        self.origin(start)..self.origin(end - 1) + 1
    }

    /// The first occurrence of the already-collapsed `needle` at or after normalised byte
    /// `from`: its byte range in the original text, and where it ends in the collapsed one.
    fn find_from(&self, needle: &str, from: usize) -> Option<(Range<usize>, usize)> {
        if needle.is_empty() {
            return None;
        }
        let start = from + self.normalised.get(from..)?.find(needle)?;
        let end = start + needle.len();
        // A collapsed needle neither starts nor ends with a space.
        Some((self.original_range(start, end), end))
    }
}

/// Finds quotes in one text, each looked up as written first: only a quote spaced otherwise
/// than the text collapses the text's whitespace (once, for every such quote), which over a
/// 10 MB source costs tens of milliseconds.
pub struct QuoteFinder<'t> {
    text: &'t str,
    spaced: Option<LocatedText>,
}

impl<'t> QuoteFinder<'t> {
    pub fn new(text: &'t str) -> Self {
        QuoteFinder { text, spaced: None }
    }

    /// The byte range of the first occurrence of `quote` (trimmed) as written, else of the first
    /// with whitespace runs collapsed ([`LocatedText::first`]). An empty quote is never found.
    pub fn first(&mut self, quote: &str) -> Option<Range<usize>> {
        let quote = quote.trim();
        match self.text.find(quote) {
            Some(at) if !quote.is_empty() => Some(at..at + quote.len()),
            _ => self.spaced.get_or_insert_with(|| LocatedText::new(self.text)).first(quote),
        }
    }
}

/// A character's Unicode code point as people write it: "U+202E".
pub fn code_point(character: char) -> String {
    format!("U+{:04X}", u32::from(character))
}

/// For each of `needles`, the byte range in `haystack` of its first occurrence, comparing with
/// whitespace runs collapsed.
pub fn find_first_of_each_normalised(
    haystack: &str,
    needles: &[&str],
) -> Vec<Option<Range<usize>>> {
    if needles.is_empty() {
        return Vec::new();
    }
    LocatedText::new(haystack).first_of_each(needles)
}

/// Where those of `needles` that occur in `haystack` first occur, as byte ranges, in the order
/// of `needles`; the ones that do not occur are left out (marking shows what is there, and the
/// validator lists what is not).
pub fn ranges_found_normalised(haystack: &str, needles: &[&str]) -> Vec<Range<usize>> {
    if needles.is_empty() {
        return Vec::new();
    }
    LocatedText::new(haystack).first_of_each(needles).into_iter().flatten().collect()
}

/// The text with each run of whitespace as one space (a run at the end dropped), and where the
/// offsets of the bytes after a run shift ([`LocatedText`]'s `shifts`). A space's own origin is
/// not kept: a needle is trimmed, so a match never starts or ends at a space, and where the run
/// began or whether one at the start is kept changes no match. The text is read byte by byte
/// and copied a stretch between runs at a time: a long source costs a copy, not a step per
/// character.
fn normalise_with_shifts(text: &str) -> (String, Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut normalised = String::with_capacity(text.len());
    let mut shifts = Vec::new();
    let mut shift = 0;
    let mut stretch_start = 0;
    let mut offset = 0;
    while offset < bytes.len() {
        let width = whitespace_width(text, offset);
        if width == 0 {
            offset += 1;
            continue;
        }
        normalised.push_str(&text[stretch_start..offset]);
        let run_start = offset;
        offset += width;
        loop {
            let width = whitespace_width(text, offset);
            if width == 0 {
                break;
            }
            offset += width;
        }
        stretch_start = offset;
        if offset == bytes.len() {
            break;
        }
        normalised.push(' ');
        let run_bytes = offset - run_start;
        if run_bytes != 1 {
            shift += run_bytes - 1;
            shifts.push((normalised.len(), shift));
        }
    }
    normalised.push_str(&text[stretch_start..offset.min(bytes.len())]);
    (normalised, shifts)
}

/// The byte length of the whitespace character (`char::is_whitespace`) starting at byte
/// `offset` of `text`, or 0 when none starts there (another character, a byte inside one, or
/// the end). Only the lead bytes of the few non-ASCII whitespace characters (U+0085, U+00A0,
/// U+1680, U+2000–U+205F, U+3000) are decoded.
fn whitespace_width(text: &str, offset: usize) -> usize {
    match text.as_bytes().get(offset) {
        Some(b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') => 1,
        Some(0xC2 | 0xE1 | 0xE2 | 0xE3) => text
            .get(offset..)
            .and_then(|rest| rest.chars().next())
            .filter(|character| character.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// Whether `character` is an invisible format character that a pasted or crafted search can
/// carry: the soft hyphen, the Arabic letter mark, zero-width spaces, joiners and marks
/// (U+200B–U+200F), the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), the word joiner and invisible operators (U+2060–U+2064) and the byte-order
/// mark. A search of U+202E alone found nothing and reordered the message that repeated it.
pub fn is_invisible_format(character: char) -> bool {
    matches!(
        character,
        '\u{AD}'
            | '\u{61C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The most characters of a search the interface repeats ("No project matches “…”", "Search:
/// “…”"); a longer one is cut with "…", so that a pasted page of text does not push the message's
/// way out ("Show all projects") screens down.
pub const SEARCH_ECHO_LIMIT: usize = 60;

/// A search as the interface repeats it: without invisible format characters
/// ([`is_invisible_format`]), trimmed, and at most [`SEARCH_ECHO_LIMIT`] characters. Applying it
/// twice gives the same text.
pub fn search_echo(query: &str) -> String {
    let visible: String =
        query.chars().filter(|&character| !is_invisible_format(character)).collect();
    truncate_chars(visible.trim(), SEARCH_ECHO_LIMIT)
}

/// The scale words a Chinese figure is written with (`60万`, `2.2亿`).
const FIGURE_SCALES: [char; 4] = ['万', '亿', '千', '百'];

/// `text` cut into pieces, each with whether it is a figure written with a scale word (`60万`,
/// `1.2亿`, `１０万`): a line may break between a digit and a Han character, and a figure broken
/// there ("60" at a line's end, "万" on the next) reads as two numbers, so the pieces marked are
/// kept on one line. Everything else is one piece as it was; the pieces join back to `text`.
pub fn figure_pieces(text: &str) -> Vec<(&str, bool)> {
    let is_digit =
        |character: char| character.is_ascii_digit() || ('０'..='９').contains(&character);
    let mut pieces = Vec::new();
    let mut plain_start = 0;
    let mut characters = text.char_indices().peekable();
    while let Some((start, character)) = characters.next() {
        if !is_digit(character) {
            continue;
        }
        let mut end = start + character.len_utf8();
        let mut scaled = false;
        while let Some(&(at, next)) = characters.peek() {
            let in_number = is_digit(next) || (matches!(next, '.' | '．' | ',') && !scaled);
            if in_number && !scaled || FIGURE_SCALES.contains(&next) {
                scaled |= FIGURE_SCALES.contains(&next);
                end = at + next.len_utf8();
                characters.next();
            } else {
                break;
            }
        }
        if scaled {
            if plain_start < start {
                pieces.push((&text[plain_start..start], false));
            }
            pieces.push((&text[start..end], true));
            plain_start = end;
        }
    }
    if plain_start < text.len() || pieces.is_empty() {
        pieces.push((&text[plain_start..], false));
    }
    pieces
}

/// How wide, in [`width_units`], a control's name for a record may take of the record's text:
/// a long project short name's width, or 24 Chinese characters.
pub const SHORT_NAME_UNITS: usize = 48;

/// A long text's first words as a short name for a control that concerns it ("Source for Get to
/// grips with building and…"): the whole text when it is at most [`SHORT_NAME_UNITS`] wide, else
/// the words that fit, cut where a word ends (Chinese, written without spaces, between any two
/// characters), without the punctuation that ended them, and "…". A first word wider than the
/// whole is cut between its characters.
pub fn short_name(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    if width_units(text) <= SHORT_NAME_UNITS {
        return Cow::Borrowed(text);
    }
    let mut units = 0;
    let mut word_end = None;
    let mut character_end = 0;
    let mut previous: Option<char> = None;
    for (at, character) in text.char_indices() {
        let wide = is_wide(character);
        let between_words =
            previous.is_some_and(|previous| character.is_whitespace() || wide || is_wide(previous));
        if between_words {
            word_end = Some(at);
        }
        units += if wide { 2 } else { 1 };
        if units > SHORT_NAME_UNITS {
            break;
        }
        character_end = at + character.len_utf8();
        previous = Some(character);
    }
    let kept = &text[..word_end.unwrap_or(character_end)];
    let ends_a_word =
        |character: char| character.is_whitespace() || is_sentence_punctuation(character);
    Cow::Owned(format!("{}…", kept.trim_end_matches(ends_a_word)))
}

/// Punctuation that ends a clause or a sentence, in Latin and in Chinese text.
fn is_sentence_punctuation(character: char) -> bool {
    matches!(character, ',' | ';' | ':' | '.' | '—' | '–' | '-' | '，' | '；' | '：' | '、' | '。')
}

/// At most `limit` characters of `text`, with "…" when anything was cut.
pub fn truncate_chars(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(limit).collect::<String>())
    }
}

/// Folds text for search: lower case, full-width forms as their half-width twins (ＢＹＤ → byd,
/// ８４ → 84, the ideographic space → a space), and Chinese punctuation as its English
/// counterpart (，→ ,  （ → ( ), so that a search matches however the text or the query was typed.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_width_and_punctuation).flat_map(char::to_lowercase).collect()
}

/// `text` in lower case, character by character. `str::to_lowercase` differs only in writing a
/// Greek capital sigma at a word's end as "ς", a rule that brings its own Unicode tables (5 KB of
/// the explorer's wasm before `wasm-opt`); what the app lowercases, a key's name and a quote
/// searched for English and Chinese words, never needs it.
pub fn lowercase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// How far the full-width forms (U+FF01–U+FF5E) are from the ASCII characters they stand for
/// (U+0021–U+007E).
const FULL_WIDTH_OFFSET: u32 = 0xFEE0;

/// A full-width form as the ASCII character it stands for (`Ｇ` → `G`, `８` → `8`); any other
/// character as it is.
pub fn half_width(character: char) -> char {
    match character {
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(character as u32 - FULL_WIDTH_OFFSET).unwrap_or(character)
        }
        other => other,
    }
}

/// A printable ASCII character as its full-width form (`G` → `Ｇ`), the inverse of
/// [`half_width`]; any other character as it is.
pub fn full_width(character: char) -> char {
    match character {
        '!'..='~' => char::from_u32(character as u32 + FULL_WIDTH_OFFSET).unwrap_or(character),
        other => other,
    }
}

fn fold_width_and_punctuation(character: char) -> char {
    match character {
        '\u{FF01}'..='\u{FF5E}' => half_width(character),
        '\u{3000}' => ' ',
        '、' => ',',
        '。' => '.',
        '“' | '”' | '「' | '」' | '『' | '』' => '"',
        '‘' | '’' => '\'',
        '《' | '〈' => '<',
        '》' | '〉' => '>',
        '【' | '〔' => '[',
        '】' | '〕' => ']',
        '—' | '–' => '-',
        '…' => '.',
        other => other,
    }
}

/// Where `term` occurs in `haystack` (both folded) as the search finds it: a term that starts
/// with a Latin letter or a digit only at the start of a word ("xi" is not inside "huaxin",
/// "motor" finds "motors"), and one that starts with a digit only at the start of a number
/// ("000" is not inside "840,000", nor "5" inside "2.5"); any other (Chinese, which has no
/// spaces between words) anywhere.
pub fn term_starts<'h>(haystack: &'h str, term: &'h str) -> impl Iterator<Item = usize> + 'h {
    let first = term.chars().next();
    let at_word_start = first.is_some_and(|first| first.is_ascii_alphanumeric());
    let at_number_start = first.is_some_and(|first| first.is_ascii_digit());
    haystack.match_indices(term).map(|(start, _)| start).filter(move |&start| {
        let mut before = haystack[..start].chars().rev();
        let (just_before, two_before) = (before.next(), before.next());
        let inside_a_word = just_before.is_some_and(|before| before.is_ascii_alphanumeric());
        // A group or the decimals of a number: "840,000", "2.5".
        let inside_a_number = matches!(just_before, Some(',' | '.'))
            && two_before.is_some_and(|before| before.is_ascii_digit());
        !at_word_start || !(inside_a_word || at_number_start && inside_a_number)
    })
}

/// Whether the search finds `term` in `haystack` ([`term_starts`]).
pub fn holds_term(haystack: &str, term: &str) -> bool {
    term_starts(haystack, term).next().is_some()
}

/// Quotation marks a person may type around a search's words, as in a web search (`"BYD"`,
/// “drive motors”, 「电机」): the words are searched for without them.
const QUOTATION_MARKS: &[char] =
    &['"', '\'', '“', '”', '‘', '’', '«', '»', '「', '」', '『', '』', '《', '》'];

/// The search terms of a query, folded: separated by white space, by semicolons, and by commas
/// (English and Chinese: "motors,copper", "电机，铜箔", "电机、铜箔") except a comma between two
/// digits, which groups a number ("840,000"); quotation marks around a term dropped (an
/// apostrophe inside one, "BYD's", kept); invisible format characters dropped
/// ([`is_invisible_format`]: "BY\u{200B}D" is "byd"); empty terms dropped, and terms of marks
/// alone ("/", "-") where other terms have letters or digits.
pub fn search_terms(query: &str) -> Vec<String> {
    let folded: Vec<char> =
        fold(query).chars().filter(|&character| !is_invisible_format(character)).collect();
    let separates = |index: usize| match folded[index] {
        ';' => true,
        ',' => {
            let digit_at = |at: Option<usize>| {
                at.and_then(|at| folded.get(at)).is_some_and(char::is_ascii_digit)
            };
            !(digit_at(index.checked_sub(1)) && digit_at(Some(index + 1)))
        }
        character => character.is_whitespace(),
    };
    let mut terms = Vec::new();
    let mut term = String::new();
    let mut end_term = |term: &mut String| {
        let unquoted = term.trim_matches(QUOTATION_MARKS);
        if !unquoted.is_empty() {
            terms.push(unquoted.to_string());
        }
        term.clear();
    };
    for (index, &character) in folded.iter().enumerate() {
        if separates(index) {
            end_term(&mut term);
        } else {
            term.push(character);
        }
    }
    end_term(&mut term);
    // A mark between words ("600 tons / day", as the cards write a figure) is no word of its
    // own: no text holds "/" alone, and the search then fell back to any of its words. A
    // search made only of such marks is kept, to say that nothing matches it.
    if terms.iter().any(|term| term.chars().any(char::is_alphanumeric)) {
        terms.retain(|term| term.chars().any(char::is_alphanumeric));
    }
    terms
}

/// Lower-case letters and digits, every other run of characters becoming one `-`.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for character in text.chars().flat_map(char::to_lowercase) {
        if character.is_alphanumeric() {
            slug.push(character);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The most characters an id made from a name ([`id_slug`]) has, before any `-2` that keeps it
/// unique: room for a name's first words, short enough to read in an address.
const ID_SLUG_CHARS: usize = 48;

/// An id made from a name, readable in an address: the [`slug`] of its first eight words, cut
/// after the last whole word that fits in [`ID_SLUG_CHARS`] characters (a first word longer than
/// that is cut); `None` when the name has no letter or digit. Letters of every script are kept,
/// so that a Chinese name makes a Chinese id ("滨江新能源电机项目", `#project=滨江新能源电机项目`)
/// rather than a number that says nothing ("project-2").
pub fn id_slug(name: &str) -> Option<String> {
    let mut id = String::new();
    let mut length = 0;
    for word in slug(name).split('-').filter(|word| !word.is_empty()).take(8) {
        let separator = usize::from(length > 0);
        let room = ID_SLUG_CHARS.saturating_sub(length + separator);
        let word_length = word.chars().count();
        if room == 0 || (length > 0 && word_length > room) {
            break;
        }
        if separator == 1 {
            id.push('-');
        }
        id.extend(word.chars().take(room));
        length += separator + word_length.min(room);
    }
    (!id.is_empty()).then_some(id)
}

/// An id for `name` ([`id_slug`]) that `taken` does not already hold: `byd-drive-motors`, then
/// `byd-drive-motors-2`; `fallback` when the name has no letter or digit.
pub fn unique_id(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = id_slug(name).unwrap_or_else(|| fallback.to_string());
    if !taken(&base) {
        return base;
    }
    (2..).map(|number| format!("{base}-{number}")).find(|id| !taken(id)).unwrap_or(base)
}

/// A stretch of a shown text, and whether it matches a search term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub matched: bool,
}

/// `text` cut into the stretches that match one of the search `terms` (as [`search_terms`]
/// makes them) and those that do not, comparing folded text as the search does, so that what
/// the search found is what the reader sees marked ("byd" marks "BYD", "（" marks "(").
/// Overlapping or touching matches form one stretch; with no match the text is one segment.
pub fn highlight_segments<'a>(text: &'a str, terms: &[String]) -> Vec<Segment<'a>> {
    highlight_segments_and(text, terms, None)
}

/// [`highlight_segments`] with one more stretch marked, `also` (byte offsets at character
/// boundaries of `text`): one the search found by another form of it, such as a figure written
/// "84万" on the card and searched as "840000".
pub fn highlight_segments_and<'a>(
    text: &'a str,
    terms: &[String],
    also: Option<(usize, usize)>,
) -> Vec<Segment<'a>> {
    let (folded, origins) = fold_with_origins(text);
    let mut matches: Vec<(usize, usize)> = also.into_iter().collect();
    for term in terms.iter().filter(|term| !term.is_empty()) {
        for start in term_starts(&folded, term) {
            let last = start + term.len() - 1;
            // `origins[last]` is where the match's last character begins in `text`.
            let last_start = origins[last];
            let end = last_start + text[last_start..].chars().next().map_or(0, char::len_utf8);
            matches.push((origins[start], end));
        }
    }
    // By start alone: the merge below takes the furthest end of matches that overlap.
    sort_by_rank(&mut matches, |&(start, _)| start as u64);
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in matches {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut segments = Vec::new();
    let mut position = 0;
    for (start, end) in merged {
        if start > position {
            segments.push(Segment { text: &text[position..start], matched: false });
        }
        segments.push(Segment { text: &text[start..end], matched: true });
        position = end;
    }
    if position < text.len() || segments.is_empty() {
        segments.push(Segment { text: &text[position..], matched: false });
    }
    segments
}

/// The folded text and, for each of its bytes, the byte offset in `text` of the character it
/// came from (folding may change a character's length, as "İ" lower-cases to two characters).
fn fold_with_origins(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origins = Vec::with_capacity(text.len());
    for (offset, character) in text.char_indices() {
        folded.extend(fold_width_and_punctuation(character).to_lowercase());
        origins.resize(folded.len(), offset);
    }
    (folded, origins)
}

/// Whether `character` is one of the wide characters of Chinese, Japanese and Korean, a full em
/// across, between any two of which their text may break a line.
pub fn is_wide(character: char) -> bool {
    matches!(
        character,
        '\u{1100}'..='\u{115F}'
            | '\u{2E80}'..='\u{303F}'
            | '\u{3040}'..='\u{A4CF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FE30}'..='\u{FE4F}'
            | '\u{FF00}'..='\u{FF60}'
            | '\u{FFE0}'..='\u{FFE6}'
            | '\u{20000}'..='\u{3FFFD}'
    )
}

/// How wide `text` is in the units a browser sets it in: one for most characters, two for a wide
/// one (a Chinese character is about twice a Latin letter's average). The page estimates the
/// height of a block it has not laid out yet from it (`content-visibility: auto`).
pub fn width_units(text: &str) -> usize {
    text.chars().map(|character| if is_wide(character) { 2 } else { 1 }).sum()
}
