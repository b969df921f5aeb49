//! Text helpers of the model: whitespace-tolerant matching of quotes, search marks, cutting.

use proptest::prelude::*;

use briefing_explorer::model::needles::{Needles, NeedlesInProgress};
use briefing_explorer::model::text::{
    contains_normalised, figure_pieces, highlight_segments, is_normalised, lowercase,
    normalise_whitespace, overlaps, pieces_of_at_most, ranges_found_normalised, search_echo,
    search_terms, short_name, truncate_chars, width_units, LocatedText, NormalisedText,
    SHORT_NAME_UNITS,
};

/// A wide character (Chinese, full-width) is set about twice as wide as a Latin letter.
#[test]
fn width_units_count_a_wide_character_twice() {
    assert_eq!(width_units(""), 0);
    assert_eq!(width_units("BYD 84"), 6);
    assert_eq!(width_units("年产84万套"), 10);
    assert_eq!(width_units("ＧＷｈ"), 6);
}

#[test]
fn a_quote_is_contained_whatever_its_whitespace_and_blank_text_never_is() {
    let text = "One  two\nthree. Four ē five.";
    let source = NormalisedText::new(text);
    let cases: &[(&str, bool)] = &[
        ("two three.", true),
        ("two \n three.", true),
        ("\tOne two ", true),
        ("three.  Four", true),
        ("", false),
        ("   ", false),
        ("\n\t", false),
        ("six", false),
        ("two  four", false),
    ];
    for &(needle, expected) in cases {
        assert_eq!(source.contains(needle), expected, "{needle:?}");
        assert_eq!(contains_normalised(text, needle), expected, "{needle:?}");
    }
}

#[test]
fn normalised_text_has_single_spaces_inside_and_none_at_the_ends() {
    let cases: &[(&str, bool)] = &[
        ("", true),
        ("a", true),
        ("a b c", true),
        ("年产 84万套", true),
        (" a", false),
        ("a ", false),
        ("a  b", false),
        ("a\tb", false),
        ("a\nb", false),
        ("a\u{3000}b", false),
        (" ", false),
        // Every whitespace character, ASCII or not, of one, two or three bytes, is one; a
        // character of several bytes that is none is not.
        ("a\u{b}b", false),
        ("a\u{c}b", false),
        ("a\r", false),
        ("a\u{85}b", false),
        ("a\u{a0}b", false),
        ("a\u{2029}b", false),
        ("a\u{1f}b", true),
        ("é b", true),
        ("新 能源 𝟘", true),
    ];
    for &(text, expected) in cases {
        assert_eq!(is_normalised(text), expected, "{text:?}");
    }
}

/// Every occurrence of `needle` in `haystack`, as original byte ranges.
fn find_all_normalised(haystack: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    LocatedText::new(haystack).all(needle)
}

#[test]
fn every_occurrence_is_found_in_the_original_text() {
    let text = "a  b, a\nb; ab";
    let found: Vec<&str> =
        find_all_normalised(text, "a b").into_iter().map(|range| &text[range]).collect();
    assert_eq!(found, ["a  b", "a\nb"]);
    let leading = "  \n年产 84万套";
    let found: Vec<&str> =
        find_all_normalised(leading, "84万套").into_iter().map(|range| &leading[range]).collect();
    assert_eq!(found, ["84万套"]);
    // Occurrences do not overlap: the next is looked for after the end of the last.
    assert_eq!(find_all_normalised("aaaa a", "aa"), [0..2, 2..4]);
    assert_eq!(find_all_normalised("a a\n a", "a a"), vec![0..3]);
    assert!(find_all_normalised("a a", "").is_empty());
}

#[test]
fn the_first_place_of_each_quote_found_is_kept_in_order_and_the_missing_are_left_out() {
    let text = "BYD  makes\nbatteries; BYD makes cars.";
    let found: Vec<&str> =
        ranges_found_normalised(text, &["makes cars", "absent", "BYD makes", "", "batteries;"])
            .into_iter()
            .map(|range| &text[range])
            .collect();
    assert_eq!(found, ["makes cars", "BYD  makes", "batteries;"]);
}

