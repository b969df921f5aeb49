//! A briefing in Chinese throughout (tests/data/chinese.json), read in both interface languages.

use std::rc::Rc;

use briefing_explorer::model::chart::build_charts;
use briefing_explorer::model::dataset::Dataset;
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::slides::build_slides;
use briefing_explorer::model::state::{Action, State};
use briefing_explorer::model::strings::{Strings, EN, ZH};
use briefing_explorer::model::validate::parse_dataset;

fn chinese_dataset() -> Rc<Dataset> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/chinese.json"))
            .expect("tests/data/chinese.json is readable");
    Rc::new(parse_dataset(&text).expect("the Chinese test data is valid"))
}

/// The capacity bars' value labels and the first panel's tick labels.
fn chart_texts(state: &State, strings: &Strings) -> (Vec<String>, Vec<String>, String) {
    let charts = build_charts(
        &state.dataset,
        &DatasetIndex::new(&state.dataset),
        &state.view.projects,
        strings,
    );
    let panel = &charts.capacity[0];
    let bars = charts
        .capacity
        .iter()
        .flat_map(|panel| panel.bars.iter().map(|bar| bar.value_label.clone()))
        .collect();
    let ticks = panel.scale.ticks.iter().map(|tick| tick.label.clone()).collect();
    (bars, ticks, panel.title.clone())
}

#[test]
fn chinese_figures_read_the_chinese_way_in_the_chinese_interface() {
    let state = State::new(chinese_dataset(), "lang=zh");
    let (bars, ticks, title) = chart_texts(&state, &ZH);
    assert_eq!(bars, ["84万套", "6万吨"]);
    assert_eq!(ticks, ["0", "20万", "40万", "60万", "80万", "100万"]);
    assert_eq!(title, "产能（套/年）");
    let (bars, ticks, title) = chart_texts(&state, &EN);
    assert_eq!(bars, ["840,000 套", "60,000 吨"]);
    assert_eq!(ticks[1], "200,000");
    assert_eq!(title, "Capacity in 套 per year");
}

#[test]
fn chinese_data_filters_and_searches_in_either_language() {
    let state = State::new(chinese_dataset(), "lang=en");
    let names = |state: &State| -> Vec<String> {
        state
            .view
            .projects
            .iter()
            .map(|&key| state.dataset.project_at(key).expect("in view").1.short_name.clone())
            .collect()
    };
    let filtered = state.apply(Action::ToggleIndustry("new-materials".into())).expect("a change");
    assert_eq!(names(&filtered), ["华镁压铸", "星海铜箔"]);
    let searched = filtered.apply(Action::SetText("铜箔".into())).expect("a change");
    assert_eq!(names(&searched), ["星海铜箔"]);
    let switched = searched
        .apply(Action::SetLanguage(briefing_explorer::model::language::Language::Chinese))
        .expect("a change");
    assert_eq!(names(&switched), ["星海铜箔"], "switching the language keeps the view");
    assert_eq!(switched.hash(), "industry=new-materials&q=%E9%93%9C%E7%AE%94&lang=zh");
    let slides = build_slides(&switched.dataset, &switched.view);
    assert!(!slides.is_empty());
    // A capacity copied from a card, one term in Chinese, finds its project, as do its words
    // as the English card writes them.
    let everything = State::new(chinese_dataset(), "lang=zh");
    for (typed, found) in [
        ("84万套/年", vec!["滨江电机"]),
        ("6万吨/年", vec!["华镁压铸"]),
        ("840,000 套 / year", vec!["滨江电机"]),
        ("84万吨/年", vec![]),
    ] {
        let searched = everything.apply(Action::SetText(typed.into())).expect("a change");
        assert_eq!(names(&searched), found, "{typed}");
    }
}

/// Paper, the presenter view and the CSV quote every passage behind a project's facts, as the
/// source view marks them: 华镁's status and capacity come from one sentence and its request
/// from another, neither of them the sentence its own quotes hold.
#[test]
fn a_projects_passages_are_every_sentence_behind_its_facts_in_source_order() {
    use briefing_explorer::model::export::projects_csv;
    use briefing_explorer::model::source::project_passages;
    let dataset = chinese_dataset();
    let briefing = &dataset.briefings[0];
    let huamei = briefing.project("huamei-casting").unwrap();
    assert_eq!(
        project_passages(briefing, huamei),
        [
            "在华镁合金压铸项目，林海详细询问项目推进情况。",
            "该项目年产能6万吨镁合金，目前正在建设。",
            "他要求企业加快建设进度，争取早日投产。",
        ]
    );
    // The bundled briefing's figures lie inside the sentences its projects quote: nothing is
    // repeated, and its quotes stay as they were.
    let bundled = crate::support::bundled();
    let byd = bundled.briefings[0].project("byd").unwrap();
    let own: Vec<&str> = byd.quotes.iter().map(String::as_str).collect();
    assert_eq!(project_passages(&bundled.briefings[0], byd), own);
    let state = State::new(Rc::clone(&dataset), "lang=zh");
    let csv = projects_csv(&dataset, &state.view, &ZH);
    assert!(csv.contains("他要求企业加快建设进度，争取早日投产。"), "{csv}");
}
