//! One row per mistake: the file, where the problem is reported, and what it says.

use briefing_explorer::model::validate::{
    parse_dataset, Location, Problem, ProblemKind, Report, SHORT_TEXT_LIMIT,
};
use serde_json::json;

use super::{edited, edited_text, minimal_dataset, report_for, unplaced, with_byd_figure};
use crate::support::{bundled_json, bundled_text};

/// Checks that `file` yields a problem at `location` whose message contains `message`. The
/// location is a JSON path, a whole location as displayed without the line of its value
/// ("Project “…” (path)", "(whole file)"), or the start of a text location ("line 2, column 16").
fn check(file: &[u8], location: &str, message: &str) {
    let report = report_for(file);
    let problems: Vec<&Problem> = report.shown().collect();
    let at_location = |problem: &Problem| {
        let shown = problem.location.to_string();
        problem.location.path() == Some(location)
            || unplaced(&problem.location) == location
            || (location.starts_with("line ") && shown.starts_with(location))
    };
    assert!(
        problems.iter().any(|problem| at_location(problem) && problem.message.contains(message)),
        "expected a problem at {location} containing {message:?}, got {:#?}",
        shown_lines(&report)
    );
}

/// The problems a report shows, each as a person reads it: for assertion messages.
fn shown_lines(report: &Report) -> Vec<String> {
    report.shown().map(|problem| problem.to_string()).collect()
}

#[test]
fn bundled_data_has_no_problem() {
    assert_eq!(report_for(bundled_text().as_bytes()).total, 0);
}

#[test]
fn an_id_may_be_written_in_any_script_in_lower_case_without_spaces() {
    for id in ["南京-2月20日", "ünïcode-2", "新能源"] {
        let file = edited(|v| v["briefings"][0]["id"] = json!(id));
        assert_eq!(report_for(&file).total, 0, "{id}");
    }
    for id in ["Nanjing", "南京 2月", "南京，2月", "new_energy", "ÜBER"] {
        let report = report_for(&edited(|v| v["briefings"][0]["id"] = json!(id)));
        assert!(
            report.shown().any(|problem| problem.message.contains("expected an id of lower-case")),
            "{id}: {:#?}",
            shown_lines(&report)
        );
    }
}

#[test]
fn accepted_variants_of_a_valid_file() {
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), bundled_text().as_bytes()].concat();
    let windows_lines = bundled_text().replace('\n', "\r\n");
    let line_break_spelled_with_spaces = edited(|v| {
        let quote = v["briefings"][0]["projects"][2]["capacity"]["quote"].as_str().unwrap();
        v["briefings"][0]["projects"][2]["capacity"]["quote"] = json!(quote.replace(' ', "   "));
    });
    for file in [with_bom, windows_lines.into_bytes(), line_break_spelled_with_spaces] {
        let report = report_for(&file);
        assert_eq!(
            report.total,
            0,
            "{:#?}",
            report.lines(&briefing_explorer::model::strings::validation::EN)
        );
    }
}

#[test]
fn whole_file_mistakes_are_named_plainly() {
    let utf16: Vec<u8> = "\u{FEFF}{\"a\": 1}".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16_without_mark: Vec<u8> =
        "{\"a\": 1}".encode_utf16().flat_map(u16::to_be_bytes).collect();
    let rows: [(&[u8], &str); 12] = [
        // A site's list of datasets opened in place of one of them.
        (
            b"{\"datasets\": [{\"file\": \"briefings.json\", \"title\": \"Nanjing\"}]}",
            "This is a site's list of datasets (`data/index.json`), not a dataset",
        ),
        (b"", "The file is empty."),
        (b" \n\t ", "The file is empty."),
        (&utf16, "This file is UTF-16; save it as UTF-8."),
        (&utf16_without_mark, "This file is UTF-16; save it as UTF-8."),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "This is not a JSON file (it looks like a PNG image)."),
        (b"%PDF-1.7\n", "This is not a JSON file (it looks like a PDF document)."),
        (b"PK\x03\x04\x14\0", "This is not a JSON file (it looks like a ZIP archive"),
        (b"{\"a\": \"\0\"}", "This is not a JSON file (it looks like binary data, not text)."),
        (b"\xFF\xD8\xFF\xE0", "(it looks like a JPEG image)"),
        // A host's own page sent for a dataset it does not have (a single-page app's fallback),
        // or a page opened as a file: the message fits both.
        (b"<!DOCTYPE html>\n<html lang=\"en\">", "(it looks like a web page in HTML; if a site sent this in place of its data, the data file is probably missing there)."),
        (b"\n  <html>", "(it looks like a web page in HTML;"),
    ];
    for (file, message) in rows {
        check(file, "(whole file)", message);
        assert_eq!(report_for(file).total, 1, "{message}");
    }
    let big = vec![b' '; briefing_explorer::model::validate::MAX_DATASET_BYTES + 1];
    check(
        &big,
        "(whole file)",
        "The file is 20.0 MB; the limit is 20.0 MB. Split its briefings into several files.",
    );
    // A file of exactly the limit is read (and these spaces are then an empty file).
    let at_limit = vec![b' '; briefing_explorer::model::validate::MAX_DATASET_BYTES];
    check(&at_limit, "(whole file)", "The file is empty.");
}

