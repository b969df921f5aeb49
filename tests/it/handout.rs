//! The printed handout's filter line: every filter named, in words, in the interface language.

use briefing_explorer::model::handout::filter_line;
use briefing_explorer::model::query::{Query, StatusKey};
use briefing_explorer::model::strings::{Strings, EN, ZH};

use crate::support::{bundled, query};

fn check(query: Query, strings: &Strings, expected: &str) {
    assert_eq!(filter_line(&query, &bundled(), strings), expected, "for {query:?}");
}

#[test]
fn the_filter_line_names_every_filter_in_english() {
    check(Query::default(), &EN, "Industry: all · Status: all · Search: none");
    check(
        query(&["new-energy"], &[], ""),
        &EN,
        "Industry: New energy · Status: all · Search: none",
    );
    check(
        query(
            &["new-energy", "magnesium-alloys"],
            &[StatusKey::Stated("full-production".into()), StatusKey::NotStated],
            "  copper foil ",
        ),
        &EN,
        "Industry: New energy, Magnesium alloys · Status: Full production, not stated · \
         Search: “copper foil”",
    );
    // An id the dataset does not list stands for itself rather than disappearing.
    check(
        query(&["no-such-industry"], &[], ""),
        &EN,
        "Industry: no-such-industry · Status: all · Search: none",
    );
    // A search of spaces only narrows nothing.
    check(query(&[], &[], "   "), &EN, "Industry: all · Status: all · Search: none");
}

#[test]
fn the_filter_line_names_every_filter_in_chinese() {
    check(Query::default(), &ZH, "产业：全部 · 状态：全部 · 搜索：无");
    check(query(&["new-energy"], &[], ""), &ZH, "产业：New energy · 状态：全部 · 搜索：无");
    check(
        query(&[], &[StatusKey::NotStated], "比亚迪"),
        &ZH,
        "产业：全部 · 状态：未注明 · 搜索：“比亚迪”",
    );
}

#[test]
fn a_printed_list_cut_short_says_how_to_print_the_others() {
    use briefing_explorer::model::handout::{printed_at_most, PRINTED_AT_MOST};
    assert_eq!(PRINTED_AT_MOST, 500);
    assert_eq!(
        printed_at_most(&briefing_explorer::model::strings::EN),
        "A printed handout holds the first 500 of a list: choose filters or search to print the others."
    );
    assert_eq!(
        printed_at_most(&briefing_explorer::model::strings::ZH),
        "打印的简报每个列表只含前 500 项：请用筛选或搜索打印其余各项。"
    );
}
