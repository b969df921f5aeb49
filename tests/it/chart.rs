//! Chart building and layout: panels per (unit, period), not-stated lists, scales, geometry,
//! summaries, file names, the bar cap and colours.

use briefing_explorer::model::chart::{
    build_charts, chart_file_name, estimate_text_width, geometry, nice_scale, not_stated_pieces,
    panel_slots, preferred_height, title_mark, tooltip_below, tooltip_left, truncate_to_width,
    Align, BarRect, ChartSet, Panel, TextMark, Tick, MAX_BARS, NOT_STATED_NAMED,
};
use briefing_explorer::model::colour::{industry_color, parse_hex_color, DEFAULT_PALETTE};
use briefing_explorer::model::dataset::{
    Bound, Briefing, BriefingDate, Capacity, Dataset, Industry, Project, SourceDocument,
};
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::query::ProjectKey;
use briefing_explorer::model::query::Query;
use briefing_explorer::model::strings::{Piece, EN, ZH};
use briefing_explorer::model::text::slug;
use briefing_explorer::model::validate::parse_dataset;
use briefing_explorer::model::view::{compute_view, projects_of};

use crate::support::not_stated_text;

/// A project as (short name, industry id, capacity as (value, unit, period)).
type Spec<'s> = (&'s str, &'s str, Option<(f64, &'s str, &'s str)>);

fn industry(id: &str, color: Option<&str>) -> Industry {
    Industry { id: id.to_string(), label: label_of(id), color: color.map(str::to_string) }
}

