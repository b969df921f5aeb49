//! An industry the source does not name, inferred from the context (`industry_inferred`): the
//! validator's checks of it, and every count and label that says it is inferred, in English and
//! Chinese. The bundled Longdian Huaxin copper foil project is one; BYD's industry is stated.

use briefing_explorer::model::chart::{build_charts, Bar};
use briefing_explorer::model::dataset::Dataset;
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::editor::export_json;
use briefing_explorer::model::export::{chart_table_csv, projects_csv};
use briefing_explorer::model::format::{
    industry_pieces, industry_text, inferred_mark, with_inferred,
};
use briefing_explorer::model::query::{Query, StatusKey};
use briefing_explorer::model::strings::{Piece, Strings, EN, ZH};
use briefing_explorer::model::validate::Problem;
use briefing_explorer::model::view::{compute_view, View};
use serde_json::json;

use crate::support::{bundled, bundled_json, query};
use crate::validation::{edited, report_for};

/// Where Longdian Huaxin's inferred industry is in the bundled file.
const LONGDIAN: &str = "briefings[0].projects[1]";

fn view_of(dataset: &Dataset, query: &Query) -> View {
    compute_view(dataset, &DatasetIndex::new(dataset), query)
}

/// Checks that the bundled file with Longdian Huaxin's `industry_inferred` set to `value` is
/// refused with a problem at `path` whose message holds `message`.
fn check_refused(value: serde_json::Value, path: &str, message: &str) {
    let file = edited(|v| v["briefings"][0]["projects"][1]["industry_inferred"] = value.clone());
    let report = report_for(&file);
    let problems: Vec<&Problem> = report.shown().collect();
    assert!(
        problems.iter().any(|problem| {
            problem.location.path() == Some(path) && problem.message.contains(message)
        }),
        "{value}: expected a problem at {path} holding {message:?}, got {:#?}",
        problems.iter().map(|problem| problem.to_string()).collect::<Vec<_>>()
    );
}

#[test]
fn an_inferred_industry_needs_a_quote_found_in_the_source() {
    let quote = format!("{LONGDIAN}.industry_inferred.quote");
    let whole = format!("{LONGDIAN}.industry_inferred");
    check_refused(json!({"quote": " "}), &quote, "the quote is empty");
    check_refused(
        json!({"quote": "Nanjing builds a copper foil industry."}),
        &quote,
        "not verbatim in the briefing's source text",
    );
    check_refused(json!({}), &whole, "quote");
    check_refused(json!("inferred"), &whole, "");
    let why = format!("{whole}.why");
    check_refused(
        json!({"quote": "Nanjing is accelerating", "why": "x"}),
        &why,
        "unexpected field",
    );
}

#[test]
fn the_bundled_copper_foil_industry_is_inferred_and_byds_is_stated() {
    let dataset = bundled();
    let projects = &dataset.briefings[0].projects;
    let inferred: Vec<&str> = projects
        .iter()
        .filter(|project| project.industry_is_inferred())
        .map(|project| project.id.as_str())
        .collect();
    assert_eq!(inferred, ["longdian-huaxin"]);
    // The sentence it is inferred from is among those "Source" marks.
    let longdian = &projects[1];
    let quote = &longdian.industry_inferred.as_ref().expect("inferred").quote;
    assert!(longdian.every_quote().contains(&quote.as_str()));
}

#[test]
fn a_file_with_an_inferred_industry_is_written_back_unchanged() {
    let exported = export_json(&bundled());
    assert!(exported.contains("\"industry_inferred\": {"), "{exported}");
    let written: serde_json::Value = serde_json::from_str(&exported).expect("JSON");
    assert_eq!(written, bundled_json());
    let stated = edited(|v| {
        let project = v["briefings"][0]["projects"][1].as_object_mut().expect("a project");
        project.remove("industry_inferred");
    });
    let dataset: Dataset = serde_json::from_slice(&stated).expect("a dataset");
    assert!(!export_json(&dataset).contains("industry_inferred"));
}

#[test]
fn the_card_says_an_inferred_industry_is_inferred_in_either_language() {
    let words = |strings: &Strings, label: &str, inferred: bool| -> String {
        industry_pieces(label, inferred, strings)
            .into_iter()
            .map(|piece| match piece {
                Piece::Words(words) | Piece::Unbroken(words) => format!("[{words}]"),
                Piece::Value { text, .. } => text,
            })
            .collect()
    };
    assert_eq!(words(&EN, "New energy", true), "New energy[ (inferred)]");
    assert_eq!(words(&ZH, "新能源", true), "新能源[（推断）]");
    assert_eq!(words(&EN, "New energy", false), "New energy");
    assert_eq!(industry_text("New energy", true, &EN), "New energy (inferred)");
    assert_eq!(industry_text("新能源", true, &ZH), "新能源（推断）");
    assert_eq!(industry_text("新能源", false, &ZH), "新能源");
    assert_eq!(with_inferred("2".to_string(), 1, &EN), "2 (1 inferred)");
    assert_eq!(with_inferred("2".to_string(), 1, &ZH), "2（其中 1 个为推断）");
    assert_eq!(with_inferred("2".to_string(), 0, &ZH), "2");
    assert_eq!(inferred_mark(1, &EN).as_deref(), Some("(1 inferred)"));
    assert_eq!(inferred_mark(1, &ZH).as_deref(), Some("（1 个推断）"));
    assert_eq!(inferred_mark(0, &EN), None);
}

