//! A file that does not fit the format, mended for the editor to open: each value that does not
//! fit is read as what it holds, left empty or taken out, and reported where the file has it,
//! with what was done. In the page's English, as the editor shows it.

use briefing_explorer::model::dataset::Dataset;
use briefing_explorer::model::strings::editor;
use briefing_explorer::model::strings::validation::EN_PAGE as EN;
use briefing_explorer::model::validate::{mend_dataset_bytes, parse_dataset_bytes, Report};
use proptest::prelude::*;
use serde_json::{json, Value};

use super::{bundled_text_with_byd, edited, line_and_column, minimal_dataset};
use crate::support::{bundled_json, bundled_text};

const PROJECTS: &str = "briefings[0].projects";

fn mended(bytes: &[u8]) -> (Dataset, Report) {
    mend_dataset_bytes(bytes, &EN, &editor::EN.mend_words()).expect("the file can be mended")
}

/// Each problem as its path and message.
fn changes(report: &Report) -> Vec<(String, String)> {
    let shown = report.groups.iter().flat_map(|group| &group.shown);
    shown
        .map(|problem| (problem.location.path().unwrap_or("").to_string(), problem.message.clone()))
        .collect()
}

fn project<'d>(dataset: &'d Dataset, id: &str) -> &'d briefing_explorer::model::dataset::Project {
    let projects = &dataset.briefings[0].projects;
    projects.iter().find(|project| project.id == id).expect("the project is kept")
}

fn byd_edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    edited(|data| edit(&mut data["briefings"][0]["projects"][2]))
}

#[test]
fn a_file_that_fits_is_read_as_it_is_with_nothing_changed() {
    let bytes = bundled_text().into_bytes();
    let (dataset, report) = mended(&bytes);
    assert_eq!(report.total, 0, "{:?}", changes(&report));
    assert_eq!(dataset, parse_dataset_bytes(&bytes, &EN).expect("the bundled data is valid"));
}