/// The marked stretches of `text` for `query`, as (text, marked) pairs.
fn marks<'a>(text: &'a str, query: &str) -> Vec<(&'a str, bool)> {
    highlight_segments(text, &search_terms(query))
        .into_iter()
        .map(|segment| (segment.text, segment.matched))
        .collect()
}

#[test]
fn a_mark_ends_after_the_whole_last_character_whatever_its_length_in_bytes() {
    // Characters of two (é), three (万) and four (😀) bytes in UTF-8 end a match.
    assert_eq!(marks("Café crème", "café"), [("Café", true), (" crème", false)]);
    assert_eq!(marks("年产84万套", "84万"), [("年产", false), ("84万", true), ("套", false)]);
    assert_eq!(marks("ok 😀 fine", "😀"), [("ok ", false), ("😀", true), (" fine", false)]);
    assert_eq!(marks("ok", "x"), [("ok", false)]);
    // A mark at the very end is the last segment: no empty unmarked one follows it. Empty text
    // is one empty unmarked segment, so there is always something to show.
    assert_eq!(marks("BYD 比亚迪", "比亚迪"), [("BYD ", false), ("比亚迪", true)]);
    assert_eq!(marks("", "x"), [("", false)]);
}

#[test]
fn a_cut_text_keeps_whole_characters_and_says_it_was_cut() {
    assert_eq!(truncate_chars("abc", 3), "abc");
    assert_eq!(truncate_chars("abcd", 3), "abc…");
    assert_eq!(truncate_chars("年产84万套", 4), "年产84…");
    assert_eq!(truncate_chars("年产84万", 5), "年产84万");
    assert_eq!(truncate_chars("", 0), "");
}

/// A control's short name for a long text is its first words, cut where a word ends.
#[test]
fn a_short_name_is_a_texts_first_words_cut_at_a_word() {
    let check = |text: &str, expected: &str| {
        let name = short_name(text);
        assert_eq!(name, expected, "{text}");
        assert!(width_units(&name) <= SHORT_NAME_UNITS + 1, "{name}");
    };
    check(
        "Improve the quality of service to enterprises.",
        "Improve the quality of service to enterprises.",
    );
    check(
        "Get to grips with building and attracting projects: focus on key milestones, schedule the work and coordinate promptly.",
        "Get to grips with building and attracting…",
    );
    // The punctuation that ended the last word kept goes with what was cut.
    check(
        "Strengthen industrial chains, fill their gaps; extend them, and more besides",
        "Strengthen industrial chains, fill their gaps…",
    );
    // Chinese, written without spaces, is cut between any two characters; a wide character counts twice.
    check(
        "深入贯彻落实习近平总书记对江苏工作重要讲话精神，全面落实全市新型工业化推进大会要求。",
        "深入贯彻落实习近平总书记对江苏工作重要讲话精神…",
    );
    check("  推动数实融合。  ", "推动数实融合。");
    // A first word wider than the whole is cut between its characters.
    check(&"x".repeat(100), &format!("{}…", "x".repeat(SHORT_NAME_UNITS)));
    check("", "");
}

#[test]
fn invisible_format_characters_are_neither_searched_for_nor_repeated() {
    // U+202E (right-to-left override) alone is no search at all; inside a word, it is nothing.
    assert!(search_terms("\u{202E}").is_empty());
    assert!(search_terms(" \u{200B}\u{2066}\u{2069}\u{FEFF} ").is_empty());
    assert_eq!(search_terms("BY\u{200B}D \u{202E}full"), ["byd", "full"]);
    assert_eq!(search_echo("\u{202E}"), "");
    assert_eq!(search_echo(" \u{2067}BYD\u{2069} full\u{200F} "), "BYD full");
    // A long search is repeated cut, once: the echo of an echo is the same text.
    let long = "x".repeat(5000);
    let echo = search_echo(&long);
    assert_eq!(echo.chars().count(), 61);
    assert!(echo.ends_with("x…"), "{echo}");
    assert_eq!(search_echo(&echo), echo);
    assert_eq!(search_echo("比亚迪"), "比亚迪");
}

