//! The text an exported chart image carries: title, the filter in words, the source line, the
//! not-stated note and the app's name, and where those lines go.

use briefing_explorer::model::chart::image::{
    filter_in_words, image_layout, image_text, source_line, wrap, ImageText,
};
use briefing_explorer::model::chart::{build_charts, estimate_text_width};
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::query::StatusKey;
use briefing_explorer::model::strings::{EN, ZH};
use briefing_explorer::model::view::compute_view;

use crate::support::{bundled, not_stated_text, query};

#[test]
fn the_filter_reads_in_words() {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    let check = |industries: &[&str], statuses: &[StatusKey], text: &str, expected: &str| {
        let view = compute_view(&dataset, &index, &query(industries, statuses, text));
        assert_eq!(filter_in_words(&view, text, &EN), expected);
    };
    check(&[], &[], "", "All projects");
    check(&[], &[], "   ", "All projects");
    check(
        &["new-energy"],
        &[StatusKey::Stated("full-production".into())],
        "",
        "New energy · Full production",
    );
    check(&["magnesium-alloys", "new-materials"], &[], "", "New materials, Magnesium alloys");
    check(&[], &[StatusKey::NotStated], "copper", "Status not stated · matching “copper”");
}

#[test]
fn the_source_line_names_the_briefing_and_its_date_as_stated() {
    let dataset = bundled();
    let title = "Chen Zhichang special investigation of key industrial project construction";
    assert_eq!(
        source_line(&dataset, &[0], &EN),
        format!("Source: {title}, February 20 — year not stated (English machine translation)")
    );
    assert_eq!(
        source_line(&dataset, &[0], &ZH),
        format!("来源：{title}，2月20日（年份未注明）（English machine translation）")
    );
}

/// Several briefings are each named with its date, not as "All briefings (2 briefings)"; a
/// briefing whose source states no date says so, not a bare "not stated"; what the sources are
/// is said only when they all say it alike.
#[test]
fn the_source_line_names_every_briefing_in_view_and_a_missing_date() {
    let mut dataset = (*bundled()).clone();
    let mut undated = dataset.briefings[0].clone();
    undated.id = "undated".into();
    undated.title = "An undated visit".into();
    undated.date = None;
    dataset.briefings.push(undated);
    assert_eq!(
        source_line(&dataset, &[1], &EN),
        "Source: An undated visit, date not stated (English machine translation)"
    );
    assert_eq!(
        source_line(&dataset, &[0, 1], &EN),
        "Source: 2 briefings: Chen Zhichang special investigation of key industrial project \
         construction, February 20 — year not stated; An undated visit, date not stated \
         (English machine translation)"
    );
    assert_eq!(
        source_line(&dataset, &[1, 0], &ZH),
        "来源：2 份简报：An undated visit，日期未注明；Chen Zhichang special investigation of key \
         industrial project construction，2月20日（年份未注明）（English machine translation）"
    );
    dataset.briefings[1].source.kind = Some("Original Chinese".into());
    assert_eq!(
        source_line(&dataset, &[1], &EN),
        "Source: An undated visit, date not stated (Original Chinese)"
    );
    assert!(!source_line(&dataset, &[0, 1], &EN).contains('('), "two kinds: neither is said");
    dataset.briefings[1].source.kind = None;
    assert_eq!(source_line(&dataset, &[1], &EN), "Source: An undated visit, date not stated");
}

#[test]
fn a_capacity_panel_image_names_the_projects_without_a_figure() {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    let view = compute_view(&dataset, &index, &query(&[], &[], ""));
    let charts = build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, &EN);
    let note = not_stated_text(&charts.not_stated, 12, &EN);
    let text = image_text(&charts.capacity[0], note, &dataset, &view, "", &EN);
    assert_eq!(text.title, charts.capacity[0].title);
    assert_eq!(text.filter, "All projects");
    assert!(text
        .not_stated
        .as_deref()
        .is_some_and(|note| note.starts_with("Capacity not stated: ")));
    assert_eq!(text.made_with, "Made with Briefing Explorer");
}

