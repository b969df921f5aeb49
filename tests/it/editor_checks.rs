//! The editor's checks: the validator over a draft in memory, which must say what it says about
//! the exported file, and the form field each problem's path leads to.

use briefing_explorer::model::dataset::Dataset;
use briefing_explorer::model::editor::{
    export_json, field_id, field_words, problem_field, problem_line, Editor, FieldTarget, RecordRef,
};
use briefing_explorer::model::strings::editor::{EN as EDITOR_EN, ZH as EDITOR_ZH};
use briefing_explorer::model::strings::validation::{ValidationStrings, EN, EN_FORM, ZH, ZH_FORM};
use briefing_explorer::model::validate::{
    check_briefing, check_draft, parse_dataset_bytes, Location, Report,
};
use serde_json::Value;

use crate::support::{bundled, placeholders};

/// What the validator reports for the exported file of `draft`, without the line of each value
/// in that file, which a draft has no file to name.
fn file_report(draft: &Dataset, strings: &ValidationStrings) -> Result<(), Report> {
    parse_dataset_bytes(export_json(draft).as_bytes(), strings).map(|_| ()).map_err(|mut report| {
        for problem in report.groups.iter_mut().flat_map(|group| group.shown.iter_mut()) {
            if let Location::Path(path) | Location::Record { path, .. } = &mut problem.location {
                path.start = None;
            }
        }
        report
    })
}

/// The draft's check says what the file's would, in English and in Chinese.
fn check(name: &str, draft: &Dataset) {
    for strings in [&EN, &ZH] {
        assert_eq!(check_draft(draft, strings), file_report(draft, strings), "{name}");
    }
}

/// The bundled dataset with every optional field present.
fn complete() -> Dataset {
    let mut dataset = Dataset::clone(&bundled());
    dataset.title = Some("Nanjing briefings".into());
    let byd = &mut dataset.briefings[0].projects[2];
    assert!(byd.capacity.as_ref().is_some_and(|capacity| capacity.of.is_some()), "BYD's capacity");
    dataset
}

/// Appends a control character to the `chunk`th twenty strings of `value` (in the order of a
/// walk); false when there are no strings that far.
fn break_strings(value: &mut Value, chunk: usize, seen: &mut usize) -> bool {
    let mut any = false;
    match value {
        Value::String(text) => {
            if *seen / 20 == chunk {
                text.push('\u{1}');
                any = true;
            }
            *seen += 1;
        }
        Value::Array(items) => {
            for item in items {
                any |= break_strings(item, chunk, seen);
            }
        }
        Value::Object(fields) => {
            for field in fields.values_mut() {
                any |= break_strings(field, chunk, seen);
            }
        }
        _ => {}
    }
    any
}

#[test]
fn a_valid_draft_has_no_problems_either_way() {
    assert_eq!(check_draft(&complete(), &EN), Ok(()));
    check("bundled", &complete());
}

/// A change that makes a valid draft invalid.
type Break = fn(&mut Dataset);

#[test]
fn a_draft_reports_what_its_exported_file_would() {
    let text = bundled().briefings[0].source.text.clone();
    check("a new briefing", &Editor::new_briefing(&text).draft);
    let breaks: [(&str, Break); 8] = [
        ("an empty label", |draft| draft.industries[1].label.clear()),
        ("an unknown status", |draft| {
            draft.statuses.remove(0);
        }),
        ("a repeated project id", |draft| {
            draft.briefings[0].projects[1].id = draft.briefings[0].projects[0].id.clone()
        }),
        ("a quote not in the text", |draft| {
            draft.briefings[0].projects[0].quotes[0].push_str(" And more.")
        }),
        ("no capacity", |draft| {
            if let Some(capacity) = &mut draft.briefings[0].projects[2].capacity {
                capacity.value = 0.0;
            }
        }),
        ("a right-to-left override in a name and in the source text", |draft| {
            draft.briefings[0].officials[0].name.push('\u{202E}');
            draft.briefings[0].source.text.push('\u{2066}');
        }),
        ("a figure the app would show otherwise", |draft| {
            if let Some(capacity) = &mut draft.briefings[0].projects[2].capacity {
                // Written "987654321098765.5", which a JSON reader takes as …765.625.
                capacity.value = 987_654_321_098_765.5;
            }
        }),
        ("line breaks outside the source text", |draft| {
            draft.briefings[0].title.push_str("\nSecond line");
            draft.briefings[0].source.text.push_str("\tTabs\r\nand line breaks pass here.");
        }),
    ];
    for (name, break_draft) in breaks {
        let mut draft = complete();
        break_draft(&mut draft);
        assert!(check_draft(&draft, &EN).is_err(), "{name}");
        check(name, &draft);
    }
}

