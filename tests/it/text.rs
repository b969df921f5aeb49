//! Text helpers of the model: whitespace-tolerant matching of quotes, search marks, cutting.

use briefing_explorer::model::text::{
    contains_normalised, highlight_segments, is_normalised, overlaps, ranges_found_normalised,
    search_terms, truncate_chars, LocatedText, NormalisedText,
};

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
