//! The first screen's words: the summary at a glance, the filter control's label, why nothing
//! matches; and the search words marked where they were found.

use briefing_explorer::model::dataset::{BriefingDate, Dataset};
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::overview::{
    closing_summary, filter_count, filters_hide_every_project, filters_toggle_label, glance,
    glance_line, no_match_announcement, no_match_text, picker_entries, Glance, PickerEntry,
    PickerListing,
};
use briefing_explorer::model::query::{
    BriefingChoice, DirectiveKey, ProjectKey, Query, Selection, StatusKey,
};
use briefing_explorer::model::source::title_glosses;
use briefing_explorer::model::strings::{fill_around, Around, EN, ZH};
use briefing_explorer::model::text::{highlight_segments, search_terms};
use briefing_explorer::model::view::compute_view;

use crate::support::{bundled, query};

#[test]
fn the_summary_counts_the_briefing_in_both_languages() {
    let dataset = bundled();
    let summary = glance(&dataset, &[0]);
    assert_eq!(
        summary,
        Glance {
            projects: 4,
            with_capacity: 2,
            directives: 14,
            source_kind: Some("English machine translation")
        }
    );
    // The source's kind, the dataset's own words, is set apart for its own `lang`.
    let around = |before: &str, value: &str| Around {
        before: before.into(),
        value: value.into(),
        after: String::new(),
    };
    assert_eq!(
        glance_line(&summary, &EN),
        around(
            "4 projects · 2 with a stated capacity · 14 directives · source: ",
            "English machine translation"
        )
    );
    assert_eq!(
        glance_line(&summary, &ZH),
        around("4 个项目 · 其中 2 个注明产能 · 14 条部署 · 来源：", "English machine translation")
    );
    let one = Glance { projects: 1, with_capacity: 0, directives: 1, source_kind: None };
    assert_eq!(
        glance_line(&one, &EN),
        around("1 project · 0 with a stated capacity · 1 directive", "")
    );
    // No briefing in view, or briefings whose sources differ: no source part.
    assert_eq!(
        glance(&dataset, &[]),
        Glance { projects: 0, with_capacity: 0, directives: 0, source_kind: None }
    );
    let mut two = (*dataset).clone();
    let mut second = two.briefings[0].clone();
    second.id = "second".into();
    two.briefings.push(second);
    let both = glance(&two, &[0, 1]);
    assert_eq!((both.projects, both.source_kind), (8, Some("English machine translation")));
    two.briefings[1].source.kind = Some("Chinese original".into());
    assert_eq!(glance(&two, &[0, 1]).source_kind, None);
}

#[test]
fn the_filter_control_counts_the_active_filters() {
    let cases: &[(Query, usize, &str)] = &[
        (Query::default(), 0, "Filters"),
        (query(&["new-energy"], &[], ""), 1, "Filters (1)"),
        (query(&["new-energy"], &[StatusKey::NotStated], "   "), 2, "Filters (2)"),
        (query(&["new-energy", "new-materials"], &[StatusKey::NotStated], "byd"), 4, "Filters (4)"),
    ];
    for (query, count, label) in cases {
        assert_eq!(filter_count(query), *count, "{query:?}");
        assert_eq!(filters_toggle_label(query, &EN), *label);
    }
    assert_eq!(filters_toggle_label(&query(&[], &[], "x"), &ZH), "筛选（1）");
}