#[test]
fn syntax_mistakes_give_the_line_the_character_column_and_the_text_there() {
    let deep = format!("{{\"a\": {}1{}}}", "[".repeat(200), "]".repeat(200));
    let rows: [(&[u8], &str, &str); 16] = [
        // 新能 saved as GBK, a Chinese Windows editor's encoding, which is named in English too.
        (
            b"{\"title\": \"\xD0\xC2\xC4\xDC\"}",
            "line 1, column 12",
            "not valid UTF-8 (the file may be saved as GBK,",
        ),
        (
            b"{\n  \"title\": \"Caf\xE9\"\n}",
            "line 2, column 16 (at `\"title\": \"Caf\\xE9`)",
            "byte 17 is not valid UTF-8",
        ),
        (
            b"{\"title\": \"\xE6\x96\xB0\xE8\x83\xBD\xE6\xBA\x90\", x}",
            "line 1, column 18 (at `",
            "expected a field name in double quotes",
        ),
        (
            b"{\"industries\": [,",
            "line 1, column 17 (at `{\"industries\": [,`)",
            "expected a JSON value here",
        ),
        (b"{\"industries\": [1, 2,]}", "line 1, column 22", "remove the last comma"),
        (b"{\"industries\": []", "line 1, column 17", "the file ends before the JSON is complete"),
        (b"{\"a\": 1} x", "line 1, column 10", "unexpected text after the end"),
        (b"{\"a\": \"x\ty\"}", "line 1, column 9", "write it as `\\n` or `\\t`"),
        (b"{\"a\": \"x\ny\"}", "line 2, column 1", "write it as `\\n` or `\\t`"),
        (b"{\"a\" 1}", "line 1, column 6", "expected `:` after the field name"),
        (
            b"{\"a\": 1 \"b\": 2}",
            "line 1, column 9",
            "expected `,` between fields or `}` to close the object",
        ),
        (
            b"{\"a\": [1 2]}",
            "line 1, column 10",
            "expected `,` between items or `]` to close the list",
        ),
        (b"{\"a\": \"\\q\"}", "line 1, column 9", "an invalid escape after a backslash"),
        (
            b"{\"a\": \"\\ud800\"}",
            "line 1, column 8",
            "a lone UTF-16 surrogate `\\ud800` with no partner",
        ),
        (b"{\"a\": 1e999}", "line 1, column", "an invalid number"),
        (deep.as_bytes(), "line 1, column", "the JSON is nested too deeply"),
    ];
    for (file, location, message) in rows {
        check(file, location, message);
        assert_eq!(report_for(file).total, 1, "{message}");
    }
    // Past the first line, the column counts from the line's start; the excerpt is the twenty
    // characters before the mistake and up to twenty after it.
    let third_line =
        b"{\n\"a\": 1,\n\"b\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10 11, 12, 13, 14, 15, 16, 17]}";
    let location = report_for(third_line).shown().next().unwrap().location.to_string();
    assert_eq!(location, "line 3, column 37 (at `, 5, 6, 7, 8, 9, 10 11, 12, 13, 14, 15,`)");
    let broken = bundled_text().replacen("\"industries\": [", "\"industries\": [,", 1);
    let problems = parse_dataset(&broken).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(
        matches!(&problems[0].location, Location::Text { line: 2, excerpt, .. } if excerpt.contains("[,"))
    );
}

#[test]
fn silent_changes_become_problems() {
    check(
        &edited_text("\"value\":840000", "\"value\":840000,\"value\":84"),
        "line 1, column",
        "the field “value” appears twice in `briefings[0].projects[2].capacity` (first on line 1)",
    );
    check(
        bundled_text()
            .replacen("{", "{\n\"title\": \"first\",\n\"title\": \"second\",", 1)
            .as_bytes(),
        "line 3, column 1 (at `\"title\": \"second\",`)",
        "the field “title” appears twice in the top-level object (first on line 2)",
    );
    check(
        &edited(|v| v["industries"][0]["label"] = json!("New\u{0}energy")),
        "industries[0].label",
        "the control character \\u{0}",
    );
    check(
        &edited(|v| v["industries"][0]["label"] = json!("\u{1b}[2J")),
        "industries[0].label",
        "the control character \\u{1b}",
    );
    check(
        &edited(|v| v["briefings"][0]["place"] = json!("a\u{85}b")),
        "briefings[0].place",
        "the control character \\u{85}",
    );
    check(
        &edited(|v| v["briefings"][0]["quotes"][0] = json!("a\nb")),
        "briefings[0].quotes[0]",
        "only `source.text` may contain line breaks and tabs",
    );
    check(
        &edited(|v| v["industries"][0]["id"] = json!("new\nenergy")),
        "industries[0].id",
        "the control character \\u{a}",
    );
    check(
        &edited(|v| v["industries"][0]["id"] = json!("new-energy\u{202e}")),
        "industries[0].id",
        "found `new-energy\\u{202e}`",
    );
    check(
        &edited(|v| v["industries"][0]["id"] = json!("New Energy")),
        "industries[0].id",
        "expected an id of lower-case letters",
    );
    check(
        &edited(|v| v["briefings"][0]["date"]["year"] = json!(-5)),
        "briefings[0].date.year",
        "expected a year from 1900 to 2200, found -5",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(5e-324)),
        "briefings[0].projects[2].capacity.value",
        "expected a number from 0.01 to 1,000,000,000,000,000, found 0.000",
    );
    // A whole number, as most capacities are, is still held to the range.
    check(
        &edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(2e15)),
        "briefings[0].projects[2].capacity.value",
        "expected a number from 0.01 to 1,000,000,000,000,000, found 2000000000000000",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(1.125)),
        "briefings[0].projects[2].capacity.value",
        "expected at most two decimals (the app shows two), found 1.125",
    );
    check(
        &edited(|v| v["industries"][0]["label"] = json!("x".repeat(301))),
        "industries[0].label",
        "`label` is 301 characters long; the limit is 300",
    );
}

