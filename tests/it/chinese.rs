//! A briefing in Chinese throughout (tests/data/chinese.json), read in both interface languages.

use std::rc::Rc;

use briefing_explorer::model::chart::build_charts;
use briefing_explorer::model::dataset::Dataset;
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
    let charts = build_charts(&state.dataset, &state.view.projects, strings);
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
    assert_eq!(title, "Capacity in 套 per 年");
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
}
