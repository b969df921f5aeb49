//! CSV and JSON exports of the view: one record per project shown, one per directive shown,
//! RFC 4180 quoting, the formula-injection guard, and JSON that the validator accepts again.

use briefing_explorer::model::chart::build_charts;
use briefing_explorer::model::dataset::{Capacity, Dataset, Scope};
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::export::{
    chart_table_csv, directives_csv, export_file_name, projects_csv, projects_json,
    quote_if_needed, text_cell, Export, UTF8_BOM,
};
use briefing_explorer::model::query::{BriefingChoice, Query, StatusKey};
use briefing_explorer::model::strings::{Strings, EN, ZH};
use briefing_explorer::model::text::slug;
use briefing_explorer::model::validate::parse_dataset;
use briefing_explorer::model::view::{compute_view, View};

use crate::support::{bundled, bundled_json, query};

fn view_of(dataset: &Dataset, query: &Query) -> View {
    compute_view(dataset, &DatasetIndex::new(dataset), query)
}

/// A small RFC 4180 reader, so that the tests check what a spreadsheet would read back.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match (in_quotes, character) {
            (true, '"') if characters.peek() == Some(&'"') => {
                characters.next();
                field.push('"');
            }
            (true, '"') => in_quotes = false,
            (true, other) => field.push(other),
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside an unquoted field in {text:?}");
                in_quotes = true;
            }
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(characters.next(), Some('\n'), "CR without LF in {text:?}");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF ends a record in {text:?}"),
            (false, other) => field.push(other),
        }
    }
    assert!(!in_quotes, "unterminated quoted field in {text:?}");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last record does not end with CRLF in {text:?}"
    );
    records
}

fn column(name: &str) -> usize {
    EN.csv_columns
        .iter()
        .position(|column| *column == name)
        .unwrap_or_else(|| panic!("no CSV column {name:?}"))
}

/// Checks that a query's CSV has the header and one record per project shown, in view order.
fn check_rows(query: Query, expected_ids: &[&str]) {
    let dataset = bundled();
    let view = view_of(&dataset, &query);
    let records = parse_csv(&projects_csv(&dataset, &view, &EN));
    assert_eq!(records[0], EN.csv_columns.to_vec(), "header for {query:?}");
    let ids: Vec<&str> =
        records[1..].iter().map(|record| record[column("Project ID")].as_str()).collect();
    assert_eq!(ids, expected_ids, "rows for {query:?}");
    assert!(
        records.iter().all(|record| record.len() == EN.csv_columns.len()),
        "every record has every column"
    );
}

#[test]
fn csv_has_a_header_and_one_row_per_project_shown() {
    check_rows(
        Query::default(),
        &["north-metallurgy", "longdian-huaxin", "byd", "baowu-magnesium"],
    );
    check_rows(query(&["magnesium-alloys"], &[], ""), &["baowu-magnesium"]);
    check_rows(query(&["new-energy"], &[], ""), &["longdian-huaxin", "byd"]);
    check_rows(query(&[], &[StatusKey::NotStated], ""), &["longdian-huaxin", "baowu-magnesium"]);
    check_rows(query(&[], &[], "copper"), &["longdian-huaxin"]);
    check_rows(query(&[], &[], "zzz"), &[]);
    check_rows(
        Query { briefing: BriefingChoice::All, ..Query::default() },
        &["north-metallurgy", "longdian-huaxin", "byd", "baowu-magnesium"],
    );
}

/// The CSV record of one bundled project, by column name.
fn bundled_record(project_id: &str) -> Vec<String> {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    let records = parse_csv(&projects_csv(&dataset, &view, &EN));
    records
        .into_iter()
        .find(|record| record[column("Project ID")] == project_id)
        .unwrap_or_else(|| panic!("no row for {project_id}"))
}

#[test]
fn a_bounded_capacity_is_exported_with_its_bound_in_words_beside_its_number() {
    let mut dataset = (*bundled()).clone();
    let byd = dataset.briefings[0].projects.iter_mut().find(|project| project.id == "byd");
    byd.and_then(|project| project.capacity.as_mut()).expect("BYD's capacity").bound =
        Some(briefing_explorer::model::dataset::Bound::MoreThan);
    let view = view_of(&dataset, &Query::default());
    let records = parse_csv(&projects_csv(&dataset, &view, &EN));
    let byd = records.iter().find(|record| record[column("Project ID")] == "byd").unwrap();
    assert_eq!(
        (byd[column("Capacity bound")].as_str(), byd[column("Capacity")].as_str()),
        ("more than", "840000")
    );
    // A search finds it by the words its card writes, in either language.
    let project = dataset.briefings[0].projects.iter().find(|project| project.id == "byd");
    let text = briefing_explorer::model::dataset_index::project_search_text(
        project.unwrap(),
        ["", ""],
        &briefing_explorer::model::source::GlossaryFinder::new(&[]),
    );
    assert!(text.contains("more than") && text.contains("超过"), "{text}");
}

