//! Presentation slides from a view, and keyboard navigation between them.

use briefing_explorer::model::chart::{build_charts, not_stated_pieces};
use briefing_explorer::model::dataset::{Bound, Briefing, Capacity, Dataset, Project};
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::project_names::{dated_name_pieces, RepeatedNames};
use briefing_explorer::model::query::{BriefingChoice, Query, StatusKey};
use briefing_explorer::model::slides::{
    build_slides, capacity_pieces, clamp_slide, crowded_ticks, deck_selection, industry_charts,
    key_help, navigate, pack_directives, project_slide_number, project_slide_quote,
    scroll_within_slide, slide_fit, swipe_key, swipe_target, title_listing, unblanks, Blank,
    FitRoom, KeysWindow, Navigation, Slide, SlideKey, FIT_FILL, INDUSTRY_SLIDE_ROWS,
    SLIDE_CHART_BARS, SLIDE_LINE_SCROLL, SWIPE_DISTANCE,
};
use briefing_explorer::model::strings::{pieces_text, Piece, Strings, EN, ZH};
use briefing_explorer::model::validate::parse_dataset;
use briefing_explorer::model::view::{compute_view, View};

use crate::support::{bundled, query};

fn view_of(dataset: &Dataset, query: &Query) -> View {
    compute_view(dataset, &DatasetIndex::new(dataset), query)
}

fn project_id(dataset: &Dataset, key: briefing_explorer::model::query::ProjectKey) -> String {
    dataset.project_at(key).unwrap().1.id.clone()
}

/// A slide as a short line: `title`, `industry new-energy: longdian-huaxin byd`, `project byd`,
/// `directives 1/3: Priorities 4; Service to enterprises… 2`, `closing`.
fn describe(dataset: &Dataset, slide: &Slide) -> String {
    match slide {
        Slide::Title { briefings } => format!("title {briefings:?}"),
        Slide::Overview { projects, part, parts, more } => {
            let ids: Vec<String> = projects.iter().map(|&key| project_id(dataset, key)).collect();
            let of = if *parts > 1 { format!(" {part}/{parts}") } else { String::new() };
            let more = if *more > 0 { format!(" +{more}") } else { String::new() };
            format!("overview{of}: {}{more}", ids.join(" "))
        }
        Slide::Industry { industry_id, projects } => {
            let ids: Vec<String> = projects.iter().map(|&key| project_id(dataset, key)).collect();
            format!("industry {industry_id}: {}", ids.join(" "))
        }
        Slide::Project(key) => format!("project {}", project_id(dataset, *key)),
        Slide::Directives { blocks, part, parts } => {
            let blocks: Vec<String> = blocks
                .iter()
                .map(|block| {
                    format!(
                        "{}{} {}",
                        block.theme,
                        if block.continued { "…" } else { "" },
                        block.directives.len()
                    )
                })
                .collect();
            format!("directives {part}/{parts}: {}", blocks.join("; "))
        }
        Slide::Closing => "closing".to_string(),
    }
}

/// Checks the slides a query makes on the bundled briefing.
fn check(query: Query, expected: &[&str]) {
    let dataset = bundled();
    let slides = build_slides(&dataset, &view_of(&dataset, &query));
    let actual: Vec<String> = slides.iter().map(|slide| describe(&dataset, slide)).collect();
    assert_eq!(actual, expected, "for {query:?}");
}

fn industries(ids: &[&str]) -> Query {
    Query { industries: ids.iter().map(|id| id.to_string()).collect(), ..Query::default() }
}

fn text(text: &str) -> Query {
    Query { text: text.to_string(), ..Query::default() }
}

const DIRECTIVES_ALL: [&str; 3] = [
    "directives 1/3: Priorities 4",
    "directives 2/3: Service to enterprises 4; Innovation and integration 2",
    "directives 3/3: Industrial chains 1; Project delivery 2; Investment attraction 1",
];

/// Without North Metallurgy its service directive is not shown, and "Service to enterprises"
/// keeps its place in the briefing, second, with the three directives left of it.
const DIRECTIVES_CITY_WIDE: [&str; 3] = [
    "directives 1/3: Priorities 4; Service to enterprises 3",
    "directives 2/3: Innovation and integration 2; Industrial chains 1; Project delivery 2",
    "directives 3/3: Investment attraction 1",
];

fn slides(head: &[&'static str], directives: &[&'static str]) -> Vec<&'static str> {
    let mut all = head.to_vec();
    all.extend_from_slice(directives);
    all.push("closing");
    all
}

#[test]
fn the_whole_briefing_makes_title_overview_industries_with_projects_directives_closing() {
    check(
        Query::default(),
        &slides(
            &[
                "title [0]",
                "overview: north-metallurgy longdian-huaxin byd baowu-magnesium",
                "industry new-materials: north-metallurgy",
                "project north-metallurgy",
                "industry new-energy: longdian-huaxin byd",
                "project longdian-huaxin",
                "project byd",
                "industry magnesium-alloys: baowu-magnesium",
                "project baowu-magnesium",
            ],
            &DIRECTIVES_ALL,
        ),
    );
}

#[test]
fn slides_follow_the_filters() {
    check(
        industries(&["magnesium-alloys"]),
        &slides(
            &[
                "title [0]",
                "overview: baowu-magnesium",
                "industry magnesium-alloys: baowu-magnesium",
                "project baowu-magnesium",
            ],
            &DIRECTIVES_CITY_WIDE,
        ),
    );
    check(
        industries(&["new-energy"]),
        &slides(
            &[
                "title [0]",
                "overview: longdian-huaxin byd",
                "industry new-energy: longdian-huaxin byd",
                "project longdian-huaxin",
                "project byd",
            ],
            &DIRECTIVES_CITY_WIDE,
        ),
    );
    check(
        industries(&["magnesium-alloys", "new-materials"]),
        &slides(
            &[
                "title [0]",
                "overview: north-metallurgy baowu-magnesium",
                "industry new-materials: north-metallurgy",
                "project north-metallurgy",
                "industry magnesium-alloys: baowu-magnesium",
                "project baowu-magnesium",
            ],
            &DIRECTIVES_ALL,
        ),
    );
    let full_production =
        Query { statuses: vec![StatusKey::Stated("full-production".into())], ..Query::default() };
    check(
        full_production,
        &slides(
            &["title [0]", "overview: byd", "industry new-energy: byd", "project byd"],
            &DIRECTIVES_CITY_WIDE,
        ),
    );
    // A search narrows the directives too; nothing matching leaves title, directives and closing.
    check(
        text("copper"),
        &[
            "title [0]",
            "overview: longdian-huaxin",
            "industry new-energy: longdian-huaxin",
            "project longdian-huaxin",
            "closing",
        ],
    );
    check(
        text("digital"),
        &[
            "title [0]",
            "overview: baowu-magnesium",
            "industry magnesium-alloys: baowu-magnesium",
            "project baowu-magnesium",
            "directives 1/1: Innovation and integration 1",
            "closing",
        ],
    );
    check(text("zzz"), &["title [0]", "closing"]);
    check(
        Query { briefing: BriefingChoice::All, ..industries(&["magnesium-alloys"]) },
        &slides(
            &[
                "title [0]",
                "overview: baowu-magnesium",
                "industry magnesium-alloys: baowu-magnesium",
                "project baowu-magnesium",
            ],
            &DIRECTIVES_CITY_WIDE,
        ),
    );
}