/// The JSON paths of the problems a report shows, in order.
fn shown_paths(report: &Report) -> Vec<String> {
    let problems = report.groups.iter().flat_map(|group| &group.shown);
    problems.filter_map(|problem| problem.location.path().map(str::to_string)).collect()
}

#[test]
fn one_briefing_is_checked_alone_with_paths_where_it_stands() {
    let mut broken = complete().briefings[0].clone();
    broken.title.clear();
    broken.projects[0].quotes[0].push_str(" And more.");
    let mut draft = complete();
    draft.briefings.push(broken.clone());
    let mut alone = complete();
    alone.briefings = vec![broken];

    assert_eq!(check_briefing(&draft, 0, &EN), Ok(()), "the first briefing is valid");
    for strings in [&EN, &ZH] {
        let Err(report) = check_briefing(&draft, 1, strings) else {
            panic!("the second briefing's problems are reported");
        };
        let Err(expected) = check_draft(&alone, strings) else {
            panic!("the broken briefing alone is invalid");
        };
        // The same problems as the briefing's own file would have, each path moved from
        // `briefings[0]` to where the briefing stands in the draft.
        let moved: Vec<String> = shown_paths(&expected)
            .iter()
            .map(|path| path.replacen("briefings[0]", "briefings[1]", 1))
            .collect();
        assert_eq!(shown_paths(&report), moved);
        assert!(moved.iter().any(|path| path == "briefings[1].title"), "{moved:?}");
        assert!(
            report.groups.iter().flat_map(|group| &group.shown).any(|problem| matches!(
                &problem.location,
                Location::Record { path, .. } if path.starts_with("briefings[1].projects[0]")
            )),
            "a record's location names its path too: {report:?}"
        );
        let messages = |report: &Report| -> Vec<String> {
            report.groups.iter().flat_map(|group| &group.shown).map(|p| p.message.clone()).collect()
        };
        assert_eq!(messages(&report), messages(&expected));
        assert_eq!(report.total, expected.total);
    }
    // A briefing that is not there (deleted meanwhile) falls back to the whole draft's check.
    assert_eq!(check_briefing(&draft, 2, &EN), check_draft(&draft, &EN));
    assert!(check_briefing(&draft, 2, &EN).is_err());
}

#[test]
fn a_control_character_is_reported_in_every_string_at_the_files_path() {
    let mut chunk = 0;
    loop {
        let mut value = serde_json::to_value(complete()).unwrap();
        if !break_strings(&mut value, chunk, &mut 0) {
            break;
        }
        let draft: Dataset = serde_json::from_value(value).unwrap();
        check(&format!("strings {} to {}", chunk * 20, chunk * 20 + 19), &draft);
        chunk += 1;
    }
    assert!(chunk > 10, "the walk broke every string of the bundled data, twenty at a time");
}

#[test]
fn problem_paths_lead_to_their_record_and_field() {
    let cases = [
        ("briefings[0].projects[2].capacity.value", RecordRef::Project(2), "capacity.value"),
        ("industries[1].label", RecordRef::Industry(1), "label"),
        ("statuses[0].id", RecordRef::Status(0), "id"),
        ("briefings[0].date.month", RecordRef::Header, "date.month"),
        ("briefings[0].directives[3].quotes[0]", RecordRef::Directive(3), "quotes[0]"),
        ("briefings[0].directives[1].scope[2]", RecordRef::Directive(1), "scope[2]"),
        ("briefings[0].glossary[4].term", RecordRef::Glossary(4), "term"),
        ("briefings[0].title", RecordRef::Header, "title"),
        ("briefings[0].officials[0].name", RecordRef::Header, "officials[0].name"),
        ("briefings[0].source.note", RecordRef::Header, "source.note"),
        ("briefings[0].quotes[12]", RecordRef::Header, "quotes[12]"),
        ("briefings[0].projects[0]", RecordRef::Project(0), ""),
        ("briefings[0].projects", RecordRef::Header, "projects"),
    ];
    for (path, record, field) in cases {
        assert_eq!(
            problem_field(path),
            Some(FieldTarget { record, field: field.to_string() }),
            "{path}"
        );
    }
    for outside in ["", "title", "briefings", "industries", "glossary[0].term", "industries[x].id"]
    {
        assert_eq!(problem_field(outside), None, "{outside}");
    }
}

#[test]
fn every_field_has_an_id_a_page_can_use() {
    let cases = [
        (RecordRef::Project(2), "capacity.value", "field-project-2-capacity-value"),
        (RecordRef::Header, "officials[0].name", "field-header-officials-0-name"),
        (RecordRef::Header, "source.original_language", "field-header-source-original-language"),
        (RecordRef::Industry(1), "", "field-industry-1"),
        (RecordRef::Status(3), "label", "field-status-3-label"),
        (RecordRef::Directive(0), "quotes[10]", "field-directive-0-quotes-10"),
        (RecordRef::Glossary(7), "Term", "field-glossary-7-term"),
        (RecordRef::Project(0), "名称.x", "field-project-0-x"),
    ];
    for (record, field, id) in cases {
        assert_eq!(field_id(record, field), id, "{record:?} {field}");
    }
}

