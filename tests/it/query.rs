//! Query → View on the bundled briefing: filters, counts, directives.

use briefing_explorer::model::dataset::{GlossaryEntry, Project};
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::dataset_index::{
    capacity_segments, name_segments, project_search_text,
};
use briefing_explorer::model::format::format_capacity;
use briefing_explorer::model::language::Language;
use briefing_explorer::model::query::{BriefingChoice, ProjectKey, Query, Selection, StatusKey};
use briefing_explorer::model::source::GlossaryFinder;
use briefing_explorer::model::strings::{EN, ZH};
use briefing_explorer::model::text::{fold, holds_term, search_terms};
use briefing_explorer::model::view::{compute_view, DirectivesAbsence, View, WordMatch};

use crate::support::{bundled, query};

fn view_of(query: &Query) -> (View, Vec<String>) {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    let view = compute_view(&dataset, &index, query);
    let ids =
        view.projects.iter().map(|&key| dataset.project_at(key).unwrap().1.id.clone()).collect();
    (view, ids)
}

fn stated(id: &str) -> StatusKey {
    StatusKey::Stated(id.to_string())
}

/// Checks which projects a query shows, in data order.
fn check(query: Query, expected: &[&str]) {
    let (_, ids) = view_of(&query);
    assert_eq!(ids, expected, "for {query:?}");
}

#[test]
fn filters_select_the_expected_projects() {
    let all = ["north-metallurgy", "longdian-huaxin", "byd", "baowu-magnesium"];
    check(Query::default(), &all);
    check(query(&["magnesium-alloys"], &[], ""), &["baowu-magnesium"]);
    check(query(&["new-energy"], &[], ""), &["longdian-huaxin", "byd"]);
    check(
        query(&["new-energy", "magnesium-alloys"], &[], ""),
        &["longdian-huaxin", "byd", "baowu-magnesium"],
    );
    check(query(&[], &[stated("full-production")], ""), &["byd"]);
    check(query(&[], &[StatusKey::NotStated], ""), &["longdian-huaxin", "baowu-magnesium"]);
    check(query(&["new-energy"], &[StatusKey::NotStated], ""), &["longdian-huaxin"]);
    check(query(&[], &[], "copper"), &["longdian-huaxin"]);
    check(query(&[], &[], "COPPER foil"), &["longdian-huaxin"]);
    check(query(&[], &[], "  byd  "), &["byd"]);
    // No project holds both words, so each project holding either is shown.
    check(query(&[], &[], "copper byd"), &["longdian-huaxin", "byd"]);
    check(query(&["magnesium-alloys"], &[], "copper"), &[]);
    check(query(&[], &[], "zzz"), &[]);
    // Full-width letters and the ideographic space search like their half-width twins.
    check(query(&[], &[], "ＢＹＤ"), &["byd"]);
    check(query(&[], &[], "ｃｏｐｐｅｒ\u{3000}ｆｏｉｌ"), &["longdian-huaxin"]);
}

#[test]
fn folding_treats_full_width_and_chinese_punctuation_as_their_plain_forms() {
    let check = |text: &str, expected: &str| assert_eq!(fold(text), expected, "{text:?}");
    check("ＢＹＤ", "byd");
    check("８４万套", "84万套");
    check("年产８４万套，已投产。", "年产84万套,已投产.");
    check("“宁”（南京）", "\"宁\"(南京)");
    check("Ａ：Ｂ；Ｃ！", "a:b;c!");
    check("新材料、新能源", "新材料,新能源");
}

#[test]
fn facet_counts_honour_the_other_filters() {
    let counts = |view: &View| {
        view.industry_facet
            .iter()
            .map(|option| (option.key.clone(), option.count, option.active))
            .collect::<Vec<_>>()
    };
    let (view, _) = view_of(&Query::default());
    assert_eq!(
        counts(&view),
        [
            ("new-materials".into(), 1, false),
            ("new-energy".into(), 2, false),
            ("magnesium-alloys".into(), 1, false)
        ]
    );
    // An industry filter does not change the industry counts, only marks the option active.
    let (view, _) = view_of(&query(&["magnesium-alloys"], &[], ""));
    assert_eq!(
        counts(&view),
        [
            ("new-materials".into(), 1, false),
            ("new-energy".into(), 2, false),
            ("magnesium-alloys".into(), 1, true)
        ]
    );
    // A status filter does.
    let (view, _) = view_of(&query(&[], &[StatusKey::NotStated], ""));
    assert_eq!(
        counts(&view),
        [
            ("new-materials".into(), 0, false),
            ("new-energy".into(), 1, false),
            ("magnesium-alloys".into(), 1, false)
        ]
    );
    // The status facet follows the industry filter and lists "not stated" last.
    let (view, _) = view_of(&query(&["new-energy"], &[], ""));
    let statuses: Vec<(StatusKey, usize)> =
        view.status_facet.iter().map(|option| (option.key.clone(), option.count)).collect();
    assert_eq!(
        statuses,
        [
            (stated("under-construction"), 0),
            (stated("full-production"), 1),
            (StatusKey::NotStated, 1)
        ]
    );
    assert_eq!(view.total, 4);
}