#[test]
fn ranges_overlap_when_they_share_a_byte_not_when_they_touch() {
    let cases = [
        (0..5, 3..8, true),
        (3..8, 0..5, true),
        (0..5, 5..8, false),
        (5..8, 0..5, false),
        (0..9, 2..3, true),
        (2..3, 0..9, true),
        (0..2, 4..6, false),
    ];
    for (a, b, expected) in cases {
        assert_eq!(overlaps(&a, &b), expected, "{a:?} and {b:?}");
    }
}

/// The plain way to find `needle` with whitespace collapsed, for comparing with `LocatedText`:
/// collapse the text keeping every byte's origin, and look it up byte by byte.
fn all_by_plain_scan(text: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let mut normalised = String::new();
    let mut origins = Vec::new();
    let mut space_pending = false;
    for (offset, character) in text.char_indices() {
        if character.is_whitespace() {
            space_pending = true;
            continue;
        }
        if std::mem::take(&mut space_pending) {
            normalised.push(' ');
            origins.push(offset);
        }
        let before = normalised.len();
        normalised.push(character);
        origins.extend((0..normalised.len() - before).map(|byte| offset + byte));
    }
    let needle = normalise_whitespace(needle);
    let mut found = Vec::new();
    let mut from = 0;
    while !needle.is_empty() {
        let Some(at) = normalised[from..].find(&needle) else { break };
        let (start, end) = (from + at, from + at + needle.len());
        found.push(origins[start]..origins[end - 1] + 1);
        from = end;
    }
    found
}

proptest! {
    #[test]
    fn located_text_finds_what_a_plain_scan_finds(
        words in proptest::collection::vec(
            ("[ab万é]{1,3}", "( |\n|  |\t|\n\n|\u{3000}|\u{a0}| \u{2029} |\u{85})"),
            0..12,
        ),
        lead in "( |\n\n|\u{3000})?",
        needle in "[ab万é]{1,2}(( |\n|\u{3000})[ab万é]{1,2}){0,2}",
    ) {
        let text: String = std::iter::once(lead)
            .chain(words.into_iter().flat_map(|(word, space)| [word, space]))
            .collect();
        prop_assert_eq!(LocatedText::new(&text).all(&needle), all_by_plain_scan(&text, &needle));
    }
}

proptest! {
    /// Many quotes looked for in one pass are found where each looked for alone is: nested,
    /// repeated, overlapping, missing or blank ones too.
    #[test]
    fn the_first_of_each_is_where_each_alone_is_first(
        words in proptest::collection::vec(
            ("[ab万é]{1,3}", "( |\n|  |\t|\u{3000})"),
            0..12,
        ),
        needles in proptest::collection::vec("[ab万é]{0,2}(( |\n|\u{3000})[ab万é]{1,2}){0,2}", 0..8),
    ) {
        let text: String = words.into_iter().flat_map(|(word, space)| [word, space]).collect();
        let located = LocatedText::new(&text);
        let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
        let alone: Vec<_> = needles.iter().map(|needle| located.first(needle)).collect();
        prop_assert_eq!(located.first_of_each(&needles), alone);
    }
}

#[test]
fn quotes_that_nest_all_over_a_text_are_all_found_first_where_they_are() {
    // Every one of these quotes occurs at every byte of the text, so one pass would report each
    // again and again: past its budget the pass stops and the rest are looked for one by one.
    let text = "a".repeat(2_000) + " b";
    let quotes: Vec<String> =
        (1..=400).map(|length| "a".repeat(length)).chain(["b".into(), "c".into()]).collect();
    let needles: Vec<&str> = quotes.iter().map(String::as_str).collect();
    let found = LocatedText::new(&text).first_of_each(&needles);
    for (length, range) in (1..=400).zip(&found) {
        assert_eq!(range, &Some(0..length));
    }
    assert_eq!(found[400], Some(2_001..2_002));
    assert_eq!(found[401], None);
}