/// "new-energy" → "New energy".
fn label_of(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut characters = words.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

fn dataset_with(industries: Vec<Industry>, projects: &[Spec]) -> Dataset {
    let projects = projects
        .iter()
        .enumerate()
        .map(|(index, (short_name, industry, capacity))| Project {
            id: format!("p{index}"),
            name: format!("{short_name} project"),
            short_name: short_name.to_string(),
            enterprise: format!("{short_name} Co."),
            industry: industry.to_string(),
            industry_inferred: None,
            sector: "sector".to_string(),
            status: None,
            capacity: capacity.map(|(value, unit, period)| Capacity {
                value,
                unit: unit.to_string(),
                period: period.to_string(),
                of: None,
                bound: None,
                quote: "q".to_string(),
            }),
            requests: Vec::new(),
            quotes: vec!["q".to_string()],
            notes: Vec::new(),
        })
        .collect();
    Dataset {
        title: None,
        industries,
        statuses: Vec::new(),
        briefings: vec![Briefing {
            id: "b".to_string(),
            title: "Briefing".to_string(),
            date: Some(BriefingDate { year: None, month: 2, day: 20 }),
            place: "Nanjing".to_string(),
            officials: Vec::new(),
            participants: Vec::new(),
            source: SourceDocument {
                title: "s".to_string(),
                language: "en".to_string(),
                original_language: None,
                note: "n".to_string(),
                kind: None,
                text: "q".to_string(),
            },
            quotes: Vec::new(),
            glossary: Vec::new(),
            projects,
            directives: Vec::new(),
        }],
    }
}

fn dataset(projects: &[Spec]) -> Dataset {
    dataset_with(
        vec![
            industry("new-materials", Some("#D55E00")),
            industry("new-energy", Some("#009E73")),
            industry("magnesium-alloys", None),
        ],
        projects,
    )
}

fn charts_for(dataset: &Dataset, industries: &[&str]) -> ChartSet {
    let query = Query {
        industries: industries.iter().map(|id| id.to_string()).collect(),
        ..Query::default()
    };
    let view = compute_view(dataset, &DatasetIndex::new(dataset), &query);
    build_charts(dataset, &DatasetIndex::new(dataset), &view.projects, &EN)
}

const BUNDLED: &str = include_str!("../../data/briefings.json");

fn bundled() -> Dataset {
    match parse_dataset(BUNDLED) {
        Ok(dataset) => dataset,
        Err(problems) => panic!("bundled data is invalid: {problems:?}"),
    }
}

/// Panels as "title: label=value, …".
fn describe(charts: &ChartSet) -> Vec<String> {
    charts
        .capacity
        .iter()
        .map(|panel| {
            let bars: Vec<String> =
                panel.bars.iter().map(|bar| format!("{}={}", bar.label, bar.value_text)).collect();
            format!("{}: {}", panel.title, bars.join(", "))
        })
        .collect()
}

#[test]
fn panels_group_by_unit_and_period_in_first_appearance_order() {
    fn check(projects: &[Spec], expected: &[&str]) {
        assert_eq!(
            describe(&charts_for(&dataset(projects), &[])),
            expected,
            "projects: {projects:?}"
        );
    }
    check(&[], &[]);
    check(&[("A", "new-energy", None)], &[]);
    check(
        &[("BYD", "new-energy", Some((840000.0, "sets", "year")))],
        &["Capacity in sets per year: BYD=840,000"],
    );
    check(
        &[
            ("BYD", "new-energy", Some((840000.0, "sets", "year"))),
            ("Baowu", "magnesium-alloys", Some((60000.0, "tons", "year"))),
        ],
        &["Capacity in sets per year: BYD=840,000", "Capacity in tons per year: Baowu=60,000"],
    );
    // Same unit, different period: separate panels.
    check(
        &[
            ("A", "new-energy", Some((5.0, "tons", "month"))),
            ("B", "new-energy", Some((7.0, "tons", "year"))),
        ],
        &["Capacity in tons per month: A=5", "Capacity in tons per year: B=7"],
    );
    // Largest first within a panel; panels keep the order of first appearance.
    check(
        &[
            ("W", "new-energy", Some((10.0, "wafers", "month"))),
            ("S", "new-energy", Some((3.0, "sets", "year"))),
            ("X", "new-energy", Some((30.0, "wafers", "month"))),
        ],
        &["Capacity in wafers per month: X=30, W=10", "Capacity in sets per year: S=3"],
    );
    // A capacity whose source states no period has a panel of its own, titled by its unit.
    check(
        &[
            ("G", "new-energy", Some((20.0, "GWh", ""))),
            ("H", "new-energy", Some((12.0, "GWh", "year"))),
        ],
        &["Capacity in GWh: G=20", "Capacity in GWh per year: H=12"],
    );
    // Ties keep data order.
    check(
        &[
            ("First", "new-energy", Some((2.0, "sets", "year"))),
            ("Second", "new-energy", Some((2.0, "sets", "year"))),
        ],
        &["Capacity in sets per year: First=2, Second=2"],
    );
}

#[test]
fn a_bounded_capacity_is_drawn_at_its_figure_and_labelled_with_its_bound() {
    let mut dataset = bundled();
    let byd = dataset.briefings[0]
        .projects
        .iter_mut()
        .find_map(|project| project.capacity.as_mut().filter(|capacity| capacity.unit == "sets"))
        .expect("BYD's capacity");
    byd.bound = Some(Bound::MoreThan);
    let charts = charts_for(&dataset, &[]);
    let bar = &charts.capacity[0].bars[0];
    assert_eq!(bar.value, 840_000.0);
    assert_eq!(bar.value_label, "more than 840,000 sets");
    assert_eq!(bar.value_text, "more than 840,000");
    assert_eq!(bar.accessible_name, "BYD drive motors: more than 840,000 sets per year");
    assert_eq!(
        charts.capacity[0].summary,
        "Capacity in sets per year: BYD drive motors more than 840,000 sets"
    );
}

#[test]
fn bundled_data_puts_byd_and_baowu_in_separate_panels() {
    let dataset = bundled();
    let charts = charts_for(&dataset, &[]);
    assert_eq!(
        describe(&charts),
        [
            "Capacity in sets per year: BYD drive motors=840,000",
            "Capacity in tons per year: Baowu magnesium die-casting=60,000"
        ]
    );
    assert_eq!(charts.capacity[0].axis_label, "sets per year");
    assert_eq!(charts.capacity[0].bars[0].value_label, "840,000 sets");
    assert_eq!(
        charts.capacity[0].bars[0].accessible_name,
        "BYD drive motors: 840,000 sets per year"
    );
    assert_eq!(
        charts.capacity[0].summary,
        "Capacity in sets per year: BYD drive motors 840,000 sets"
    );
    assert_eq!(
        not_stated_text(&charts.not_stated, 20, &EN).as_deref(),
        Some("Capacity not stated: North Metallurgy alloys, Longdian Huaxin copper foil")
    );
}

#[test]
fn magnesium_filter_leaves_only_the_tons_panel() {
    let dataset = bundled();
    let charts = charts_for(&dataset, &["magnesium-alloys"]);
    assert_eq!(
        describe(&charts),
        ["Capacity in tons per year: Baowu magnesium die-casting=60,000"]
    );
    let everything = format!("{charts:?}");
    assert!(!everything.contains("840,000"), "{everything}");
    assert_eq!(charts.not_stated.count, 0);
}

/// Units that differ only in case, spacing or symbols are panels of their own, each named
/// apart: the page keys its panels by name, and one name for two showed the first panel's bars
/// twice and lost the second's projects.
#[test]
fn units_that_fold_to_one_slug_keep_panels_of_their_own() {
    let dataset = dataset(&[
        ("A", "new-energy", Some((100.0, "sets", "year"))),
        ("B", "new-energy", Some((200.0, "Sets", "year"))),
        ("C", "new-materials", Some((300.0, "sets ", "year"))),
        ("D", "new-materials", Some((5.0, "$", "year"))),
        ("E", "new-materials", Some((6.0, "€", "year"))),
    ]);
    let keys: Vec<ProjectKey> = projects_of(&dataset, &[0]).collect();
    let chosen = build_charts(&dataset, &DatasetIndex::new(&dataset), &keys, &EN).capacity;
    let slugs: std::collections::BTreeSet<&str> =
        chosen.iter().map(|panel| panel.slug.as_str()).collect();
    assert_eq!(chosen.len(), 5);
    assert_eq!(slugs.len(), 5, "{slugs:?}");
    // The plain unit keeps its readable name (file names use it).
    assert!(slugs.contains("capacity-sets-per-year"), "{slugs:?}");
    // Filtered to the second industry, each panel shown is its own project's.
    let in_view = charts_for(&dataset, &["new-materials"]).capacity;
    let shown: Vec<String> = panel_slots(&chosen, &in_view)
        .iter()
        .filter(|slot| slot.shown)
        .map(|slot| {
            let bars: Vec<&str> = slot.panel.bars.iter().map(|bar| bar.label.as_str()).collect();
            bars.join(" ")
        })
        .collect();
    assert_eq!(shown, ["C", "D", "E"]);
}

#[test]
fn periods_the_interface_writes_alike_share_one_panel() {
    let dataset = dataset(&[
        ("A", "new-energy", Some((100.0, "sets", "year"))),
        ("B", "new-energy", Some((200.0, "sets", "年"))),
    ]);
    let keys: Vec<ProjectKey> = projects_of(&dataset, &[0]).collect();
    let describe_in = |strings| {
        let panels = build_charts(&dataset, &DatasetIndex::new(&dataset), &keys, strings).capacity;
        panels.iter().map(|panel| (panel.title.clone(), panel.bars.len())).collect::<Vec<_>>()
    };
    // In Chinese both are 年: one panel, where there were two of one title and one id.
    assert_eq!(describe_in(&ZH), [("产能（sets/年）".to_string(), 2)]);
    assert_eq!(
        build_charts(&dataset, &DatasetIndex::new(&dataset), &keys, &ZH).capacity[0].slug,
        "产能-sets-年"
    );
    // In English both are "year" (a Chinese dataset's 年 is read in the interface's words).
    assert_eq!(describe_in(&EN), [("Capacity in sets per year".to_string(), 2)]);
}

#[test]
fn a_panel_the_filters_empty_is_kept_hidden_in_the_unfiltered_order() {
    let dataset = dataset(&[
        ("A", "new-energy", Some((5.0, "tons", "year"))),
        ("B", "new-materials", Some((7.0, "sets", "year"))),
        ("C", "new-energy", Some((3.0, "sets", "year"))),
        ("D", "magnesium-alloys", None),
    ]);
    let chosen: Vec<ProjectKey> = projects_of(&dataset, &[0]).collect();
    assert_eq!(chosen.len(), 4);
    let chosen = build_charts(&dataset, &DatasetIndex::new(&dataset), &chosen, &EN).capacity;
    // Each slot as "+title: bars" when shown and "-title: bars" when hidden.
    let slots = |industries: &[&str]| -> Vec<String> {
        let in_view = charts_for(&dataset, industries).capacity;
        panel_slots(&chosen, &in_view)
            .iter()
            .map(|slot| {
                let bars: Vec<&str> =
                    slot.panel.bars.iter().map(|bar| bar.label.as_str()).collect();
                let sign = if slot.shown { '+' } else { '-' };
                format!("{sign}{}: {}", slot.panel.title, bars.join(" "))
            })
            .collect()
    };
    assert_eq!(slots(&[]), ["+Capacity in tons per year: A", "+Capacity in sets per year: B C"]);
    // New energy's first project is in tons, but the panels keep the unfiltered order; the
    // sets panel shows only the project in view.
    assert_eq!(
        slots(&["new-energy"]),
        ["+Capacity in tons per year: A", "+Capacity in sets per year: C"]
    );
    // An emptied panel keeps its unfiltered bars, which it was drawn with before the filter.
    assert_eq!(
        slots(&["new-materials"]),
        ["-Capacity in tons per year: A", "+Capacity in sets per year: B"]
    );
    assert_eq!(
        slots(&["magnesium-alloys"]),
        ["-Capacity in tons per year: A", "-Capacity in sets per year: B C"]
    );
    // A panel the unfiltered charts lack is still shown, after them.
    let wafer_data = dataset_with(
        vec![industry("new-energy", None)],
        &[("W", "new-energy", Some((9.0, "wafers", "month")))],
    );
    let wafer_keys = [ProjectKey { briefing: 0, project: 0 }];
    let wafers =
        build_charts(&wafer_data, &DatasetIndex::new(&wafer_data), &wafer_keys, &EN).capacity;
    let shown: Vec<(&str, bool)> = panel_slots(&chosen[..1], &wafers)
        .iter()
        .map(|slot| (slot.panel.title.as_str(), slot.shown))
        .collect();
    assert_eq!(
        shown,
        [("Capacity in tons per year", false), ("Capacity in wafers per month", true)]
    );
}

#[test]
fn projects_without_capacity_are_never_bars_and_are_listed() {
    fn check(projects: &[Spec], expected_bars: usize, expected_text: Option<&str>) {
        let charts = charts_for(&dataset(projects), &[]);
        let bar_count: usize = charts.capacity.iter().map(|panel| panel.bars.len()).sum();
        assert_eq!(bar_count, expected_bars, "{projects:?}");
        assert_eq!(
            not_stated_text(&charts.not_stated, 20, &EN).as_deref(),
            expected_text,
            "{projects:?}"
        );
        for panel in &charts.capacity {
            assert!(panel.bars.iter().all(|bar| bar.value > 0.0), "a zero bar in {panel:?}");
        }
    }
    check(&[], 0, None);
    check(&[("A", "new-energy", Some((1.0, "sets", "year")))], 1, None);
    check(&[("A", "new-energy", None)], 0, Some("Capacity not stated: A"));
    check(
        &[
            ("A", "new-energy", None),
            ("B", "new-energy", Some((1.0, "sets", "year"))),
            ("C", "new-materials", None),
        ],
        1,
        Some("Capacity not stated: A, C"),
    );
    // A zero or non-finite value is not a stated capacity (validation rejects them anyway).
    check(&[("Z", "new-energy", Some((0.0, "sets", "year")))], 0, Some("Capacity not stated: Z"));
    check(
        &[("N", "new-energy", Some((f64::NAN, "sets", "year")))],
        0,
        Some("Capacity not stated: N"),
    );
}

#[test]
fn not_stated_text_names_at_most_the_limit() {
    fn check(count: usize, limit: usize, expected: Option<&str>) {
        let names: Vec<String> = (1..=count).map(|index| format!("P{index}")).collect();
        let specs: Vec<Spec> =
            names.iter().map(|name| (name.as_str(), "new-energy", None)).collect();
        let charts = charts_for(&dataset(&specs), &[]);
        assert_eq!(not_stated_text(&charts.not_stated, limit, &EN).as_deref(), expected);
    }
    check(0, 3, None);
    check(3, 3, Some("Capacity not stated: P1, P2, P3"));
    check(4, 3, Some("Capacity not stated: P1, P2, P3 and 1 more"));
    check(1500, 1, Some("Capacity not stated: P1 and 1,499 more"));
    // The names are the data's words; the rest, the separators too, the interface's.
    let specs: Vec<Spec> = ["P1", "P2"].map(|name| (name, "new-energy", None)).to_vec();
    let charts = charts_for(&dataset(&specs), &[]);
    let name = |text: &str| Piece::Value { slot: 0, text: text.into() };
    assert_eq!(
        not_stated_pieces(&charts.not_stated, 1, &EN),
        Some(vec![
            Piece::Words("Capacity not stated: ".into()),
            name("P1"),
            Piece::Words(" and 1 more".into()),
        ])
    );
    assert_eq!(
        not_stated_pieces(&charts.not_stated, 2, &ZH),
        Some(vec![
            Piece::Words("产能未注明：".into()),
            name("P1"),
            Piece::Words("、".into()),
            name("P2")
        ])
    );
}

#[test]
fn nice_scales_step_by_one_two_or_five_times_a_power_of_ten_at_any_size() {
    // The step is the power of ten the standard library's `powf` gives, times 1, 2 or 5, for
    // values from millionths to a quadrillion and between the steps' thresholds.
    for exponent in -6..=15 {
        for mantissa in [1.0, 1.1, 1.9, 2.5, 4.99, 5.0, 7.5, 9.99] {
            let largest = mantissa * 10f64.powf(f64::from(exponent));
            let raw_step = largest / 5.0;
            let magnitude = 10f64.powf(raw_step.log10().floor());
            let multiple = [1.0, 2.0, 5.0, 10.0]
                .into_iter()
                .find(|&multiple| multiple * magnitude >= raw_step * (1.0 - 1e-9))
                .unwrap_or(10.0);
            let step = nice_scale(largest, 5, false, &EN).step;
            assert_eq!(step, multiple * magnitude, "largest {largest}");
        }
    }
}

#[test]
fn nice_scales_step_by_one_two_or_five() {
    fn check(largest: f64, integer: bool, expected_ticks: &[&str]) {
        let scale = nice_scale(largest, 5, integer, &EN);
        let ticks: Vec<&str> = scale.ticks.iter().map(|tick| tick.label.as_str()).collect();
        assert_eq!(ticks, expected_ticks, "largest {largest}");
        if largest.is_finite() {
            assert!(scale.max >= largest, "max {} below {largest}", scale.max);
        }
        let last = scale.ticks.last().map(|tick| tick.value);
        assert_eq!(last, Some(scale.max));
    }
    check(840000.0, false, &["0", "200,000", "400,000", "600,000", "800,000", "1,000,000"]);
    check(60000.0, false, &["0", "20,000", "40,000", "60,000"]);
    check(1.0, false, &["0", "0.2", "0.4", "0.6", "0.8", "1"]);
    check(7.0, false, &["0", "2", "4", "6", "8"]);
    check(12.0, false, &["0", "5", "10", "15"]);
    check(0.003, false, &["0.000", "0.001", "0.002", "0.003"]);
    // Counts step by whole numbers.
    check(1.0, true, &["0", "1"]);
    check(2.0, true, &["0", "1", "2"]);
    check(9.0, true, &["0", "2", "4", "6", "8", "10"]);
    check(10000.0, true, &["0", "2,000", "4,000", "6,000", "8,000", "10,000"]);
    // Nothing to show still gives a usable axis.
    check(0.0, false, &["0", "0.2", "0.4", "0.6", "0.8", "1"]);
    check(f64::INFINITY, true, &["0", "1"]);
}

fn first_panel(projects: &[Spec]) -> Panel {
    let charts = charts_for(&dataset(projects), &[]);
    charts.capacity.into_iter().next().expect("a capacity panel")
}

#[test]
fn bar_lengths_are_proportional_and_inside_the_plot() {
    fn check(values: &[f64], width: f64, height: f64) {
        let names: Vec<String> =
            (0..values.len()).map(|index| format!("Project {index}")).collect();
        let specs: Vec<Spec> = values
            .iter()
            .zip(&names)
            .map(|(value, name)| (name.as_str(), "new-energy", Some((*value, "tons", "year"))))
            .collect();
        let panel = first_panel(&specs);
        let shape = geometry(&panel, width, height);
        assert_eq!(shape.bars.len(), values.len().min(12));
        let canvas =
            briefing_explorer::model::chart::BarRect { x: 0.0, y: 0.0, w: width, h: height };
        assert!(canvas.contains(&shape.plot), "plot {:?} outside {width}x{height}", shape.plot);
        for (bar, rect) in panel.bars.iter().zip(&shape.bars) {
            assert!(shape.plot.contains(rect), "{rect:?} outside {:?}", shape.plot);
            assert!(rect.x == shape.plot.x, "bars start at zero");
            let expected = bar.value / panel.scale.max * shape.plot.w;
            assert!(
                (rect.w - expected).abs() < 1e-6,
                "width {} for value {}, expected {expected}",
                rect.w,
                bar.value
            );
        }
        for pair in shape.bars.windows(2) {
            assert!(pair[0].bottom() <= pair[1].y, "rows overlap: {pair:?}");
        }
        for (area, rect) in shape.hit_areas.iter().zip(&shape.bars) {
            assert!(area.contains(rect), "hit area {area:?} misses bar {rect:?}");
            assert!(canvas.contains(area), "hit area {area:?} outside the canvas");
        }
    }
    check(&[840000.0], 600.0, 120.0);
    check(&[60000.0, 30000.0, 15000.0], 390.0, 200.0);
    check(&[5.0, 4.0, 3.0, 2.0, 1.0], 1200.0, 400.0);
    // Squeezed below the preferred height, rows shrink but stay inside.
    check(&[3.0, 2.0, 1.0], 300.0, 90.0);
    // More than the cap: only the drawn bars get rectangles.
    check(&(1..=20).map(f64::from).collect::<Vec<_>>(), 800.0, 900.0);
}

#[test]
fn bar_geometry_in_pixels() {
    let panel = first_panel(&[
        ("Big", "new-energy", Some((100.0, "sets", "year"))),
        ("Half", "new-energy", Some((50.0, "sets", "year"))),
    ]);
    assert_eq!(panel.scale.max, 100.0);
    let height = preferred_height(&panel);
    assert_eq!(height, 8.0 + 2.0 * 48.0 + 46.0);
    let bars = geometry(&panel, 500.0, height).bars;
    // Both bars start at the plot's left edge, the second is half as long and one row lower.
    assert_eq!(bars[0].x, 12.0);
    assert_eq!(bars[0].y, 8.0 + 20.0);
    assert_eq!(bars[0].h, 18.0);
    assert!((bars[1].w * 2.0 - bars[0].w).abs() < 1e-9);
    assert_eq!(bars[1].y, bars[0].y + 48.0);
}

/// The numbers of a rectangle, for comparing with a tolerance.
fn edges(rect: &BarRect) -> [f64; 4] {
    [rect.x, rect.y, rect.w, rect.h]
}

fn assert_near(actual: &[f64], expected: &[f64], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}: {actual:?}");
    let near =
        actual.iter().zip(expected).all(|(actual, expected)| (actual - expected).abs() < 1e-9);
    assert!(near, "{what}: {actual:?}, expected {expected:?}");
}