#[test]
fn city_wide_directives_stay_and_project_ones_follow_the_filter() {
    let dataset = bundled();
    let themes_count = |view: &View| {
        view.directive_groups.iter().map(|group| group.directives.len()).sum::<usize>()
    };
    let (all, _) = view_of(&Query::default());
    let total = dataset.briefings[0].directives.len();
    assert_eq!(themes_count(&all), total);
    let project_specific = dataset.briefings[0]
        .directives
        .iter()
        .filter(|directive| !directive.scope.is_city_wide())
        .count();
    assert!(project_specific >= 1);
    let (magnesium, _) = view_of(&query(&["magnesium-alloys"], &[], ""));
    assert_eq!(
        themes_count(&magnesium),
        total - project_specific,
        "North Metallurgy's directive follows its project"
    );
    // Themes keep their first-appearance order and are not repeated.
    let mut themes: Vec<&str> =
        all.directive_groups.iter().map(|group| group.theme.as_str()).collect();
    let before = themes.len();
    themes.dedup();
    assert_eq!(before, themes.len());
    // A search narrows city-wide directives to those that mention it.
    let (search, _) = view_of(&query(&[], &[], "feedback"));
    assert!(themes_count(&search) >= 1 && themes_count(&search) < total);
}

/// A filter that hides a theme's first directive leaves the theme where the briefing has it
/// (the bundled "Service to enterprises" came last under New energy, after "Investment
/// attraction", on the page, the slides and the handout).
#[test]
fn directive_themes_keep_the_briefings_order_under_any_filter() {
    let dataset = bundled();
    let mut in_briefing: Vec<&str> = Vec::new();
    for directive in &dataset.briefings[0].directives {
        if !in_briefing.contains(&directive.theme.as_str()) {
            in_briefing.push(&directive.theme);
        }
    }
    let themes = |view: &View| -> Vec<String> {
        view.directive_groups.iter().map(|group| group.theme.clone()).collect()
    };
    for industry in ["new-materials", "new-energy", "magnesium-alloys"] {
        let (view, _) = view_of(&query(&[industry], &[], ""));
        let shown = themes(&view);
        let in_order: Vec<String> = in_briefing
            .iter()
            .filter(|theme| shown.iter().any(|shown| shown == *theme))
            .map(|theme| theme.to_string())
            .collect();
        assert_eq!(shown, in_order, "{industry}");
    }
}

#[test]
fn a_selection_hidden_by_filters_is_not_in_the_view() {
    let (view, _) = view_of(&Query::default());
    let byd = view.projects[2];
    let mut selected = query(&[], &[], "");
    selected.selected = Some(Selection::Project(byd));
    assert_eq!(view_of(&selected).0.selected, Some(Selection::Project(byd)));
    let mut hidden = query(&["magnesium-alloys"], &[], "");
    hidden.selected = Some(Selection::Project(byd));
    assert_eq!(view_of(&hidden).0.selected, None);
}

#[test]
fn query_helpers() {
    let mut query = query(&["a"], &[], "x");
    assert!(query.has_filters());
    query.toggle_industry("a");
    query.toggle_industry("b");
    assert_eq!(query.industries, ["b"]);
    query.toggle_status(StatusKey::NotStated);
    assert_eq!(query.statuses, [StatusKey::NotStated]);
    query.toggle_status(stated("planned"));
    query.toggle_status(StatusKey::NotStated);
    assert_eq!(query.statuses, [stated("planned")]);
    assert_eq!(query.cleared(), Query::default());
}