#[test]
fn zero_results_say_which_search_and_filters_left_nothing() {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    let cases: &[(Query, &str)] = &[
        (query(&[], &[], " zinc "), "No project matches “zinc”."),
        (
            query(&["new-materials"], &[StatusKey::NotStated], ""),
            "No project matches Industry: New materials · Status: not stated.",
        ),
        (
            query(&["magnesium-alloys", "new-materials"], &[], "copper"),
            "No project matches “copper” with Industry: New materials, Magnesium alloys.",
        ),
    ];
    for (query, expected) in cases {
        let view = compute_view(&dataset, &index, query);
        assert!(view.projects.is_empty(), "{query:?}");
        assert_eq!(no_match_text(&view, &query.text, &EN), *expected);
    }
    // A search longer than the message should be is repeated cut, so that its way out stays near.
    let long = format!("zinc{}", "x".repeat(5000));
    let view = compute_view(&dataset, &index, &query(&[], &[], &long));
    assert_eq!(
        no_match_text(&view, &view.search, &EN),
        format!("No project matches “zinc{}…”.", "x".repeat(56))
    );
    assert_eq!(no_match_text(&view, &long, &EN), no_match_text(&view, &view.search, &EN));
    // A search of invisible characters only is no search: every project is shown.
    let view = compute_view(&dataset, &index, &query(&[], &[], "\u{202E}"));
    assert_eq!(view.projects.len(), 4);
    assert_eq!(view.search, "");
    let view = compute_view(&dataset, &index, &query(&["new-materials"], &[], "copper"));
    assert_eq!(
        no_match_text(&view, "copper", &ZH),
        "没有项目匹配“copper”（产业：New materials）。"
    );
    // The result count's live message says it too, after the count; with projects shown, nothing.
    assert_eq!(
        no_match_announcement(&view, "copper", &EN).as_deref(),
        Some(". No project matches “copper” with Industry: New materials.")
    );
    assert_eq!(
        no_match_announcement(&view, "copper", &ZH).as_deref(),
        Some("。没有项目匹配“copper”（产业：New materials）。")
    );
    let view = compute_view(&dataset, &index, &query(&["new-materials"], &[], ""));
    assert_eq!(no_match_announcement(&view, "", &EN), None);
}

/// "Show all projects" is offered only where a filter or search hides projects; briefings that
/// list none say so plainly, searched or not, and offer nothing to clear.
#[test]
fn briefings_without_projects_say_so_and_offer_nothing_to_clear() {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    let hidden = compute_view(&dataset, &index, &query(&[], &[], "zinc"));
    assert!(filters_hide_every_project(&hidden));
    let shown = compute_view(&dataset, &index, &query(&[], &[], ""));
    assert!(!filters_hide_every_project(&shown));

    let mut projectless = three_briefings();
    for briefing in &mut projectless.briefings {
        briefing.projects.clear();
    }
    let index = DatasetIndex::new(&projectless);
    let all = |text: &str| Query { briefing: BriefingChoice::All, ..query(&[], &[], text) };
    let cases: &[(Query, &str, &str)] = &[
        (query(&[], &[], ""), "This briefing lists no project.", "此简报未列出任何项目。"),
        (query(&[], &[], "zinc"), "This briefing lists no project.", "此简报未列出任何项目。"),
        (all(""), "None of these briefings lists a project.", "这些简报均未列出任何项目。"),
        (all("zinc"), "None of these briefings lists a project.", "这些简报均未列出任何项目。"),
    ];
    for (query, english, chinese) in cases {
        let view = compute_view(&projectless, &index, query);
        assert!(!filters_hide_every_project(&view), "{query:?}");
        assert_eq!(no_match_text(&view, &query.text, &EN), *english, "{query:?}");
        assert_eq!(no_match_text(&view, &query.text, &ZH), *chinese, "{query:?}");
        assert_eq!(
            no_match_announcement(&view, &query.text, &EN),
            Some(format!(". {english}")),
            "{query:?}"
        );
    }
}

/// No project matches, but the search finds directives: the reader is sent to them, in both
/// languages, with or without other filters, and braces typed in the search stay as typed.
#[test]
fn zero_projects_with_directives_found_say_where_they_are() {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    let cases: &[(Query, &str, &str)] = &[
        (
            query(&[], &[], "land that is started"),
            "No project matches “land that is started”. The search finds 1 directive, under Directives below.",
            "没有项目匹配“land that is started”。搜索找到 1 条部署，见下方“工作部署”。",
        ),
        (
            query(&["new-materials"], &[], "integration"),
            "No project matches “integration” with Industry: New materials. The search finds 2 directives, under Directives below.",
            "没有项目匹配“integration”（产业：New materials）。搜索找到 2 条部署，见下方“工作部署”。",
        ),
        (
            query(&[], &[], "{directives} integration"),
            "No project matches “{directives} integration”. The search finds 2 directives, under Directives below.",
            "没有项目匹配“{directives} integration”。搜索找到 2 条部署，见下方“工作部署”。",
        ),
    ];
    for (query, english, chinese) in cases {
        let view = compute_view(&dataset, &index, query);
        assert!(view.projects.is_empty(), "{query:?}");
        assert_eq!(no_match_text(&view, &query.text, &EN), *english);
        assert_eq!(no_match_text(&view, &query.text, &ZH), *chinese);
    }
}

