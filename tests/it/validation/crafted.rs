//! Files made to be slow or to flood the report, at a size that would show quadratic time
//! (seconds) without slowing the suite. The assertions are on the report, never on time: what the
//! report holds is exact, and the bench (`make bench-validate`) measures the full-size files.

use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::validate::{ProblemKind, Report, SHOWN_PER_KIND};
use serde_json::{json, Value};

use super::{minimal_dataset, report_for};

fn report_of(dataset: &Value) -> Report {
    report_for(dataset.to_string().as_bytes())
}

fn project(id: &str, industry: &str, quote: &str) -> Value {
    json!({"id": id, "name": id, "short_name": id, "enterprise": "E", "industry": industry,
           "sector": "S", "quotes": [quote]})
}

/// Checks that the report counts `total` problems of `kind`, shows the capped number, and that
/// all its lines together stay under `byte_limit`.
fn check(report: &Report, kind: ProblemKind, total: usize, byte_limit: usize) {
    let group =
        report.groups.iter().find(|group| group.kind == kind).expect("a group of that kind");
    assert_eq!(group.shown.len() + group.more, total, "{kind:?}");
    assert_eq!(group.shown.len(), SHOWN_PER_KIND.min(total));
    let lines = report.lines(&EN);
    let bytes: usize = lines.iter().map(|line| line.len() + 1).sum();
    assert!(bytes < byte_limit, "{bytes} bytes of report: {:#?}", &lines[..lines.len().min(5)]);
}

#[test]
fn unknown_industries_list_a_few_known_ids() {
    let mut dataset = minimal_dataset("The plant opened.");
    dataset["industries"] =
        (0..2_000).map(|index| json!({"id": format!("i{index}"), "label": "I"})).collect();
    dataset["briefings"][0]["projects"] = (0..2_000)
        .map(|index| project(&format!("p{index}"), "nope", "The plant opened."))
        .collect();
    let report = report_of(&dataset);
    check(&report, ProblemKind::UnknownIndustry, 2_000, 8_000);
    let first = &report.groups[0].shown[0].message;
    assert!(
        first.ends_with("the industries are `i0`, `i1`, `i2`, `i3`, `i4` and 1,995 more"),
        "{first}"
    );
    // Five known industries are listed whole, with no "and 0 more".
    dataset["industries"] =
        (0..5).map(|index| json!({"id": format!("i{index}"), "label": "I"})).collect();
    let report = report_of(&dataset);
    let first = &report.groups[0].shown[0].message;
    assert!(first.ends_with("the industries are `i0`, `i1`, `i2`, `i3`, `i4`"), "{first}");
}

#[test]
fn a_scope_repeating_one_id_is_reported_once_per_repeat_and_shown_capped() {
    let mut dataset = minimal_dataset("The plant opened.");
    dataset["briefings"][0]["directives"] = json!([{
        "id": "d", "theme": "T", "summary": "S", "quotes": ["The plant opened."],
        "scope": vec!["acme"; 200_000],
    }]);
    let report = report_of(&dataset);
    assert_eq!(report.total, 199_999);
    check(&report, ProblemKind::RepeatedScopeProject, 199_999, 6_000);
    assert_eq!(report.lines(&EN).last().unwrap(), "… and 199,979 more problems like this");
}

#[test]
fn numbers_written_as_long_texts_keep_their_messages_short() {
    // Capacities written as texts of 200,000 digits (a fraction, so the number is finite): each
    // message shows the start of the text and suggests no number to write, so the report stays
    // small whatever the file holds.
    let mut dataset = minimal_dataset("The plant opened.");
    let digits = format!("0.{}", "1".repeat(200_000));
    dataset["briefings"][0]["projects"] = (0..30)
        .map(|index| {
            let mut project = project(&format!("p{index}"), "energy", "The plant opened.");
            project["capacity"] =
                json!({"value": digits, "unit": "tons", "period": "year", "quote": "The plant opened."});
            project
        })
        .collect();
    let report = report_of(&dataset);
    check(&report, ProblemKind::WrongType, 30, 12_000);
    assert!(report.groups[0].shown.iter().all(|problem| !problem.message.contains(", as ")));
}

#[test]
fn a_quote_that_strays_inside_a_character_is_shown_from_its_last_whole_word() {
    // 金 and 釒 share their first two bytes in UTF-8: the match stops inside a character.
    let source = "The plant makes 镁合金 parts for cars in Nanjing city today.";
    let mut dataset = minimal_dataset(source);
    dataset["briefings"][0]["quotes"] =
        json!(
            ["The plant makes 镁合釒 parts", "The plant makes 镁合釒 parts for cars in Nanjing",]
        );
    let report = report_of(&dataset);
    let messages: Vec<&str> =
        report.groups[0].shown.iter().map(|problem| problem.message.as_str()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].contains("“The plant makes” matches, then the quote has “镁合釒 parts” where the source has “镁合金 parts for cars in Nanjing …”"),
        "{}",
        messages[0]
    );
    // Six words after the mismatch are shown whole, with no "…".
    assert!(
        messages[1].contains("then the quote has “镁合釒 parts for cars in Nanjing” where"),
        "{}",
        messages[1]
    );
}

#[test]
fn many_missing_quotes_in_a_long_source() {
    let sentence = "The mayor visited the plant and asked about its progress. ";
    let source = sentence.repeat(200_000 / sentence.len());
    let mut dataset = minimal_dataset(&source);
    dataset["briefings"][0]["quotes"] = (0..2_000)
        .map(|index| json!(format!("The mayor visited the plant {index} times.")))
        .collect();
    let report = report_of(&dataset);
    check(&report, ProblemKind::QuoteNotVerbatim, 2_000, 16_000);
    let first = &report.groups[0].shown[0].message;
    assert!(
        first.contains("“The mayor visited the plant” matches, then the quote has “0 times.” where the source has “and asked about its progress. The …”"),
        "{first}"
    );
}

#[test]
fn a_flood_of_duplicate_ids_prints_a_few_lines_and_the_count() {
    let mut dataset = minimal_dataset("The plant opened.");
    dataset["industries"] = vec![json!({"id": "energy", "label": "Energy"}); 20_000].into();
    let report = report_of(&dataset);
    assert_eq!(report.total, 19_999);
    assert_eq!(report.count_text(&EN), "19,999 problems");
    let lines = report.lines(&EN);
    assert_eq!(lines.len(), SHOWN_PER_KIND + 1);
    assert_eq!(lines.last().unwrap(), "… and 19,979 more problems like this");
}

#[test]
fn a_flood_of_duplicate_keys_is_capped_too() {
    let fields: String = (0..50_000).map(|_| "\"title\": \"x\", ").collect();
    let file = format!("{{{fields}\"industries\": [], \"statuses\": [], \"briefings\": []}}");
    let report = report_for(file.as_bytes());
    check(&report, ProblemKind::DuplicateKey, 49_999, 12_000);
}

#[test]
fn one_problem_is_counted_in_the_singular() {
    let mut dataset = minimal_dataset("The plant opened.");
    dataset["briefings"][0]["place"] = json!("");
    assert_eq!(report_of(&dataset).count_text(&EN), "1 problem");
}