/// Checks how the shown directives split for a line budget: themes and counts per slide.
fn check_packing(budget: usize, expected: &[&str]) {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    let pages = pack_directives(&dataset, &view, budget);
    let actual: Vec<String> = pages
        .iter()
        .map(|blocks| {
            let blocks: Vec<String> = blocks
                .iter()
                .map(|block| {
                    format!(
                        "{}{} {}",
                        block.theme,
                        if block.continued { "…" } else { "" },
                        block.directives.len()
                    )
                })
                .collect();
            blocks.join("; ")
        })
        .collect();
    assert_eq!(actual, expected, "budget {budget}");
}

#[test]
fn directives_split_by_theme_to_fit_the_budget() {
    // The default budget: a theme that does not fit moves whole to the next slide.
    check_packing(
        16,
        &[
            "Priorities 4",
            "Service to enterprises 4; Innovation and integration 2",
            "Industrial chains 1; Project delivery 2; Investment attraction 1",
        ],
    );
    check_packing(19, &[
        "Priorities 4; Service to enterprises 4",
        "Innovation and integration 2; Industrial chains 1; Project delivery 2; Investment attraction 1",
    ]);
    // Everything on one slide when it fits.
    check_packing(100, &["Priorities 4; Service to enterprises 4; Innovation and integration 2; Industrial chains 1; Project delivery 2; Investment attraction 1"]);
    // A theme longer than a slide continues on the next one, marked as continued.
    // Estimated lines (heading 2): Priorities 3 2 2 1, Service 3 1 1 2, Innovation 2 1,
    // Chains 1, Delivery 3 2, Investment 2.
    check_packing(
        5,
        &[
            "Priorities 1",
            "Priorities… 1",
            "Priorities… 2",
            "Service to enterprises 1",
            "Service to enterprises… 2",
            "Service to enterprises… 1",
            "Innovation and integration 2",
            "Industrial chains 1",
            "Project delivery 1",
            "Project delivery… 1",
            "Investment attraction 1",
        ],
    );
    // A budget too small for any directive still puts each on a slide of its own.
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    let directive_count: usize =
        view.directive_groups.iter().map(|group| group.directives.len()).sum();
    assert_eq!(pack_directives(&dataset, &view, 0).len(), directive_count);
}

#[test]
fn a_project_slide_quotes_the_capacity_sentence_or_the_first_naming_the_enterprise() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let check = |id: &str, starts_with: &str| {
        let quote = project_slide_quote(briefing.project(id).unwrap()).unwrap();
        assert!(quote.starts_with(starts_with), "{id}: {quote}");
    };
    check("byd", "Learning that BYD's annual output of 840,000 sets");
    check(
        "baowu-magnesium",
        "Chen Zhichang came to Baowu magnesium industry annual output of 60,000 tons",
    );
    // Its paragraph's opening sentence is quoted first, for its context; the slide quotes the
    // sentence about the project.
    check("longdian-huaxin", "Chen Zhichang came to Nanjing Longdian Huaxin");
    let north = briefing.project("north-metallurgy").unwrap();
    assert_eq!(project_slide_quote(north), Some(north.quotes[0].as_str()));
    // A quote that names no enterprise: the first.
    let mut unnamed = north.clone();
    unnamed.enterprise = "Nowhere Works".into();
    unnamed.quotes.reverse();
    assert_eq!(project_slide_quote(&unnamed), Some(unnamed.quotes[0].as_str()));
}

#[test]
fn a_project_slide_can_be_found_by_its_project() {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    let slides = build_slides(&dataset, &view);
    let numbers: Vec<Option<usize>> =
        view.projects.iter().map(|&key| project_slide_number(&slides, key)).collect();
    assert_eq!(numbers, [Some(4), Some(6), Some(7), Some(9)]);
    let filtered = view_of(&dataset, &industries(&["magnesium-alloys"]));
    let filtered_slides = build_slides(&dataset, &filtered);
    assert_eq!(project_slide_number(&filtered_slides, view.projects[2]), None);
    assert_eq!(project_slide_number(&filtered_slides, view.projects[3]), Some(4));
}

#[test]
fn slide_numbers_are_clamped_into_range() {
    let cases = [
        ((1, 9), 1),
        ((3, 9), 3),
        ((9, 9), 9),
        ((10, 9), 9),
        ((usize::MAX, 9), 9),
        ((0, 9), 1),
        ((5, 0), 1),
        ((1, 1), 1),
    ];
    for ((slide, len), expected) in cases {
        assert_eq!(clamp_slide(slide, len), expected, "clamp_slide({slide}, {len})");
    }
}

#[test]
fn any_key_but_a_modifier_alone_brings_a_blank_screen_back() {
    for key in ["b", "w", " ", "Enter", "ArrowRight", "Escape", "x", "F5"] {
        assert!(unblanks(key), "{key:?}");
    }
    for key in ["Shift", "Control", "Alt", "Meta", "AltGraph", "CapsLock"] {
        assert!(!unblanks(key), "{key:?}");
    }
}

