//! The current view as files to download: its projects as CSV for spreadsheets and as JSON that
//! the app can open again, its directives as CSV, and a chart's table as CSV.
//!
//! CSV follows RFC 4180: fields are separated by commas, records end with CRLF, and a field that
//! holds a comma, a double quote, a CR or an LF is wrapped in double quotes with its quotes
//! doubled. A capacity, status, enterprise or sector the source does not state is "not stated" in
//! words, never `0` or a blank; an industry the data infers from the context is said to be
//! inferred, with its sentence. A cell that holds
//! several items (a project's requests, notes or quotes; a directive's quotes) has one per line.
//!
//! **Formula injection.** Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and,
//! in some, a tab or carriage return) as a formula, so a quote such as `=HYPERLINK(…)` in a
//! dataset could act when the file is opened. Every text cell starting with one of those
//! characters gets a leading `'`, which spreadsheets read as "this is text" (OWASP's advice). The
//! capacity value is written from a number and is never guarded: it is positive by validation.

use super::chart::Panel;
use super::dataset::{Briefing, Dataset, Directive, Project, Scope};
use super::format::{bound_words, format_date};
use super::query::{Query, StatusKey};
use super::source::project_passages;
use super::strings::Strings;
use super::text::slug;
use super::view::{chosen_briefings, View};

/// The file formats an export can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }

    /// The MIME type of the downloaded file.
    pub fn mime_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv;charset=utf-8",
            ExportFormat::Json => "application/json;charset=utf-8",
        }
    }
}

/// The files the view can be downloaded as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    ProjectsCsv,
    ProjectsJson,
    DirectivesCsv,
}

impl Export {
    pub fn format(self) -> ExportFormat {
        match self {
            Export::ProjectsCsv | Export::DirectivesCsv => ExportFormat::Csv,
            Export::ProjectsJson => ExportFormat::Json,
        }
    }

    /// What the file holds, after the briefing's name in the file name.
    fn records(self) -> &'static str {
        match self {
            Export::ProjectsCsv | Export::ProjectsJson => "projects",
            Export::DirectivesCsv => "directives",
        }
    }

    /// The file's text as downloaded: a CSV file starts with [`UTF8_BOM`].
    pub fn file_contents(self, dataset: &Dataset, view: &View, strings: &Strings) -> String {
        match self {
            Export::ProjectsCsv => format!("{UTF8_BOM}{}", projects_csv(dataset, view, strings)),
            Export::ProjectsJson => projects_json(dataset, view),
            Export::DirectivesCsv => {
                format!("{UTF8_BOM}{}", directives_csv(dataset, view, strings))
            }
        }
    }
}

/// Put before the CSV text of a downloaded file ([`Export::file_contents`]) so that spreadsheet
/// programs (Excel above all) read it as UTF-8 instead of a legacy code page; the CSV functions
/// themselves do not add it.
pub const UTF8_BOM: &str = "\u{FEFF}";

/// Characters that make a spreadsheet treat a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV record per project in view, in view order, after a header record.
pub fn projects_csv(dataset: &Dataset, view: &View, strings: &Strings) -> String {
    let mut csv = header(&strings.csv_columns);
    for (briefing, project) in view.projects.iter().filter_map(|&key| dataset.project_at(key)) {
        push_record(&mut csv, project_record(dataset, briefing, project, strings).into_iter());
    }
    csv
}

/// One CSV record per directive in view, in the order the directives list shows them (grouped
/// by theme), after a header record.
pub fn directives_csv(dataset: &Dataset, view: &View, strings: &Strings) -> String {
    let mut csv = header(&strings.directive_csv_columns);
    let directives = view.directive_keys();
    for (briefing, directive) in directives.filter_map(|&key| dataset.directive_at(key)) {
        // One project a line, as requests and quotes are: a name may itself hold a comma.
        let scope = if directive.scope.is_city_wide() {
            strings.city_wide.to_string()
        } else {
            lines(briefing.scope_names(&directive.scope).into_iter())
        };
        let record = [
            text_cell(&briefing.id),
            text_cell(&directive.theme),
            text_cell(&directive.summary),
            text_cell(&scope),
            text_cell(&lines(directive.quotes.iter().map(String::as_str))),
        ];
        push_record(&mut csv, record.into_iter());
    }
    csv
}