#[test]
fn the_not_stated_toggle_stays_while_it_is_on_even_when_every_status_is_stated() {
    let mut dataset = (*bundled()).clone();
    let full_production = dataset.briefings[0].projects[2].status.clone();
    for project in &mut dataset.briefings[0].projects {
        project.status = full_production.clone();
    }
    let index = DatasetIndex::new(&dataset);
    let not_stated = |view: &View| {
        view.status_facet
            .iter()
            .find(|option| option.key == StatusKey::NotStated)
            .map(|option| (option.count, option.active))
    };
    let view = compute_view(&dataset, &index, &Query::default());
    assert_eq!(not_stated(&view), None, "nothing lacks a status, so no toggle");
    let view = compute_view(&dataset, &index, &query(&[], &[StatusKey::NotStated], ""));
    assert_eq!(not_stated(&view), Some((0, true)), "an active toggle can be switched off");
    assert!(view.projects.is_empty());
}

#[test]
fn several_words_find_the_projects_holding_all_of_them_in_any_order() {
    let cases: &[(&str, &[&str], WordMatch)] = &[
        ("BYD full", &["byd"], WordMatch::All),
        ("full BYD", &["byd"], WordMatch::All),
        ("  byd   FULL  ", &["byd"], WordMatch::All),
        ("copper", &["longdian-huaxin"], WordMatch::All),
        // No project holds both, so each that holds either is shown, and the view says so.
        ("motors copper", &["longdian-huaxin", "byd"], WordMatch::Any),
        ("copper motors", &["longdian-huaxin", "byd"], WordMatch::Any),
        ("BYD copper zinc", &["longdian-huaxin", "byd"], WordMatch::Any),
        ("zinc xyzzy", &[], WordMatch::Any),
    ];
    for &(text, expected, word_match) in cases {
        let (view, ids) = view_of(&query(&[], &[], text));
        assert_eq!(ids, expected, "{text}");
        assert_eq!(view.word_match, word_match, "{text}");
    }
}

/// A city-wide directive holding every word keeps the search to all of them though no project
/// holds them: no project is shown, and that directive alone is. Any one word is enough only when
/// neither a project nor such a directive holds them all, and a project's directive does not
/// count, as it is shown only with its project.
#[test]
fn a_directive_holding_every_word_keeps_the_search_to_all_of_them() {
    let dataset = bundled();
    let cases: &[(&str, &[&str], &[&str], WordMatch)] = &[
        ("land that is started", &[], &["d-start-and-delivery"], WordMatch::All),
        ("number of real integration", &[], &["d-digital-real-integration"], WordMatch::All),
        ("STARTED land", &[], &["d-start-and-delivery"], WordMatch::All),
        // Both words only in the directive on North Metallurgy, which a search does not show
        // without its project: a city-wide directive holding one of them is shown.
        ("proactively protection", &[], &["d-key-projects"], WordMatch::Any),
    ];
    for &(text, projects, directives, word_match) in cases {
        let (view, ids) = view_of(&query(&[], &[], text));
        let shown: Vec<&str> = view
            .directive_groups
            .iter()
            .flat_map(|group| &group.directives)
            .map(|&key| dataset.briefings[key.briefing].directives[key.directive].id.as_str())
            .collect();
        assert_eq!(ids, projects, "{text}");
        assert_eq!(shown, directives, "{text}");
        assert_eq!(view.word_match, word_match, "{text}");
        assert_eq!(view.shows_any_word_matches(), word_match == WordMatch::Any, "{text}");
    }
    // With some filters the directive is still found, and the projects stay none.
    let (view, ids) = view_of(&query(&["new-energy"], &[], "land that is started"));
    assert_eq!((ids.len(), view.directive_count(), view.word_match), (0, 1, WordMatch::All));
}

/// The page says that any one word was enough only when it shows something found so.
#[test]
fn the_any_word_note_goes_with_what_any_word_found() {
    let cases: &[(&[&str], &str, bool)] = &[
        (&[], "motors copper", true),
        (&[], "BYD full", false),
        (&[], "zinc xyzzy", false),
        // No project of that industry holds either word, and no directive does.
        (&["magnesium-alloys"], "motors copper", false),
    ];
    for &(industries, text, noted) in cases {
        let (view, _) = view_of(&query(industries, &[], text));
        assert_eq!(view.shows_any_word_matches(), noted, "{text} in {industries:?}");
    }
}