#[test]
fn keys_map_to_slide_moves() {
    let cases: [((&str, bool), Option<SlideKey>); 33] = [
        (("ArrowRight", false), Some(SlideKey::Next)),
        (("ArrowDown", false), Some(SlideKey::Next)),
        (("PageDown", false), Some(SlideKey::Next)),
        ((" ", false), Some(SlideKey::Next)),
        ((" ", true), Some(SlideKey::Previous)),
        (("ArrowLeft", false), Some(SlideKey::Previous)),
        (("ArrowUp", false), Some(SlideKey::Previous)),
        (("PageUp", false), Some(SlideKey::Previous)),
        (("Home", false), Some(SlideKey::First)),
        (("End", false), Some(SlideKey::Last)),
        (("Escape", false), Some(SlideKey::Exit)),
        (("Esc", false), Some(SlideKey::Exit)),
        (("ArrowRight", true), Some(SlideKey::Next)),
        (("s", false), Some(SlideKey::Presenter)),
        (("S", true), Some(SlideKey::Presenter)),
        (("Enter", false), Some(SlideKey::Next)),
        (("Backspace", false), Some(SlideKey::Previous)),
        (("b", false), Some(SlideKey::Blank(Blank::Black))),
        (("B", true), Some(SlideKey::Blank(Blank::Black))),
        ((".", false), Some(SlideKey::Blank(Blank::Black))),
        (("w", false), Some(SlideKey::Blank(Blank::White))),
        (("W", true), Some(SlideKey::Blank(Blank::White))),
        (("f", false), Some(SlideKey::Fullscreen)),
        (("F", true), Some(SlideKey::Fullscreen)),
        // A clicker's "start slideshow": F5, or Shift+F5.
        (("F5", false), Some(SlideKey::Fullscreen)),
        (("F5", true), Some(SlideKey::Fullscreen)),
        // ? is Shift+/ on a US keyboard, and unshifted on others.
        (("?", true), Some(SlideKey::Help)),
        (("?", false), Some(SlideKey::Help)),
        (("h", false), Some(SlideKey::Help)),
        (("Spacebar", true), Some(SlideKey::Previous)),
        (("p", false), None),
        (("Tab", false), None),
        (("F11", false), None),
    ];
    for ((key, shift), expected) in cases {
        assert_eq!(SlideKey::from_key(key, shift), expected, "key {key:?} shift {shift}");
    }
}

/// Checks where a key leads from `current` of `len` slides.
fn check_navigation(
    key: &str,
    shift: bool,
    current: usize,
    len: usize,
    expected: Option<Navigation>,
) {
    assert_eq!(
        navigate(key, shift, current, len),
        expected,
        "{key:?} (shift {shift}) from {current} of {len}"
    );
}

#[test]
fn navigation_moves_and_stops_at_the_ends() {
    use Navigation::{Exit, Go};
    check_navigation("ArrowRight", false, 1, 9, Some(Go(2)));
    check_navigation("ArrowRight", false, 8, 9, Some(Go(9)));
    check_navigation("ArrowRight", false, 9, 9, Some(Go(9)));
    check_navigation("PageDown", false, 9, 9, Some(Go(9)));
    check_navigation(" ", false, 4, 9, Some(Go(5)));
    check_navigation(" ", true, 4, 9, Some(Go(3)));
    check_navigation(" ", true, 1, 9, Some(Go(1)));
    check_navigation("ArrowLeft", false, 4, 9, Some(Go(3)));
    check_navigation("ArrowLeft", false, 1, 9, Some(Go(1)));
    check_navigation("PageUp", false, 1, 9, Some(Go(1)));
    check_navigation("ArrowUp", false, 2, 9, Some(Go(1)));
    check_navigation("Home", false, 1, 9, Some(Go(1)));
    check_navigation("Home", false, 7, 9, Some(Go(1)));
    check_navigation("End", false, 2, 9, Some(Go(9)));
    check_navigation("End", false, 9, 9, Some(Go(9)));
    check_navigation("Escape", false, 5, 9, Some(Exit));
    check_navigation("s", false, 5, 9, Some(Navigation::OpenPresenter));
    check_navigation("Enter", false, 4, 9, Some(Go(5)));
    check_navigation("Backspace", false, 4, 9, Some(Go(3)));
    check_navigation(".", false, 4, 9, Some(Navigation::Blank(Blank::Black)));
    check_navigation("F5", true, 4, 9, Some(Navigation::Fullscreen));
    check_navigation("?", true, 4, 9, Some(Navigation::ToggleHelp));
    check_navigation("x", false, 5, 9, None);
    // A current slide beyond the end counts as the last one.
    check_navigation("ArrowRight", false, 40, 9, Some(Go(9)));
    check_navigation("ArrowLeft", false, 40, 9, Some(Go(8)));
    // One slide: every move stays on it.
    check_navigation("ArrowRight", false, 1, 1, Some(Go(1)));
    check_navigation("End", false, 1, 1, Some(Go(1)));
}

#[test]
fn under_the_key_help_only_question_mark_and_esc_act_and_they_close_it() {
    for (key, shift) in [("?", true), ("Escape", false), ("H", true)] {
        let navigation = navigate(key, shift, 4, 9).unwrap();
        assert_eq!(navigation.under_key_help(4), Navigation::ToggleHelp, "{key:?}");
    }
    for key in ["ArrowRight", "End", " ", "b", "w", "s", "f"] {
        let navigation = navigate(key, false, 4, 9).unwrap();
        assert_eq!(navigation.under_key_help(4), Navigation::Go(4), "{key:?}");
    }
}

/// The key help's lines as "keys: what they do".
fn help_lines(strings: &Strings, window: KeysWindow) -> Vec<String> {
    key_help(strings, window)
        .into_iter()
        .map(|row| format!("{}: {}", row.keys.join(" "), row.does))
        .collect()
}

