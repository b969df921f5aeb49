//! Where a problem placed by its JSON path is in the file: the line where its value starts, and
//! the column too on a line that holds other values first, so that a person editing the file in
//! a text editor finds `briefings[0].projects[2].industry` without counting list items.

use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::validate::{
    parse_dataset_bytes, Report, ValueStarts, SHORT_TEXT_LIMIT,
};
use proptest::prelude::*;
use serde_json::{json, Value};

use super::{bundled_text_with_byd, edited, line_and_column, report_for};
use crate::support::{bundled_json, bundled_text};

/// The locations of the problems the report for `file` shows, in English.
fn locations(file: impl AsRef<[u8]>) -> Vec<String> {
    report_for(file.as_ref()).shown().map(|problem| problem.location.to_string()).collect()
}

const BYD_INDUSTRY: &str = "Project “BYD drive motors” (briefings[0].projects[2].industry";

#[test]
fn a_problem_in_a_file_written_one_field_to_a_line_names_the_line() {
    let text = bundled_text_with_byd("\"industry\": \"new-energy\"", "\"industry\": \"nope\"");
    let (line, _) = line_and_column(&text, "\"nope\"");
    assert_eq!(locations(&text), [format!("{BYD_INDUSTRY}, line {line})")]);

    // A value of the wrong type, placed by the reading of its record, and a field outside any
    // record.
    let text = bundled_text_with_byd("\"value\": 840000", "\"value\": \"15GWh\"");
    let (line, _) = line_and_column(&text, "\"15GWh\"");
    assert_eq!(
        locations(&text),
        [format!(
            "Project “BYD drive motors” (briefings[0].projects[2].capacity.value, line {line})"
        )]
    );
    let long_title = "T".repeat(SHORT_TEXT_LIMIT + 1);
    let text = bundled_text().replacen("{", &format!("{{\n  \"title\": \"{long_title}\","), 1);
    assert_eq!(locations(&text), ["title (line 2)"]);
}