#[test]
fn filters_are_industries_statuses_and_words_and_clearing_keeps_the_rest() {
    assert!(!Query::default().has_filters());
    assert!(!query(&[], &[], "  ").has_filters(), "blank search words are no filter");
    assert!(query(&["new-energy"], &[], "").has_filters());
    assert!(query(&[], &[StatusKey::NotStated], "").has_filters());
    assert!(query(&[], &[], "byd").has_filters());
    let filtered = Query {
        briefing: BriefingChoice::One("nanjing-key-projects-feb-20".into()),
        language: Some(Language::Chinese),
        presenter: true,
        slide: Some(2),
        ..query(&["new-energy"], &[StatusKey::NotStated], "byd")
    };
    let cleared = filtered.cleared();
    assert!(!cleared.has_filters());
    assert_eq!(
        (cleared.briefing.clone(), cleared.language, cleared.presenter, cleared.slide),
        (filtered.briefing.clone(), Some(Language::Chinese), true, None)
    );
    let fresh = filtered.fresh();
    assert_eq!(
        (fresh.briefing, fresh.language, fresh.presenter),
        (BriefingChoice::default(), Some(Language::Chinese), true)
    );
}

#[test]
fn filters_are_ordered_as_the_dataset_lists_them_unknown_ones_last() {
    let dataset = bundled();
    let mut query = Query {
        industries: vec!["steel".into(), "magnesium-alloys".into(), "new-materials".into()],
        statuses: vec![StatusKey::NotStated, stated("finished"), stated("full-production")],
        ..Query::default()
    };
    query.normalise(&dataset);
    assert_eq!(query.industries, ["new-materials", "magnesium-alloys", "steel"]);
    assert_eq!(
        query.statuses,
        [stated("full-production"), stated("finished"), StatusKey::NotStated],
        "an unknown status before “not stated”"
    );
}

#[test]
fn status_options_read_the_datas_labels_and_not_stated_in_the_interface_language() {
    let (view, _) = view_of(&Query::default());
    let labels = |strings| -> Vec<&str> {
        view.status_facet.iter().map(|option| option.display_label(strings)).collect()
    };
    assert_eq!(labels(&EN), ["Under construction", "Full production", "Status not stated"]);
    assert_eq!(labels(&ZH), ["Under construction", "Full production", "状态未注明"]);
}

/// A page of directives: the first `limit` in theme order, a theme cut where the page ends,
/// themes with none left off, and how many are not on it.
#[test]
fn a_page_of_directives_holds_the_first_ones_in_theme_order() {
    let (view, _) = view_of(&Query::default());
    assert_eq!(view.directive_count(), 14);
    let page = |limit: usize| {
        let page = view.directive_page(limit);
        let groups: Vec<(&str, usize)> =
            page.groups.iter().map(|(theme, keys)| (*theme, keys.len())).collect();
        (groups, page.total, page.remaining)
    };
    assert_eq!(page(3), (vec![("Priorities", 3)], 14, 11));
    assert_eq!(page(6), (vec![("Priorities", 4), ("Service to enterprises", 2)], 14, 8));
    assert_eq!(page(0), (vec![], 14, 14));
    assert_eq!(page(100).0.len(), view.directive_groups.len());
    assert_eq!(page(100).2, 0);
}

#[test]
fn a_briefing_that_fits_on_the_page_keeps_every_card_and_the_filters_hide_the_rest() {
    let dataset = bundled();
    // Each card rendered, by project id, with `+` when shown and `-` when hidden.
    let slots = |query: &Query, limit: usize, selected: Option<ProjectKey>| -> Vec<String> {
        let (view, _) = view_of(query);
        view.card_slots(&dataset, limit, selected)
            .iter()
            .map(|slot| {
                let id = &dataset.project_at(slot.key).unwrap().1.id;
                format!("{}{id}", if slot.shown { '+' } else { '-' })
            })
            .collect()
    };
    let new_energy = query(&["new-energy"], &[], "");
    assert_eq!(
        slots(&new_energy, 24, None),
        ["-north-metallurgy", "+longdian-huaxin", "+byd", "-baowu-magnesium"]
    );
    assert_eq!(
        slots(&query(&[], &[], "zzz"), 4, None),
        ["-north-metallurgy", "-longdian-huaxin", "-byd", "-baowu-magnesium"]
    );
    // A page too small for the briefing holds the first projects in view, and the selected one.
    assert_eq!(
        slots(&Query::default(), 3, None),
        ["+north-metallurgy", "+longdian-huaxin", "+byd"]
    );
    let baowu = Some(ProjectKey { briefing: 0, project: 3 });
    assert_eq!(slots(&Query::default(), 1, baowu), ["+north-metallurgy", "+baowu-magnesium"]);
    assert_eq!(slots(&new_energy, 1, None), ["+longdian-huaxin"]);
}