/// Every mark of a two-bar panel (100 and 50 sets a year; the scale's ticks 0, 20, … 100), worked
/// out by hand from the layout: 12 px side padding, 8 above, 46 below; rows of a 20 px label line,
/// an 18 px bar and a 10 px gap; the widest value label ("100 sets": 8 × 12 px × 0.6 = 57.6) and
/// its 6 px gap beside the plot, at most 45% of the inner width.
#[test]
fn every_mark_in_pixels_at_its_height_squeezed_and_narrow() {
    let panel = first_panel(&[
        ("Big", "new-energy", Some((100.0, "sets", "year"))),
        ("Half", "new-energy", Some((50.0, "sets", "year"))),
    ]);
    let text_at = |mark: &TextMark| [mark.x, mark.y, mark.size];

    // 500 × 150, the natural height (8 + 2 × 48 + 46): the plot is 476 − 63.6 = 412.4 wide.
    let shape = geometry(&panel, 500.0, 150.0);
    assert_near(&edges(&shape.plot), &[12.0, 8.0, 412.4, 96.0], "plot");
    assert_near(&edges(&shape.bars[0]), &[12.0, 28.0, 412.4, 18.0], "first bar");
    assert_near(&edges(&shape.bars[1]), &[12.0, 76.0, 206.2, 18.0], "second bar");
    // A row's hit area: label line, bar and 4 px of the gap, the whole width.
    assert_near(&edges(&shape.hit_areas[1]), &[0.0, 56.0, 500.0, 42.0], "hit area");
    assert_near(&text_at(&shape.labels[1]), &[12.0, 56.0, 13.0], "label");
    // A value label starts 6 px after its bar, level with the bar's middle.
    assert_near(&text_at(&shape.values[0]), &[430.4, 37.0, 12.0], "first value");
    assert_near(&text_at(&shape.values[1]), &[224.2, 85.0, 12.0], "second value");
    let tick_xs: Vec<f64> = shape.ticks.iter().map(|tick| tick.x).collect();
    assert_near(&tick_xs, &[12.0, 94.48, 176.96, 259.44, 341.92, 424.4], "ticks");
    let tick_label = shape.ticks[1].label.as_ref().expect("every tick labelled at 500 px");
    assert_near(&text_at(tick_label), &[94.48, 110.0, 11.0], "tick label");
    assert_eq!(tick_label.align, Align::Middle);
    assert_near(&text_at(&shape.axis_label), &[218.2, 130.0, 12.0], "axis label");

    // 300 × 90: rows of 18 px instead of 48, so label line and bar shrink to 0.375 of theirs
    // (7.5 and 6.75 px) and text to 0.75 of its size, no smaller.
    let shape = geometry(&panel, 300.0, 90.0);
    assert_near(&edges(&shape.plot), &[12.0, 8.0, 212.4, 36.0], "squeezed plot");
    assert_near(&edges(&shape.bars[1]), &[12.0, 33.5, 106.2, 6.75], "squeezed bar");
    assert_near(&edges(&shape.hit_areas[1]), &[0.0, 26.0, 300.0, 18.0], "squeezed hit area");
    assert_near(&text_at(&shape.labels[1]), &[12.0, 26.0, 9.75], "squeezed label");
    assert_near(&text_at(&shape.values[1]), &[124.2, 36.875, 9.0], "squeezed value");

    // 120 wide: the value labels get 45% of the 96 px (43.2), and the ticks, 10.56 px apart,
    // need three apart for a label (its estimated 19.8 px and 8 more); the labels are evenly
    // spaced to the end, which is always labelled, so every fifth of the five: 0 and 100.
    let shape = geometry(&panel, 120.0, 150.0);
    assert_near(&edges(&shape.plot), &[12.0, 8.0, 52.8, 96.0], "narrow plot");
    let labelled: Vec<&str> = shape
        .ticks
        .iter()
        .filter_map(|tick| tick.label.as_ref().map(|label| label.text.as_str()))
        .collect();
    assert_eq!(labelled, ["0", "100"]);
}