#[test]
fn csv_cells_carry_the_stated_facts_and_say_not_stated_in_words() {
    let check = |project_id: &str, column_name: &str, expected: &str| {
        assert_eq!(
            bundled_record(project_id)[column(column_name)],
            expected,
            "{project_id} / {column_name}"
        );
    };
    check("byd", "Briefing", "nanjing-key-projects-feb-20");
    check("byd", "Industry", "New energy");
    check("byd", "Status", "Full production");
    check("byd", "Capacity", "840000");
    check("byd", "Capacity unit", "sets");
    check("byd", "Capacity period", "year");
    check("baowu-magnesium", "Capacity", "60000");
    check("baowu-magnesium", "Industry", "Magnesium alloys");
    // Not stated: the status and the capacity say so in words (never 0, never a blank that could
    // be a value lost); what belongs to a capacity there is none of stays empty.
    check("longdian-huaxin", "Status", EN.not_stated);
    check("longdian-huaxin", "Capacity", EN.not_stated);
    check("longdian-huaxin", "Capacity unit", "");
    check("longdian-huaxin", "Capacity period", "");
    check("longdian-huaxin", "Status quote", "");
    check("longdian-huaxin", "Capacity quote", "");
    check("north-metallurgy", "Capacity", EN.not_stated);
    check("north-metallurgy", "Capacity of", "");
    check("byd", "Capacity bound", "");
    // The briefing's date as the page writes it, the year the source leaves out said so.
    check("byd", "Date", "February 20 — year not stated");
    // Requests and notes: one per line, in the data's order.
    check(
        "longdian-huaxin",
        "Requests",
        "Focus on niche areas.\nIncrease investment in innovation and research.\n\
         Keep growing the enterprise's scale and its products' competitiveness.",
    );
}

/// Each stated status and capacity carries the one sentence that states it, beside the project's
/// quotes in one cell, so that a spreadsheet ties the fact to its sentence.
#[test]
fn csv_status_and_capacity_carry_the_sentence_that_states_each() {
    let dataset = bundled();
    for briefing in &dataset.briefings {
        for project in &briefing.projects {
            let record = bundled_record(&project.id);
            let status_quote = project.status.as_ref().map(|status| status.quote.as_str());
            let capacity_quote = project.capacity.as_ref().map(|capacity| capacity.quote.as_str());
            assert_eq!(
                record[column("Status quote")],
                status_quote.unwrap_or(""),
                "{}",
                project.id
            );
            assert_eq!(
                record[column("Capacity quote")],
                capacity_quote.unwrap_or(""),
                "{}",
                project.id
            );
        }
    }
    let baowu = bundled_record("baowu-magnesium");
    assert!(baowu[column("Capacity quote")].contains("60,000 tons"), "{baowu:?}");
    assert!(baowu[column("Source quotes")].lines().count() > 1, "the one cell holds them all");
}

/// A project whose source names no enterprise or sector says so, as its card does.
#[test]
fn csv_an_enterprise_or_sector_not_stated_says_so() {
    let mut dataset = (*bundled()).clone();
    let project = &mut dataset.briefings[0].projects[0];
    project.enterprise.clear();
    project.sector.clear();
    let view = view_of(&dataset, &Query::default());
    let records = parse_csv(&projects_csv(&dataset, &view, &EN));
    assert_eq!(records[1][column("Enterprise")], EN.not_stated);
    assert_eq!(records[1][column("Sector")], EN.not_stated);
}

