//! Every piece of interface text, in one place so that a translation is one new constant.
//!
//! Templates use `{name}` placeholders filled by [`fill`]; the data's own words (names, labels,
//! quotes) never pass through here.

pub mod validation;

/// The interface text of one language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Strings {
    pub app_name: &'static str,
    pub month_names: [&'static str; 12],
    pub year_not_stated: &'static str,
    pub not_stated: &'static str,
    pub capacity_not_stated: &'static str,
    pub status_not_stated: &'static str,
    pub filters_heading: &'static str,
    pub industry_facet: &'static str,
    pub status_facet: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_hint: &'static str,
    pub clear_filters: &'static str,
    pub projects_heading: &'static str,
    /// "{shown} of {total} projects shown"
    pub projects_shown: &'static str,
    pub no_match: &'static str,
    pub no_match_action: &'static str,
    pub enterprise: &'static str,
    pub industry: &'static str,
    pub sector: &'static str,
    pub status: &'static str,
    pub capacity: &'static str,
    pub requests_heading: &'static str,
    pub notes_heading: &'static str,
    pub no_requests: &'static str,
    pub show_source: &'static str,
    /// "Source for {name}"
    pub show_source_for: &'static str,
    pub directives_heading: &'static str,
    pub city_wide: &'static str,
    /// "Concerns {projects}"
    pub concerns: &'static str,
    pub no_directives: &'static str,
    pub source_heading: &'static str,
    pub source_highlight_notice: &'static str,
    pub clear_highlight: &'static str,
    pub glossary_heading: &'static str,
    pub glossary_reading: &'static str,
    pub date: &'static str,
    pub place: &'static str,
    pub officials: &'static str,
    pub participants: &'static str,
    pub url_notice_heading: &'static str,
    pub dismiss: &'static str,
    /// "Ignored unknown {what} “{value}” in the address."
    pub url_unknown_value: &'static str,
    /// "Ignored the malformed part “{part}” of the address."
    pub url_malformed: &'static str,
    pub load_error_heading: &'static str,
    pub skip_to_content: &'static str,
    pub showing_first_directives: &'static str,
    pub source_of_one: &'static str,
    pub sources_heading: &'static str,
    pub crash_heading: &'static str,
    pub crash_message: &'static str,
    pub crash_reload: &'static str,
    pub crash_details: &'static str,
    pub showing_first: &'static str,
    pub show_more: &'static str,
    pub open_file: &'static str,
    pub privacy_note: &'static str,
    pub back_to_bundled: &'static str,
    pub bundled_data: &'static str,
    pub showing_file: &'static str,
    pub reading_file: &'static str,
    pub validating_file: &'static str,
    pub load_failed: &'static str,
    pub read_failed: &'static str,
    pub file_too_large: &'static str,
    pub drop_hint: &'static str,
    pub briefing_picker: &'static str,
    pub all_briefings: &'static str,
    pub briefings_count: &'static str,
    pub timeline_heading: &'static str,
    // Charts (src/model/chart.rs, src/app/components/charts.rs).
    pub charts_heading: &'static str,
    /// "Capacity in {unit} per {period}"
    pub capacity_chart_title: &'static str,
    /// "{unit} per {period}", the axis label and table column of a capacity panel.
    pub capacity_axis_label: &'static str,
    /// "{value} {unit}", drawn at the end of a capacity bar.
    pub capacity_bar_value: &'static str,
    /// "{value} {unit} per {period}"
    pub capacity_rate: &'static str,
    /// "{label}: {value}", the accessible name and tooltip of a bar.
    pub chart_bar_name: &'static str,
    /// "{title}: {items}", a chart's aria-label; items are "{label} {value}" joined by ", ".
    pub chart_summary: &'static str,
    /// "{label} {value}", one item of a chart summary.
    pub chart_summary_item: &'static str,
    /// "and 1 more project with capacity in {unit} per {period}"
    pub capacity_overflow_one: &'static str,
    /// "and {count} more projects with capacity in {unit} per {period}"
    pub capacity_overflow_many: &'static str,
    /// "Capacity not stated: {names}"
    pub capacity_not_stated_list: &'static str,
    /// "and {count} more", closing a shortened list of names.
    pub list_more: &'static str,
    pub no_capacity_in_view: &'static str,
    pub industry_chart_title: &'static str,
    pub industry_axis_label: &'static str,
    /// "{count} project"
    pub project_count_one: &'static str,
    /// "{count} projects"
    pub project_count_many: &'static str,
    /// "and 1 more industry"
    pub industry_overflow_one: &'static str,
    /// "and {count} more industries"
    pub industry_overflow_many: &'static str,
    pub no_project_in_view: &'static str,
    pub chart_legend: &'static str,
    pub show_as_table: &'static str,
    pub table_project: &'static str,
    pub table_projects: &'static str,
    pub download_png: &'static str,
    /// "Download PNG: {title}", the accessible name of a panel's download button.
    pub download_png_of: &'static str,
    /// "The chart could not be drawn ({error})."
    pub chart_error: &'static str,
    /// "The PNG could not be created ({error})."
    pub download_error: &'static str,
    // Presentation (src/model/slides.rs, src/app/components/presentation.rs).
    pub present: &'static str,
    /// The Present button's accessible description: how to start and leave.
    pub present_hint: &'static str,
    /// "Presentation: {title}", the dialog's accessible name.
    pub presentation_label: &'static str,
    pub presentation_controls: &'static str,
    /// "Slide {current} of {total}"
    pub slide_of: &'static str,
    pub previous_slide: &'static str,
    pub next_slide: &'static str,
    pub exit_presentation: &'static str,
    pub exit_presentation_label: &'static str,
    /// The large figure of a project without a stated capacity.
    pub slide_capacity_not_stated: &'static str,
    /// "of {what}", under a project's capacity figure.
    pub slide_capacity_of: &'static str,
    pub slide_source_heading: &'static str,
    /// "Source: {title}"
    pub slide_source_of: &'static str,
    /// "Directives ({part} of {parts})", the heading of a directive slide when there are several.
    pub slide_directives_part: &'static str,
    /// "{theme} (continued)"
    pub slide_theme_continued: &'static str,
    pub closing_heading: &'static str,
    /// "{projects} of {total} projects and {directives} directives presented."
    pub closing_summary: &'static str,
    pub closing_hint: &'static str,
    // Exports and print (src/model/export.rs, src/app/components/export_buttons.rs).
    /// The CSV header: briefing id, project id, name, enterprise, industry, sector, status,
    /// capacity value, unit, period, what is counted, source quotes.
    pub csv_columns: [&'static str; 12],
    pub download_csv: &'static str,
    pub download_json: &'static str,
    /// "Download CSV of the projects shown ({count})", the accessible name of the CSV button.
    pub download_csv_of: &'static str,
    /// "Download JSON of the projects shown ({count}), a dataset file this app can open"
    pub download_json_of: &'static str,
    pub export_heading: &'static str,
    /// "This view: {url}", printed at the top of the project list.
    pub print_view_url: &'static str,
    /// "The file could not be created ({error})."
    pub export_error: &'static str,
}

/// English, the only language so far.
pub const EN: Strings = Strings {
    app_name: "Briefing Explorer",
    month_names: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ],
    year_not_stated: "year not stated",
    not_stated: "not stated",
    capacity_not_stated: "capacity not stated",
    status_not_stated: "Status not stated",
    filters_heading: "Filter projects",
    industry_facet: "Industry",
    status_facet: "Status",
    search_label: "Search",
    search_placeholder: "Names, enterprises, requests, directives",
    search_hint: "Press / to search, Esc to clear",
    clear_filters: "Clear filters",
    projects_heading: "Projects",
    projects_shown: "{shown} of {total} projects shown",
    no_match: "No project matches these filters.",
    no_match_action: "Show all projects",
    enterprise: "Enterprise",
    industry: "Industry",
    sector: "Sector",
    status: "Status",
    capacity: "Capacity",
    requests_heading: "Asked of the enterprise",
    notes_heading: "Notes",
    no_requests: "No request to this enterprise is recorded.",
    show_source: "Source",
    show_source_for: "Source for {name}",
    directives_heading: "Directives",
    city_wide: "City-wide",
    concerns: "Concerns {projects}",
    no_directives: "No directive matches the search.",
    source_heading: "Source text",
    source_highlight_notice: "Highlighted: the sentences behind {name}",
    clear_highlight: "Clear highlight",
    glossary_heading: "Reading notes",
    glossary_reading: "reads as",
    date: "Date",
    place: "Place",
    officials: "Officials",
    participants: "Also present",
    url_notice_heading: "Part of the address was not understood",
    dismiss: "Dismiss",
    url_unknown_value: "Ignored unknown {what} “{value}” in the address.",
    url_malformed: "Ignored the malformed part “{part}” of the address.",
    load_error_heading: "The data could not be loaded",
    skip_to_content: "Skip to projects",
    showing_first_directives: "Showing {shown} of {total} directives.",
    source_of_one: "Several briefings are in view: this is the source of “{title}”. “Source” on an item of another briefing shows that briefing's text.",
    sources_heading: "From the source",
    crash_heading: "Something went wrong — reload",
    crash_message: "The explorer hit an error it cannot recover from. Reloading the page restores it; the address keeps your filters.",
    crash_reload: "Reload",
    crash_details: "Technical details",
    showing_first: "Showing {shown} of {total} matching projects.",
    show_more: "Show {count} more",
    open_file: "Open data file…",
    privacy_note: "Files are read on this device. Nothing is uploaded.",
    back_to_bundled: "Back to bundled data",
    bundled_data: "Bundled briefing",
    showing_file: "Showing “{name}”",
    reading_file: "Reading “{name}”: {loaded} of {total} MB…",
    validating_file: "Checking “{name}”…",
    load_failed: "“{name}” was not opened: {count} problems. The data shown is unchanged.",
    read_failed: "“{name}” could not be read: {reason}.",
    file_too_large: "“{name}” is {size} MB; files over {limit} MB are refused. Nothing was opened.",
    drop_hint: "Drop a JSON file to open it",
    briefing_picker: "Briefing",
    all_briefings: "All briefings",
    briefings_count: "{count} briefings",
    timeline_heading: "Status over time",
    charts_heading: "Charts",
    capacity_chart_title: "Capacity in {unit} per {period}",
    capacity_axis_label: "{unit} per {period}",
    capacity_bar_value: "{value} {unit}",
    capacity_rate: "{value} {unit} per {period}",
    chart_bar_name: "{label}: {value}",
    chart_summary: "{title}: {items}",
    chart_summary_item: "{label} {value}",
    capacity_overflow_one: "and 1 more project with capacity in {unit} per {period}",
    capacity_overflow_many: "and {count} more projects with capacity in {unit} per {period}",
    capacity_not_stated_list: "Capacity not stated: {names}",
    list_more: "and {count} more",
    no_capacity_in_view: "No project in view states a capacity.",
    industry_chart_title: "Projects per industry",
    industry_axis_label: "projects",
    project_count_one: "{count} project",
    project_count_many: "{count} projects",
    industry_overflow_one: "and 1 more industry",
    industry_overflow_many: "and {count} more industries",
    no_project_in_view: "No project in view.",
    chart_legend: "Bar colours: industry",
    show_as_table: "Show as table",
    table_project: "Project",
    table_projects: "Projects",
    download_png: "Download PNG",
    download_png_of: "Download PNG: {title}",
    chart_error: "The chart could not be drawn ({error}).",
    download_error: "The PNG could not be created ({error}).",
    present: "Present",
    present_hint: "Shows the current selection as full-screen slides. Shortcut: P. Arrow keys move, Esc exits.",
    presentation_label: "Presentation: {title}",
    presentation_controls: "Slide controls",
    slide_of: "Slide {current} of {total}",
    previous_slide: "Previous slide",
    next_slide: "Next slide",
    exit_presentation: "Exit",
    exit_presentation_label: "Exit presentation",
    slide_capacity_not_stated: "Capacity not stated",
    slide_capacity_of: "of {what}",
    slide_source_heading: "From the source",
    slide_source_of: "Source: {title}",
    slide_directives_part: "Directives ({part} of {parts})",
    slide_theme_continued: "{theme} (continued)",
    closing_heading: "End of the briefing",
    closing_summary: "{projects} of {total} projects and {directives} directives presented.",
    closing_hint: "Press Esc to return to the explorer.",
    csv_columns: [
        "Briefing", "Project ID", "Project", "Enterprise", "Industry", "Sector", "Status", "Capacity", "Capacity unit",
        "Capacity period", "Capacity of", "Source quotes",
    ],
    download_csv: "Download CSV",
    download_json: "Download JSON",
    download_csv_of: "Download CSV of the projects shown ({count})",
    download_json_of: "Download JSON of the projects shown ({count}), a dataset file this app can open",
    export_heading: "Download",
    print_view_url: "This view: {url}",
    export_error: "The file could not be created ({error}).",
};

/// Replaces each `{name}` in `template` with its value; unknown placeholders stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = template.to_string();
    for (name, value) in values {
        filled = filled.replace(&format!("{{{name}}}"), value);
    }
    filled
}