/// BYD's 840,000 sets a year beside another project's 300,000: a scale to 1,000,000.
fn sets_panel() -> Panel {
    first_panel(&[
        ("BYD", "new-energy", Some((840_000.0, "sets", "year"))),
        ("Other", "new-energy", Some((300_000.0, "sets", "year"))),
    ])
}

/// At any width the labelled ticks are evenly spaced from the start to the end (helper-73: at
/// 1280 px the sets-per-year chart read 0, 400,000, 1,000,000).
#[test]
fn tick_labels_are_evenly_spaced_from_the_start_to_the_end_at_any_width() {
    let panel = sets_panel();
    let mut some_thinned = false;
    for width in (120..=1400).step_by(10) {
        let shape = geometry(&panel, f64::from(width), preferred_height(&panel));
        let labelled: Vec<usize> =
            (0..shape.ticks.len()).filter(|&index| shape.ticks[index].label.is_some()).collect();
        let last = shape.ticks.len() - 1;
        assert_eq!(labelled.last(), Some(&last), "{width}: the end is labelled");
        if labelled.len() > 1 {
            let step = labelled[1] - labelled[0];
            assert_eq!(labelled[0], 0, "{width}: {labelled:?}");
            assert!(
                labelled.windows(2).all(|pair| pair[1] - pair[0] == step),
                "{width}: {labelled:?}"
            );
            some_thinned |= step > 1;
        }
    }
    assert!(some_thinned, "no width thins the labels: the check checks nothing");
}