#[test]
fn a_long_paragraph_is_collapsed_without_an_offset_per_byte() {
    // A source pasted as one paragraph of a megabyte, and the same with its sentences on lines
    // of their own: single spaces and line breaks shift no offset, so nothing is kept per byte.
    let sentence = "Lorem ipsum dolor sit amet. ";
    for separator in [" ", "\n"] {
        let mut text = sentence.trim_end().to_string();
        while text.len() < 1_000_000 {
            text.push_str(separator);
            text.push_str(sentence.trim_end());
        }
        text.push_str(separator);
        text.push_str("The project reached full production.");
        let located = LocatedText::new(&text);
        assert_eq!(located.shift_count(), 0, "{separator:?}");
        let found = located.first("reached  full\nproduction.").expect("the last sentence");
        assert_eq!(&text[found], "reached full production.");
    }
    // A blank line between paragraphs (two bytes for one space) shifts the text after it.
    let text = "First paragraph.\n\nSecond paragraph.\n\n\u{3000}Third.";
    let located = LocatedText::new(text);
    assert_eq!(located.shift_count(), 2);
    assert_eq!(
        located.first("paragraph. Third").map(|range| &text[range]),
        Some("paragraph.\n\n\u{3000}Third")
    );
    assert_eq!(located.all("paragraph.").len(), 2);
}

#[test]
fn a_figure_with_a_scale_word_is_one_piece_the_rest_as_it_was() {
    let pieces = |text| figure_pieces(text);
    assert_eq!(
        pieces("该项目年产能60万吨，总投资2.2亿元。"),
        [
            ("该项目年产能", false),
            ("60万", true),
            ("吨，总投资", false),
            ("2.2亿", true),
            ("元。", false)
        ]
    );
    assert_eq!(pieces("１０万套"), [("１０万", true), ("套", false)]);
    assert_eq!(pieces("1000万亿"), [("1000万亿", true)]);
    assert_eq!(pieces("1,200万台"), [("1,200万", true), ("台", false)]);
    // Digits with no scale word after them are no piece of their own: nothing breaks inside them.
    assert_eq!(pieces("840,000 sets a year"), [("840,000 sets a year", false)]);
    assert_eq!(pieces("3月20日"), [("3月20日", false)]);
    assert_eq!(pieces(""), [("", false)]);
    for text in ["60万吨", "a 60万", "万60", "2.2亿元和60万"] {
        assert_eq!(pieces(text).iter().map(|(piece, _)| *piece).collect::<String>(), text);
    }
}

proptest! {
    /// The one-pass search reports every occurrence of every needle, overlapping ones too, each
    /// once, in the order they end: what comparing each needle at each byte finds. A needle
    /// given twice is reported as the first; an empty one never.
    #[test]
    fn needles_are_found_where_a_comparison_at_each_byte_finds_them(
        text in "[ab万]{0,24}",
        needles in proptest::collection::vec("[ab万]{0,3}", 0..7),
    ) {
        let automaton = Needles::new(needles.iter().map(String::as_str));
        prop_assert_eq!(automaton.len(), needles.len());
        let mut found = Vec::new();
        automaton.each_occurrence(&text, |needle, range| {
            found.push((needle, range));
            true
        });
        prop_assert!(found.windows(2).all(|pair| pair[0].1.end <= pair[1].1.end));
        let mut expected = Vec::new();
        for end in 1..=text.len() {
            for (index, needle) in needles.iter().enumerate() {
                let first = needles.iter().position(|other| other == needle) == Some(index);
                let start = end.checked_sub(needle.len());
                if first && !needle.is_empty() && start.is_some_and(|start| text.as_bytes()[start..end] == *needle.as_bytes()) {
                    expected.push((index, start.unwrap()..end));
                }
            }
        }
        found.sort_by_key(|(needle, range)| (range.end, *needle));
        prop_assert_eq!(found, expected);
    }
}