#[test]
fn every_problem_of_a_broken_draft_leads_to_a_field() {
    let mut draft = complete();
    draft.industries[0].label.clear();
    draft.briefings[0].place.clear();
    draft.briefings[0].projects[1].quotes[0].push('!');
    draft.briefings[0].directives[2].quotes.clear();
    let Err(report) = check_draft(&draft, &EN) else { panic!("the draft is broken") };
    let fields: Vec<String> = report
        .shown()
        .map(|problem| {
            let path = problem.location.path().expect("a draft's problems have paths");
            let target = problem_field(path).unwrap_or_else(|| panic!("{path} leads to a field"));
            field_id(target.record, &target.field)
        })
        .collect();
    assert_eq!(
        fields,
        [
            "field-industry-0-label",
            "field-header-place",
            "field-directive-2-quotes",
            "field-project-1-quotes-0",
        ]
    );
}

#[test]
fn a_field_is_named_as_the_form_labels_it() {
    let cases = [
        ("name", "Name", "名称"),
        ("capacity.value", "Capacity, Figure", "产能，"),
        ("quotes[1]", "Quote 2", "引文 2"),
        ("quotes", "Quotes from the source", "原文引文"),
        ("requests[0].text", "Request 1, In your words", "诉求 1，"),
        ("notes[2].quote", "Note 3, Quote", "备注 3，"),
        ("officials[0].name", "Officials 1, Name", "领导 1，名称"),
        ("status.id", "Status", "状态"),
        ("scope[4]", "Addressed to", ""),
        ("date.year", "Date, Year (only if the text states it)", "日期，"),
        ("source.title", "Source title", ""),
        ("source.text", "Source", "原文"),
        ("id", "", ""),
    ];
    for (field, english, chinese_start) in cases {
        assert_eq!(field_words(field, &EDITOR_EN), english, "{field}");
        let chinese = field_words(field, &EDITOR_ZH);
        assert!(chinese.starts_with(chinese_start), "{field}: {chinese}");
        assert!(!chinese.is_ascii() || chinese.is_empty(), "{field} in Chinese: {chinese}");
    }
    // A key the form has no label for is kept, so the line still says where.
    assert_eq!(field_words("mystery.value", &EDITOR_EN), "mystery, Figure");
}

#[test]
fn the_editor_lists_problems_by_record_and_label_with_no_json_path_or_key() {
    let mut draft = complete();
    draft.industries[0].label.clear();
    let briefing = &mut draft.briefings[0];
    briefing.place.clear();
    briefing.officials[0].name.clear();
    briefing.projects[0].name.clear();
    briefing.projects[1].quotes[0].push('!');
    briefing.projects[2].id = briefing.projects[3].id.clone();
    if let Some(capacity) = &mut briefing.projects[2].capacity {
        capacity.value = -3.0;
    }
    briefing.directives[2].quotes.clear();
    briefing.directives[3].summary.clear();
    briefing.projects[3].industry.clear();
    // Found by the scan's check of strings, which places a problem by its path alone.
    briefing.projects[1].name = "Eastbay \u{202E}eliforp\u{202C} rolling mill".into();
    let short_name = briefing.projects[1].short_name.clone();
    let term = briefing.glossary[0].term.clone();
    briefing.glossary[0].reading.clear();
    // An entry without a term is named by its briefing, never by a JSON path.
    briefing.glossary[1].term.clear();
    for (editor, validation) in [(&EDITOR_EN, &EN_FORM), (&EDITOR_ZH, &ZH_FORM)] {
        let Err(report) = check_briefing(&draft, 0, validation) else { panic!("broken") };
        let lines: Vec<String> = report
            .shown()
            .map(|problem| problem_line(problem, &draft, editor, validation))
            .collect();
        assert!(lines.len() >= 8, "{lines:#?}");
        for line in &lines {
            assert!(!line.contains("briefings[") && !line.contains("projects["), "{line}: a path");
            // No JSON key, and no list of ids where the form offers a choice of labels.
            for key in [
                "`place`",
                "`name`",
                "`capacity`",
                "`summary`",
                "`label`",
                "`status`",
                "`year`",
                "industries: `",
            ] {
                assert!(!line.contains(key), "{line} names the file's {key}");
            }
        }
        if std::ptr::eq(editor, &EDITOR_EN) {
            let place = lines.iter().find(|line| line.contains(", Place: ")).expect("the place");
            assert!(
                place.starts_with("Briefing “") && place.ends_with(", Place: empty: fill it in"),
                "{place}"
            );
            assert!(
                lines.iter().any(|line| line.ends_with(", Officials 1, Name: empty: fill it in")),
                "{lines:#?}"
            );
            assert!(lines.iter().any(|line| line.contains(", Capacity, Figure: expected a positive number, found -3 (remove the capacity when")), "{lines:#?}");
            assert!(
                lines.iter().any(|line| line.contains("is already used by another record")),
                "{lines:#?}"
            );
            let invisible =
                format!("Project “{short_name}”, Name: contains the invisible character U+202E");
            assert!(lines.iter().any(|line| line.starts_with(&invisible)), "{lines:#?}");
            // A glossary entry is named by its term, not by its briefing.
            let glossary = format!("Glossary “{term}”, Reading: empty: fill it in");
            assert!(lines.contains(&glossary), "{lines:#?}");
            assert!(
                lines.iter().any(|line| line.starts_with("Briefing “")
                    && line.contains(", Term (as in the text): empty")),
                "{lines:#?}"
            );
        } else {
            assert!(lines.iter().any(|line| line.contains("，地点：不能为空")), "{lines:#?}");
        }
    }
    // The file's own report keeps its paths and keys: a person fixing the JSON needs them.
    let Err(report) = check_briefing(&draft, 0, &EN) else { panic!("broken") };
    assert!(report.shown().any(|problem| problem.message == "`place` is empty"));
}