#[test]
fn shape_mistakes_give_the_path_and_what_was_expected() {
    let rows: Vec<(Vec<u8>, &str, &str)> = vec![
        (
            edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("lots")),
            "briefings[0].projects[2].capacity.value",
            "expected a number, found the text “lots”",
        ),
        (
            edited(|v| v["briefings"][0]["projects"][2]["capacity"]["bound"] = json!("maybe")),
            "briefings[0].projects[2].capacity.bound",
            "expected one of `about`, `more-than`, `nearly`, `up-to`, `at-least`, `less-than`, found the text “maybe”",
        ),
        (
            edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("840,000")),
            "briefings[0].projects[2].capacity.value",
            "found the text “840,000”: write it without quotes or separators, as 840000",
        ),
        // A Chinese author writes a large figure with its scale word, as the source does.
        (
            edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("84万")),
            "briefings[0].projects[2].capacity.value",
            "found the text “84万”: write it in digits, without quotes, as 840000",
        ),
        (
            edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("1.2亿")),
            "briefings[0].projects[2].capacity.value",
            "found the text “1.2亿”: write it in digits, without quotes, as 120000000",
        ),
        (
            edited(|v| v["briefings"][0]["date"]["year"] = json!("unknown")),
            "briefings[0].date.year",
            "found the text “unknown”: leave `year` out when the source does not state it",
        ),
        (
            edited(|v| v["briefings"][0]["projects"][0]["name"] = json!(7)),
            "briefings[0].projects[0].name",
            "expected a string, found number `7`",
        ),
        (
            edited(|v| {
                v["briefings"][0]["projects"][3]["capacity"]
                    .as_object_mut()
                    .unwrap()
                    .remove("unit");
            }),
            "briefings[0].projects[3].capacity",
            "expected field `unit`, found nothing",
        ),
        (
            edited(|v| v["briefings"][0]["projects"][1]["colour"] = json!("red")),
            "briefings[0].projects[1].colour",
            "unexpected field `colour`; expected one of `id`, `name`",
        ),
        (
            edited(|v| v["briefings"][0]["date"]["month"] = json!(-2)),
            "briefings[0].date.month",
            "expected a month from 1 to 12, found -2",
        ),
        // The date's own rule, not the range of the type that holds it (QA: "-0" was "expected
        // a whole number from 0 to 255, found number -0.0").
        (
            edited(|v| v["briefings"][0]["date"]["month"] = json!(-0.0)),
            "briefings[0].date.month",
            "expected a month from 1 to 12, found -0",
        ),
        (
            edited(|v| v["briefings"][0]["date"]["day"] = json!(256)),
            "briefings[0].date.day",
            "expected a day from 1 to 31, found 256",
        ),
        (
            edited(|v| v["briefings"][0]["date"]["day"] = json!(1.5)),
            "briefings[0].date.day",
            "expected a day from 1 to 31, found 1.5",
        ),
        (edited(|v| v["industries"] = json!({})), "industries", "expected a list, found an object"),
        (
            edited(|v| v["briefings"][0]["directives"][0]["scope"] = json!(3)),
            "briefings[0].directives[0].scope",
            "expected \"city-wide\" or a list of project ids, found number `3`",
        ),
        (
            edited(|v| v["extra"] = json!(1)),
            "extra",
            "unexpected field `extra`; expected one of `title`, `industries`",
        ),
        (
            b"[1, 2]".to_vec(),
            "(whole file)",
            "expected an object with `industries`, `statuses` and `briefings`, found a list",
        ),
    ];
    for (file, location, message) in rows {
        check(&file, location, message);
    }
}

#[test]
fn meaning_mistakes_name_the_record_and_the_value_at_fault() {
    let rows: Vec<(Vec<u8>, &str, &str)> = vec![
        (edited(|v| v["briefings"][0]["projects"][2]["industry"] = json!("nope")), "Project “BYD drive motors” (briefings[0].projects[2].industry)", "unknown industry `nope`; the industries are `new-materials`, `new-energy`, `magnesium-alloys`"),
        (edited(|v| v["briefings"][0]["projects"][1]["id"] = json!("north-metallurgy")), "briefings[0].projects[1].id", "the id `north-metallurgy` is already used by briefings[0].projects[0]"),
        (edited(|v| v["industries"][1]["id"] = json!("new-materials")), "Industry “New energy” (industries[1].id)", "the id `new-materials` is already used by industries[0]"),
        (edited(|v| v["briefings"][0]["projects"][2]["status"]["id"] = json!("done")), "briefings[0].projects[2].status.id", "unknown status `done`"),
        (edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(0)), "briefings[0].projects[2].capacity.value", "expected a positive number, found 0"),
        (edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(-5.5)), "briefings[0].projects[2].capacity.value", "expected a positive number, found -5.5"),
        (edited(|v| v["briefings"][0]["projects"][2]["capacity"]["unit"] = json!(" ")), "briefings[0].projects[2].capacity.unit", "`unit` is empty"),
        (edited(|v| v["briefings"][0]["projects"][0]["name"] = json!("")), "Project “North Metallurgy alloys” (briefings[0].projects[0].name)", "`name` is empty"),
        (edited(|v| v["briefings"][0]["projects"][0]["quotes"][0] = json!("The mayor opened a bridge.")), "briefings[0].projects[0].quotes[0]", "not verbatim in the briefing's source text"),
        (edited(|v| v["briefings"][0]["directives"][0]["scope"] = json!(["nowhere"])), "briefings[0].directives[0].scope[0]", "unknown project `nowhere` in this briefing"),
        (edited(|v| v["briefings"][0]["directives"][0]["scope"] = json!(["byd", "byd"])), "Directive “Priorities” (briefings[0].directives[0].scope[1])", "project `byd` is already in this scope at scope[0]"),
        (edited(|v| v["briefings"][0]["directives"][0]["scope"] = json!("everywhere")), "briefings[0].directives[0].scope", "found “everywhere”"),
        (edited(|v| v["briefings"][0]["date"]["day"] = json!(30)), "briefings[0].date.day", "expected a day from 1 to 29, found 30"),
        (edited(|v| v["briefings"][0]["glossary"][0]["term"] = json!("Shanghai")), "briefings[0].glossary[0].term", "the term “Shanghai” does not occur in the source text"),
        (edited(|v| v["industries"][0]["color"] = json!("red")), "industries[0].color", "expected a colour like `#1f77b4`, found “red”"),
        (edited(|v| v["briefings"][0]["projects"][0]["industry"] = json!("")), "briefings[0].projects[0].industry", "no industry is chosen (the dataset's industries: `new-materials`, `new-energy`, `magnesium-alloys`)"),
        (edited(|v| v["statuses"][0]["id"] = json!("not-stated")), "statuses[0].id", "`not-stated` is reserved"),
        (edited(|v| v["briefings"][0]["id"] = json!("all")), "briefings[0].id", "`all` is reserved for the view of every briefing"),
    ];
    for (file, location, message) in rows {
        check(&file, location, message);
    }
}

#[test]
fn a_quote_that_is_not_verbatim_shows_where_it_stops_matching() {
    let quote =
        bundled_json()["briefings"][0]["projects"][0]["quotes"][0].as_str().unwrap().to_string();
    // The change is far past the 80th character, where a shortened quote used to stop.
    let changed = quote.replacen("transformation of Ningbo", "transformation of Shanghai", 1);
    check(
        &edited(|v| v["briefings"][0]["projects"][0]["quotes"][0] = json!(changed)),
        "Project “North Metallurgy alloys” (briefings[0].projects[0].quotes[0])",
        "“… research results in the transformation of” matches, then the quote has “Shanghai, and better help the development …” where the source has “Ningbo, and better help the development …”",
    );
    // Six words matched are shown whole, with no "…" before them.
    let changed = quote.replacen("temperature alloy", "temperature steel", 1);
    check(
        &edited(|v| v["briefings"][0]["projects"][0]["quotes"][0] = json!(changed)),
        "Project “North Metallurgy alloys” (briefings[0].projects[0].quotes[0])",
        "“In the North Metallurgy high temperature” matches, then the quote has “steel and high-end metal functional materials …” where the source has “alloy and high-end metal functional materials …”",
    );
    check(
        &edited(|v| v["briefings"][0]["quotes"] = json!(["Zebras quietly grazed."])),
        "briefings[0].quotes[0]",
        "not even its first word occurs there: “Zebras quietly grazed.”",
    );
}