#[test]
fn the_closing_slide_says_all_when_no_project_was_left_out() {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    let all = compute_view(&dataset, &index, &Query::default());
    assert_eq!(closing_summary(&all, &EN), "All 4 projects and 14 directives presented.");
    assert_eq!(closing_summary(&all, &ZH), "已展示全部 4 个项目和 14 条部署。");
    let some = compute_view(&dataset, &index, &query(&["new-materials"], &[], ""));
    assert_eq!(closing_summary(&some, &EN), "1 of 4 projects and 14 directives presented.");
    assert_eq!(closing_summary(&some, &ZH), "已展示 4 个项目中的 1 个，以及 14 条部署。");
    // One directive, or none, is counted as such (QA: "1 directives", "0 directives").
    let mut few = (*dataset).clone();
    few.briefings[0].directives.truncate(1);
    let index = DatasetIndex::new(&few);
    let all = compute_view(&few, &index, &Query::default());
    assert_eq!(closing_summary(&all, &EN), "All 4 projects and 1 directive presented.");
    few.briefings[0].directives.clear();
    let index = DatasetIndex::new(&few);
    let all = compute_view(&few, &index, &Query::default());
    assert_eq!(closing_summary(&all, &EN), "All 4 projects and 0 directives presented.");
    assert_eq!(closing_summary(&all, &ZH), "已展示全部 4 个项目和 0 条部署。");
}

/// The text with each marked stretch in brackets.
fn marked(text: &str, query: &str) -> String {
    highlight_segments(text, &search_terms(query))
        .iter()
        .map(
            |segment| {
                if segment.matched {
                    format!("[{}]", segment.text)
                } else {
                    segment.text.to_string()
                }
            },
        )
        .collect()
}

#[test]
fn search_words_are_marked_where_the_search_found_them() {
    let cases: &[(&str, &str, &str)] = &[
        ("BYD drive motors", "byd", "[BYD] drive motors"),
        ("BYD drive motors", "motors BYD", "[BYD] drive [motors]"),
        ("copper foil, Copper", "COPPER", "[copper] foil, [Copper]"),
        ("nothing here", "zinc", "nothing here"),
        ("nothing here", "", "nothing here"),
        ("", "byd", ""),
        // Overlapping words form one mark.
        ("alloys", "all alloys", "[alloys]"),
        ("alloy", "al all", "[all]oy"),
        // A Latin word is found at a word's start, not inside another ("xi" in "Huaxin").
        ("Longdian Huaxin", "xi", "Longdian Huaxin"),
        ("Huaxin Xi", "xi", "Huaxin [Xi]"),
        // A number is one word: its groups and decimals are not found on their own.
        ("840,000 sets", "000", "840,000 sets"),
        ("840,000 sets", "840", "[840],000 sets"),
        ("840,000 sets", "840,000", "[840,000] sets"),
        ("2.5 GWh", "5", "2.5 GWh"),
        ("motors,000 parts", "000", "motors,[000] parts"),
        // Full-width forms and Chinese punctuation fold as the search folds them.
        ("比亚迪（ＢＹＤ）驱动电机", "byd", "比亚迪（[ＢＹＤ]）驱动电机"),
        ("比亚迪（ＢＹＤ）驱动电机", "电机 比亚迪", "[比亚迪]（ＢＹＤ）驱动[电机]"),
        ("铜箔材料项目", "铜箔", "[铜箔]材料项目"),
        // A character that lower-cases to two keeps its place in the original text.
        ("İstanbul copper", "copper", "İstanbul [copper]"),
        ("İstanbul copper", "i̇stanbul", "[İstanbul] copper"),
    ];
    for &(text, query, expected) in cases {
        assert_eq!(marked(text, query), expected, "{text:?} / {query:?}");
    }
}

#[test]
fn the_headline_gets_the_readings_of_the_glossary_terms_it_contains() {
    let dataset = bundled();
    let readings: Vec<(&str, &str)> = title_glosses(&dataset.briefings[0])
        .iter()
        .map(|entry| (entry.term.as_str(), entry.reading.as_str()))
        .collect();
    assert_eq!(readings, [("special investigation", "a themed inspection visit")]);
}

