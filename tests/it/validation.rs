//! The validator names every problem, where it is, and never panics.

use briefing_explorer::model::validate::{parse_dataset, Location, Problem};
use proptest::prelude::*;
use serde_json::{json, Value};

use crate::support::{bundled_json, bundled_text};

/// Applies `edit` to the bundled data and returns the problems as "location: message" lines.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = bundled_json();
    edit(&mut value);
    match parse_dataset(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

/// Checks that the edited data yields a problem at `path` whose message contains `expected`.
fn check(edit: impl FnOnce(&mut Value), path: &str, expected: &str) {
    let problems = problems_after(edit);
    assert!(
        problems
            .iter()
            .any(|problem| problem.starts_with(&format!("{path}: ")) && problem.contains(expected)),
        "expected a problem at {path} containing {expected:?}, got {problems:#?}"
    );
}

#[test]
fn bundled_data_has_no_problem() {
    assert_eq!(problems_after(|_| {}), Vec::<String>::new());
}

#[test]
fn shape_errors_give_the_path_and_what_was_expected() {
    check(
        |v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("lots"),
        "briefings[0].projects[2].capacity.value",
        "expected a number, found string \"lots\"",
    );
    check(
        |v| v["briefings"][0]["projects"][0]["name"] = json!(7),
        "briefings[0].projects[0].name",
        "expected a string, found integer `7`",
    );
    check(
        |v| {
            v["briefings"][0]["projects"][3]["capacity"].as_object_mut().unwrap().remove("period");
        },
        "briefings[0].projects[3].capacity",
        "expected field `period`",
    );
    check(
        |v| v["briefings"][0]["projects"][1]["colour"] = json!("red"),
        "briefings[0].projects[1].colour",
        "unexpected field `colour`; expected one of `id`",
    );
    check(
        |v| v["briefings"][0]["date"]["month"] = json!(-2),
        "briefings[0].date.month",
        "expected a whole number from 0 to 255",
    );
    check(|v| v["industries"] = json!({}), "industries", "expected a list, found an object");
    check(
        |v| v["briefings"][0]["directives"][0]["scope"] = json!(3),
        "briefings[0].directives[0].scope",
        "\"city-wide\" or a list of project ids",
    );
    check(|v| v["extra"] = json!(1), "extra", "unexpected field `extra`");
}

#[test]
fn semantic_errors_name_the_value_at_fault() {
    check(
        |v| v["briefings"][0]["projects"][1]["id"] = json!("north-metallurgy"),
        "briefings[0].projects[1].id",
        "duplicate project id `north-metallurgy`",
    );
    check(
        |v| v["industries"][1]["id"] = json!("new-materials"),
        "industries[1].id",
        "duplicate industry id",
    );
    check(
        |v| v["briefings"][0]["projects"][0]["industry"] = json!("steel"),
        "briefings[0].projects[0].industry",
        "unknown industry `steel`",
    );
    check(
        |v| v["briefings"][0]["projects"][2]["status"]["id"] = json!("done"),
        "briefings[0].projects[2].status.id",
        "unknown status `done`",
    );
    check(
        |v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(0),
        "briefings[0].projects[2].capacity.value",
        "expected a positive number, found 0",
    );
    check(
        |v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(-5.5),
        "briefings[0].projects[2].capacity.value",
        "expected a positive number",
    );
    check(
        |v| v["briefings"][0]["projects"][2]["capacity"]["period"] = json!(" "),
        "briefings[0].projects[2].capacity.period",
        "the period is empty",
    );
    check(
        |v| v["briefings"][0]["projects"][0]["name"] = json!(""),
        "briefings[0].projects[0].name",
        "the name is empty",
    );
    check(
        |v| v["briefings"][0]["projects"][0]["quotes"][0] = json!("The mayor opened a bridge."),
        "briefings[0].projects[0].quotes[0]",
        "not verbatim in the briefing's source text",
    );
    check(
        |v| v["briefings"][0]["directives"][0]["scope"] = json!(["nowhere"]),
        "briefings[0].directives[0].scope[0]",
        "unknown project `nowhere`",
    );
    check(
        |v| v["briefings"][0]["directives"][0]["scope"] = json!("everywhere"),
        "briefings[0].directives[0].scope",
        "found \"everywhere\"",
    );
    check(
        |v| v["briefings"][0]["date"]["day"] = json!(30),
        "briefings[0].date.day",
        "expected a day from 1 to 29",
    );
    check(
        |v| v["briefings"][0]["glossary"][0]["term"] = json!("Shanghai"),
        "briefings[0].glossary[0].term",
        "does not occur in the source text",
    );
    check(
        |v| v["industries"][0]["color"] = json!("red"),
        "industries[0].color",
        "expected a colour like",
    );
    check(|v| v["statuses"][0]["id"] = json!("not-stated"), "statuses[0].id", "reserved");
}

#[test]
fn quotes_compare_with_whitespace_normalised() {
    let problems = problems_after(|v| {
        let quote = v["briefings"][0]["projects"][2]["capacity"]["quote"]
            .as_str()
            .unwrap()
            .replace(' ', "  \n ");
        v["briefings"][0]["projects"][2]["capacity"]["quote"] = json!(quote);
    });
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn every_problem_is_reported_at_once() {
    let problems = problems_after(|v| {
        v["briefings"][0]["projects"][0]["name"] = json!(1);
        v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("x");
        v["industries"][0]["label"] = json!(null);
    });
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let problems = problems_after(|v| {
        v["briefings"][0]["projects"][0]["industry"] = json!("a");
        v["briefings"][0]["projects"][1]["industry"] = json!("b");
        v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(-1);
    });
    assert_eq!(problems.len(), 3, "{problems:#?}");
}

#[test]
fn syntax_errors_give_line_column_and_text() {
    let broken = bundled_text().replacen("\"industries\": [", "\"industries\": [,", 1);
    let problems = parse_dataset(&broken).unwrap_err();
    assert_eq!(problems.len(), 1);
    match &problems[0].location {
        Location::Text { line, column, excerpt } => {
            assert!(*line >= 2, "line {line}");
            assert!(*column > 1);
            assert!(excerpt.contains("[,"), "excerpt {excerpt:?}");
        }
        other => panic!("expected a text location, got {other:?}"),
    }
    let text = problems[0].to_string();
    assert!(text.starts_with("line ") && text.contains("column"), "{text}");
}

#[test]
fn odd_inputs_are_problems_not_panics() {
    for input in [
        "",
        "   ",
        "null",
        "[]",
        "42",
        "\"text\"",
        "{}",
        "{\"briefings\": []}",
        "{\"industries\":[],\"statuses\":[],\"briefings\":[]}",
    ] {
        let problems = parse_dataset(input).expect_err(input);
        assert!(!problems.is_empty(), "{input}");
    }
}

#[test]
fn files_over_the_limit_are_refused_before_parsing() {
    let big = " ".repeat(briefing_explorer::model::validate::MAX_DATASET_BYTES + 1);
    let problems = parse_dataset(&big).unwrap_err();
    assert!(problems[0].message.contains("limit is 20.0 MB"), "{:?}", problems[0]);
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter_map("finite", |number| serde_json::Number::from_f64(number)
            .map(Value::Number)),
        any::<i64>().prop_map(|number| json!(number)),
        "[a-z -]{0,12}".prop_map(Value::String),
        prop_oneof![Just("city-wide"), Just("byd"), Just("new-energy"), Just("year"), Just("sets")]
            .prop_map(|word| json!(word)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let keys = prop_oneof![
            Just("industries"),
            Just("statuses"),
            Just("briefings"),
            Just("id"),
            Just("label"),
            Just("projects"),
            Just("capacity"),
            Just("value"),
            Just("unit"),
            Just("period"),
            Just("quote"),
            Just("quotes"),
            Just("scope"),
            Just("source"),
            Just("text"),
            Just("date"),
        ]
        .prop_map(String::from);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = parse_dataset(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn never_panics_on_arbitrary_json(value in arbitrary_json()) {
        let _ = parse_dataset(&value.to_string());
    }

    #[test]
    fn never_panics_on_mutated_bundled_data(cut in 0usize..40_000, insert in "[\\[\\]{}\",:0-9a-z]{0,3}") {
        let mut text = bundled_text();
        let cut = cut.min(text.len());
        if text.is_char_boundary(cut) {
            text.insert_str(cut, &insert);
        }
        let _ = parse_dataset(&text);
    }
}