#[test]
fn a_quote_differing_only_in_its_quotation_marks_says_so_and_where() {
    // Baowu's second quote is the mayor's two questions, in the source's straight marks.
    let question =
        bundled_json()["briefings"][0]["projects"][3]["quotes"][1].as_str().unwrap().to_string();
    assert!(question.starts_with("\"How is the progress"));
    // The source's straight marks written as curly ones, from the quote's very first character.
    let curly = question.replacen('"', "\u{201C}", 1).replacen('"', "\u{201D}", 1);
    check(
        &edited(|v| v["briefings"][0]["projects"][3]["quotes"][1] = json!(curly)),
        "briefings[0].projects[3].quotes[1]",
        "the quote differs from the briefing's source text only in its quotation marks or apostrophes: the quote has “\u{201C}How” where the source has “\"How”",
    );
    // An apostrophe within the quote: the word it is in.
    let byd = bundled_json()["briefings"][0]["projects"][2]["quotes"][0]
        .as_str()
        .unwrap()
        .replacen("BYD's", "BYD\u{2019}s", 1);
    check(
        &edited(|v| v["briefings"][0]["projects"][2]["quotes"][0] = json!(byd)),
        "briefings[0].projects[2].quotes[0]",
        "only in its quotation marks or apostrophes: the quote has “BYD\u{2019}s” where the source has “BYD's”",
    );
}

#[test]
fn odd_inputs_are_problems_not_panics() {
    for input in [
        "null",
        "[]",
        "42",
        "\"text\"",
        "{}",
        "{\"briefings\": []}",
        "{\"industries\":[],\"statuses\":[],\"briefings\":[]}",
    ] {
        assert!(report_for(input.as_bytes()).total > 0, "{input}");
    }
}

#[test]
fn the_minimal_dataset_is_valid() {
    let file = minimal_dataset("The ACME plant opened. It makes batteries.").to_string();
    assert_eq!(report_for(file.as_bytes()).total, 0);
}

#[test]
fn duplicate_keys_are_found_in_objects_large_and_nested() {
    let many: String =
        (0..40).map(|index| format!("\"k{index}\": {{\"a\": 1, \"b\": 2}}, ")).collect();
    let rows = [
        (format!("{{{many}\"k7\": 1}}"), "the field “k7” appears twice in the top-level object"),
        (
            format!("{{{many}\"z\": {{\"k3\": 1, \"k3\": 2}}}}"),
            "the field “k3” appears twice in `z`",
        ),
        (
            format!("{{\"x\": [{{{many}\"a\": 1}}, {{\"a\": 1, \"\\u0061\": 2}}]}}"),
            "the field “a” appears twice in `x[1]`",
        ),
    ];
    for (file, message) in rows {
        let report = report_for(file.as_bytes());
        let duplicates: Vec<String> = report
            .shown()
            .map(|problem| problem.message.clone())
            .filter(|message| message.contains("appears twice"))
            .collect();
        assert_eq!(duplicates.len(), 1, "{duplicates:#?}");
        assert!(duplicates[0].starts_with(message), "{duplicates:#?}");
    }
}

#[test]
fn limits_count_characters_and_a_text_at_its_limit_passes() {
    // 300 Chinese characters are 900 bytes: the short-text limit counts characters.
    let at_limits = [
        edited(|v| v["industries"][0]["label"] = json!("镁".repeat(300))),
        edited(|v| v["industries"][0]["label"] = json!("x".repeat(300))),
        edited(|v| v["industries"][0]["label"] = json!("镁".repeat(200))),
    ];
    for file in at_limits {
        let report = report_for(&file);
        assert_eq!(report.total, 0, "{:?}", shown_lines(&report));
    }
    check(
        &edited(|v| v["industries"][0]["label"] = json!("镁".repeat(301))),
        "industries[0].label",
        "`label` is 301 characters long; the limit is 300",
    );
    // Ids: 64 characters at most, and never empty. The industry is renamed where the
    // projects name it too.
    let with_industry_id =
        |id: &str| bundled_json().to_string().replace("\"new-materials\"", &format!("\"{id}\""));
    let report = report_for(with_industry_id(&"a".repeat(64)).as_bytes());
    assert_eq!(report.total, 0, "an id of 64 characters passes");
    check(
        with_industry_id(&"a".repeat(65)).as_bytes(),
        "industries[0].id",
        "`id` is 65 characters long; the limit is 64",
    );
    check(&edited(|v| v["industries"][0]["id"] = json!("")), "industries[0].id", "`id`");
}

#[test]
fn days_follow_the_calendar_with_its_leap_years() {
    let with_date = |year: Option<i32>, month: u8, day: u8| {
        edited(|v| {
            v["briefings"][0]["date"] = match year {
                Some(year) => json!({"year": year, "month": month, "day": day}),
                None => json!({"month": month, "day": day}),
            }
        })
    };
    // (year, month, day, the most days that month has when the day is wrong)
    let valid = [
        (Some(2024), 2, 29),
        (Some(2000), 2, 29),
        (None, 2, 29),
        (Some(2026), 1, 31),
        (Some(2026), 3, 31),
        (Some(2026), 4, 30),
        (Some(2026), 12, 31),
    ];
    for (year, month, day) in valid {
        let report = report_for(&with_date(year, month, day));
        assert_eq!(report.total, 0, "{year:?}-{month}-{day}: {:?}", shown_lines(&report));
    }
    let invalid = [
        (Some(2023), 2, 29, 28),
        (Some(1900), 2, 29, 28),
        (Some(2100), 2, 29, 28),
        (None, 2, 30, 29),
        (Some(2024), 2, 30, 29),
        (Some(2026), 4, 31, 30),
        (Some(2026), 6, 31, 30),
        (Some(2026), 9, 31, 30),
        (Some(2026), 11, 31, 30),
        (Some(2026), 1, 32, 31),
    ];
    for (year, month, day, days) in invalid {
        check(
            &with_date(year, month, day),
            "briefings[0].date.day",
            &format!("expected a day from 1 to {days}, found {day}"),
        );
    }
    // A part not written (0, as the editor keeps a date begun) is named as missing.
    check(&with_date(Some(2026), 5, 0), "briefings[0].date.day", "the day is missing");
    check(&with_date(None, 0, 20), "briefings[0].date.month", "the month is missing");
    check(
        &with_date(None, 13, 20),
        "briefings[0].date.month",
        "expected a month from 1 to 12, found 13",
    );
}