#[test]
fn each_source_button_has_its_own_id_for_focus_to_return_to() {
    let project = Selection::Project(ProjectKey { briefing: 0, project: 2 });
    let directive = Selection::Directive(DirectiveKey { briefing: 1, directive: 12 });
    assert_eq!(project.source_button_id(), "source-for-project-0-2");
    assert_eq!(directive.source_button_id(), "source-for-directive-1-12");
}

/// The bundled briefing three times over: "march" (March 5, 2024), "undated" (January 2, year
/// not stated) and "may" (May 1, 2023), in that order in the file.
fn three_briefings() -> Dataset {
    let mut dataset = (*bundled()).clone();
    let template = dataset.briefings[0].clone();
    dataset.briefings =
        [("march", Some(2024), 3, 5), ("undated", None, 1, 2), ("may", Some(2023), 5, 1)]
            .into_iter()
            .map(|(id, year, month, day)| {
                let mut briefing = template.clone();
                briefing.id = id.to_string();
                briefing.title = format!("Briefing {id}");
                briefing.date = Some(BriefingDate { year, month, day });
                briefing
            })
            .collect();
    dataset
}

fn values(entries: &[PickerEntry]) -> Vec<(&str, bool)> {
    entries.iter().map(|entry| (entry.value.as_str(), entry.selected)).collect()
}

#[test]
fn the_briefing_picker_lists_every_briefing_oldest_first_with_the_chosen_one_selected() {
    let dataset = three_briefings();
    let one = BriefingChoice::One("may".to_string());
    let entries = picker_entries(&dataset, &one, PickerListing::Every, &EN);
    assert_eq!(
        values(&entries),
        [("all", false), ("undated", false), ("may", true), ("march", false)]
    );
    let labels: Vec<&str> = entries.iter().map(|entry| entry.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "All briefings",
            "January 2 — year not stated · Briefing undated",
            "May 1, 2023 · Briefing may",
            "March 5, 2024 · Briefing march",
        ]
    );
    let all = picker_entries(&dataset, &BriefingChoice::All, PickerListing::Every, &EN);
    assert_eq!(all.iter().filter(|entry| entry.selected).count(), 1);
    assert!(all[0].selected);
    // The default choice is the file's first briefing, wherever it sorts.
    let first = picker_entries(&dataset, &BriefingChoice::First, PickerListing::Every, &ZH);
    assert_eq!(values(&first)[3], ("march", true));
    assert_eq!(first[0].label, ZH.all_briefings);
}

#[test]
fn the_briefing_pickers_first_render_lists_only_the_chosen_briefing() {
    let dataset = three_briefings();
    let listed = |choice: &BriefingChoice| {
        let entries = picker_entries(&dataset, choice, PickerListing::Chosen, &EN);
        let every = picker_entries(&dataset, choice, PickerListing::Every, &EN);
        // What the short list shows is what the whole list shows for those entries.
        for entry in &entries {
            assert!(every.contains(entry), "{entry:?}");
        }
        values(&entries)
            .into_iter()
            .map(|(value, selected)| (value.to_string(), selected))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        listed(&BriefingChoice::One("may".to_string())),
        [("all".to_string(), false), ("may".to_string(), true)]
    );
    assert_eq!(
        listed(&BriefingChoice::First),
        [("all".to_string(), false), ("march".to_string(), true)]
    );
    assert_eq!(listed(&BriefingChoice::All), [("all".to_string(), true)]);
    // A briefing the dataset does not hold: nothing to add, nothing selected.
    assert_eq!(listed(&BriefingChoice::One("gone".to_string())), [("all".to_string(), false)]);
}

#[test]
fn a_template_is_filled_around_the_value_set_apart() {
    assert_eq!(
        fill_around(
            "{slide}: {heading}.",
            "heading",
            "New materials",
            &[("slide", "Slide 3 of 13")]
        ),
        Around {
            before: "Slide 3 of 13: ".into(),
            value: "New materials".into(),
            after: ".".into()
        }
    );
    // A template with no place for the value says the rest, as `fill` would.
    assert_eq!(
        fill_around("Slide {current}", "heading", "New materials", &[("current", "3")]),
        Around { before: "Slide 3".into(), ..Around::default() }
    );
}