#[test]
fn a_dataset_without_briefings_shows_nothing() {
    let mut empty = (*bundled()).clone();
    empty.briefings.clear();
    let view = compute_view(&empty, &DatasetIndex::new(&empty), &Query::default());
    assert!(view.briefings.is_empty() && view.projects.is_empty());
    assert_eq!((view.total, view.directive_count()), (0, 0));
}

#[test]
fn the_folded_search_texts_are_made_on_the_first_search_only() {
    let dataset = bundled();
    let index = DatasetIndex::new(&dataset);
    // The index's debug form shows whether its lazily made search texts exist.
    let made = |index: &DatasetIndex| format!("{index:?}").contains("SearchTexts");
    let unsearched = compute_view(&dataset, &index, &query(&["new-energy"], &[], ""));
    assert!(!unsearched.projects.is_empty());
    assert!(!unsearched.directive_groups.is_empty(), "city-wide directives are shown too");
    assert!(!made(&index), "no search, yet the folded texts were made");
    let searched = compute_view(&dataset, &index, &query(&[], &[], "BYD"));
    assert_eq!(searched.projects.len(), 1);
    assert!(made(&index));
}

#[test]
fn an_empty_directives_list_says_whether_the_briefing_states_none_or_the_view_leaves_none() {
    let dataset = bundled();
    let absence = |dataset: &briefing_explorer::model::dataset::Dataset, query: &Query| {
        let view = compute_view(dataset, &DatasetIndex::new(dataset), query);
        view.directives_absence(dataset, !query.text.is_empty())
    };
    assert_eq!(absence(&dataset, &Query::default()), None);
    // The bundled briefing has city-wide directives, so only a search can leave none.
    assert_eq!(
        absence(&dataset, &query(&[], &[], "BYD zzzz")),
        Some(DirectivesAbsence::NoneMatchSearch)
    );
    // Without city-wide directives, a filter leaving no project they concern leaves none.
    let mut project_only = (*dataset).clone();
    project_only.briefings[0].directives.retain(|directive| !directive.scope.is_city_wide());
    assert!(!project_only.briefings[0].directives.is_empty());
    assert_eq!(absence(&project_only, &Query::default()), None);
    assert_eq!(
        absence(&project_only, &query(&["new-energy"], &[], "")),
        Some(DirectivesAbsence::NoneConcernProjects)
    );
    // A briefing that states none says so, whatever the filters and the search.
    let mut none = (*dataset).clone();
    none.briefings[0].directives.clear();
    for query in [Query::default(), query(&[], &[], "BYD"), query(&["new-energy"], &[], "")] {
        assert_eq!(
            absence(&none, &query),
            Some(DirectivesAbsence::NoneStated { briefings: 1 }),
            "for {query:?}"
        );
    }
    assert_eq!(
        DirectivesAbsence::NoneStated { briefings: 1 }.message(&EN),
        "This briefing states no directives."
    );
    assert_eq!(
        DirectivesAbsence::NoneStated { briefings: 2 }.message(&EN),
        "These briefings state no directives."
    );
    assert_eq!(DirectivesAbsence::NoneMatchSearch.message(&EN), "No directive matches the search.");
    assert_eq!(DirectivesAbsence::NoneConcernProjects.message(&ZH), "没有涉及所显示项目的部署。");
}

/// A search for what a card says of a project's industry or status finds that project, by all
/// the words (QA: "under construction" said no project held both words, over the card whose
/// status it marked, and showed a project whose status is not stated for "construction" alone).
#[test]
fn a_project_is_found_by_the_words_its_card_writes_for_its_industry_and_status() {
    for (text, ids) in [
        ("under construction", &["north-metallurgy"][..]),
        ("Under Construction", &["north-metallurgy"]),
        ("full production", &["byd"]),
        ("magnesium alloys", &["baowu-magnesium"]),
        ("new energy", &["longdian-huaxin", "byd"]),
    ] {
        let (view, found) = view_of(&query(&[], &[], text));
        assert_eq!(found, ids, "{text}");
        assert!(!view.shows_any_word_matches(), "{text} is found by all its words");
    }
}