#[test]
fn the_industry_filter_counts_inferred_industries_apart_under_the_other_filters() {
    let dataset = bundled();
    let check = |query: &Query, expected: &[(&str, usize, usize)]| {
        let view = view_of(&dataset, query);
        let counts: Vec<(&str, usize, usize)> = view
            .industry_facet
            .iter()
            .map(|option| (option.key.as_str(), option.count, option.inferred))
            .collect();
        assert_eq!(counts, expected, "{query:?}");
        assert!(view.status_facet.iter().all(|option| option.inferred == 0));
    };
    let all = [("new-materials", 1, 0), ("new-energy", 2, 1), ("magnesium-alloys", 1, 0)];
    check(&Query::default(), &all);
    // Under a status filter only BYD, whose industry the source states, is counted.
    let full_production = [StatusKey::Stated("full-production".to_string())];
    check(
        &query(&[], &full_production, ""),
        &[("new-materials", 0, 0), ("new-energy", 1, 0), ("magnesium-alloys", 0, 0)],
    );
    check(
        &query(&[], &[], "copper"),
        &[("new-materials", 0, 0), ("new-energy", 1, 1), ("magnesium-alloys", 0, 0)],
    );
}

#[test]
fn the_industry_chart_says_how_many_of_a_bars_projects_are_inferred() {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    for (strings, label, text, one) in [
        (&EN, "2 projects (1 inferred)", "2 (1 inferred)", "1 project"),
        (&ZH, "2 个项目（其中 1 个为推断）", "2（其中 1 个为推断）", "1 个项目"),
    ] {
        let panel = build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, strings)
            .industries;
        let bar = panel.bars.iter().find(|bar| bar.label == "New energy").expect("a bar");
        assert_eq!((bar.value_label.as_str(), bar.value_text.as_str()), (label, text));
        assert_eq!(bar.value, 2.0, "the bar's length counts every project");
        assert!(bar.accessible_name.contains(label), "{}", bar.accessible_name);
        assert!(panel.summary.contains(&format!("New energy {label}")), "{}", panel.summary);
        let stated = panel.bars.iter().find(|bar| bar.label == "New materials").expect("a bar");
        assert_eq!(stated.value_label, one);
    }
    // A capacity bar's industry, in the table's column, says so too: the label in the data's
    // words, the mark apart from it in the interface's.
    let byd_inferred = edited(|v| {
        v["briefings"][0]["projects"][2]["industry_inferred"] = json!({"quote": "BYD"});
    });
    let dataset: Dataset = serde_json::from_slice(&byd_inferred).expect("a dataset");
    let view = view_of(&dataset, &Query::default());
    for (strings, category, mark) in
        [(&EN, "New energy (inferred)", " (inferred)"), (&ZH, "New energy（推断）", "（推断）")]
    {
        let charts = build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, strings);
        let bars: Vec<&Bar> = charts.capacity.iter().flat_map(|panel| &panel.bars).collect();
        let texts: Vec<String> = bars.iter().map(|bar| bar.category_text(strings)).collect();
        assert_eq!(texts, [category, "Magnesium alloys"]);
        assert_eq!(
            bars[0].category_pieces(strings),
            [
                Piece::Value { slot: 0, text: "New energy".to_string() },
                Piece::Words(mark.to_string())
            ]
        );
        assert_eq!(
            bars[1].category_pieces(strings),
            [Piece::Value { slot: 0, text: "Magnesium alloys".to_string() }]
        );
        assert!(charts.capacity.iter().all(|panel| panel.inferred_heading.is_none()));
    }
}

#[test]
fn the_industry_charts_csv_counts_the_inferred_projects_in_a_column_of_its_own() {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    for (strings, heading) in
        [(&EN, "Projects with industry inferred"), (&ZH, "其中产业为推断的项目数")]
    {
        let panel = build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, strings)
            .industries;
        let csv = chart_table_csv(&panel, strings);
        let rows: Vec<Vec<&str>> = csv.lines().map(|line| line.split(',').collect()).collect();
        assert_eq!(rows[0], [strings.industry, strings.table_projects, heading]);
        assert!(rows.contains(&vec!["New energy", "2", "1"]), "{csv}");
        assert!(rows.contains(&vec!["Magnesium alloys", "1", "0"]), "{csv}");
    }
    // Where no project's industry is inferred, there is no such column.
    let view =
        view_of(&dataset, &query(&[], &[StatusKey::Stated("full-production".to_string())], ""));
    let panel =
        build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, &EN).industries;
    assert_eq!(panel.inferred_heading, None);
    assert_eq!(chart_table_csv(&panel, &EN).lines().next(), Some("Industry,Projects"));
}

#[test]
fn the_projects_csv_says_whether_an_industry_is_stated_or_inferred() {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    for (strings, inferred_word, stated_word) in
        [(&EN, "inferred from context", "stated"), (&ZH, "据上下文推断", "原文写明")]
    {
        let csv = projects_csv(&dataset, &view, strings);
        let rows: Vec<Vec<&str>> =
            csv.split("\r\n").map(|line| line.split(',').collect()).collect();
        let header = &rows[0];
        let basis = header.len() - 2;
        assert_eq!(header[basis..], strings.csv_columns[18..]);
        let row = |id: &str| rows.iter().find(|row| row.get(1) == Some(&id)).expect(id);
        assert_eq!(row("byd")[row("byd").len() - 2..], [stated_word, ""]);
        // Longdian Huaxin's record holds quoted cells with commas, so its last cells are read
        // from the text: its basis, then the sentence its industry is inferred from.
        let quote = &dataset.briefings[0].projects[1].industry_inferred.as_ref().unwrap().quote;
        assert!(csv.contains(&format!(",{inferred_word},\"{quote}\"\r\n")), "{csv}");
    }
}