#[test]
fn the_key_help_lists_the_keys_each_window_answers() {
    let everything = KeysWindow::Audience { presenter: true, fullscreen: true };
    assert_eq!(
        help_lines(&EN, everything),
        [
            "→ ↓ Page Down Space Enter: Next slide",
            "← ↑ Page Up Shift+Space Backspace: Previous slide",
            "Home: First slide",
            "End: Last slide",
            "B .: Blank the screen to black",
            "W: Blank the screen to white",
            "Any key: Show the slide again after blanking",
            "S: Open the presenter view",
            "F F5: Full screen",
            "? H: Show or hide this list",
            "Esc: Exit presentation",
        ]
    );
    // Where S and F do nothing (a page in a frame without fullscreen, with no presenter view to
    // open or explain), the help does not name them.
    let bare = help_lines(&EN, KeysWindow::Audience { presenter: false, fullscreen: false });
    assert_eq!(bare.len(), 9);
    assert!(!bare.iter().any(|line| line.starts_with("S:") || line.starts_with("F ")));
    // The presenter view has no Esc, S or F, and its blanking keys blank the audience's screen.
    let presenter = help_lines(&EN, KeysWindow::Presenter);
    assert_eq!(presenter.len(), 8);
    assert!(presenter.contains(&"B .: Blank the audience's screen to black".to_string()));
    assert!(!presenter.iter().any(|line| line.starts_with("Esc") || line.starts_with("S:")));
    // Every key named is one the slides answer, as it does there.
    for window in [everything, KeysWindow::Presenter] {
        for row in key_help(&EN, window) {
            for key in row.keys.iter().filter(|key| *key != EN.key_any) {
                let value = match key.as_str() {
                    "→" => "ArrowRight",
                    "←" => "ArrowLeft",
                    "↓" => "ArrowDown",
                    "↑" => "ArrowUp",
                    "Page Down" => "PageDown",
                    "Page Up" => "PageUp",
                    "Space" | "Shift+Space" => " ",
                    "Esc" => "Escape",
                    other => other,
                };
                let slide_key = SlideKey::from_key(value, key.starts_with("Shift+"));
                assert!(slide_key.is_some(), "{key} is a slide key");
            }
        }
    }
    // In Chinese, Space is named as Chinese names it; the other keys as keyboards print them.
    assert_eq!(help_lines(&ZH, everything)[1], "← ↑ Page Up Shift+空格 Backspace: 上一页");
}

#[test]
fn a_sideways_swipe_moves_one_slide() {
    let cases: [((f64, f64), Option<SlideKey>); 10] = [
        ((-120.0, 10.0), Some(SlideKey::Next)),
        ((120.0, -10.0), Some(SlideKey::Previous)),
        ((-SWIPE_DISTANCE, 0.0), Some(SlideKey::Next)),
        ((SWIPE_DISTANCE - 1.0, 0.0), None),
        ((-20.0, 0.0), None),
        // Mostly up or down is a scroll, not a swipe.
        ((-80.0, 90.0), None),
        ((80.0, 80.0), None),
        ((0.0, 0.0), None),
        ((f64::NAN, 0.0), None),
        ((f64::NEG_INFINITY, 0.0), None),
    ];
    for ((dx, dy), expected) in cases {
        assert_eq!(swipe_key(dx, dy), expected, "swipe by ({dx}, {dy})");
    }
    assert_eq!(swipe_target(-120.0, 0.0, 3, 9), Some(4));
    assert_eq!(swipe_target(120.0, 0.0, 3, 9), Some(2));
    assert_eq!(swipe_target(-20.0, 0.0, 3, 9), None);
    // At either end a swipe leads nowhere.
    assert_eq!(swipe_target(-120.0, 0.0, 9, 9), None);
    assert_eq!(swipe_target(120.0, 0.0, 1, 9), None);
    assert_eq!(swipe_target(-120.0, 0.0, 40, 9), None);
}

/// The bundled briefing with its projects `copies` times more (ids `byd-1`, `byd-2`, …): a
/// long list for the slides to cut down to what fits.
pub fn bundled_with_copies(copies: usize) -> Dataset {
    let mut dataset = (*bundled()).clone();
    let originals = dataset.briefings[0].projects.clone();
    for copy in 1..=copies {
        dataset.briefings[0].projects.extend(originals.iter().map(|project| {
            let mut project = project.clone();
            project.id = format!("{}-{copy}", project.id);
            project
        }));
    }
    dataset
}

#[test]
fn many_projects_are_listed_as_many_an_overview_slide_as_fit_on_three_at_most_and_the_rest_counted()
{
    let mut dataset = bundled_with_copies(6);
    let total = dataset.briefings[0].projects.len();
    assert_eq!(total, 28);
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let overviews: Vec<(usize, usize, usize, usize)> = build_slides(&dataset, &view)
        .iter()
        .filter_map(|slide| match slide {
            Slide::Overview { projects, part, parts, more } => {
                Some((projects.len(), *part, *parts, *more))
            }
            _ => None,
        })
        .collect();
    // Every row takes one line ("Under construction" fits its column): eight a slide, on three
    // slides, and the last counts the four left.
    assert_eq!(overviews, [(8, 1, 3, 0), (8, 2, 3, 0), (8, 3, 3, 4)]);
    // Every project still has its own slide.
    let project_slides = build_slides(&dataset, &view)
        .iter()
        .filter(|slide| matches!(slide, Slide::Project(_)))
        .count();
    assert_eq!(project_slides, total);
    // Twelve projects take two slides, and none is left to count.
    dataset.briefings[0].projects.truncate(12);
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let described: Vec<String> = build_slides(&dataset, &view)
        .iter()
        .filter(|slide| matches!(slide, Slide::Overview { .. }))
        .map(|slide| describe(&dataset, slide))
        .collect();
    assert_eq!(described.len(), 2);
    assert!(
        described[0].starts_with("overview 1/2: ") && described[1].starts_with("overview 2/2: ")
    );
    assert!(!described[1].contains('+'));
}

#[test]
fn the_title_slide_names_six_briefings_and_counts_the_rest() {
    let briefings: Vec<usize> = (0..10).collect();
    assert_eq!(title_listing(&briefings), (&briefings[..6], 4));
    assert_eq!(title_listing(&briefings[..6]), (&briefings[..6], 0));
    assert_eq!(title_listing(&[3]), (&[3][..], 0));
}

/// The projects of `industry` in the bundled briefing's view.
fn industry_projects(
    dataset: &Dataset,
    industry: &str,
) -> Vec<briefing_explorer::model::query::ProjectKey> {
    let view = view_of(dataset, &Query::default());
    view.projects
        .iter()
        .copied()
        .filter(|&key| dataset.project_at(key).unwrap().1.industry == industry)
        .collect()
}