/// The scale's end is labelled ("1,000,000" after "840,000 sets"), and no gridline crosses a
/// bar's value label or the name of the bar below: the line through "840,000 sets" is broken
/// around it, as is the line through "Magnesium alloys" (helper-73, at 390 px).
#[test]
fn the_scales_end_is_labelled_and_no_gridline_strikes_through_a_value_or_a_name() {
    let dataset = bundled();
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let industries =
        build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, &EN).industries;
    let (mut crossed_value, mut crossed_name) = (false, false);
    for panel in [sets_panel(), industries] {
        for width in [320.0, 390.0, 700.0, 1200.0] {
            let shape = geometry(&panel, width, preferred_height(&panel));
            let end = shape.ticks.last().expect("ticks");
            let end_label =
                end.label.as_ref().unwrap_or_else(|| panic!("end unlabelled at {width}"));
            assert_eq!(Some(&end_label.text), panel.scale.ticks.last().map(|tick| &tick.label));
            for tick in &shape.ticks {
                let spans = shape.gridline_spans(tick.x);
                assert!(!spans.is_empty(), "the gridline at {} is drawn", tick.x);
                // A value's text is centred on its y; a name's hangs from it.
                let values = shape.values.iter().map(|value| (value, value.size / 2.0, true));
                // The axis runs along the names' start, which their text begins just right of.
                let names = shape.labels.iter().filter(|_| tick.x > shape.plot.x);
                let names = names.map(|name| (name, 0.0, false));
                for (mark, above, is_value) in values.chain(names) {
                    let right = mark.x + estimate_text_width(&mark.text, mark.size);
                    let (top, bottom) = (mark.y - above, mark.y - above + mark.size);
                    let first_spans_top = spans.first().map_or(f64::MAX, |span| span.0);
                    if !(mark.x..=right).contains(&tick.x) || bottom <= first_spans_top {
                        continue;
                    }
                    crossed_value |= is_value;
                    crossed_name |= !is_value;
                    for &(from, to) in &spans {
                        assert!(
                            to <= top || from >= bottom,
                            "{width}: span {from}–{to} crosses {mark:?}"
                        );
                    }
                }
            }
        }
    }
    // At some of these widths the 1,000,000 gridline runs through "840,000 sets"' place, and the
    // "1" gridline through "Magnesium alloys".
    assert!(crossed_value, "no gridline meets a value label: the check checks nothing");
    assert!(crossed_name, "no gridline meets a bar's name: the check checks nothing");
}

/// A label too wide for the panel's inner width is shortened at the size it is drawn at: a
/// squeezed row's smaller text keeps more of it. 120 px wide, 96 inside: 13 px text keeps
/// 96 / 7.8 = 12 characters less one for the "…"; 9.75 px text 96 / 5.85 = 16 less one.
#[test]
fn long_labels_are_shortened_at_the_size_they_are_drawn() {
    let panel = first_panel(&[
        ("A rather long project name", "new-energy", Some((100.0, "sets", "year"))),
        ("Half", "new-energy", Some((50.0, "sets", "year"))),
    ]);
    assert_eq!(geometry(&panel, 120.0, 150.0).labels[0].text, "A rather lo…");
    assert_eq!(geometry(&panel, 120.0, 90.0).labels[0].text, "A rather long p…");
    assert_eq!(geometry(&panel, 500.0, 90.0).labels[0].text, "A rather long project name");
}

/// `nice_scale` never makes a scale of zero, but a panel is plain data: one that has it still
/// gets numbers to draw with, not NaN.
#[test]
fn a_scale_of_zero_draws_at_zero_instead_of_dividing_by_it() {
    let mut panel = first_panel(&[("Nil", "new-energy", Some((1.0, "sets", "year")))]);
    panel.scale.max = 0.0;
    panel.bars[0].value = 0.0;
    let shape = geometry(&panel, 300.0, preferred_height(&panel));
    assert_eq!(shape.bars[0].w, 0.0);
    assert_eq!(shape.ticks[0].x, shape.plot.x);
    assert!(shape.ticks.iter().all(|tick| tick.x.is_finite()), "{:?}", shape.ticks);
}

/// A tick label that would stick out of the panel is moved in until it touches the edge instead
/// of being centred on its tick. Real panels never need it (the first label is a short "0", and the value labels'
/// room keeps the last one in), so the scale and value labels here are made up.
#[test]
fn tick_labels_at_the_panel_edges_stay_inside_it() {
    let mut panel = first_panel(&[("P", "new-energy", Some((1.0, "sets", "year")))]);
    panel.bars[0].value_label = String::new();
    panel.scale.max = 1_000_000.0;
    panel.scale.ticks = vec![
        Tick { value: 0.0, label: "0".into() },
        Tick { value: 1_000_000.0, label: "1,000,000".into() },
    ];
    // 200 px wide, 6 px for the empty value labels: the plot ends at 182, and "1,000,000"
    // (9 × 6.6 = 59.4 px) centred there would end at 211.7; centred at 170.3 it ends at 200.
    let labels = |panel: &Panel| -> Vec<f64> {
        let shape = geometry(panel, 200.0, preferred_height(panel));
        shape.ticks.iter().filter_map(|tick| tick.label.as_ref()).map(|label| label.x).collect()
    };
    assert_near(&labels(&panel), &[12.0, 170.3], "tick label centres");
    // A first label of 16 characters (105.6 px) centred on the plot's start (12 px) would begin
    // before the panel; centred at 52.8 it begins at its edge.
    panel.scale.ticks[0].label = "a long tick name".into();
    assert_near(&labels(&panel)[..1], &[52.8], "first tick label centre");
}