#[test]
fn capacities_with_two_decimals_pass_however_binary_stores_them() {
    let with_capacity = |value: f64| with_byd_figure(&value.to_string(), &value.to_string());
    for value in [84.07, 0.29, 0.01, 1.1, 12_345_678_901.23, 999_999_999_999_999.0, 840_000.0] {
        let report = report_for(&with_capacity(value));
        assert_eq!(report.total, 0, "{value}: {:?}", shown_lines(&report));
    }
    for (value, shown) in [(84.071, "84.071"), (0.1 + 0.2, "0.30000000000000004"), (2.005, "2.005")]
    {
        check(
            &with_capacity(value),
            "briefings[0].projects[2].capacity.value",
            &format!("expected at most two decimals (the app shows two), found {shown}"),
        );
    }
}

#[test]
fn a_wrong_quote_of_a_request_or_note_names_its_own_item() {
    for (list, index) in [("requests", 0), ("requests", 1), ("notes", 0), ("notes", 2)] {
        let file = edited(|v| {
            v["briefings"][0]["projects"][0][list][index]["quote"] =
                json!("The mayor opened a bridge.")
        });
        check(
            &file,
            &format!("briefings[0].projects[0].{list}[{index}].quote"),
            "not verbatim in the briefing's source text",
        );
    }
    // A quote too long to be one is named as such, wherever it is.
    let long_quote = "镁".repeat(5_001);
    check(
        &edited(|v| v["briefings"][0]["projects"][1]["quotes"][0] = json!(long_quote)),
        "briefings[0].projects[1].quotes[0]",
        "`quotes[0]` is 5,001 characters long; the limit is 5,000",
    );
    check(
        &edited(|v| v["briefings"][0]["directives"][2]["scope"] = json!([])),
        "briefings[0].directives[2].scope",
        "expected \"city-wide\" or at least one project id, found an empty list",
    );
}

#[test]
fn every_kind_of_control_character_is_found_where_it_is() {
    // (the character, as a person sees it in the message)
    let controls = [
        ('\t', "\\u{9}"),
        ('\r', "\\u{d}"),
        ('\n', "\\u{a}"),
        ('\u{8}', "\\u{8}"),
        ('\u{c}', "\\u{c}"),
        ('\u{1}', "\\u{1}"),
        ('\u{7f}', "\\u{7f}"),
        ('\u{85}', "\\u{85}"),
        ('\u{9f}', "\\u{9f}"),
    ];
    for (character, shown) in controls {
        // After a name holding escaped quotes and a backslash, so that the scan must find where
        // each string really ends to name the right field.
        let file = edited(|v| {
            v["briefings"][0]["projects"][1]["name"] = json!("The \"Huaxin\" line \\");
            v["briefings"][0]["projects"][1]["enterprise"] = json!(format!("Longdian{character}"));
        });
        check(
            &file,
            "briefings[0].projects[1].enterprise",
            &format!("contains the control character {shown}"),
        );
        // In a key, the problem names the object the key is in.
        let key = format!("note{character}");
        let file = edited(|v| v["briefings"][0]["projects"][1][key.as_str()] = json!("x"));
        check(&file, "briefings[0].projects[1]", shown);
    }
    // The source text keeps line breaks and tabs, and nothing else.
    for (character, allowed) in
        [('\t', true), ('\r', true), ('\n', true), ('\u{8}', false), ('\u{85}', false)]
    {
        let file = edited(|v| {
            let text = v["briefings"][0]["source"]["text"].as_str().unwrap().to_string();
            v["briefings"][0]["source"]["text"] = json!(format!("{text}{character}"));
        });
        let report = report_for(&file);
        assert_eq!(
            report.total == 0,
            allowed,
            "{character:?} in the source text: {:?}",
            shown_lines(&report)
        );
    }
    // Only the source's `text` keeps them: a request's `text` does not, nor a `source` field
    // other than `text`.
    let file = edited(|v| v["briefings"][0]["projects"][0]["requests"][0]["text"] = json!("a\tb"));
    check(
        &file,
        "briefings[0].projects[0].requests[0].text",
        "contains the control character \\u{9}",
    );
    let file = edited(|v| v["briefings"][0]["source"]["language"] = json!("e\tn"));
    check(&file, "briefings[0].source.language", "contains the control character \\u{9}");
    // Ordinary characters near the ones looked for pass: é and ¡ (after the byte 0xC2 or 0xC3),
    // and escapes of plain characters.
    let file =
        edited(|v| v["briefings"][0]["projects"][1]["enterprise"] = json!("Café ¡ \\ / \u{a0}"));
    assert_eq!(report_for(&file).total, 0);
}

#[test]
fn a_mistake_of_shape_is_reported_once_in_plain_words() {
    // A directive of the wrong type, and a record given as text.
    let file = edited(|v| v["briefings"][0]["directives"][1]["theme"] = json!(5));
    let report = report_for(&file);
    assert_eq!(report.total, 1, "{:?}", shown_lines(&report));
    check(&file, "briefings[0].directives[1].theme", "expected a string, found number `5`");
    let file = edited(|v| v["briefings"][0]["projects"][2]["capacity"] = json!("840,000 sets"));
    let report = report_for(&file);
    assert_eq!(report.total, 1, "{:?}", shown_lines(&report));
    check(
        &file,
        "briefings[0].projects[2].capacity",
        "expected an object (Capacity), found the text “840,000 sets”",
    );
    // Two briefings' mistakes are each found: the second briefing is still read after the first.
    let file = edited(|v| {
        let second = v["briefings"][0].clone();
        v["briefings"].as_array_mut().unwrap().push(second);
        v["briefings"][0]["projects"][0]["quotes"] = json!("one quote");
        v["briefings"][1]["id"] = json!("second");
        v["briefings"][1]["projects"][1]["quotes"] = json!(7);
    });
    check(&file, "briefings[0].projects[0].quotes", "found the text “one quote”");
    check(&file, "briefings[1].projects[1].quotes", "expected a list, found number `7`");
}