#[test]
fn an_industry_slide_of_a_briefing_shows_its_whole_chart_and_names_what_is_not_stated() {
    let dataset = bundled();
    let charts = industry_charts(
        &dataset,
        &DatasetIndex::new(&dataset),
        &industry_projects(&dataset, "new-energy"),
        &EN,
    );
    assert_eq!(charts.panels.len(), 1);
    assert_eq!(charts.panels[0].bars.len(), 1, "BYD's bar");
    assert_eq!(charts.panels[0].overflow_text, None);
    assert_eq!(charts.more_panels, None);
    assert_eq!(
        charts.not_stated.as_deref().map(pieces_text).as_deref(),
        Some("Capacity not stated: Longdian Huaxin copper foil")
    );
}

#[test]
fn an_industry_slide_of_many_projects_holds_what_fits_and_counts_the_rest() {
    let mut dataset = (*bundled()).clone();
    let byd =
        dataset.briefings[0].projects.iter().find(|project| project.id == "byd").unwrap().clone();
    let longdian = dataset.briefings[0]
        .projects
        .iter()
        .find(|project| project.industry == "new-energy" && project.capacity.is_none())
        .unwrap()
        .clone();
    // Twenty new-energy projects in sets a year, five in each of three other units, and ten
    // whose capacity is not stated.
    for copy in 0..20 {
        let mut project = byd.clone();
        project.id = format!("byd-{copy}");
        project.capacity.as_mut().unwrap().value = 1000.0 * (copy + 1) as f64;
        dataset.briefings[0].projects.push(project);
    }
    for unit in ["tons", "wafers", "GW"] {
        for copy in 0..5 {
            let mut project = byd.clone();
            project.id = format!("{}-{copy}", unit.to_lowercase());
            project.capacity.as_mut().unwrap().unit = unit.to_string();
            dataset.briefings[0].projects.push(project);
        }
    }
    for copy in 0..10 {
        let mut project = longdian.clone();
        project.id = format!("longdian-{copy}");
        dataset.briefings[0].projects.push(project);
    }
    let projects = industry_projects(&dataset, "new-energy");
    let charts = industry_charts(&dataset, &DatasetIndex::new(&dataset), &projects, &EN);
    let rows: usize = charts
        .panels
        .iter()
        .map(|panel| panel.bars.len() + 2 + usize::from(panel.overflow_text.is_some()))
        .sum();
    assert!(rows <= INDUSTRY_SLIDE_ROWS, "{rows} rows");
    let first = &charts.panels[0];
    assert_eq!(first.bars.len(), SLIDE_CHART_BARS);
    assert_eq!(first.bars[0].value, 840_000.0, "the largest first");
    assert_eq!(
        first.overflow_text.as_deref(),
        Some("and 15 more projects with capacity in sets per year")
    );
    assert_eq!(charts.panels.len(), 1, "the other units' charts do not fit beside it");
    assert_eq!(charts.more_panels.as_deref(), Some("… and 3 more capacity charts, in other units"));
    assert_eq!(
        charts.not_stated.as_deref().map(pieces_text).as_deref(),
        Some("Capacity not stated: Longdian Huaxin copper foil, Longdian Huaxin copper foil, Longdian Huaxin copper foil, Longdian Huaxin copper foil, Longdian Huaxin copper foil and 6 more"),
        "five names of 27 characters fill the line's 150"
    );
    let chinese = industry_charts(&dataset, &DatasetIndex::new(&dataset), &projects, &ZH);
    assert_eq!(chinese.more_panels.as_deref(), Some("……另有 3 个其他单位的产能图表"));
    assert!(chinese
        .not_stated
        .as_deref()
        .map(pieces_text)
        .is_some_and(|text| text.contains("、") && text.ends_with("等 6 个")));
    // Names too long for two lines: the first is named, the rest counted.
    let mut long = dataset.clone();
    for project in &mut long.briefings[0].projects {
        project.short_name =
            format!("{} {}", "An extremely long project name ".repeat(4), project.id);
    }
    let charts = industry_charts(&long, &DatasetIndex::new(&long), &projects, &EN);
    assert!(
        charts
            .not_stated
            .as_deref()
            .map(pieces_text)
            .as_deref()
            .is_some_and(|text| text.ends_with(" and 10 more")),
        "{:?}",
        charts.not_stated
    );
    // Small charts share the slide: three units of one project each fit together.
    let few: Vec<_> = projects
        .iter()
        .copied()
        .filter(|&key| {
            let id = &dataset.project_at(key).unwrap().1.id;
            matches!(id.as_str(), "byd" | "tons-0" | "wafers-0")
        })
        .collect();
    let charts = industry_charts(&dataset, &DatasetIndex::new(&dataset), &few, &EN);
    assert_eq!(charts.panels.len(), 3);
    assert_eq!(charts.more_panels, None);
}

#[test]
fn an_overview_slide_holds_fewer_rows_when_long_names_take_more_lines() {
    let mut dataset = (*bundled()).clone();
    let originals = dataset.briefings[0].projects.clone();
    let long =
        "Extremely long short name that is not short at all and takes three lines of the column";
    for copy in 1..=4 {
        dataset.briefings[0].projects.extend(originals.iter().map(|project| {
            let mut project = project.clone();
            project.id = format!("{}-{copy}", project.id);
            project.short_name = format!("{long} {copy}");
            project
        }));
    }
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let sizes: Vec<usize> = build_slides(&dataset, &view)
        .iter()
        .filter_map(|slide| match slide {
            Slide::Overview { projects, .. } => Some(projects.len()),
            _ => None,
        })
        .collect();
    // A three-line row costs seven half lines of the thirty-four, a one-line row three: each
    // slide holds fewer than eight, and the three slides fewer than twenty projects.
    assert_eq!(sizes, [6, 5, 5]);
}