/// A bar's tooltip is centred over the bar's end, but no closer to the panel's edges than half
/// its width (its text at 13 px, 0.6 em a character, plus 12 px), measured from its hit area.
#[test]
fn tooltips_sit_over_the_bar_end_and_inside_the_panel() {
    let bar = |right: f64| BarRect { x: 12.0, y: 0.0, w: right - 12.0, h: 18.0 };
    let area = |x: f64| BarRect { x, y: 0.0, w: 400.0, h: 40.0 };
    // "abc": 3 × 7.8 / 2 + 12 = 23.7 px each side.
    assert_eq!(tooltip_left("abc", &bar(200.0), &area(0.0), 400.0), 200.0);
    assert_eq!(tooltip_left("abc", &bar(200.0), &area(5.0), 400.0), 195.0);
    let near_edges = [
        tooltip_left("abc", &bar(14.0), &area(0.0), 400.0),
        tooltip_left("abc", &bar(395.0), &area(0.0), 400.0),
    ];
    assert_near(&near_edges, &[23.7, 376.3], "tooltips near the edges");
    // A tooltip wider than the panel is centred in it.
    assert_eq!(tooltip_left(&"x".repeat(100), &bar(395.0), &area(0.0), 400.0), 200.0);
}

#[test]
fn the_top_rows_tooltips_open_below_so_the_title_stays_readable() {
    let row = |y: f64| BarRect { x: 0.0, y, w: 400.0, h: 40.0 };
    // One line of tip needs about 28 px above its row.
    assert!(tooltip_below("BYD drive motors: 840,000 sets per year", &row(8.0), 400.0));
    assert!(!tooltip_below("BYD drive motors: 840,000 sets per year", &row(56.0), 400.0));
    // A tip that wraps to four lines on a phone's panel needs more.
    let long = "x".repeat(80);
    assert!(tooltip_below(&long, &row(56.0), 200.0));
    assert!(!tooltip_below(&long, &row(104.0), 200.0));
}

#[test]
fn a_long_unit_leaves_the_figure_alone_rather_than_be_cut_at_the_edge() {
    let unit = "twelve-inch equivalent silicon wafers (300 mm)";
    let panel = first_panel(&[
        ("Wafers", "new-energy", Some((123_456_789.0, unit, "month"))),
        ("Small", "new-energy", Some((5.0, unit, "month"))),
    ]);
    let shape = geometry(&panel, 400.0, preferred_height(&panel));
    // The longest bar's label would run past the panel: its figure, whose unit the title names.
    assert_eq!(shape.values[0].text, "123,456,789");
    assert!(panel.title.contains(unit), "{}", panel.title);
    // The short bar has room for the unit.
    assert_eq!(shape.values[1].text, format!("5 {unit}"));
    // A short unit keeps its place after the longest bar, as the room was made for it.
    for width in [300.0, 333.3, 400.0, 517.7, 1200.0] {
        let panel = first_panel(&[("Baowu", "magnesium-alloys", Some((60_000.0, "tons", "year")))]);
        let shape = geometry(&panel, width, preferred_height(&panel));
        assert_eq!(shape.values[0].text, "60,000 tons", "at {width} px");
    }
    for value in &shape.values {
        let end = value.x + estimate_text_width(&value.text, value.size);
        assert!(end <= 400.0, "{value:?} runs past the panel");
    }
}

#[test]
fn an_image_title_sits_in_the_middle_of_its_band() {
    let panel = first_panel(&[("P", "new-energy", Some((1.0, "sets", "year")))]);
    let title = title_mark(&panel);
    assert_eq!((title.text.as_str(), title.x, title.y), ("Capacity in sets per year", 12.0, 20.0));
    assert!(title.bold);
}

#[test]
fn value_labels_follow_their_bars_and_tick_labels_do_not_overlap() {
    fn check(values: &[f64], width: f64) {
        let names: Vec<String> = (0..values.len()).map(|index| format!("P{index}")).collect();
        let specs: Vec<Spec> = values
            .iter()
            .zip(&names)
            .map(|(value, name)| (name.as_str(), "new-energy", Some((*value, "sets", "year"))))
            .collect();
        let panel = first_panel(&specs);
        let shape = geometry(&panel, width, preferred_height(&panel));
        for (value, bar) in shape.values.iter().zip(&shape.bars) {
            assert!(value.x > bar.right(), "value label {value:?} not after bar {bar:?}");
            let end = value.x
                + briefing_explorer::model::chart::estimate_text_width(&value.text, value.size);
            assert!(end <= width + 1e-6, "value label {value:?} runs past {width}");
        }
        let labelled: Vec<_> = shape.ticks.iter().filter_map(|tick| tick.label.as_ref()).collect();
        assert!(!labelled.is_empty(), "no tick label at width {width}");
        assert_eq!(labelled[0].text, "0");
        for pair in labelled.windows(2) {
            let left_end = pair[0].x
                + briefing_explorer::model::chart::estimate_text_width(&pair[0].text, pair[0].size)
                    / 2.0;
            let right_start = pair[1].x
                - briefing_explorer::model::chart::estimate_text_width(&pair[1].text, pair[1].size)
                    / 2.0;
            assert!(left_end < right_start, "tick labels overlap at width {width}: {pair:?}");
        }
    }
    check(&[840000.0], 1200.0);
    check(&[840000.0], 340.0);
    check(&[123456789.0, 5.0], 300.0);
    check(&[3.0], 200.0);
}

#[test]
fn summaries_name_every_drawn_bar() {
    fn check(projects: &[Spec], expected: &[&str]) {
        let charts = charts_for(&dataset(projects), &[]);
        let summaries: Vec<&str> =
            charts.capacity.iter().map(|panel| panel.summary.as_str()).collect();
        assert_eq!(summaries, expected);
    }
    check(
        &[("BYD drive motors", "new-energy", Some((840000.0, "sets", "year")))],
        &["Capacity in sets per year: BYD drive motors 840,000 sets"],
    );
    check(
        &[
            ("A", "new-energy", Some((1.5, "tons", "day"))),
            ("B", "new-energy", Some((1234.0, "tons", "day"))),
        ],
        &["Capacity in tons per day: B 1,234 tons, A 1.5 tons"],
    );
}