/// The duplicate-key problems of `file`: (line, column, message).
fn duplicate_keys(file: &str) -> Vec<(usize, usize, String)> {
    let report = report_for(file.as_bytes());
    let group = report.groups.iter().find(|group| group.kind == ProblemKind::DuplicateKey);
    let problems = group.map(|group| group.shown.clone()).unwrap_or_default();
    problems
        .into_iter()
        .map(|problem| match problem.location {
            Location::Text { line, column, .. } => (line, column, problem.message),
            other => panic!("a duplicate key is located in the text, not at {other:?}"),
        })
        .collect()
}

/// The 1-based column, in characters, of the `nth` (0-based) occurrence of `needle` in `line`.
fn column_of(line: &str, needle: &str, nth: usize) -> usize {
    let (byte, _) = line.match_indices(needle).nth(nth).expect("the needle occurs");
    line[..byte].chars().count() + 1
}

#[test]
fn duplicate_keys_are_found_in_large_objects_and_located_on_long_lines() {
    // An object of 20 fields, one per line (its later keys are looked up in an index), with two
    // repeated; an object after it may use the same names.
    let mut lines = vec!["{".to_string(), "\"extra\": {".to_string()];
    lines.extend((0..20).map(|index| format!("\"k{index}\": {index},")));
    lines.push("\"k3\": 1,".into());
    lines.push("\"k18\": 2".into());
    lines.push("},".into());
    lines.push("\"more\": {\"k3\": 0, \"k18\": 0},".into());
    lines.push("\"title\": \"x\", \"industries\": [], \"statuses\": [], \"briefings\": []".into());
    lines.push("}".into());
    let found = duplicate_keys(&lines.join("\n"));
    let firsts: Vec<(usize, &str)> = found
        .iter()
        .map(|(line, _, message)| (*line, message.split(" (first on line ").nth(1).unwrap_or("")))
        .collect();
    assert_eq!(
        firsts,
        [
            (23, "6); a JSON reader keeps only the last value, so remove one"),
            (24, "21); a JSON reader keeps only the last value, so remove one")
        ],
        "{found:?}"
    );
    assert!(found[0].2.starts_with("the field “k3” appears twice in `extra`"), "{found:?}");
    assert!(
        found.iter().all(|(_, column, _)| *column == 1),
        "each repeat starts its line: {found:?}"
    );

    // Three repeated keys on one long line, after characters of several bytes: each column is
    // counted in characters, also when a later problem is further along the same line.
    let line = "{\"title\": \"镁合金 ×3\", \"title\": \"y\", \"statuses\": [], \"industries\": [], \"statuses\": [], \"briefings\": [], \"industries\": []}";
    let found = duplicate_keys(line);
    let expected = vec![
        (1, column_of(line, "\"title\"", 1)),
        (1, column_of(line, "\"statuses\"", 1)),
        (1, column_of(line, "\"industries\"", 1)),
    ];
    let located: Vec<(usize, usize)> =
        found.iter().map(|(line, column, _)| (*line, *column)).collect();
    assert_eq!(located, expected, "{found:?}");

    // A problem reads as its location and its message.
    let report = report_for(line.as_bytes());
    let problem = report.shown().next().expect("a problem");
    assert_eq!(problem.to_string(), format!("{}: {}", problem.location, problem.message));
    assert!(problem.to_string().starts_with("line 1, column "), "{problem}");
}

#[test]
fn numbers_written_as_text_get_the_number_to_write() {
    let capacity = |text: &str| {
        let text = text.to_string();
        edited(move |v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!(text))
    };
    let path = "briefings[0].projects[2].capacity.value";
    // The whole message, so that a suggestion where none belongs fails too.
    let message_for = |text: &str| {
        let report = report_for(&capacity(text));
        let problem = report.shown().find(|problem| problem.location.path() == Some(path));
        match problem {
            Some(problem) => problem.message.clone(),
            None => panic!("no problem at {path} for {text:?}: {:#?}", shown_lines(&report)),
        }
    };
    for (text, suggestion) in [
        ("1 500.5", "1500.5"),
        ("84_000", "84000"),
        ("2e20", "200000000000000000000"),
        ("12.50", "12.5"),
        ("+5", "5"),
        ("-3.5", "-3.5"),
        (".5", "0.5"),
        ("5.", "5"),
        ("0012", "12"),
        ("1.25E-3", "0.00125"),
        ("1.2e+3", "1200"),
        ("-0.0", "0"),
        // The digits the person wrote, not their nearest `f64` printed back.
        ("12345678901234567891", "12345678901234567891"),
        ("0.1000000000000000055", "0.1000000000000000055"),
        // The edges of what a JSON reader holds: f64::MAX, and the smallest positive f64.
        ("1.7976931348623157e308", format!("17976931348623157{}", "0".repeat(292)).as_str()),
        ("5e-324", format!("0.{}5", "0".repeat(323)).as_str()),
    ] {
        assert_eq!(
            message_for(text),
            format!(
                "expected a number, found the text “{text}”: write it without quotes or \
                 separators, as {suggestion}"
            )
        );
    }
    // Text that reads as an infinite number gets no suggestion: no JSON number is infinite.
    // Nor does text that is not a plain number, or one a JSON reader would read as zero.
    for text in [
        "1e999",
        "inf",
        "-Infinity",
        "NaN",
        "1.8e308",
        "1e-400",
        "1e99999999999999999999999",
        "0x10",
        "1.2.3",
        "5e",
        "e5",
        ".",
        "--5",
        "5 kg",
        // More significant digits than anyone types: a message stays short whatever the file.
        "1.0000000000000000000000000000000000000001",
    ] {
        assert_eq!(message_for(text), format!("expected a number, found the text “{text}”"));
    }
}

#[test]
fn records_in_lists_are_named_by_their_index() {
    // A record of the wrong type, and a wrong item inside a record's list.
    check(
        &edited(|v| v["briefings"][0]["projects"][1] = json!(5)),
        "briefings[0].projects[1]",
        "expected an object (Project), found number `5`",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][0]["quotes"][1] = json!(5)),
        "briefings[0].projects[0].quotes[1]",
        "expected a string, found number `5`",
    );
    // An item that is itself a list or an object is named by its index too, and so is an item
    // after a nested one; an object given where the type reads its own kind of value is named
    // by its field, as is a field the record does not have, whatever its name.
    check(
        &edited(|v| v["briefings"][0]["directives"][0]["scope"] = json!([["byd"]])),
        "briefings[0].directives[0].scope[0]",
        "expected a string, found a list",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][0]["quotes"] = json!([[], "x", {"a": 1}])),
        "briefings[0].projects[0].quotes[0]",
        "expected a string, found a list",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][0]["quotes"] = json!(["x", {"a": [1]}])),
        "briefings[0].projects[0].quotes[1]",
        "expected a string, found an object",
    );
    check(
        &edited(|v| v["briefings"][0]["directives"][0]["scope"] = json!({"x": 1})),
        "briefings[0].directives[0].scope",
        "expected \"city-wide\" or a list of project ids, found an object",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][1]["a\"b"] = json!([1])),
        "briefings[0].projects[1].a\"b",
        "unexpected field `a\"b`",
    );
}