/// A chart's table as CSV, the rows its table view shows: the bar's label, its category when
/// the table has that column, and its value as a number (840000, not "840,000"); where a figure
/// is bounded, a last column says how ("more than"), as the table view does beside the figure,
/// and where a count includes projects whose industry is inferred, a last column counts them
/// ("2 (1 inferred)" in the table view).
pub fn chart_table_csv(panel: &Panel, strings: &Strings) -> String {
    let bounded = panel.bars.iter().any(|bar| bar.bound_text.is_some());
    let mut columns = vec![panel.label_heading.as_str()];
    columns.extend(panel.category_heading.as_deref());
    columns.push(&panel.value_heading);
    if bounded {
        columns.push(strings.table_bound);
    }
    columns.extend(panel.inferred_heading.as_deref());
    let mut csv = header(&columns);
    for bar in &panel.bars {
        let mut record = vec![text_cell(&bar.label)];
        if panel.category_heading.is_some() {
            record.push(text_cell(&bar.category_text(strings)));
        }
        record.push(quote_if_needed(&bar.value.to_string()));
        if bounded {
            record.push(bar.bound_text.as_deref().map(text_cell).unwrap_or_default());
        }
        if panel.inferred_heading.is_some() {
            record.push(bar.inferred.to_string());
        }
        push_record(&mut csv, record.into_iter());
    }
    csv
}

/// The header record of a CSV file.
fn header(columns: &[&str]) -> String {
    let mut csv = String::new();
    push_record(&mut csv, columns.iter().map(|column| text_cell(column)));
    csv
}

/// The cells of one project, in the order of `Strings::csv_columns`.
fn project_record(
    dataset: &Dataset,
    briefing: &Briefing,
    project: &Project,
    strings: &Strings,
) -> Vec<String> {
    let industry = dataset.industry_label(&project.industry);
    let status = dataset.project_status_label(project).unwrap_or(strings.not_stated);
    let capacity = project.capacity.as_ref();
    // What the source leaves unsaid is "not stated" in words, as the cards say it: an empty cell
    // would not tell a silent source from a value lost on the way. The capacity's unit, period
    // and product stay empty without a capacity, where they mean nothing.
    let stated = |text: &str| text_cell(if text.is_empty() { strings.not_stated } else { text });
    vec![
        text_cell(&briefing.id),
        text_cell(&project.id),
        text_cell(&project.name),
        stated(&project.enterprise),
        text_cell(industry),
        stated(&project.sector),
        text_cell(status),
        // Rust prints 840000.0 as "840000": no thousands separator, no trailing ".0".
        capacity
            .map(|capacity| quote_if_needed(&capacity.value.to_string()))
            .unwrap_or_else(|| text_cell(strings.not_stated)),
        capacity.map(|capacity| text_cell(&capacity.unit)).unwrap_or_default(),
        capacity.map(|capacity| text_cell(&capacity.period)).unwrap_or_default(),
        capacity.and_then(|capacity| capacity.of.as_deref()).map(text_cell).unwrap_or_default(),
        text_cell(&lines(project.requests.iter().map(|request| request.text.as_str()))),
        text_cell(&lines(project.notes.iter().map(|note| note.text.as_str()))),
        text_cell(&lines(project_passages(briefing, project).into_iter())),
        // A bound the source puts on the figure, in words ("more than"), so that no one takes
        // 840000 for what "more than 840,000" said. Last, so that the columns before it stand
        // where they stood before it was added.
        capacity
            .and_then(|capacity| capacity.bound)
            .map(|bound| text_cell(bound_words(bound, strings)))
            .unwrap_or_default(),
        // The briefing's date as the page writes it ("February 20 — year not stated"), and the
        // sentence behind each of the status and the capacity, so that a spreadsheet ties each
        // of those facts to its own sentence among the project's quotes.
        text_cell(&format_date(briefing.date.as_ref(), strings)),
        project.status.as_ref().map(|status| text_cell(&status.quote)).unwrap_or_default(),
        capacity.map(|capacity| text_cell(&capacity.quote)).unwrap_or_default(),
        // Whether the source names the industry or the data infers it from the context, and the
        // sentence it is inferred from: a spreadsheet that counts industries can tell the two.
        text_cell(match project.industry_inferred {
            Some(_) => strings.industry_basis_inferred,
            None => strings.industry_basis_stated,
        }),
        project
            .industry_inferred
            .as_ref()
            .map(|inferred| text_cell(&inferred.quote))
            .unwrap_or_default(),
    ]
}

/// Items in one cell, one per line.
fn lines<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join("\n")
}

fn push_record(csv: &mut String, cells: impl Iterator<Item = String>) {
    for (index, cell) in cells.enumerate() {
        if index > 0 {
            csv.push(',');
        }
        csv.push_str(&cell);
    }
    csv.push_str("\r\n");
}

/// A text field, guarded against formula injection and quoted as RFC 4180 requires.
pub fn text_cell(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        quote_if_needed(&format!("'{text}"))
    } else {
        quote_if_needed(text)
    }
}