#[test]
fn a_problem_in_a_file_on_one_line_names_line_1_and_the_column() {
    let file = edited(|v| v["briefings"][0]["projects"][2]["industry"] = json!("nope"));
    let text = String::from_utf8(file).expect("JSON text");
    let (line, column) = line_and_column(&text, "\"nope\"");
    assert_eq!(line, 1);
    let expected = [format!("{BYD_INDUSTRY}, line 1, column {column})")];
    assert_eq!(locations(&text), expected);
    // A byte-order mark is not a character of the file, as for a syntax error.
    assert_eq!(locations([b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()), expected);
}

/// The walk reads the JSON as written: the project's fields in another order, one key spelled
/// with an escape, white space of every kind, and strings and objects full of brackets before
/// the value.
#[test]
fn the_line_is_found_whatever_the_order_spelling_and_spacing_of_the_fields() {
    let mut dataset = bundled_json();
    let byd = &mut dataset["briefings"][0]["projects"][2];
    byd["enterprise"] = json!("BYD \"}], [{\" : \\ {[ Co.");
    byd["industry"] = json!("nope");
    let written = byd.to_string();
    let mut fields: Vec<(&String, &Value)> = byd.as_object().expect("an object").iter().collect();
    // The industry last, after the capacity (an object) and the enterprise; the others reversed.
    fields.sort_by_key(|(key, _)| (key.as_str() == "industry", std::cmp::Reverse(key.as_str())));
    let fields: Vec<String> = fields
        .into_iter()
        .map(|(key, value)| {
            let key = match key.as_str() {
                "industry" => "\"indus\\u0074ry\"".to_string(),
                key => json!(key).to_string(),
            };
            format!("{key} \t:\r\n        {value}")
        })
        .collect();
    let odd = format!("{{\n      {}\n    }}", fields.join(" ,\n      "));
    let text = dataset.to_string().replacen(&written, &odd, 1);
    assert_eq!(report_for(text.as_bytes()).total, 1, "only the industry is wrong");
    let (line, _) = line_and_column(&text, "\"nope\"");
    assert_eq!(locations(&text), [format!("{BYD_INDUSTRY}, line {line})")]);
}

/// A JSON reader keeps the last of two equal keys, and so does the walk.
#[test]
fn a_key_given_twice_is_placed_at_the_value_kept() {
    let text = bundled_text_with_byd(
        "\"industry\": \"new-energy\"",
        "\"industry\": \"unknown-too\",\n          \"industry\": \"nope\"",
    );
    let (line, _) = line_and_column(&text, "\"nope\"");
    let report = report_for(text.as_bytes());
    let unknown = report
        .shown()
        .find(|problem| problem.location.path() == Some("briefings[0].projects[2].industry"))
        .expect("the industry kept is unknown");
    assert!(unknown.message.contains("`nope`"), "{}", unknown.message);
    assert_eq!(unknown.location.to_string(), format!("{BYD_INDUSTRY}, line {line})"));
}

/// A path the file does not hold (a list that is missing) gets no line, and the whole file none.
#[test]
fn a_path_the_file_does_not_hold_gets_no_line() {
    let mut dataset = bundled_json();
    dataset["briefings"][0].as_object_mut().expect("an object").remove("projects");
    let text = serde_json::to_string_pretty(&dataset).expect("JSON");
    let report = report_for(text.as_bytes());
    let missing = report.shown().next().expect("the projects are missing");
    assert_eq!(missing.location.path(), Some("briefings[0].projects"));
    assert!(missing.location.to_string().ends_with("(briefings[0].projects)"), "{missing}");
    let site_list = report_for(br#"{"datasets": []}"#);
    let whole_file = site_list.shown().next().expect("a site list is refused");
    assert_eq!(whole_file.location.to_string(), "(whole file)");
}

/// The places are found for the problems shown only: a file with thousands of problems of one
/// kind places the twenty shown, each where it is.
#[test]
fn only_the_problems_shown_are_placed() {
    let mut dataset = bundled_json();
    let projects = dataset["briefings"][0]["projects"].as_array_mut().expect("a list");
    let byd = projects[2].clone();
    *projects = vec![byd; 5_000];
    for (index, project) in projects.iter_mut().enumerate() {
        project["id"] = json!(format!("p{index}"));
        project["industry"] = json!(format!("nope-{index}"));
    }
    let text = serde_json::to_string_pretty(&dataset).expect("JSON");
    let report: Report = parse_dataset_bytes(text.as_bytes(), &EN).expect_err("unknown industries");
    let group = &report.groups[0];
    assert_eq!(group.shown.len() + group.more, 5_000);
    for (index, problem) in group.shown.iter().enumerate() {
        let (line, _) = line_and_column(&text, &format!("\"nope-{index}\""));
        assert!(problem.location.to_string().ends_with(&format!(", line {line})")), "{problem}");
    }
}

/// Text nested far deeper than any path, under keys that are all empty (each written as the same
/// empty path), does not lead the walk down it.
#[test]
fn deep_nesting_under_empty_keys_is_not_followed_to_the_bottom() {
    let depth = 200_000;
    let text = format!("{}1{}", "{\"\":".repeat(depth), "}".repeat(depth));
    let starts = ValueStarts::find(&text, ["".to_string(), "x".to_string()]);
    assert_eq!(starts.get("").map(|start| start.line), Some(1));
    assert_eq!(starts.get("x"), None);
}

/// The byte index in `text` of `line`, `column` (from 1, the column in characters).
fn byte_index(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split('\n').take(line - 1).map(|line| line.len() + 1).sum();
    let in_line = text[line_start..].char_indices().nth(column - 1).map(|(at, _)| at);
    line_start + in_line.expect("the column is on its line")
}

/// A path of `value` chosen by `choices` (one per step, into an object's keys or a list's items),
/// as the report writes paths, and the value it leads to.
fn path_by_choices<'v>(value: &'v Value, choices: &[prop::sample::Index]) -> (String, &'v Value) {
    let mut path = String::new();
    let mut at = value;
    for choice in choices {
        match at {
            Value::Object(fields) if !fields.is_empty() => {
                let (key, inner) = fields.iter().nth(choice.index(fields.len())).expect("in range");
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                at = inner;
            }
            Value::Array(items) if !items.is_empty() => {
                let index = choice.index(items.len());
                path.push_str(&format!("[{index}]"));
                at = &items[index];
            }
            _ => break,
        }
    }
    (path, at)
}

/// Whether only white space, or a key and its colon, comes before `column` on `line`: counted
/// here from the text, to check what the walk says.
fn leads_its_line(text: &str, line: usize, column: usize) -> bool {
    let line_text = text.split('\n').nth(line - 1).expect("the line is in the text");
    let before: String = line_text.chars().take(column - 1).collect();
    let before = before.trim();
    before.is_empty()
        || before
            .strip_suffix(':')
            .is_some_and(|key| serde_json::from_str::<String>(key.trim_end()).is_ok())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// For paths of the bundled data chosen at random, all sought at once, in the file as written
    /// and on one line: the line and column found are where a JSON value starts that equals the
    /// value at the path.
    #[test]
    fn each_place_found_is_where_the_value_at_its_path_starts(
        walks in prop::collection::vec(prop::collection::vec(any::<prop::sample::Index>(), 0..9), 1..24),
    ) {
        let dataset = bundled_json();
        let paths: Vec<(String, &Value)> =
            walks.iter().map(|choices| path_by_choices(&dataset, choices)).collect();
        for text in [bundled_text(), dataset.to_string()] {
            let starts = ValueStarts::find(&text, paths.iter().map(|(path, _)| path.clone()));
            for (path, value) in &paths {
                let start = starts
                    .get(path)
                    .ok_or_else(|| TestCaseError::fail(format!("{path} is in the file")))?;
                let at = byte_index(&text, start.line, start.column);
                let found = serde_json::Deserializer::from_str(&text[at..])
                    .into_iter::<Value>()
                    .next()
                    .and_then(Result::ok);
                prop_assert_eq!(found.as_ref(), Some(*value), "{}", path);
                prop_assert_eq!(
                    start.leads_its_line,
                    leads_its_line(&text, start.line, start.column),
                    "{}", path
                );
            }
        }
    }

    #[test]
    fn finding_places_never_panics(
        text in "[\\[\\]{}\",:0-9a-z\\\\ \n\u{e9}\u{4e2d}]{0,80}",
        paths in prop::collection::vec("[a-z.0-9\\[\\]\u{e9}]{0,8}", 0..6),
    ) {
        let starts = ValueStarts::find(&text, paths.clone());
        for path in &paths {
            if let Some(start) = starts.get(path) {
                prop_assert!(start.line >= 1 && start.column >= 1);
            }
        }
    }
}