#[test]
fn csv_requests_and_notes_are_the_projects_own_one_per_line() {
    let dataset = bundled();
    for briefing in &dataset.briefings {
        for project in &briefing.projects {
            let record = bundled_record(&project.id);
            let requests: Vec<&str> =
                project.requests.iter().map(|request| request.text.as_str()).collect();
            let notes: Vec<&str> = project.notes.iter().map(|note| note.text.as_str()).collect();
            assert_eq!(record[column("Requests")], requests.join("\n"), "{}", project.id);
            assert_eq!(record[column("Notes")], notes.join("\n"), "{}", project.id);
        }
    }
    let north = bundled_record("north-metallurgy");
    assert_eq!(north[column("Requests")].lines().count(), 2);
    assert!(north[column("Notes")].starts_with("Chen Zhichang inspected construction on site"));
    assert!(bundled_record("baowu-magnesium")[column("Notes")].contains("\nA listed enterprise\n"));
}

#[test]
fn csv_source_quotes_are_the_projects_quotes_verbatim() {
    let dataset = bundled();
    for briefing in &dataset.briefings {
        for project in &briefing.projects {
            assert_eq!(
                bundled_record(&project.id)[column("Source quotes")],
                project.quotes.join("\n"),
                "{}",
                project.id
            );
        }
    }
}

#[test]
fn fields_are_quoted_as_rfc_4180_requires() {
    let check = |field: &str, expected: &str| {
        assert_eq!(quote_if_needed(field), expected, "quoting {field:?}")
    };
    check("plain", "plain");
    check("", "");
    check("840,000 sets", "\"840,000 sets\"");
    check("the \"Ningbo\" artefact", "\"the \"\"Ningbo\"\" artefact\"");
    check("\"", "\"\"\"\"");
    check("two\nlines", "\"two\nlines\"");
    check("carriage\rreturn", "\"carriage\rreturn\"");
    check("semi;colon and 'apostrophe'", "semi;colon and 'apostrophe'");
    check("南京, 宁", "\"南京, 宁\"");
}

#[test]
fn cells_that_a_spreadsheet_would_run_as_formulas_are_prefixed_with_an_apostrophe() {
    let check = |text: &str, expected: &str| assert_eq!(text_cell(text), expected, "cell {text:?}");
    check("=HYPERLINK(\"http://example.com\")", "\"'=HYPERLINK(\"\"http://example.com\"\")\"");
    check("=1+1", "'=1+1");
    check("+49 30 123", "'+49 30 123");
    check("-2+3", "'-2+3");
    check("@SUM(A1:A2)", "'@SUM(A1:A2)");
    check("\tindented", "'\tindented");
    check("\r=1", "\"'\r=1\"");
    // Only the first character matters.
    check("a=b", "a=b");
    check("Baowu - magnesium", "Baowu - magnesium");
    check("", "");
}

#[test]
fn hostile_and_awkward_values_survive_a_round_trip() {
    let mut dataset = (*bundled()).clone();
    let project = &mut dataset.briefings[0].projects[0];
    project.name = "=cmd|' /C calc'!A0".to_string();
    project.enterprise = "North, \"Metallurgy\"\nGroup".to_string();
    project.sector = "@risk".to_string();
    let view = view_of(&dataset, &Query::default());
    let records = parse_csv(&projects_csv(&dataset, &view, &EN));
    assert_eq!(records.len(), 1 + view.projects.len());
    assert_eq!(records[1][column("Project")], "'=cmd|' /C calc'!A0");
    assert_eq!(records[1][column("Enterprise")], "North, \"Metallurgy\"\nGroup");
    assert_eq!(records[1][column("Sector")], "'@risk");
}

/// Checks that a query's JSON export is a valid dataset holding exactly the projects shown.
fn check_json(query: Query, expected_ids: &[&str]) {
    let dataset = bundled();
    let view = view_of(&dataset, &query);
    let json = projects_json(&dataset, &view);
    let reopened = parse_dataset(&json).unwrap_or_else(|problems| {
        panic!("the export of {query:?} does not validate: {problems:#?}")
    });
    let ids: Vec<&str> = reopened
        .briefings
        .iter()
        .flat_map(|briefing| &briefing.projects)
        .map(|project| project.id.as_str())
        .collect();
    assert_eq!(ids, expected_ids, "projects in the JSON for {query:?}");
    assert_eq!(reopened.industries, dataset.industries);
    assert_eq!(reopened.statuses, dataset.statuses);
    assert_eq!(reopened.title, dataset.title);
    for briefing in &reopened.briefings {
        let original = dataset.briefing(&briefing.id).expect("the briefing exists in the original");
        assert_eq!(briefing.source, original.source, "the full source text is kept");
        for project in &briefing.projects {
            assert_eq!(
                Some(project),
                original.project(&project.id),
                "projects are copied unchanged"
            );
        }
        for directive in &briefing.directives {
            if let Scope::Projects(ids) = &directive.scope {
                assert!(
                    ids.iter().all(|id| briefing.project(id).is_some()),
                    "directive {} names only kept projects",
                    directive.id
                );
            }
        }
    }
}