#[test]
fn industry_counts_cover_the_visible_projects() {
    fn check(projects: &[Spec], filter: &[&str], expected: &[&str], summary: &str) {
        let charts = charts_for(&dataset(projects), filter);
        let bars: Vec<String> = charts
            .industries
            .bars
            .iter()
            .map(|bar| format!("{}={}", bar.label, bar.value_label))
            .collect();
        assert_eq!(bars, expected);
        assert_eq!(charts.industries.summary, summary);
        assert!(charts.industries.bars.iter().all(|bar| bar.key.is_none()));
    }
    let sparse: &[Spec] = &[
        ("A", "new-materials", None),
        ("B", "new-energy", None),
        ("C", "new-energy", Some((1.0, "sets", "year"))),
        ("D", "magnesium-alloys", None),
    ];
    check(
        sparse,
        &[],
        &["New energy=2 projects", "New materials=1 project", "Magnesium alloys=1 project"],
        "Projects per industry: New energy 2 projects, New materials 1 project, Magnesium alloys 1 project",
    );
    check(
        sparse,
        &["magnesium-alloys"],
        &["Magnesium alloys=1 project"],
        "Projects per industry: Magnesium alloys 1 project",
    );
    check(&[], &[], &[], "Projects per industry: No project in view.");
    // An industry missing from the vocabulary is shown by its id.
    check(
        &[("X", "robotics", None)],
        &[],
        &["robotics=1 project"],
        "Projects per industry: robotics 1 project",
    );
}

#[test]
fn panels_cap_their_bars_and_count_the_rest() {
    fn check(count: usize, expected_bars: usize, expected_overflow: Option<&str>) {
        let names: Vec<String> = (0..count).map(|index| format!("P{index}")).collect();
        let specs: Vec<Spec> = names
            .iter()
            .enumerate()
            .map(|(index, name)| {
                (name.as_str(), "new-energy", Some(((index + 1) as f64, "tons", "year")))
            })
            .collect();
        let panel = first_panel(&specs);
        assert_eq!(panel.bars.len(), expected_bars);
        assert_eq!(panel.overflow, count - expected_bars);
        assert_eq!(panel.overflow_text.as_deref(), expected_overflow);
        // The largest are kept.
        assert_eq!(panel.bars[0].value, count as f64);
        if let Some(more) = expected_overflow {
            assert!(panel.summary.ends_with(more), "{}", panel.summary);
        }
    }
    check(1, 1, None);
    check(MAX_BARS, MAX_BARS, None);
    check(MAX_BARS + 1, MAX_BARS, Some("and 1 more project with capacity in tons per year"));
    check(10_000, MAX_BARS, Some("and 9,988 more projects with capacity in tons per year"));
}

#[test]
fn the_industry_panel_counts_the_industries_beyond_its_bars() {
    fn overflow_text(industry_count: usize) -> Option<String> {
        let industries: Vec<String> =
            (0..industry_count).map(|index| format!("i{index}")).collect();
        let specs: Vec<Spec> = industries
            .iter()
            .map(|industry| (industry.as_str(), industry.as_str(), None))
            .collect();
        let panel = charts_for(&dataset(&specs), &[]).industries;
        assert_eq!(panel.bars.len(), industry_count.min(MAX_BARS));
        panel.overflow_text
    }
    assert_eq!(overflow_text(MAX_BARS), None);
    assert_eq!(overflow_text(MAX_BARS + 1).as_deref(), Some("and 1 more industry"));
    assert_eq!(overflow_text(MAX_BARS + 2).as_deref(), Some("and 2 more industries"));
}

#[test]
fn ten_thousand_projects_stay_small() {
    let names: Vec<String> = (0..10_000).map(|index| format!("P{index}")).collect();
    let units = ["tons", "sets", "wafers"];
    let industries = ["new-materials", "new-energy", "magnesium-alloys"];
    let specs: Vec<Spec> = names
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let capacity = (index % 4 != 0)
                .then(|| ((index * 37 % 1000 + 1) as f64, units[index % 3], "year"));
            (name.as_str(), industries[index % 3], capacity)
        })
        .collect();
    let charts = charts_for(&dataset(&specs), &[]);
    assert_eq!(charts.capacity.len(), 3);
    assert!(charts.capacity.iter().all(|panel| panel.bars.len() == MAX_BARS && panel.overflow > 0));
    assert_eq!(charts.industries.bars.len(), 3);
    assert_eq!(charts.not_stated.count, 2500);
    assert_eq!(charts.not_stated.named.len(), NOT_STATED_NAMED);
    let total: f64 = charts.industries.bars.iter().map(|bar| bar.value).sum();
    assert_eq!(total, 10_000.0);
}

#[test]
fn file_names_come_from_the_panel_and_the_industry_filter() {
    fn check(filter: &[&str], expected: &[&str]) {
        let dataset = bundled();
        let query = Query {
            industries: filter.iter().map(|id| id.to_string()).collect(),
            ..Query::default()
        };
        let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &query);
        let charts = build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, &EN);
        let mut names: Vec<String> =
            charts.capacity.iter().map(|panel| chart_file_name(panel, &view, "png")).collect();
        names.push(chart_file_name(&charts.industries, &view, "png"));
        assert_eq!(names, expected);
    }
    check(
        &[],
        &["capacity-sets-per-year.png", "capacity-tons-per-year.png", "projects-per-industry.png"],
    );
    check(
        &["magnesium-alloys"],
        &[
            "capacity-tons-per-year-magnesium-alloys.png",
            "projects-per-industry-magnesium-alloys.png",
        ],
    );
    // Filters in dataset (facet) order.
    check(
        &["magnesium-alloys", "new-energy"],
        &[
            "capacity-sets-per-year-new-energy-magnesium-alloys.png",
            "capacity-tons-per-year-new-energy-magnesium-alloys.png",
            "projects-per-industry-new-energy-magnesium-alloys.png",
        ],
    );
    // In Chinese every name is in Chinese, the data's unit excepted, as the panels' titles are.
    let dataset = bundled();
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let charts = build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, &ZH);
    let mut names: Vec<String> =
        charts.capacity.iter().map(|panel| chart_file_name(panel, &view, "csv")).collect();
    names.push(chart_file_name(&charts.industries, &view, "csv"));
    assert_eq!(names, ["产能-sets-年.csv", "产能-tons-年.csv", "各产业项目数.csv"]);
}