#[test]
fn a_repeated_key_does_not_hide_the_records_mistakes() {
    // serde refuses a repeated field where a JSON value keeps the last one: the records are
    // then read one by one, and their meaning still checked.
    let file = String::from_utf8(edited(|v| {
        v["briefings"][0]["projects"][0]["quotes"][0] = json!("The mayor opened a bridge.");
        v["briefings"][0]["directives"][2]["scope"] = json!(["nowhere"]);
    }))
    .unwrap()
    .replacen("\"place\":", "\"place\":\"Old\",\"place\":", 1);
    let report = report_for(file.as_bytes());
    let kinds: Vec<ProblemKind> = report.groups.iter().map(|group| group.kind).collect();
    assert!(kinds.contains(&ProblemKind::DuplicateKey), "{kinds:?}");
    check(
        file.as_bytes(),
        "briefings[0].projects[0].quotes[0]",
        "not verbatim in the briefing's source text",
    );
    check(
        file.as_bytes(),
        "briefings[0].directives[2].scope[0]",
        "unknown project `nowhere` in this briefing",
    );
}

#[test]
fn wide_encodings_are_named_with_or_without_a_byte_order_mark() {
    let utf32 = |text: &str, little: bool| -> Vec<u8> {
        text.chars()
            .flat_map(|character| {
                let code = u32::from(character);
                if little {
                    code.to_le_bytes()
                } else {
                    code.to_be_bytes()
                }
            })
            .collect()
    };
    let utf16_le: Vec<u8> = " {\"a\": 1}".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let rows: [(Vec<u8>, &str); 5] = [
        (utf32("\u{FEFF}{\"a\": 1}", true), "UTF-32"),
        (utf32("\u{FEFF}{\"a\": 1}", false), "UTF-32"),
        (utf32("{\"a\": 1}", true), "UTF-32"),
        (utf32("{\"a\": 1}", false), "UTF-32"),
        (utf16_le, "UTF-16"),
    ];
    for (file, encoding) in rows {
        check(&file, "(whole file)", &format!("This file is {encoding}; save it as UTF-8."));
    }
    // A file that starts with a NUL and a control character is not taken for wide text.
    for file in [b"\0\x01\0\x01", b"\0\0\0\x01", b"\x01\0\0\0"] {
        let report = report_for(file);
        let message =
            report.shown().next().map(|problem| problem.message.clone()).unwrap_or_default();
        assert!(!message.contains("UTF-"), "{file:?}: {message}");
    }
}

#[test]
fn meaning_problems_name_the_nested_field_and_the_list_item_they_are_in() {
    // The meaning checks write a problem's path only when they report it (`validate/path.rs`):
    // a list item itself, a field of a list item, and a quote field of a record's field.
    let long = "x".repeat(SHORT_TEXT_LIMIT + 1);
    let long_participant = edited(|v| v["briefings"][0]["participants"][2] = json!(long));
    check(
        &long_participant,
        "briefings[0].participants[2]",
        "`participants[2]` is 301 characters long",
    );
    check(
        &edited(|v| v["briefings"][0]["officials"][0]["name"] = json!(" ")),
        "briefings[0].officials[0].name",
        "`name`",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][0]["status"]["quote"] = json!("")),
        "briefings[0].projects[0].status.quote",
        "",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][2]["capacity"]["quote"] = json!("Not said.")),
        "briefings[0].projects[2].capacity.quote",
        "not verbatim",
    );
    check(
        &edited(|v| v["briefings"][0]["directives"][1]["quotes"][0] = json!("Not said.")),
        "briefings[0].directives[1].quotes[0]",
        "not verbatim",
    );
    check(
        &edited(|v| v["briefings"][0]["quotes"] = json!(["Not said."])),
        "briefings[0].quotes[0]",
        "not verbatim",
    );
    check(
        &edited(|v| v["briefings"][0]["projects"][3]["notes"][1]["quote"] = json!("Not said.")),
        "briefings[0].projects[3].notes[1].quote",
        "not verbatim",
    );
}

#[test]
fn a_lone_surrogate_is_named_as_such_at_its_escape() {
    // (the string's content, the column of the escape, the escape)
    let rows = [
        ("Batt\\ud800eries", 12, "`\\ud800`"),
        ("x\\udc00y", 9, "`\\udc00`"),
        ("x\\ud800\\u0041", 9, "`\\ud800`"),
        ("\\ud83d\\ude00 \\udbff", 21, "`\\udbff`"),
    ];
    for (content, column, escape) in rows {
        let file = format!("{{\"a\": \"{content}\"}}");
        check(
            file.as_bytes(),
            &format!("line 1, column {column} "),
            &format!("a lone UTF-16 surrogate {escape} with no partner"),
        );
    }
    // A pair, and an escaped backslash before `ud800`, are no lone surrogate.
    check(
        b"{\"a\": \"\\ud83d\\ude00\\q\"}",
        "line 1, column",
        "an invalid escape after a backslash",
    );
    check(b"{\"a\": \"\\\\ud800\\q\"}", "line 1, column", "an invalid escape after a backslash");
}