#[test]
fn json_is_the_datasets_own_shape_and_validates_again() {
    check_json(
        Query::default(),
        &["north-metallurgy", "longdian-huaxin", "byd", "baowu-magnesium"],
    );
    check_json(query(&["magnesium-alloys"], &[], ""), &["baowu-magnesium"]);
    check_json(query(&["new-energy"], &[], ""), &["longdian-huaxin", "byd"]);
    check_json(query(&[], &[StatusKey::Stated("full-production".into())], ""), &["byd"]);
    check_json(query(&[], &[], "copper"), &["longdian-huaxin"]);
    check_json(query(&[], &[], "zzz"), &[]);
}

#[test]
fn json_of_everything_is_the_dataset_itself() {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    let reopened = parse_dataset(&projects_json(&dataset, &view)).expect("valid");
    assert_eq!(reopened, *dataset);
}

#[test]
fn json_keeps_the_directives_in_view() {
    let dataset = bundled();
    let check = |query: Query| {
        let view = view_of(&dataset, &query);
        let reopened = parse_dataset(&projects_json(&dataset, &view)).expect("valid");
        let exported: Vec<&str> = reopened
            .briefings
            .iter()
            .flat_map(|briefing| &briefing.directives)
            .map(|directive| directive.id.as_str())
            .collect();
        let shown: Vec<&str> = view
            .directive_keys()
            .map(|&key| dataset.directive_at(key).expect("in the dataset").1.id.as_str())
            .collect();
        let mut shown_sorted = shown.clone();
        shown_sorted.sort_unstable();
        let mut exported_sorted = exported.clone();
        exported_sorted.sort_unstable();
        assert_eq!(exported_sorted, shown_sorted, "directives for {query:?}");
    };
    check(Query::default());
    check(query(&["magnesium-alloys"], &[], ""));
    check(query(&["new-materials"], &[], ""));
    check(query(&[], &[], "copper"));
    // A search that shows some directives and hides others.
    let digital = query(&[], &[], "digital");
    let shown = view_of(&dataset, &digital).directive_count();
    assert!(shown > 0 && shown < dataset.briefings[0].directives.len(), "{shown} shown");
    check(digital);
}

#[test]
fn json_narrows_a_directive_to_the_projects_exported() {
    let mut json = bundled_json();
    json["briefings"][0]["directives"][2]["scope"] = serde_json::json!(["north-metallurgy", "byd"]);
    let dataset = parse_dataset(&json.to_string()).expect("a valid dataset");
    let scopes = |industry: &str| {
        let view = view_of(&dataset, &query(&[industry], &[], ""));
        let reopened = parse_dataset(&projects_json(&dataset, &view)).expect("valid");
        let directives = &reopened.briefings[0].directives;
        directives
            .iter()
            .filter(|directive| !directive.scope.is_city_wide())
            .map(|directive| directive.scope.project_ids().to_vec())
            .collect::<Vec<_>>()
    };
    assert_eq!(scopes("new-materials"), [["north-metallurgy"]]);
    assert_eq!(scopes("new-energy"), [["byd"]]);
    assert!(scopes("magnesium-alloys").is_empty());
}