#[test]
fn the_forms_messages_keep_to_the_placeholders_the_validator_fills() {
    // Each form template names only placeholders of the file's template it stands for, and the
    // English and Chinese form templates name the same ones.
    for (name, english, chinese, file) in [
        ("field_empty", EN_FORM.field_empty, ZH_FORM.field_empty, EN.field_empty),
        ("field_too_long", EN_FORM.field_too_long, ZH_FORM.field_too_long, EN.field_too_long),
        ("duplicate_id", EN_FORM.duplicate_id, ZH_FORM.duplicate_id, EN.duplicate_id),
        ("reserved_status", EN_FORM.reserved_status, ZH_FORM.reserved_status, EN.reserved_status),
        ("bad_year", EN_FORM.bad_year, ZH_FORM.bad_year, EN.bad_year),
        ("unknown_status", EN_FORM.unknown_status, ZH_FORM.unknown_status, EN.unknown_status),
        (
            "capacity_not_positive",
            EN_FORM.capacity_not_positive,
            ZH_FORM.capacity_not_positive,
            EN.capacity_not_positive,
        ),
        (
            "scope_repeated_project",
            EN_FORM.scope_repeated_project,
            ZH_FORM.scope_repeated_project,
            EN.scope_repeated_project,
        ),
        (
            "industry_missing",
            EN_FORM.industry_missing,
            ZH_FORM.industry_missing,
            EN.industry_missing,
        ),
        (
            "control_character",
            EN_FORM.control_character,
            ZH_FORM.control_character,
            EN.control_character,
        ),
    ] {
        let (english, chinese, file) =
            (placeholders(english), placeholders(chinese), placeholders(file));
        assert_eq!(english, chinese, "{name}");
        assert!(english.is_subset(&file), "{name}: {english:?} is not within {file:?}");
    }
}

#[test]
fn a_field_holding_a_character_that_turns_text_around_says_where_and_can_lose_it() {
    use briefing_explorer::model::editor::{direction_control_note, without_direction_controls};
    let name = "Eastbay \u{202E}eliforp\u{202C} rolling mill";
    assert_eq!(
        direction_control_note(name, &EDITOR_EN, &EN_FORM).as_deref(),
        Some("This text holds the invisible character U+202E (right-to-left override) after “Eastbay ”, which turns the text after it around: the field shows it turned, not as the file holds it.")
    );
    // At the start, and in Chinese, whose note names the place before the character.
    let at_start = direction_control_note("\u{2067}abc", &EDITOR_ZH, &ZH_FORM).expect("a note");
    assert!(at_start.starts_with("此文本开头含有不可见字符 U+2067"), "{at_start}");
    // Only the last 24 characters before it, with any other invisible character escaped.
    let long = format!("{}\u{200B}xyz\u{202D}", "a".repeat(40));
    let note = direction_control_note(&long, &EDITOR_EN, &EN_FORM).expect("a note");
    assert!(note.contains(&format!("after “{}\\u{{200b}}xyz”", "a".repeat(20))), "{note}");
    assert_eq!(direction_control_note("Eastbay rolling mill", &EDITOR_EN, &EN_FORM), None);
    assert_eq!(without_direction_controls(name), "Eastbay eliforp rolling mill");
    assert_eq!(without_direction_controls("plain"), "plain");
}