#[test]
fn a_number_written_as_text_is_read_as_the_number() {
    let (dataset, report) = mended(&byd_edited(|byd| byd["capacity"]["value"] = json!("840,000")));
    let capacity = project(&dataset, "byd").capacity.as_ref().expect("the capacity is kept");
    assert_eq!(capacity.value, 840000.0);
    assert_eq!(capacity.unit, "sets");
    let [(path, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert_eq!(path, &format!("{PROJECTS}[2].capacity.value"));
    assert!(message.contains("“840,000”"), "{message}");
    assert!(message.ends_with(". Read as 840000."), "{message}");
}

/// A Chinese author writes a capacity as the source does, with its scale word: the figure is as
/// sure as one grouped in threes, and its whole capacity (unit, quote) is kept.
#[test]
fn a_figure_written_with_a_chinese_scale_word_is_read_as_its_digits() {
    for (written, read) in
        [("84万", 840000.0), ("0.84万亿", 840000000000.0), ("1.2亿", 120000000.0)]
    {
        let (dataset, report) =
            mended(&byd_edited(|byd| byd["capacity"]["value"] = json!(written)));
        let capacity = project(&dataset, "byd").capacity.as_ref().expect("the capacity is kept");
        assert_eq!(capacity.value, read, "{written}");
        assert_eq!(capacity.unit, "sets");
        let [(_, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
        assert!(message.ends_with(&format!(". Read as {read}.")), "{message}");
    }
    // A scale word the figure does not end with, or a figure in words, is no number to read.
    for unread in ["万84", "八十四万", "84万套"] {
        let (dataset, _) = mended(&byd_edited(|byd| byd["capacity"]["value"] = json!(unread)));
        assert_eq!(project(&dataset, "byd").capacity, None, "{unread}");
    }
}

#[test]
fn a_required_value_that_cannot_be_read_takes_its_object_out_and_says_so() {
    let (dataset, report) = mended(&byd_edited(|byd| byd["capacity"]["value"] = json!("a lot")));
    let byd = project(&dataset, "byd");
    assert_eq!(byd.capacity, None, "no capacity is invented");
    assert_eq!(byd.short_name, "BYD drive motors", "the rest of the project is kept");
    let [(path, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert_eq!(path, &format!("{PROJECTS}[2].capacity.value"));
    assert!(message.contains("“a lot”"), "{message}");
    assert!(
        message
            .ends_with("“capacity” is taken out whole, as it cannot be kept without this value."),
        "{message}"
    );
}

#[test]
fn a_missing_required_text_is_left_empty_and_a_missing_list_empty() {
    let bytes = byd_edited(|byd| {
        let object = byd.as_object_mut().expect("a project is an object");
        object.remove("name");
        object.remove("quotes");
    });
    let (dataset, report) = mended(&bytes);
    let byd = project(&dataset, "byd");
    assert_eq!(byd.name, "");
    assert!(byd.quotes.is_empty());
    let found = changes(&report);
    assert_eq!(found.len(), 2, "{found:?}");
    for (field, (path, message)) in ["name", "quotes"].iter().zip(&found) {
        assert_eq!(path, &format!("{PROJECTS}[2].{field}"), "{found:?}");
        assert!(message.contains(&format!("“{field}”")), "{message}");
        assert!(message.ends_with(". Left empty."), "{message}");
    }
}

#[test]
fn a_field_of_another_tool_is_taken_out() {
    let (dataset, report) = mended(&byd_edited(|byd| byd["colour"] = json!("red")));
    assert_eq!(project(&dataset, "byd").id, "byd");
    let [(path, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert_eq!(path, &format!("{PROJECTS}[2].colour"));
    assert!(message.ends_with(". Taken out."), "{message}");
}

#[test]
fn items_taken_out_of_a_list_are_reported_at_the_places_the_file_has_them() {
    let bytes = byd_edited(|byd| {
        let quote = byd["quotes"][0].clone();
        byd["quotes"] = json!([{"text": 1}, [2], quote, 2025]);
    });
    let (dataset, report) = mended(&bytes);
    let byd = project(&dataset, "byd");
    assert_eq!(byd.quotes.len(), 2, "{:?}", byd.quotes);
    assert_eq!(byd.quotes[1], "2025", "a number in a list of texts is read as its text");
    let found = changes(&report);
    let paths: Vec<&str> = found.iter().map(|(path, _)| path.as_str()).collect();
    let quotes = format!("{PROJECTS}[2].quotes");
    assert_eq!(paths, [format!("{quotes}[0]"), format!("{quotes}[1]"), format!("{quotes}[3]")]);
    assert!(found[0].1.ends_with(". Taken out."), "{found:?}");
    assert!(found[2].1.ends_with(". Read as “2025”."), "{found:?}");
}

/// The author opening a mended file fixes it in their own file too: each change names the line
/// its value is on, as the validator's problems do, and a value the file does not hold (a field
/// left out) names none.
#[test]
fn each_change_names_the_line_of_the_file_that_holds_its_value() {
    let text = bundled_text_with_byd("\"value\": 840000", "\"value\": \"840,000\"");
    let (line, _) = line_and_column(&text, "\"840,000\"");
    let (_, report) = mended(text.as_bytes());
    let located: Vec<String> = report.shown().map(|change| change.location.describe(&EN)).collect();
    assert_eq!(
        located,
        [format!(
            "Project “BYD drive motors” (briefings[0].projects[2].capacity.value, line {line})"
        )]
    );

    let text = bundled_text_with_byd("\"industry\": ", "\"industri\": ");
    let (line, _) = line_and_column(&text, "\"industri\"");
    let (_, report) = mended(text.as_bytes());
    let located: Vec<String> = report.shown().map(|change| change.location.describe(&EN)).collect();
    assert_eq!(located.len(), 2, "{located:?}");
    assert!(
        located.iter().any(|place| place.ends_with(&format!("[2].industri, line {line})"))),
        "the field taken out is on its line: {located:?}"
    );
    assert!(
        located.iter().any(|place| place.ends_with("[2].industry)")),
        "the field left out has no line: {located:?}"
    );
}

#[test]
fn a_text_where_a_list_is_expected_becomes_a_list_of_it() {
    let bytes = byd_edited(|byd| {
        let quote = byd["quotes"][0].clone();
        byd["quotes"] = quote;
    });
    let (dataset, report) = mended(&bytes);
    assert_eq!(project(&dataset, "byd").quotes.len(), 1);
    let [(_, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert!(message.contains("Read as [“Learning that BYD"), "{message}");
}

#[test]
fn a_record_that_cannot_be_kept_is_left_out_with_only_what_lost_it_reported() {
    let bytes = edited(|data| {
        // Keys are read in order: the id is mended first, then the scope leaves the record out.
        let directive = &mut data["briefings"][0]["directives"][1];
        directive["id"] = json!(7);
        directive["scope"] = json!(5);
    });
    let (dataset, report) = mended(&bytes);
    let directives = &dataset.briefings[0].directives;
    assert_eq!(directives.len(), 13);
    let summary = bundled_json()["briefings"][0]["directives"][1]["summary"].clone();
    assert!(directives.iter().all(|directive| json!(directive.summary) != summary));
    let found = changes(&report);
    assert_eq!(found.len(), 1, "the id's change goes with its record: {found:?}");
    let (path, message) = &found[0];
    assert_eq!(path, "briefings[0].directives[1].scope");
    assert!(
        message.ends_with("The record is left out, as it cannot be kept without this value."),
        "{message}"
    );
}

/// BYD with `count` quotes that are objects, none of which can be read: the project is left out,
/// said in one message at its path.
fn assert_byd_left_out_as_too_many_misfits(count: usize) {
    let bytes = byd_edited(|byd| byd["quotes"] = Value::Array(vec![json!({}); count]));
    let (dataset, report) = mended(&bytes);
    assert!(dataset.briefings[0].projects.iter().all(|project| project.id != "byd"));
    let [(path, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert_eq!(path, &format!("{PROJECTS}[2]"));
    assert_eq!(message, editor::EN.mend_too_many_misfits);
}

#[test]
fn a_record_of_too_many_misfits_is_left_out_in_one_message() {
    assert_byd_left_out_as_too_many_misfits(100);
}

#[test]
fn a_briefing_whose_source_is_not_an_object_keeps_its_projects_with_the_source_emptied() {
    let bytes = edited(|data| data["briefings"][0]["source"] = json!("https://example.org/news"));
    let (dataset, report) = mended(&bytes);
    let briefing = &dataset.briefings[0];
    assert_eq!(briefing.projects.len(), 4);
    assert_eq!(briefing.source.text, "", "the source's text is left for the author to paste");
    let [(path, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert_eq!(path, "briefings[0].source");
    assert!(message.contains("“https://example.org/news”"), "{message}");
    assert!(message.ends_with(". Left empty."), "{message}");
}

#[test]
fn true_or_false_where_a_text_goes_is_left_empty_not_read_as_a_word() {
    let (dataset, report) = mended(&byd_edited(|byd| byd["enterprise"] = json!(false)));
    assert_eq!(project(&dataset, "byd").enterprise, "");
    let [(_, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert!(message.ends_with(". Left empty."), "{message}");
}

#[test]
fn a_number_whose_separators_are_not_thousands_is_not_guessed() {
    for written in ["1,5", "3 4", "84,00", "1.000,5"] {
        let (dataset, report) =
            mended(&byd_edited(|byd| byd["capacity"]["value"] = json!(written)));
        assert_eq!(project(&dataset, "byd").capacity, None, "{written}");
        let [(_, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
        assert!(message.contains("is taken out whole"), "{written}: {message}");
    }
    for (written, read) in [("2 500 000", 2_500_000.0), ("1,234.5", 1234.5), ("840000", 840_000.0)]
    {
        let (dataset, _) = mended(&byd_edited(|byd| byd["capacity"]["value"] = json!(written)));
        let capacity = project(&dataset, "byd").capacity.clone().expect("kept");
        assert_eq!(capacity.value, read, "{written}");
    }
}

#[test]
fn what_was_read_inside_a_value_then_taken_out_is_not_reported_as_kept() {
    // serde reads a list in place of an object field by field: "840,000" is read as the figure
    // before the list as a whole cannot be a capacity, which is then taken out.
    let (dataset, report) = mended(&byd_edited(|byd| byd["capacity"] = json!(["840,000", "sets"])));
    assert_eq!(project(&dataset, "byd").capacity, None);
    let found = changes(&report);
    assert!(found.iter().all(|(_, message)| !message.contains("Read as")), "{found:?}");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn what_is_no_dataset_is_not_mended() {
    let words = editor::EN.mend_words();
    assert!(mend_dataset_bytes(b"{\"briefings\": [", &EN, &words).is_none(), "not JSON");
    assert!(mend_dataset_bytes(b"[1, 2]", &EN, &words).is_none(), "not an object");
}

#[test]
fn the_changes_are_in_the_editors_language() {
    let bytes = byd_edited(|byd| byd["capacity"]["value"] = json!("840,000"));
    let chinese = briefing_explorer::model::strings::validation::ZH;
    let (_, report) = mend_dataset_bytes(&bytes, &chinese, &editor::ZH.mend_words())
        .expect("the file can be mended");
    let [(_, message)] = &changes(&report)[..] else { panic!("{:?}", changes(&report)) };
    assert!(message.ends_with("。已读作 840000。"), "{message}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever values a record holds, mending never panics and keeps the record, with each
    /// value it could read as what the file holds and nothing invented.
    #[test]
    fn mending_keeps_what_it_can_read_and_invents_nothing(
        name in prop_oneof![Just(json!(null)), Just(json!(5)), Just(json!(["x"])), Just(json!("Kept"))],
        capacity in prop_oneof![
            Just(json!(null)),
            Just(json!("12,5")),
            Just(json!({"value": "1e400", "unit": "t", "period": "year", "quote": "x"})),
            Just(json!({"value": [], "unit": 5})),
            Just(json!([1, 2])),
        ],
        quotes in prop::collection::vec(prop_oneof![Just(json!(1)), Just(json!("A")), Just(json!({}))], 0..6),
    ) {
        let mut data = minimal_dataset("A plant opened.");
        let project = &mut data["briefings"][0]["projects"][0];
        project["name"] = name.clone();
        project["capacity"] = capacity;
        project["quotes"] = Value::Array(quotes.clone());
        let bytes = data.to_string().into_bytes();
        let (dataset, _) = mended(&bytes);
        let project = &dataset.briefings[0].projects[0];
        let expected_name = match &name {
            Value::String(text) => text.clone(),
            Value::Number(number) => number.to_string(),
            _ => String::new(),
        };
        prop_assert_eq!(&project.name, &expected_name);
        prop_assert_eq!(project.capacity.as_ref(), None, "no capacity here can be read");
        let expected_quotes: Vec<String> = quotes
            .iter()
            .filter_map(|quote| match quote {
                Value::String(text) => Some(text.clone()),
                Value::Number(number) => Some(number.to_string()),
                _ => None,
            })
            .collect();
        prop_assert_eq!(&project.quotes, &expected_quotes);
    }
}

#[test]
fn a_crafted_record_of_a_million_misfits_is_left_out_whole() {
    // Mending it item by item would read its 3 MB again for each; the budget of bytes read
    // stops after a few readings (the time is not asserted: timings are noisy).
    assert_byd_left_out_as_too_many_misfits(1_000_000);
}

#[test]
fn the_explorer_offers_the_editor_a_file_it_can_open_and_no_other() {
    let can_open = |bytes: &[u8]| super::report_for(bytes).editor_can_open();
    assert!(can_open(&byd_edited(|byd| byd["capacity"]["value"] = json!("840,000"))), "shape");
    assert!(can_open(&byd_edited(|byd| byd["industry"] = json!("steel"))), "meaning");
    assert!(!can_open(b"{\"industries\": [,]}"), "a syntax error");
    assert!(!can_open(&[0xff, 0xfe, b'{', 0, b'}', 0]), "UTF-16");
    assert!(!can_open(b""), "empty");
    assert!(!can_open(&edited(|data| data["briefings"] = json!([]))), "no briefings");
    assert!(!can_open(&edited(|data| data["briefings"] = json!(5))), "briefings not a list");
    let without = edited(|data| {
        data.as_object_mut().expect("an object").remove("briefings");
    });
    assert!(!can_open(&without), "no briefings field");
    assert!(!can_open(b"[1, 2]"), "not an object");
}

#[test]
fn a_syntax_error_tells_where_to_mend_the_file_and_what_is_there() {
    let report = super::report_for(b"{\n  \"industries\": [,]\n}");
    assert_eq!(report.syntax_error_at(), Some((2, 18)));
    let message = &report.groups[0].shown[0].message;
    assert!(message.ends_with("; found `,`"), "{message}");
    // A file that ends too soon has nothing at its line and column to name.
    let cut_short = super::report_for(b"{\"industries\": []");
    assert_eq!(cut_short.syntax_error_at(), Some((1, 17)));
    assert!(!cut_short.groups[0].shown[0].message.contains("found"));
    // Problems that are not the file's syntax are mended in the editor.
    assert_eq!(
        super::report_for(&edited(|data| data["briefings"] = json!(5))).syntax_error_at(),
        None
    );
}