/// Wraps a field in double quotes, doubling the quotes inside, when it holds a comma, a double
/// quote, a CR or an LF; returns it unchanged otherwise.
pub fn quote_if_needed(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// The projects in view as a dataset of their own, in the dataset's JSON shape, so that the file
/// can be opened again: the same title, industries and statuses; the briefings that have a
/// project in view, each with only those projects and the directives in view (a directive's
/// project list narrowed to the projects kept). When no project is in view, the briefings in
/// view are kept with no projects, so that the file still validates.
pub fn projects_json(dataset: &Dataset, view: &View) -> String {
    serde_json::to_string_pretty(&projects_dataset(dataset, view))
        .expect("a dataset always serialises to JSON")
}

/// The dataset that [`projects_json`] writes.
pub fn projects_dataset(dataset: &Dataset, view: &View) -> Dataset {
    // A briefing is kept for a project in view, or for a directive in view: a city-wide
    // directive of a briefing none of whose projects the filters keep is still on screen.
    let has_visible = |briefing_index: usize| {
        view.projects.iter().any(|key| key.briefing == briefing_index)
            || view.directive_keys().any(|key| key.briefing == briefing_index)
    };
    let any_visible = !view.projects.is_empty();
    let briefings = view
        .briefings
        .iter()
        .copied()
        .filter(|&index| !any_visible || has_visible(index))
        .filter_map(|index| Some(filtered_briefing(dataset.briefings.get(index)?, index, view)))
        .collect();
    Dataset {
        title: dataset.title.clone(),
        industries: dataset.industries.clone(),
        statuses: dataset.statuses.clone(),
        briefings,
    }
}

fn filtered_briefing(briefing: &Briefing, briefing_index: usize, view: &View) -> Briefing {
    let projects: Vec<Project> = view
        .projects
        .iter()
        .filter(|key| key.briefing == briefing_index)
        .filter_map(|key| briefing.projects.get(key.project).cloned())
        .collect();
    // In data order: the view groups directives by theme, the file keeps the source's order.
    let in_view = |directive_index: usize| {
        view.directive_keys()
            .any(|key| key.briefing == briefing_index && key.directive == directive_index)
    };
    let directives = briefing
        .directives
        .iter()
        .enumerate()
        .filter(|&(index, _)| in_view(index))
        .filter_map(|(_, directive)| narrowed_directive(directive, &projects))
        .collect();
    Briefing { projects, directives, ..briefing.clone() }
}

/// A directive with its project list narrowed to `projects`; `None` when none of them remains.
fn narrowed_directive(directive: &Directive, projects: &[Project]) -> Option<Directive> {
    let scope = match &directive.scope {
        Scope::CityWide(word) => Scope::CityWide(word.clone()),
        Scope::Projects(ids) => {
            let kept: Vec<String> = ids
                .iter()
                .filter(|id| projects.iter().any(|project| project.id == **id))
                .cloned()
                .collect();
            if kept.is_empty() {
                return None;
            }
            Scope::Projects(kept)
        }
    };
    Some(Directive { scope, ..directive.clone() })
}

/// The longest file-name stem (before the extension) an export gets.
const MAX_STEM_CHARS: usize = 100;

/// The name of every briefing in an export's file name.
const ALL_BRIEFINGS_IN_NAME: &str = "all-briefings";

/// The most characters of a briefing's id in an export's file name.
const BRIEFING_IN_NAME_CHARS: usize = 48;

/// A file name that says what the export holds: the briefing's id (or `all-briefings`), then
/// `projects` or `directives`, then the active filters in slug form, e.g.
/// `nanjing-key-projects-feb-20-projects-magnesium-alloys.csv`, or
/// `all-briefings-projects-new-energy-status-not-stated-copper.json`, so that exports of
/// different briefings and views do not share a name.
pub fn export_file_name(dataset: &Dataset, query: &Query, export: Export) -> String {
    let briefing = match chosen_briefings(dataset, &query.briefing).as_slice() {
        [one] => slug(&dataset.briefings[*one].id).chars().take(BRIEFING_IN_NAME_CHARS).collect(),
        _ => ALL_BRIEFINGS_IN_NAME.to_string(),
    };
    let mut stem = format!("{}-{}", briefing.trim_end_matches('-'), export.records());
    let mut parts: Vec<String> = query.industries.iter().map(|id| slug(id)).collect();
    parts.extend(query.statuses.iter().map(|status| match status {
        StatusKey::Stated(id) => slug(id),
        StatusKey::NotStated => "status-not-stated".to_string(),
    }));
    parts.push(slug(&query.text));
    for part in parts.iter().filter(|part| !part.is_empty()) {
        if stem.chars().count() + 1 + part.chars().count() > MAX_STEM_CHARS {
            break;
        }
        stem.push('-');
        stem.push_str(part);
    }
    format!("{stem}.{}", export.format().extension())
}