#[test]
fn bidirectional_controls_are_named_by_code_point_in_every_text_field() {
    let controls = [
        ('\u{202A}', "U+202A (left-to-right embedding)"),
        ('\u{202B}', "U+202B (right-to-left embedding)"),
        ('\u{202C}', "U+202C (pop directional formatting)"),
        ('\u{202D}', "U+202D (left-to-right override)"),
        ('\u{202E}', "U+202E (right-to-left override)"),
        ('\u{2066}', "U+2066 (left-to-right isolate)"),
        ('\u{2067}', "U+2067 (right-to-left isolate)"),
        ('\u{2068}', "U+2068 (first strong isolate)"),
        ('\u{2069}', "U+2069 (pop directional isolate)"),
    ];
    for (character, named) in controls {
        let message = format!(
            "contains the invisible character {named}, which turns the text around it: remove it"
        );
        // Raw, after quotation marks that start with the same byte (0xE2) in UTF-8.
        let file = edited(|v| {
            v["briefings"][0]["officials"][0]["name"] = json!(format!("“Chen” {character}"))
        });
        check(&file, "briefings[0].officials[0].name", &message);
        // Escaped, in the source text, which keeps line breaks and tabs but not these.
        let escape = format!("\\u{:04x}", u32::from(character));
        let file = edited(|v| {
            let text = v["briefings"][0]["source"]["text"].as_str().unwrap().to_string();
            v["briefings"][0]["source"]["text"] = json!(format!("{text}\nMARK"));
        });
        let file = String::from_utf8(file).unwrap().replacen("MARK", &escape, 1).into_bytes();
        check(&file, "briefings[0].source.text", &message);
    }
    // In a capacity's unit and in a list item, too.
    let file = edited(|v| {
        v["briefings"][0]["projects"][2]["capacity"]["unit"] = json!("sets\u{202e}");
        v["briefings"][0]["participants"] = json!(["Li\u{2067}"]);
    });
    check(&file, "briefings[0].projects[2].capacity.unit", "U+202E (right-to-left override)");
    check(&file, "briefings[0].participants[0]", "U+2067 (right-to-left isolate)");
    // The marks right-to-left text uses (left-to-right, right-to-left and Arabic letter marks)
    // stay allowed, as does Arabic itself, raw or escaped.
    let file = edited(|v| {
        v["briefings"][0]["place"] = json!("\u{200F}مدينة\u{200E} \u{061C}x");
    });
    assert_eq!(report_for(&file).total, 0, "{:#?}", shown_lines(&report_for(&file)));
    let file = edited_text("\"place\":\"", "\"place\":\"\\u200f\\u200e\\u061c");
    assert_eq!(report_for(&file).total, 0, "{:#?}", shown_lines(&report_for(&file)));
}

#[test]
fn a_capacity_is_shown_exactly_as_written_or_refused() {
    let with_value = |number: &str| with_byd_figure(number, number);
    let path = "briefings[0].projects[2].capacity.value";
    for (number, message) in [
        (
            "999999999999999.99",
            "999999999999999.99 would be shown as 1,000,000,000,000,000: above 70,368,744,177,664 a number cannot keep two decimals",
        ),
        (
            "987654321098765.43",
            "987654321098765.43 would be shown as 987,654,321,098,765.5: above 70,368,744,177,664",
        ),
        ("80000000000000.01", "80000000000000.01 would be shown as 80,000,000,000,000.02"),
        (
            "12.0000000000000000001",
            "12.0000000000000000001 would be shown as 12: a number keeps about 16 significant digits",
        ),
    ] {
        check(&with_value(number), path, message);
        assert_eq!(report_for(&with_value(number)).total, 1, "{number}");
    }
    // The same figure written another way, and large figures whose decimals are kept, pass.
    for (number, in_text) in [
        ("840000.00", "840,000"),
        ("8.4e5", "840,000"),
        ("84.07", "84.07"),
        ("80000000000000.5", "80,000,000,000,000.5"),
        ("70368744177663.99", "70368744177663.99"),
        ("1e15", "1,000,000,000,000,000"),
    ] {
        let report = report_for(&with_byd_figure(number, in_text));
        assert_eq!(report.total, 0, "{number}: {:#?}", shown_lines(&report));
    }
    // A number out of range is quoted as the file writes it, not as the number read.
    check(
        &with_value("123456789012345678901234567890"),
        path,
        "expected a number from 0.01 to 1,000,000,000,000,000, found 123456789012345678901234567890",
    );
    check(&with_value("0.0010000000000000000001"), path, "found 0.0010000000000000000001");
}

/// A problem the file's JSON path alone would place (a value of the wrong type, a character
/// turning the text around) names the record it is in, as the checks of meaning do; a record
/// without a name in text keeps the path alone.
#[test]
fn a_problem_placed_by_its_path_names_its_record() {
    let check_location = |file: &[u8], expected: &str| {
        let report = report_for(file);
        let shown: Vec<String> =
            report.shown().map(|problem| unplaced(&problem.location)).collect();
        assert_eq!(shown, [expected], "{:#?}", shown_lines(&report));
    };
    // A file that does not fit the types names the record from its JSON.
    check_location(
        &edited(|v| v["briefings"][0]["projects"][2]["capacity"]["value"] = json!("15GWh")),
        "Project “BYD drive motors” (briefings[0].projects[2].capacity.value)",
    );
    check_location(
        &edited(|v| v["industries"][1]["color"] = json!(7)),
        "Industry “New energy” (industries[1].color)",
    );
    check_location(
        &edited(|v| v["briefings"][0]["glossary"][0]["reading"] = json!(["a"])),
        &format!(
            "Glossary “{}” (briefings[0].glossary[0].reading)",
            bundled_json()["briefings"][0]["glossary"][0]["term"].as_str().unwrap()
        ),
    );
    // Neither a name nor an id in text: the path alone.
    check_location(
        &edited(|v| {
            let project = &mut v["briefings"][0]["projects"][2];
            for field in ["short_name", "name", "id"] {
                project[field] = json!(1);
            }
        }),
        "briefings[0].projects[2].id",
    );
    // A file that fits the types names it from the dataset, by its short name.
    check_location(
        &edited(|v| v["briefings"][0]["projects"][2]["name"] = json!("BYD \u{202E}motors")),
        "Project “BYD drive motors” (briefings[0].projects[2].name)",
    );
}

#[test]
fn a_file_refused_before_its_meaning_is_checked_says_so() {
    // No industry: the file does not fit the types, and the wrong quote after it is not yet
    // counted.
    let unread = report_for(&edited(|v| {
        let project = v["briefings"][0]["projects"][0].as_object_mut().unwrap();
        project.remove("industry");
        project.insert("quotes".into(), json!(["Words the source never says."]));
    }));
    assert_eq!(unread.total, 1);
    assert!(unread.stopped_before_meaning());
    assert!(report_for(b"{").stopped_before_meaning());
    // The same wrong quote in a file that fits the types is counted, and nothing is left.
    let read = report_for(&edited(|v| {
        v["briefings"][0]["projects"][0]["quotes"] = json!(["Words the source never says."]);
    }));
    assert_eq!(read.total, 1);
    assert!(!read.stopped_before_meaning());
}