#[test]
fn reading_keys_scroll_a_slide_taller_than_its_screen_before_moving_on() {
    // 300 px out of view below, none above, 600 in view.
    assert_eq!(scroll_within_slide("ArrowDown", false, 0.0, 300.0, 600.0), Some(SLIDE_LINE_SCROLL));
    assert_eq!(scroll_within_slide("PageDown", false, 0.0, 300.0, 600.0), Some(510.0));
    assert_eq!(scroll_within_slide(" ", false, 0.0, 300.0, 600.0), Some(510.0));
    // Nothing above: the keys that go up move to the previous slide.
    for (key, shift) in [("ArrowUp", false), ("PageUp", false), (" ", true)] {
        assert_eq!(scroll_within_slide(key, shift, 0.0, 300.0, 600.0), None, "{key}");
    }
    // Read to the end: down moves on; up scrolls back.
    assert_eq!(scroll_within_slide("ArrowDown", false, 300.0, 0.0, 600.0), None);
    assert_eq!(scroll_within_slide("ArrowUp", false, 300.0, 0.0, 600.0), Some(-SLIDE_LINE_SCROLL));
    assert_eq!(scroll_within_slide(" ", true, 300.0, 0.0, 600.0), Some(-510.0));
    // Less than a pixel left (rounding) is the end; ← and → always move between slides.
    assert_eq!(scroll_within_slide("PageDown", false, 0.0, 0.5, 600.0), None);
    for key in ["ArrowRight", "ArrowLeft", "Home", "End", "Escape"] {
        assert_eq!(scroll_within_slide(key, false, 100.0, 100.0, 600.0), None, "{key}");
    }
}

/// A slide whose content's share of the height grows in proportion to its type, from `at_zero`
/// at the width-based size to `at_one` at the height-based size (and down as far below).
fn proportional(at_zero: f64, at_one: f64) -> impl FnMut(f64) -> f64 {
    move |fit| at_zero + (at_one - at_zero) * fit
}

const TALL: FitRoom = FitRoom { grow: true, shrink: true };
const WIDE: FitRoom = FitRoom { grow: false, shrink: true };

#[test]
fn a_slide_with_room_takes_the_height_based_type() {
    assert_eq!(slide_fit(TALL, proportional(0.5, 0.66)), 1.0);
    assert_eq!(slide_fit(TALL, proportional(0.7, FIT_FILL)), 1.0);
}

#[test]
fn a_slide_grows_only_as_far_as_its_content_still_fits() {
    let fit = slide_fit(TALL, proportional(0.7, 1.0));
    // Exactly 0.6 fills 0.88; the search stops within a thirty-second below it.
    assert!(fit <= 0.6 && fit > 0.6 - 1.0 / 32.0, "{fit}");
    assert!(proportional(0.7, 1.0)(fit) <= FIT_FILL);
}

#[test]
fn a_slide_that_fits_at_its_width_based_type_is_neither_grown_on_a_wide_screen_nor_shrunk() {
    assert_eq!(slide_fit(WIDE, proportional(0.95, 1.3)), 0.0);
    assert_eq!(slide_fit(TALL, proportional(0.95, 1.3)), 0.0);
    assert_eq!(slide_fit(FitRoom { grow: false, shrink: false }, proportional(0.5, 0.6)), 0.0);
}

#[test]
fn a_slide_a_little_too_long_shrinks_just_enough_to_fit() {
    // 8 px over 993, as Firefox set BYD's slide at 1920×1080.
    let over = 1.0 + 8.0 / 993.0;
    let fit = slide_fit(WIDE, proportional(over, over + 0.3));
    assert!(fit < 0.0 && fit > -1.0 / 8.0, "{fit}");
    assert!(proportional(over, over + 0.3)(fit) <= 1.0);
    // A phone's slide, already at the smallest, scrolls as it was.
    assert_eq!(slide_fit(FitRoom { grow: false, shrink: false }, proportional(over, 2.0)), 0.0);
}

#[test]
fn a_slide_too_long_to_fit_even_at_its_smallest_keeps_its_size() {
    assert_eq!(slide_fit(WIDE, proportional(1.6, 2.0)), 0.0);
}

#[test]
fn the_fit_search_measures_one_slide_a_few_times_only() {
    let mut measured = 0;
    slide_fit(TALL, |fit| {
        measured += 1;
        0.8 + 0.2 * fit
    });
    assert_eq!(measured, 6);
}

/// Tick labels 80 px wide centred at `centres`, the first starting at its centre and the last
/// ending at it, as the slide's axis sets them.
fn tick_spans(centres: &[f64]) -> Vec<(f64, f64)> {
    let last = centres.len() - 1;
    centres
        .iter()
        .enumerate()
        .map(|(index, &centre)| match index {
            0 => (centre, centre + 80.0),
            _ if index == last => (centre - 80.0, centre),
            _ => (centre - 40.0, centre + 40.0),
        })
        .collect()
}

#[test]
fn ticks_with_room_are_all_kept() {
    let spans = tick_spans(&[0.0, 200.0, 400.0, 600.0, 800.0, 1000.0]);
    assert_eq!(crowded_ticks(&spans, 8.0), vec![false; 6]);
}

#[test]
fn a_tick_crowding_the_scale_end_is_left_out_and_the_end_kept() {
    // "800,000" centred at 420 runs into "1,000,000" ending at the axis's end, 500.
    let spans = [
        (0.0, 60.0),
        (90.0, 150.0),
        (190.0, 250.0),
        (290.0, 350.0),
        (390.0, 450.0),
        (420.0, 500.0),
    ];
    assert_eq!(crowded_ticks(&spans, 8.0), vec![false, false, false, false, true, false]);
}

#[test]
fn a_tick_too_close_to_the_one_kept_before_it_goes_and_a_lone_pair_keeps_its_first() {
    let spans =
        [(0.0, 50.0), (35.0, 85.0), (95.0, 145.0), (155.0, 205.0), (215.0, 265.0), (250.0, 300.0)];
    assert_eq!(crowded_ticks(&spans, 8.0), vec![false, true, false, false, true, false]);
    assert_eq!(crowded_ticks(&tick_spans(&[0.0, 100.0]), 8.0), vec![false, true]);
    assert_eq!(crowded_ticks(&tick_spans(&[0.0]), 8.0), vec![false]);
    assert!(crowded_ticks(&[], 8.0).is_empty());
}

#[test]
fn a_filtered_deck_says_what_it_shows_on_its_title_slide_and_the_whole_briefing_says_nothing() {
    let dataset = bundled();
    let selection = |query: Query, strings| deck_selection(&view_of(&dataset, &query), strings);
    assert_eq!(selection(Query::default(), &EN), None);
    assert_eq!(
        selection(query(&["new-energy"], &[StatusKey::NotStated], "  copper "), &EN).as_deref(),
        Some("Selection: New energy · Status not stated · “copper”")
    );
    let full = StatusKey::Stated("full-production".into());
    assert_eq!(selection(query(&[], &[full], ""), &ZH).as_deref(), Some("筛选：Full production"));
    assert_eq!(selection(query(&[], &[], "比亚迪"), &ZH).as_deref(), Some("筛选：“比亚迪”"));
}