#[test]
fn image_lines_wrap_to_the_width_and_stack_in_order() {
    let text = ImageText {
        title: "Capacity in sets per year".into(),
        filter: "New energy".into(),
        source: format!("Source: {}", "long title ".repeat(20)),
        not_stated: Some("Capacity not stated: A, B".into()),
        made_with: "Made with Briefing Explorer".into(),
    };
    let layout = image_layout(&text, 600.0);
    assert_eq!(layout.header.len(), 2);
    assert!(layout.header[0].bold && layout.header[0].y < layout.header[1].y);
    assert!(layout.header_height > layout.header[1].y + 13.0);
    let footer: Vec<&str> = layout.footer.iter().map(|mark| mark.text.as_str()).collect();
    assert!(footer.len() >= 4, "the long source wraps: {footer:?}");
    assert_eq!(footer[footer.len() - 1], "Made with Briefing Explorer");
    assert_eq!(footer[footer.len() - 2], "Capacity not stated: A, B");
    for mark in layout.header.iter().chain(&layout.footer) {
        assert!(
            mark.x + estimate_text_width(&mark.text, mark.size) <= 600.0 - 12.0 + 1e-9,
            "{mark:?}"
        );
        assert!(mark.y + mark.size <= layout.footer_height.max(layout.header_height));
    }
    // Lines 22 px apart for the title, 18 for the filter and 17 in the footer, 12 px margins
    // (6 below the header).
    let header_ys: Vec<f64> = layout.header.iter().map(|mark| mark.y).collect();
    assert_eq!(header_ys, [12.0, 34.0]);
    assert_eq!(layout.header_height, 58.0);
    let footer_ys: Vec<f64> = layout.footer.iter().map(|mark| mark.y).collect();
    let expected: Vec<f64> = (0..footer.len()).map(|line| 12.0 + 17.0 * line as f64).collect();
    assert_eq!(footer_ys, expected);
    assert_eq!(layout.footer_height, 12.0 + 17.0 * footer.len() as f64 + 12.0);
    let without_note = image_layout(&ImageText { not_stated: None, ..text.clone() }, 600.0);
    assert_eq!(without_note.footer.len(), layout.footer.len() - 1);
    assert!(without_note.footer_height < layout.footer_height);
}

#[test]
fn wrapping_keeps_words_cuts_long_ones_and_stops_after_four_lines() {
    assert_eq!(wrap("one two three", 1000.0, 10.0), ["one two three"]);
    assert_eq!(wrap("one two three", 50.0, 10.0), ["one two", "three"]);
    assert_eq!(wrap("abcdefghij", 30.0, 10.0), ["abcde", "fghij"]);
    assert!(wrap("", 100.0, 10.0).is_empty());
    let many = wrap(&"word ".repeat(100), 60.0, 10.0);
    assert_eq!(many.len(), 4);
    assert!(many[3].ends_with('…'));
    // At 6 px a character, a 60 px line holds 10: a full last line gives up its last character
    // to the "…"; text of exactly four lines is whole, and has none.
    let full = wrap(&"abcdefghij ".repeat(6), 60.0, 10.0);
    assert_eq!(full, ["abcdefghij", "abcdefghij", "abcdefghij", "abcdefghi…"]);
    assert_eq!(wrap(&"abcdefghij ".repeat(4), 60.0, 10.0), ["abcdefghij"; 4]);
}

#[test]
fn chinese_text_wraps_between_its_characters_but_not_before_a_closing_mark() {
    // At 10 px, a Chinese character is 10 px wide and a Latin one 6: "construction，2月20日"
    // is one word to the spaces, yet breaks after "，" as Chinese text does (it took a line of
    // its own, after a short one), and "2月" stays whole.
    let source = "来源：Chen Zhichang special investigation of key industrial project construction，2月20日（年份未注明）";
    let lines = wrap(source, 250.0, 10.0);
    assert_eq!(
        lines,
        [
            "来源：Chen Zhichang special investigation",
            "of key industrial project construction，",
            "2月20日（年份未注明）",
        ]
    );
    for line in &lines {
        assert!(!line.starts_with(['，', '）', '。']), "{line:?} begins with a closing mark");
        assert!(!line.ends_with('（'), "{line:?} ends with an opening mark");
    }
    // Chinese with no spaces at all fills each line.
    assert_eq!(wrap("各产业项目数各产业项目数", 50.0, 10.0), ["各产业项目", "数各产业项", "目数"]);
    // Latin words keep their spaces, and stay whole.
    assert_eq!(wrap("one two three", 50.0, 10.0), ["one two", "three"]);
}