#[test]
fn a_capacity_is_found_as_the_cards_write_it_in_either_language() {
    check(query(&[], &[], "84万"), &["byd"]);
    check(query(&[], &[], "6万"), &["baowu-magnesium"]);
    check(query(&[], &[], "840,000 sets"), &["byd"]);
    check(query(&[], &[], "60,000 tons"), &["baowu-magnesium"]);
    // Typed without separators, as a number is often typed.
    check(query(&[], &[], "840000"), &["byd"]);
    check(query(&[], &[], "60000"), &["baowu-magnesium"]);
    check(query(&[], &[], "８４万"), &["byd"]);
    // With its period, as the card writes it, and by the period alone (QA: "600 tons / day"
    // found the projects counted in tons a year, and "day" nothing).
    check(query(&[], &[], "840,000 sets / year"), &["byd"]);
    check(query(&[], &[], "60,000 tons / year"), &["baowu-magnesium"]);
    check(query(&[], &[], "tons / year"), &["baowu-magnesium"]);
    check(query(&[], &[], "year"), &["byd", "baowu-magnesium"]);
    check(query(&[], &[], "sets / year"), &["byd"]);
    // Its unit alone, as the card writes it, whatever the sentence says.
    let mut dataset = (*bundled()).clone();
    let byd = dataset.briefings[0].projects.iter_mut().find(|project| project.id == "byd").unwrap();
    byd.capacity.as_mut().unwrap().unit = "GWh".into();
    let text = project_search_text(byd, ["", ""], &GlossaryFinder::new(&[]));
    assert!(search_terms("GWh").iter().all(|term| holds_term(&text, term)), "{text}");
}

#[test]
fn a_figure_is_found_as_the_english_cards_write_it_when_the_source_writes_it_otherwise() {
    // BYD's source says "840,000"; here it says "0.84 million", and the card still writes
    // "840,000 sets / year".
    let mut dataset = (*bundled()).clone();
    let byd = dataset.briefings[0].projects.iter_mut().find(|project| project.id == "byd").unwrap();
    let capacity = byd.capacity.as_mut().unwrap();
    capacity.quote = capacity.quote.replace("840,000", "0.84 million");
    let text = project_search_text(byd, ["", ""], &GlossaryFinder::new(&[]));
    let found = |query: &str| search_terms(query).iter().all(|term| holds_term(&text, term));
    assert!(found("840,000"), "{text}");
    assert!(found("840000") && found("84万"));
    assert!(!found("840,001"));
}

#[test]
fn the_card_marks_the_figure_the_search_found_however_it_was_typed() {
    let dataset = bundled();
    let byd = dataset.briefings[0].projects.iter().find(|project| project.id == "byd").unwrap();
    let capacity = byd.capacity.as_ref().unwrap();
    let marks = |strings, query: &str| {
        let figure = format_capacity(capacity, strings);
        capacity_segments(&figure, capacity, strings, &search_terms(query))
            .into_iter()
            .filter(|segment| segment.matched)
            .map(|segment| segment.text.to_string())
            .collect::<Vec<_>>()
    };
    // The Chinese card writes "84万套/年"-style figures; every form of the number marks it.
    for query in ["84万", "840000", "840,000", "８４万", "84"] {
        assert_eq!(marks(&ZH, query), ["84万"], "{query}");
        assert_eq!(marks(&EN, query), ["840,000"], "{query}");
    }
    // Words of the figure are marked as the search finds them, the number alone is not.
    assert_eq!(marks(&EN, "sets"), ["sets"]);
    assert_eq!(marks(&EN, "840000 sets"), ["840,000", "sets"]);
    // A number that is not this figure marks nothing, nor a digit inside it.
    assert!(marks(&EN, "840001").is_empty());
    assert!(marks(&ZH, "40").is_empty());
    assert!(marks(&EN, "").is_empty());
}