/// A project's label as the one text its pieces read as.
fn label(
    names: &RepeatedNames,
    briefing: &Briefing,
    project: &Project,
    strings: &Strings,
) -> String {
    pieces_text(&names.label_pieces(briefing, project, strings))
}

#[test]
fn a_project_listed_twice_from_two_briefings_is_told_apart_by_its_date() {
    let text = std::fs::read_to_string("tests/data/semiconductors.json").unwrap();
    let dataset = parse_dataset(&text).unwrap();
    let every = view_of(&dataset, &Query { briefing: BriefingChoice::All, ..Query::default() });
    let index = DatasetIndex::new(&dataset);
    let names = RepeatedNames::among(&dataset, &index, &every.projects, &every.projects);
    let labels: Vec<String> = every
        .projects
        .iter()
        .map(|&key| {
            let (briefing, project) = dataset.project_at(key).unwrap();
            label(&names, briefing, project, &EN)
        })
        .collect();
    assert_eq!(
        labels,
        ["Tidewater fab (May 12, 2023)", "Bright Panel line", "Tidewater fab (March 8, 2024)"]
    );
    // The chart's bars carry the same names, so two bars do not read as two fabs.
    let bars: Vec<String> =
        build_charts(&dataset, &DatasetIndex::new(&dataset), &every.projects, &EN).capacity[0]
            .bars
            .iter()
            .map(|bar| bar.label.clone())
            .collect();
    assert!(bars.contains(&"Tidewater fab (March 8, 2024)".to_string()), "{bars:?}");
    // In pieces, the bar's name is the data's words and its date the interface's, in a table
    // and on a slide; a project without a figure is named the same way among those not stated.
    let chinese = build_charts(&dataset, &DatasetIndex::new(&dataset), &every.projects, &ZH);
    let told_apart = |pieces: &[Piece]| {
        matches!(pieces, [Piece::Value { slot: 0, text }, date @ ..]
            if text == "Tidewater fab"
                && pieces_text(date).contains("年")
                && date.iter().all(|piece| matches!(piece, Piece::Unbroken(_))))
    };
    let bars = &chinese.capacity[0].bars;
    assert!(bars.iter().any(|bar| told_apart(&bar.label_pieces)), "{bars:?}");
    let mut unstated = dataset.clone();
    unstated.briefings[0].projects[0].capacity = None;
    let charts = build_charts(&unstated, &DatasetIndex::new(&unstated), &every.projects, &ZH);
    let pieces = not_stated_pieces(&charts.not_stated, 3, &ZH).unwrap();
    let Some(Piece::Words(before)) = pieces.first() else { panic!("{pieces:?}") };
    assert!(before.starts_with("产能"), "{pieces:?}");
    assert!(told_apart(&pieces[1..]), "{pieces:?}");
    assert_eq!(pieces.len(), 4, "{pieces:?}");
    // One briefing at a time, the name stands alone.
    let one = view_of(&dataset, &Query::default());
    let names = RepeatedNames::among(&dataset, &index, &one.projects, &one.projects[..1]);
    let (briefing, project) = dataset.project_at(one.projects[0]).unwrap();
    assert_eq!(label(&names, briefing, project, &EN), "Tidewater fab");
    assert!(!names.is_repeated(project));
    // Only the named projects' names are looked for, each among all the listed ones.
    let first = every.projects[0];
    let (briefing, project) = dataset.project_at(first).unwrap();
    let names = RepeatedNames::among(&dataset, &index, &every.projects, &[first]);
    assert_eq!(label(&names, briefing, project, &EN), "Tidewater fab (May 12, 2023)");
    assert!(names.is_repeated(project));
    assert_eq!(
        pieces_text(&dated_name_pieces(briefing, project, &EN)),
        "Tidewater fab (May 12, 2023)"
    );
    // A name as long as another, with the same first and last letters, is another name: the
    // first fab's name is borne twice in the dataset (so the listed projects are looked
    // through), once among the listed ones, whose other is "Tidewaxer fab".
    let mut alike = dataset.clone();
    let (panel, later) = (every.projects[1], every.projects[2]);
    alike.briefings[panel.briefing].projects[panel.project].short_name = "Tidewater fab".into();
    alike.briefings[later.briefing].projects[later.project].short_name = "Tidewaxer fab".into();
    let alike_index = DatasetIndex::new(&alike);
    assert!(alike_index.repeated_short_names(&alike).contains("Tidewater fab"));
    let names = RepeatedNames::among(&alike, &alike_index, &[first, later], &[first, later]);
    let (briefing, project) = alike.project_at(first).unwrap();
    assert_eq!(label(&names, briefing, project, &EN), "Tidewater fab");
}

/// The names the dataset's index finds borne more than once are the only ones told apart: a
/// dataset where none is, as the bundled briefing, spares every view the look through its
/// listed projects.
#[test]
fn the_index_knows_which_short_names_more_than_one_project_bears() {
    let text = std::fs::read_to_string("tests/data/semiconductors.json").unwrap();
    let dataset = parse_dataset(&text).unwrap();
    let index = DatasetIndex::new(&dataset);
    let repeated: Vec<&String> = index.repeated_short_names(&dataset).iter().collect();
    assert_eq!(repeated, ["Tidewater fab"]);
    let bundled = parse_dataset(include_str!("../../data/briefings.json")).unwrap();
    assert!(DatasetIndex::new(&bundled).repeated_short_names(&bundled).is_empty());
    // Two projects of one name in one briefing count as well (a second "Tidewater fab" in the
    // later briefing), and a name given to a second project anew ("Bright Panel line").
    let mut twice = dataset.clone();
    let first = &twice.briefings[0].projects[0];
    let copy = briefing_explorer::model::dataset::Project { id: "another".into(), ..first.clone() };
    twice.briefings[1].projects.push(copy);
    twice.briefings[0].projects[0].short_name = "Bright Panel line".into();
    let index = DatasetIndex::new(&twice);
    let mut names: Vec<&String> = index.repeated_short_names(&twice).iter().collect();
    names.sort();
    assert_eq!(names, ["Bright Panel line", "Tidewater fab"]);
}