proptest! {
    /// Built a few steps at a time, the search finds exactly what one built at once does, and
    /// every slice but the last ends with its steps spent.
    #[test]
    fn needles_built_a_few_steps_at_a_time_find_what_needles_built_at_once_do(
        text in "[ab万]{0,24}",
        needles in proptest::collection::vec("[ab万]{0,3}", 0..7),
        steps_per_slice in 1usize..6,
    ) {
        let next = |index: usize| needles.get(index).cloned();
        let mut building = NeedlesInProgress::default();
        let mut slices = 0;
        loop {
            let mut steps = steps_per_slice;
            let done = building.advance(next, &mut steps);
            slices += 1;
            prop_assert!(slices < 1000);
            if done {
                break;
            }
            prop_assert_eq!(steps, 0);
        }
        let sliced = building.finish(|_| None);
        let at_once = Needles::new(needles.iter().map(String::as_str));
        let occurrences = |automaton: &Needles| {
            let mut found = Vec::new();
            automaton.each_occurrence(&text, |needle, range| {
                found.push((needle, range));
                true
            });
            found
        };
        prop_assert_eq!(sliced.len(), needles.len());
        prop_assert_eq!(occurrences(&sliced), occurrences(&at_once));
    }
}

/// The search stops when its caller has seen enough.
#[test]
fn a_search_of_needles_stops_when_asked() {
    let automaton = Needles::new(["a", "aa"]);
    let mut seen = 0;
    automaton.each_occurrence("aaaa", |_, _| {
        seen += 1;
        seen < 3
    });
    assert_eq!(seen, 3);
}

proptest! {
    /// However a text is cut into pieces, they cover its span end to end in order, none inside a
    /// character, each within the limit or one character wide (the last but for white space it takes after the last
    /// cut) and ending where the cut rule said, when it said a place after the piece's start (a
    /// rule that says its start is not followed, or the cutting would never end).
    #[test]
    fn pieces_cover_their_span_within_the_limit_at_the_rules_cuts(
        text in "[a 万é。]{0,60}",
        limit in 1usize..12,
        cut_at_space in any::<bool>(),
        rule_says_start in any::<bool>(),
    ) {
        let rule = |piece: &str| match (cut_at_space, rule_says_start) {
            (true, _) => piece.rfind(' ').map(|at| at + 1),
            (false, true) => Some(0),
            (false, false) => None,
        };
        let pieces = pieces_of_at_most(&text, 0..text.len(), limit, rule);
        prop_assert_eq!(pieces.first().map(|piece| piece.start), Some(0));
        prop_assert_eq!(pieces.last().map(|piece| piece.end), Some(text.len()));
        for pair in pieces.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        for (index, piece) in pieces.iter().enumerate() {
            prop_assert!(text.is_char_boundary(piece.start) && text.is_char_boundary(piece.end));
            let last = index + 1 == pieces.len();
            let words = &text[piece.clone()];
            // A limit narrower than a character takes the character whole.
            let within = |words: &str| words.len() <= limit || words.chars().count() == 1;
            prop_assert!(within(words) || (last && within(words.trim_end())), "{:?}", words);
            if !last && cut_at_space && text[piece.start..].len() > limit {
                let mut end = piece.start + limit;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                if end == piece.start {
                    end += text[end..].chars().next().map_or(0, char::len_utf8);
                }
                let space = text[piece.start..end].rfind(' ');
                prop_assert_eq!(piece.end, space.map_or(end, |at| piece.start + at + 1));
            }
        }
    }
}

#[test]
fn lowercase_is_the_standard_lowercase_but_for_a_final_sigma() {
    for text in
        ["", "H", "Q", "?", "Escape", "UP TO 840,000", "不超过 5 万吨", "ＢＹＤ", "İstanbul", "ÀÉÎ"]
    {
        assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
    }
    // The one rule left out: a capital sigma ending a word is "ς" to the standard library.
    assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
    assert_eq!("ΟΔΟΣ".to_lowercase(), "οδος");
}