/// A card's heading marks the capacity's figure its name writes, however the search wrote it;
/// a figure only part of a longer one in the name is not marked.
#[test]
fn a_name_marks_the_capacity_figure_in_any_form_searched() {
    let dataset = bundled();
    let mut byd = dataset.briefings[0].project("byd").unwrap().clone();
    let marks = |project: &Project, query: &str| {
        name_segments(project, &search_terms(query))
            .into_iter()
            .filter(|segment| segment.matched)
            .map(|segment| segment.text.to_string())
            .collect::<Vec<_>>()
    };
    for query in ["840000", "84万", "840,000", "84"] {
        assert_eq!(marks(&byd, query), ["840,000"], "{query}");
    }
    assert_eq!(marks(&byd, "840000 motors"), ["840,000", "motors"]);
    assert!(marks(&byd, "840001").is_empty());
    let whole = name_segments(&byd, &[]);
    assert_eq!((whole.len(), whole[0].text, whole[0].matched), (1, byd.name.as_str(), false));
    // Inside a longer figure the capacity's is no figure of its own.
    byd.name = "A plant of 1,840,000 sets and 840,000.5 tons".into();
    assert!(marks(&byd, "840000").is_empty());
    byd.name = "年产84万套驱动电机项目".into();
    assert_eq!(marks(&byd, "840000"), ["84万"]);
}

#[test]
fn commas_and_semicolons_separate_words_but_not_a_grouped_number() {
    check(query(&[], &[], "motors,copper"), &["longdian-huaxin", "byd"]);
    check(query(&[], &[], "BYD,full"), &["byd"]);
    check(query(&[], &[], "BYD;full"), &["byd"]);
    assert_eq!(search_terms("电机，铜箔"), ["电机", "铜箔"]);
    assert_eq!(search_terms("电机、铜箔 ；钢"), ["电机", "铜箔", "钢"]);
    assert_eq!(search_terms("840,000 sets, 1,2"), ["840,000", "sets", "1,2"]);
    assert_eq!(search_terms(",a,,b, "), ["a", "b"]);
    // A mark between words is no word of its own, unless the search has nothing else.
    assert_eq!(search_terms("600 tons / day"), ["600", "tons", "day"]);
    assert_eq!(search_terms("R&D - 5G"), ["r&d", "5g"]);
    assert_eq!(search_terms(" / "), ["/"]);
}

#[test]
fn quotation_marks_around_a_search_are_not_searched_for() {
    check(query(&[], &[], "\"BYD\""), &["byd"]);
    check(query(&[], &[], "“drive motors”"), &["byd"]);
    check(query(&[], &[], "'copper'"), &["longdian-huaxin"]);
    assert_eq!(search_terms("「电机」 \"\" BYD's"), ["电机", "byd's"]);
}

#[test]
fn a_latin_word_is_found_at_a_words_start_not_inside_another() {
    // "xi" is inside "Huaxin" only: no project is Xi Jinping's.
    check(query(&[], &[], "xi jinping"), &[]);
    check(query(&[], &[], "xi"), &[]);
    check(query(&[], &[], "huax"), &["longdian-huaxin"]);
    check(query(&[], &[], "motor"), &["byd"]);
    // Chinese has no spaces between words: found anywhere.
    check(query(&[], &[], "万"), &["byd", "baowu-magnesium"]);
    // A number is one word: its groups are not found on their own, its start is.
    check(query(&[], &[], "000"), &[]);
    check(query(&[], &[], "0"), &[]);
    check(query(&[], &[], "840"), &["byd"]);
}

#[test]
fn search_texts_made_a_slice_at_a_time_find_what_texts_made_at_once_do() {
    // Three briefings, so that slices end inside a briefing's projects, inside its directives
    // and at its end.
    let mut dataset = (*bundled()).clone();
    let briefing = dataset.briefings[0].clone();
    dataset.briefings.extend([briefing.clone(), briefing]);
    let records: usize = dataset
        .briefings
        .iter()
        .map(|briefing| briefing.projects.len() + briefing.directives.len())
        .sum();
    let searches = ["BYD", "copper", "feedback", "84万", "zzzz", "new energy"];
    let found = |index: &DatasetIndex| {
        searches
            .iter()
            .map(|&text| {
                let query = Query { briefing: BriefingChoice::All, ..query(&[], &[], text) };
                let view = compute_view(&dataset, index, &query);
                (view.projects, view.directive_groups)
            })
            .collect::<Vec<_>>()
    };
    let at_once = found(&DatasetIndex::new(&dataset));
    assert!(at_once.iter().any(|(projects, _)| projects.len() == 3), "BYD in each briefing");

    let sliced = DatasetIndex::new(&dataset);
    let slices = std::iter::repeat_with(|| sliced.prepare_search_texts(&dataset, 7))
        .take_while(|&done| !done)
        .count();
    // One call per slice of 7, the last one done, and for each briefing's glossary search a
    // little more (its 14 terms take about one record's worth of steps).
    let expected = records.div_ceil(7);
    assert!((expected..=expected + dataset.briefings.len()).contains(&(slices + 1)), "{slices}");
    assert!(sliced.prepare_search_texts(&dataset, 7), "made once, done after");
    assert_eq!(found(&sliced), at_once);

    // A search before the slices are done makes the rest at once.
    let interrupted = DatasetIndex::new(&dataset);
    assert!(!interrupted.prepare_search_texts(&dataset, 20));
    assert_eq!(found(&interrupted), at_once);
    assert!(interrupted.prepare_search_texts(&dataset, 1));
}