#[test]
fn file_names_say_what_the_export_holds() {
    let dataset = bundled();
    let check = |query: Query, export: Export, expected: &str| {
        assert_eq!(export_file_name(&dataset, &query, export), expected, "for {query:?}")
    };
    let stem = "nanjing-key-projects-feb-20";
    check(Query::default(), Export::ProjectsCsv, &format!("{stem}-projects.csv"));
    check(Query::default(), Export::ProjectsJson, &format!("{stem}-projects.json"));
    check(Query::default(), Export::DirectivesCsv, &format!("{stem}-directives.csv"));
    check(
        query(&["magnesium-alloys"], &[], ""),
        Export::ProjectsCsv,
        &format!("{stem}-projects-magnesium-alloys.csv"),
    );
    check(
        query(&["magnesium-alloys"], &[], ""),
        Export::DirectivesCsv,
        &format!("{stem}-directives-magnesium-alloys.csv"),
    );
    check(
        query(&["new-energy"], &[StatusKey::NotStated], ""),
        Export::ProjectsJson,
        &format!("{stem}-projects-new-energy-status-not-stated.json"),
    );
    check(
        query(&[], &[StatusKey::Stated("full-production".into())], "  Copper FOIL! "),
        Export::ProjectsCsv,
        &format!("{stem}-projects-full-production-copper-foil.csv"),
    );
    check(
        query(&[], &[], "../../etc/passwd"),
        Export::ProjectsCsv,
        &format!("{stem}-projects-etc-passwd.csv"),
    );
    check(query(&[], &[], "南京"), Export::ProjectsCsv, &format!("{stem}-projects-南京.csv"));
    let long = "word ".repeat(40);
    let name = export_file_name(&dataset, &query(&[], &[], &long), Export::ProjectsCsv);
    assert!(name.chars().count() <= 104, "{name} is at most 100 characters plus the extension");
    assert_eq!(name, format!("{stem}-projects.csv"), "a part that does not fit is left out whole");
    // The stem before the filters is 36 characters: a part of 63 makes one of exactly 100, and
    // fits; one of 64 does not. Characters are counted, not bytes.
    for letter in ["a", "南"] {
        let fits = letter.repeat(63);
        let name = export_file_name(&dataset, &query(&[], &[], &fits), Export::ProjectsCsv);
        assert_eq!(name, format!("{stem}-projects-{fits}.csv"));
        let name =
            export_file_name(&dataset, &query(&[], &[], &letter.repeat(64)), Export::ProjectsCsv);
        assert_eq!(name, format!("{stem}-projects.csv"));
    }
}

#[test]
fn file_names_name_the_chosen_briefing_or_all_of_them() {
    let mut dataset = (*bundled()).clone();
    let mut second = dataset.briefings[0].clone();
    second.id = "南京-3月".to_string();
    dataset.briefings.push(second);
    let name = |dataset: &Dataset, choice: BriefingChoice| {
        let query = Query { briefing: choice, ..Query::default() };
        export_file_name(dataset, &query, Export::ProjectsCsv)
    };
    assert_eq!(name(&dataset, BriefingChoice::First), "nanjing-key-projects-feb-20-projects.csv");
    assert_eq!(name(&dataset, BriefingChoice::One("南京-3月".into())), "南京-3月-projects.csv");
    assert_eq!(name(&dataset, BriefingChoice::All), "all-briefings-projects.csv");
    dataset.briefings[1].id = "b".repeat(70);
    let long = name(&dataset, BriefingChoice::One("b".repeat(70)));
    assert_eq!(long, format!("{}-projects.csv", "b".repeat(48)), "a long id is cut");
}

#[test]
fn downloaded_files_are_the_exports_with_a_byte_order_mark_before_csv() {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    let check = |export: Export, expected: String, mime_type: &str| {
        assert_eq!(export.file_contents(&dataset, &view, &EN), expected, "{export:?}");
        assert_eq!(export.format().mime_type(), mime_type, "{export:?}");
    };
    let csv = "text/csv;charset=utf-8";
    check(Export::ProjectsCsv, format!("{UTF8_BOM}{}", projects_csv(&dataset, &view, &EN)), csv);
    check(
        Export::DirectivesCsv,
        format!("{UTF8_BOM}{}", directives_csv(&dataset, &view, &EN)),
        csv,
    );
    check(Export::ProjectsJson, projects_json(&dataset, &view), "application/json;charset=utf-8");
}

/// The directives CSV of a query in a language: its header and records.
fn directive_records(query: &Query, strings: &Strings) -> (Vec<String>, Vec<Vec<String>>) {
    let dataset = bundled();
    let view = view_of(&dataset, query);
    let mut records = parse_csv(&directives_csv(&dataset, &view, strings));
    let header = records.remove(0);
    assert!(
        records.iter().all(|record| record.len() == header.len()),
        "every record has every column"
    );
    (header, records)
}