#[test]
fn long_file_names_are_cut_at_a_whole_character_and_never_end_in_a_dash() {
    fn name_with_filter(industry_id: &str) -> String {
        let dataset = dataset_with(vec![industry(industry_id, None)], &[("P", industry_id, None)]);
        let query = Query { industries: vec![industry_id.to_string()], ..Query::default() };
        let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &query);
        chart_file_name(
            &build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, &EN).industries,
            &view,
            "png",
        )
    }
    let stem = "projects-per-industry-";
    // 120 bytes are kept whole; at 121 the cut falls on a dash, which goes too.
    let fits = "x".repeat(120 - stem.len());
    assert_eq!(name_with_filter(&fits), format!("{stem}{fits}.png"));
    let over = format!("{}-yy", "x".repeat(120 - stem.len() - 1));
    assert_eq!(name_with_filter(&over), format!("{stem}{}.png", "x".repeat(97)));
    // 铜 is three bytes: 32 of them fit after the stem (118 bytes), a 33rd would not.
    assert_eq!(name_with_filter(&"铜".repeat(50)), format!("{stem}{}.png", "铜".repeat(32)));
}

#[test]
fn a_rectangle_knows_its_edges_and_what_lies_within_it() {
    let outer = BarRect { x: 10.0, y: 20.0, w: 100.0, h: 50.0 };
    assert_eq!((outer.right(), outer.bottom()), (110.0, 70.0));
    let within = |x: f64, y: f64, w: f64, h: f64| outer.contains(&BarRect { x, y, w, h });
    assert!(within(10.0, 20.0, 100.0, 50.0), "its own edges are within");
    assert!(within(10.0 - 1e-9, 20.0 - 1e-9, 100.0 + 2e-9, 50.0 + 2e-9), "rounding is allowed");
    assert!(within(50.0, 30.0, 10.0, 10.0));
    // Out by one pixel on each side in turn.
    assert!(!within(9.0, 20.0, 10.0, 10.0), "left");
    assert!(!within(10.0, 19.0, 10.0, 10.0), "top");
    assert!(!within(101.0, 20.0, 10.0, 10.0), "right");
    assert!(!within(10.0, 61.0, 10.0, 10.0), "bottom");
}

#[test]
fn slugs_keep_letters_and_digits() {
    fn check(input: &str, expected: &str) {
        assert_eq!(slug(input), expected, "{input:?}");
    }
    check("Capacity sets per year", "capacity-sets-per-year");
    check("  m³ / day ", "m³-day");
    check("铜箔 foil", "铜箔-foil");
    check("kWh/h", "kwh-h");
    check("--", "");
    check("Tons (dry)", "tons-dry");
}

#[test]
fn colours_come_from_the_data_with_a_palette_fallback() {
    fn check(industries: Vec<Industry>, id: &str, expected: &str) {
        let dataset = dataset_with(industries, &[]);
        assert_eq!(industry_color(&dataset, id), expected, "{id}");
    }
    check(vec![industry("a", Some("#123456"))], "a", "#123456");
    check(vec![industry("a", Some("#abc"))], "a", "#abc");
    // Absent or invalid colours fall back to the palette by position.
    check(vec![industry("a", None)], "a", DEFAULT_PALETTE[0]);
    check(vec![industry("a", Some("#123456")), industry("b", None)], "b", DEFAULT_PALETTE[1]);
    check(vec![industry("a", Some("red"))], "a", DEFAULT_PALETTE[0]);
    check(vec![industry("a", Some("#12345g"))], "a", DEFAULT_PALETTE[0]);
    // The palette cycles.
    let many: Vec<Industry> = (0..9).map(|index| industry(&format!("i{index}"), None)).collect();
    check(many, "i8", DEFAULT_PALETTE[8 % DEFAULT_PALETTE.len()]);
    // An industry the vocabulary lacks takes the next palette colour.
    check(vec![industry("a", None)], "zzz", DEFAULT_PALETTE[1]);
    // Bars carry their industry's colour.
    let charts = charts_for(&bundled(), &[]);
    assert_eq!(charts.capacity[0].bars[0].color, "#009E73");
    assert_eq!(
        charts.legend.iter().map(|entry| entry.label.as_str()).collect::<Vec<_>>(),
        ["New energy", "Magnesium alloys"]
    );
}

#[test]
fn hex_colours_parse() {
    fn check(input: &str, expected: Option<(u8, u8, u8)>) {
        assert_eq!(parse_hex_color(input), expected, "{input:?}");
    }
    check("#000000", Some((0, 0, 0)));
    check("#D55E00", Some((0xd5, 0x5e, 0)));
    check("#fff", Some((255, 255, 255)));
    check("fff", None);
    check("#ffff", None);
    check("#ggg", None);
    check("#ééé", None);
}

#[test]
fn long_labels_are_shortened() {
    fn check(text: &str, width: f64, expected: &str) {
        assert_eq!(truncate_to_width(text, width, 10.0), expected);
    }
    check("Short", 100.0, "Short");
    check("A rather long project name", 60.0, "A rather…");
    check("Exactly", 42.0, "Exactly");
    // A Chinese character takes a full em, not the average advance of Latin text: six of them
    // are 60 px at 10 px, and 45 px holds three and the ellipsis.
    check("比亚迪驱动电机", 70.0, "比亚迪驱动电机");
    check("比亚迪驱动电机", 45.0, "比亚迪…");
}

#[test]
fn wide_characters_are_estimated_at_a_full_em() {
    // "2 个项目": the figure and the space at the average advance, the three characters at an em
    // each (a Chinese export's value label ran past the image's edge when all five were 0.6 em).
    assert!((estimate_text_width("2 个项目", 12.0) - (2.0 * 0.6 + 3.0) * 12.0).abs() < 1e-9);
    assert!((estimate_text_width("８４万", 10.0) - 30.0).abs() < 1e-9);
    assert!((estimate_text_width("840,000 sets", 10.0) - 72.0).abs() < 1e-9);
}

/// A unit written as a long phrase makes an axis label wider than the plot: it moves to stay
/// inside the panel's padding and, wider than that, is shortened with "…"; never cut at an edge.
#[test]
fn a_long_axis_label_is_shortened_to_the_panel_and_kept_inside_it() {
    let unit = "gigawatts of peak nameplate generating capacity";
    let panel = first_panel(&[("Sunrise", "new-energy", Some((2.5, unit, "year")))]);
    assert!(panel.axis_label.starts_with(unit));
    for (width, shortened) in [(300.0, true), (500.0, false)] {
        let shape = geometry(&panel, width, 200.0);
        let label = &shape.axis_label;
        assert_eq!(label.text.ends_with('…'), shortened, "{width}: {}", label.text);
        let half = estimate_text_width(&label.text, label.size) / 2.0;
        assert!(
            label.x - half >= 12.0 - 1e-9 && label.x + half <= width - 12.0 + 1e-9,
            "{width}: {label:?}"
        );
    }
    // A short one stays whole, centred under the plot.
    let short = first_panel(&[("Big", "new-energy", Some((100.0, "sets", "year")))]);
    let shape = geometry(&short, 500.0, 200.0);
    assert_eq!(shape.axis_label.text, short.axis_label);
    assert!((shape.axis_label.x - (shape.plot.x + shape.plot.w / 2.0)).abs() < 1e-9);
}