#[test]
fn a_long_glossarys_search_is_built_a_slice_at_a_time_and_finds_what_one_built_at_once_does() {
    // 20,001 terms, each with an original wording, the last one the first project's first quote.
    let mut dataset = (*bundled()).clone();
    let briefing = &mut dataset.briefings[0];
    let quote = briefing.projects[0].quotes[0].clone();
    briefing.glossary = (0..20_000)
        .map(|index| GlossaryEntry {
            term: format!("zz{index}zz"),
            reading: "a generated term".into(),
            original: Some(format!("原{index}")),
        })
        .chain([GlossaryEntry {
            term: quote,
            reading: "the project's quote".into(),
            original: Some("尾词".into()),
        }])
        .collect();
    let searched = |index: &DatasetIndex| {
        let query = Query { briefing: BriefingChoice::All, ..query(&[], &[], "尾词") };
        compute_view(&dataset, index, &query).projects
    };
    let at_once = searched(&DatasetIndex::new(&dataset));
    assert_eq!(at_once.len(), 1, "the project whose quote holds the term");

    // Slices of 10 records' worth: the glossary's search alone takes many, where it was built
    // whole in the first slice, however long.
    let sliced = DatasetIndex::new(&dataset);
    let slices = std::iter::repeat_with(|| sliced.prepare_search_texts(&dataset, 10))
        .take_while(|&done| !done)
        .count();
    let records = dataset.briefings[0].projects.len() + dataset.briefings[0].directives.len();
    assert!(slices > 20 + records.div_ceil(10), "{slices} slices");
    assert_eq!(searched(&sliced), at_once);

    // A search while the search is half built finishes it at once.
    let interrupted = DatasetIndex::new(&dataset);
    for _ in 0..10 {
        assert!(!interrupted.prepare_search_texts(&dataset, 10));
    }
    assert_eq!(searched(&interrupted), at_once);
}

#[test]
fn the_reading_notes_original_wording_finds_the_record_whose_own_sentence_it_glosses() {
    let dataset = bundled();
    let directive_summaries = |view: &View| -> Vec<String> {
        view.directive_keys()
            .map(|&key| dataset.directive_at(key).unwrap().1.summary.clone())
            .collect()
    };
    // 智改数转网联 glosses Baowu's request ("wisdom to change the number of network
    // connection"), and no directive's quote.
    let (view, ids) = view_of(&query(&[], &[], "智改数转网联"));
    assert_eq!(ids, ["baowu-magnesium"]);
    assert!(directive_summaries(&view).is_empty(), "{:?}", directive_summaries(&view));
    // 数实融合 glosses a city-wide directive's quote, and no project's.
    let (view, ids) = view_of(&query(&[], &[], "数实融合"));
    assert!(ids.is_empty(), "{ids:?}");
    assert_eq!(directive_summaries(&view).len(), 1, "{:?}", directive_summaries(&view));
    // A note on no record's own sentence (专题调研, on the headline) adds its words to none.
    let (view, ids) = view_of(&query(&[], &[], "专题调研"));
    assert!(ids.is_empty() && directive_summaries(&view).is_empty(), "{ids:?}");
    // Only the notes on the project's own sentences: the glossary alone adds nothing.
    let baowu = &dataset.briefings[0].projects[3];
    let glossary = &dataset.briefings[0].glossary;
    let with_notes = project_search_text(baowu, ["", ""], &GlossaryFinder::new(glossary));
    assert!(
        with_notes.contains("智改数转网联") && !with_notes.contains("数实融合"),
        "{with_notes}"
    );
    assert_eq!(
        with_notes,
        format!(
            "{}\n{}",
            project_search_text(baowu, ["", ""], &GlossaryFinder::new(&[])),
            "智改数转网联"
        )
    );
}