#[test]
fn directives_csv_has_one_row_per_directive_shown_in_the_lists_order() {
    let dataset = bundled();
    let check = |query: Query| {
        let view = view_of(&dataset, &query);
        let (header, records) = directive_records(&query, &EN);
        assert_eq!(header, ["Briefing", "Theme", "Summary", "Scope", "Source quotes"]);
        assert!(records.iter().all(|record| record[0] == "nanjing-key-projects-feb-20"));
        let shown: Vec<(&str, &str)> = view
            .directive_keys()
            .map(|&key| dataset.directive_at(key).expect("in the dataset").1)
            .map(|directive| (directive.theme.as_str(), directive.summary.as_str()))
            .collect();
        let exported: Vec<(&str, &str)> =
            records.iter().map(|record| (record[1].as_str(), record[2].as_str())).collect();
        assert_eq!(exported, shown, "directives for {query:?}");
        shown.len()
    };
    assert_eq!(check(Query::default()), 14, "the bundled briefing has 14 directives");
    assert_eq!(check(query(&["new-materials"], &[], "")), 14);
    assert_eq!(check(query(&["magnesium-alloys"], &[], "")), 13, "North Metallurgy's is hidden");
    assert_eq!(check(query(&[], &[], "feedback channels")), 1);
    assert_eq!(check(query(&[], &[], "zzz")), 0);
}

#[test]
fn directives_csv_names_the_projects_in_scope_and_keeps_the_quotes() {
    let dataset = bundled();
    let (_, records) = directive_records(&Query::default(), &EN);
    let scoped: Vec<&Vec<String>> =
        records.iter().filter(|record| record[3] != EN.city_wide).collect();
    assert_eq!(scoped.len(), 1, "one directive names a project");
    assert_eq!(scoped[0][1], "Service to enterprises");
    let north = dataset.briefings[0].project("north-metallurgy").expect("bundled");
    assert_eq!(scoped[0][3], north.short_name, "the project's short name, never its id");
    let briefing = &dataset.briefings[0];
    for directive in &briefing.directives {
        let record = records
            .iter()
            .find(|record| record[2] == directive.summary)
            .unwrap_or_else(|| panic!("no row for {}", directive.id));
        assert_eq!(record[4], directive.quotes.join("\n"), "{}", directive.id);
    }
    assert!(records
        .iter()
        .any(|record| record[4].contains("To improve the quality of service enterprises")));
}

#[test]
fn directives_csv_speaks_the_interface_language() {
    let (header, records) = directive_records(&Query::default(), &ZH);
    assert_eq!(header, ZH.directive_csv_columns.to_vec());
    assert_eq!(records.len(), 14);
    assert_eq!(records.iter().filter(|record| record[3] == "全市").count(), 13);
}

#[test]
fn directive_cells_are_guarded_and_quoted() {
    let mut dataset = (*bundled()).clone();
    let briefing = &mut dataset.briefings[0];
    briefing.directives.truncate(1);
    briefing.directives[0].theme = "=SUM(A1)".to_string();
    briefing.directives[0].summary = "One, \"two\"".to_string();
    briefing.directives[0].scope =
        Scope::Projects(vec!["byd".to_string(), "no-such-project".to_string()]);
    let view = view_of(&dataset, &Query::default());
    let records = parse_csv(&directives_csv(&dataset, &view, &EN));
    assert_eq!(records.len(), 2);
    assert_eq!(records[1][1], "'=SUM(A1)");
    assert_eq!(records[1][2], "One, \"two\"");
    assert_eq!(
        records[1][3], "BYD drive motors\nno-such-project",
        "one project a line (a name may hold a comma); an unknown id stands for itself"
    );
}

#[test]
fn slugs_keep_letters_and_digits_only() {
    let check = |text: &str, expected: &str| assert_eq!(slug(text), expected, "slug of {text:?}");
    check("Magnesium alloys", "magnesium-alloys");
    check("  --a--b--  ", "a-b");
    check("840,000 sets", "840-000-sets");
    check("", "");
    check("!!!", "");
}

/// A capacity written to JSON reads as the file most likely had it: whole numbers without ".0"
/// (below 2^53, where every whole number is exact), others as they are.
#[test]
fn capacities_are_written_as_people_write_them() {
    let written = |value: f64| {
        let capacity = Capacity {
            value,
            unit: "sets".into(),
            period: "year".into(),
            of: None,
            bound: None,
            quote: "q".into(),
        };
        let json: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&capacity).unwrap()).unwrap();
        serde_json::to_string(&json["value"]).unwrap()
    };
    assert_eq!(written(840_000.0), "840000");
    assert_eq!(written(84.5), "84.5");
    assert_eq!(written(-3.0), "-3");
    assert_eq!(written(9_007_199_254_740_991.0), "9007199254740991");
    assert_eq!(written(9_007_199_254_740_992.0), "9007199254740992.0");
}