/// A page marks a told-apart name's words with the data's language and its date with the
/// interface's: in a Chinese interface over English data, "Tidewater fab" is English and
/// "（2023年5月12日）" Chinese, not all of it English.
#[test]
fn a_told_apart_name_keeps_its_date_in_the_interface_words() {
    let text = std::fs::read_to_string("tests/data/semiconductors.json").unwrap();
    let dataset = parse_dataset(&text).unwrap();
    let every = view_of(&dataset, &Query { briefing: BriefingChoice::All, ..Query::default() });
    let index = DatasetIndex::new(&dataset);
    let names = RepeatedNames::among(&dataset, &index, &every.projects, &every.projects);
    let pieces = |key, strings: &Strings| {
        let (briefing, project) = dataset.project_at(key).unwrap();
        names.label_pieces(briefing, project, strings)
    };
    let name = || Piece::Value { slot: 0, text: "Tidewater fab".into() };
    // The date's parts are runs a line keeps whole: it breaks at a space, or after the year's
    // word, never between any two of its Chinese characters ("…5月12" and "日）").
    let spelled = |pieces: Vec<Piece>| -> String {
        let spell = |piece: &Piece| match piece {
            Piece::Unbroken(run) => format!("{{{run}}}"),
            other => other.text().to_string(),
        };
        pieces.iter().map(spell).collect()
    };
    assert_eq!(spelled(pieces(every.projects[0], &EN)), "Tidewater fab {(May} {12,} {2023)}");
    let chinese = pieces(every.projects[0], &ZH);
    assert_eq!(chinese.first(), Some(&name()));
    assert_eq!(spelled(chinese), "Tidewater fab{（2023年}{5月12日）}");
    // Without a year, the note that it is not stated may start a line of its own.
    let mut yearless = dataset.clone();
    for briefing in &mut yearless.briefings {
        briefing.date.as_mut().unwrap().year = None;
    }
    let (briefing, project) = yearless.project_at(every.projects[0]).unwrap();
    assert_eq!(
        spelled(dated_name_pieces(briefing, project, &ZH)),
        "Tidewater fab{（5月12日}{（年份未注明））}"
    );
    assert_eq!(
        spelled(dated_name_pieces(briefing, project, &EN)),
        "Tidewater fab {(May} {12} {—} {year} {not} {stated)}"
    );
    // A name no other listed project bears is the data's words alone.
    assert_eq!(
        pieces(every.projects[1], &EN),
        [Piece::Value { slot: 0, text: "Bright Panel line".into() }]
    );
    // The pieces read as the label does.
    let read: Vec<String> =
        every.projects.iter().map(|&key| pieces_text(&pieces(key, &ZH))).collect();
    assert_eq!(
        read,
        ["Tidewater fab（2023年5月12日）", "Bright Panel line", "Tidewater fab（2024年3月8日）"]
    );
}

/// With every briefing chosen a directive on a slide says which visit gave it, as on the page:
/// two city-wide directives a year apart otherwise read as one visit's; with one briefing a
/// city-wide directive has no line under it, and one naming projects names them.
#[test]
fn a_directive_on_a_slide_names_its_visit_when_the_deck_spans_briefings() {
    use briefing_explorer::model::slides::directive_note;
    let text = std::fs::read_to_string("tests/data/semiconductors.json").unwrap();
    let dataset = parse_dataset(&text).expect("valid");
    let every = view_of(&dataset, &Query { briefing: BriefingChoice::All, ..Query::default() });
    let notes: Vec<Option<String>> =
        every.directive_keys().map(|&key| directive_note(&dataset, &every, key, &EN)).collect();
    assert_eq!(notes, [Some("May 12, 2023".to_string()), Some("March 8, 2024".to_string())]);
    let one = view_of(&dataset, &Query::default());
    let key = *one.directive_keys().next().expect("a directive");
    assert_eq!(directive_note(&dataset, &one, key, &EN), None);
    let bundled = bundled();
    let view = view_of(&bundled, &Query::default());
    let scoped: Vec<String> = view
        .directive_keys()
        .filter_map(|&key| directive_note(&bundled, &view, key, &EN))
        .collect();
    assert_eq!(scoped, ["Concerns North Metallurgy alloys"]);
}

/// Checks the pieces a capacity's figure is set in on the slides, written `bound|number|unit
/// start|unit end`.
fn check_capacity_pieces(
    (value, unit, period, bound): (f64, &str, &str, Option<Bound>),
    strings: &Strings,
    expected: &str,
) {
    let capacity = Capacity {
        value,
        unit: unit.to_string(),
        period: period.to_string(),
        of: None,
        bound,
        quote: "q".to_string(),
    };
    let pieces = capacity_pieces(&capacity, strings).expect("the figure holds its number");
    let written = [pieces.bound, pieces.number, pieces.unit_start, pieces.unit_end].join("|");
    assert_eq!(written, expected);
}

#[test]
fn a_capacity_is_set_with_its_unit_s_last_word_and_period_together() {
    check_capacity_pieces((840_000.0, "sets", "year", None), &EN, "|840,000| |sets / year");
    check_capacity_pieces((840_000.0, "sets", "year", None), &ZH, "|84万| |sets/年");
    check_capacity_pieces((60_000.0, "tons", "year", None), &ZH, "|6万| |tons/年");
    check_capacity_pieces((840_000.0, "套", "year", None), &ZH, "|84万||套/年");
    check_capacity_pieces(
        (840_000.0, "sets", "year", Some(Bound::MoreThan)),
        &EN,
        "more than |840,000| |sets / year",
    );
    check_capacity_pieces(
        (840_000.0, "sets", "year", Some(Bound::MoreThan)),
        &ZH,
        "超过|84万| |sets/年",
    );
    // A unit of several words may break between them; its last stays with the period.
    check_capacity_pieces(
        (3.0, "gigawatts of peak capacity", "year", None),
        &EN,
        "|3| gigawatts of peak |capacity / year",
    );
    // No period: the unit's last word alone.
    check_capacity_pieces((20.0, "GWh", "", None), &EN, "|20| |GWh");
    check_capacity_pieces((20.0, "wafer starts", "", None), &ZH, "|20| wafer |starts");
}