/// With every briefing chosen and a filter on, the JSON holds each directive the list shows,
/// a city-wide one of a briefing none of whose projects is kept included, as the directives
/// CSV does; each directive row names its briefing.
#[test]
fn a_filtered_view_of_every_briefing_exports_the_directives_it_shows() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/semiconductors.json"
    ))
    .expect("tests/data/semiconductors.json is readable");
    let dataset = parse_dataset(&text).expect("valid");
    let filtered = Query { briefing: BriefingChoice::All, ..query(&["displays"], &[], "") };
    let view = view_of(&dataset, &filtered);
    let shown: Vec<&str> = view
        .directive_keys()
        .map(|&key| dataset.directive_at(key).expect("in the dataset").1.summary.as_str())
        .collect();
    let briefings_shown: std::collections::BTreeSet<usize> =
        view.directive_keys().map(|key| key.briefing).collect();
    assert!(briefings_shown.len() > 1, "the test needs directives of two briefings in view");
    let exported = parse_dataset(&projects_json(&dataset, &view)).expect("valid");
    let mut in_file: Vec<&str> = exported
        .briefings
        .iter()
        .flat_map(|briefing| &briefing.directives)
        .map(|directive| directive.summary.as_str())
        .collect();
    let mut shown_sorted = shown.clone();
    in_file.sort_unstable();
    shown_sorted.sort_unstable();
    assert_eq!(in_file, shown_sorted);
    let records = parse_csv(&directives_csv(&dataset, &view, &EN));
    let ids: std::collections::BTreeSet<&str> =
        records[1..].iter().map(|record| record[0].as_str()).collect();
    assert_eq!(ids.len(), 2, "each row names its briefing: {ids:?}");
}

#[test]
fn a_charts_table_downloads_as_the_rows_its_table_view_shows_with_plain_numbers() {
    let dataset = bundled();
    let view = view_of(&dataset, &Query::default());
    let charts = build_charts(&dataset, &DatasetIndex::new(&dataset), &view.projects, &EN);
    let sets = charts.capacity.iter().find(|panel| panel.axis_label == "sets per year").unwrap();
    let records = parse_csv(&chart_table_csv(sets, &EN));
    let mut header = vec![sets.label_heading.clone()];
    header.extend(sets.category_heading.clone());
    header.push("sets per year".to_string());
    assert_eq!(records[0], header);
    assert_eq!(records.len(), 1 + sets.bars.len());
    let byd = records.iter().find(|record| record[0] == "BYD drive motors").unwrap();
    // A number a spreadsheet can sum, not the table's "840,000".
    assert_eq!(byd.last().unwrap(), "840000");
    if sets.category_heading.is_some() {
        assert_eq!(byd[1], "New energy");
    }

    // The industries' panel has no category column; its values are counts, and a last column
    // counts those whose industry is inferred.
    let industries = parse_csv(&chart_table_csv(&charts.industries, &EN));
    assert!(industries.iter().all(|record| record.len() == 3), "{industries:?}");
    assert!(
        industries.contains(&vec!["New energy".to_string(), "2".to_string(), "1".to_string()]),
        "{industries:?}"
    );

    // A label that a spreadsheet would run is guarded as in the other exports.
    let mut hostile = sets.clone();
    hostile.bars[0].label = "=1+1".to_string();
    assert_eq!(parse_csv(&chart_table_csv(&hostile, &EN))[1][0], "'=1+1");

    // A bounded figure: its number stays a number, and a last column says how it is bounded.
    let mut bounded = (*dataset).clone();
    let byd = bounded.briefings[0].projects.iter_mut().find(|project| project.id == "byd");
    byd.and_then(|project| project.capacity.as_mut()).unwrap().bound =
        Some(briefing_explorer::model::dataset::Bound::MoreThan);
    let charts = build_charts(&bounded, &DatasetIndex::new(&bounded), &view.projects, &EN);
    let sets = charts.capacity.iter().find(|panel| panel.axis_label == "sets per year").unwrap();
    let records = parse_csv(&chart_table_csv(sets, &EN));
    assert_eq!(records[0].last().unwrap(), "Capacity bound");
    let byd = records.iter().find(|record| record[0] == "BYD drive motors").unwrap();
    assert_eq!(&byd[byd.len() - 2..], ["840000", "more than"]);
}
