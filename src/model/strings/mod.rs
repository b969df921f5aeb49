//! Every piece of interface text, in one place so that a translation is one new constant.
//!
//! Templates use `{name}` placeholders filled by [`fill`]; the data's own words (names, labels,
//! quotes) never pass through here.

pub mod editor;
mod en;
pub mod validation;
mod zh;

pub use en::EN;
pub use zh::ZH;

use super::language::Language;

/// The interface text of one language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Strings {
    /// Which language this is; numbers and dates follow its conventions.
    pub language: Language,
    pub app_name: &'static str,
    /// The language's own name ("English", "中文"), shown on the switch that selects it.
    pub language_name: &'static str,
    /// The accessible name of the language switch.
    pub language_switch: &'static str,
    /// "{name}: {count} problem", when a file has exactly one.
    pub load_failed_one: &'static str,
    /// "{summary} …": `load_failed` continued, for a file refused before its meaning was
    /// checked (`Report::stopped_before_meaning`), since its count is not all there is to fix.
    pub load_failed_unchecked: &'static str,
    pub month_names: [&'static str; 12],
    pub year_not_stated: &'static str,
    /// "{month} {day}, {year}"
    pub date_with_year: &'static str,
    /// "{month} {day} — {year_not_stated}"
    pub date_without_year: &'static str,
    /// "{value}{gap}{measure}", a capacity on cards and slides.
    pub capacity_figure: &'static str,
    /// "{bound} {figure}": a figure the source bounds ("more than 840,000 sets / year").
    pub bounded_figure: &'static str,
    /// The words of each bound (`model::dataset::Bound`): "about", "more than", "nearly",
    /// "up to", "at least", "less than".
    pub bound_about: &'static str,
    pub bound_more_than: &'static str,
    pub bound_nearly: &'static str,
    pub bound_up_to: &'static str,
    pub bound_at_least: &'static str,
    pub bound_less_than: &'static str,
    /// The heading of a chart table's column of bounds, in its CSV ("Capacity bound").
    pub table_bound: &'static str,
    /// The heading of the industries' chart table's column, in its CSV, counting each bar's
    /// projects whose industry is inferred ("Projects with industry inferred"), which the table
    /// view says beside the count ("2 (1 inferred)").
    pub table_inferred: &'static str,
    /// "{unit} / {period}", a capacity's measure as a figure writes it (the unit alone where the
    /// source states no period).
    pub figure_measure: &'static str,
    /// "{unit} per {period}", a capacity's measure in a chart's title, axis and tooltip.
    pub rate_measure: &'static str,
    /// The periods a dataset writes in English, in the interface's words: a Chinese reader
    /// reads "84万 sets/年".
    pub periods: PeriodWords,
    pub not_stated: &'static str,
    pub status_not_stated: &'static str,
    pub filters_heading: &'static str,
    pub industry_facet: &'static str,
    pub status_facet: &'static str,
    /// "{label}, {count}": a filter option's accessible name, its count said as what it counts
    /// ("New energy, 2 projects"), where the button shows "New energy 2".
    pub facet_option_name: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_hint: &'static str,
    pub clear_filters: &'static str,
    pub projects_heading: &'static str,
    /// "{shown} of {total} projects shown"
    pub projects_shown: &'static str,
    /// "{shown} of {total} project shown", for a total of one
    pub projects_shown_of_one: &'static str,
    /// "No project matches {filters}.", the filters as [`facet_in_words`](Strings::facet_in_words)
    /// joined by the glance separator.
    pub no_match_filtered: &'static str,
    /// "No project matches “{text}”."
    pub no_match_search: &'static str,
    /// "No project matches “{text}” with {filters}."
    pub no_match_search_filtered: &'static str,
    /// "{no_match} The search finds {directives}, under Directives below.": no project matches,
    /// and the search finds directives, so that the reader looks below rather than giving up.
    pub no_match_directives_found: &'static str,
    /// ". {reason}": read aloud after the result count, not shown, when no project is shown: the
    /// reason the page shows under it ("0 of 4 projects shown. No project matches “copper”.").
    pub no_match_announced: &'static str,
    /// When the one briefing in view lists no project at all.
    pub no_project: &'static str,
    /// What the empty state says when none of several briefings in view lists a project.
    pub no_project_in_briefings: &'static str,
    /// "{facet}: {values}", one facet's chosen values in a sentence.
    pub facet_in_words: &'static str,
    pub no_match_action: &'static str,
    pub enterprise: &'static str,
    pub industry: &'static str,
    /// An industry the source does not name, which the data infers from the context: "{label}
    /// (inferred)".
    pub industry_inferred: &'static str,
    /// What an inferred industry means, on the card's mark: the source does not name it, and
    /// "Source" shows the sentence it is inferred from.
    pub industry_inferred_hint: &'static str,
    /// A count of projects and how many of them have an inferred industry: "{text} ({count}
    /// inferred)", "2 (1 inferred)" on an industry filter and on the industry chart.
    pub inferred_count: &'static str,
    /// The same beside a filter's count, which the button shows apart: "(1 inferred)".
    pub inferred_mark: &'static str,
    /// The CSV's industry basis cell of a stated industry and of an inferred one.
    pub industry_basis_stated: &'static str,
    pub industry_basis_inferred: &'static str,
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
    /// The one briefing in view states no directive.
    pub no_directives_stated: &'static str,
    /// None of the several briefings in view states a directive.
    pub no_directives_stated_several: &'static str,
    /// The search's words are in no directive.
    pub no_directives_for_search: &'static str,
    /// No directive is city-wide or concerns a project the filters leave in view.
    pub no_directives_for_projects: &'static str,
    pub source_heading: &'static str,
    pub source_highlight_notice: &'static str,
    pub clear_highlight: &'static str,
    pub glossary_heading: &'static str,
    /// Read aloud and copied, not shown, before a glossary reading: " (reads as: " (the arrow
    /// shown is not read). A space before it is a plain one, which a reader pasting the note
    /// gets as typed; no line ends there all the same (`.gloss-lead` in `main.css`).
    pub gloss_spoken_before: &'static str,
    /// Read aloud after the reading: ")".
    pub gloss_spoken_after: &'static str,
    /// "{original} ({reading})": a reading shown after its original wording, for a reader of
    /// the original's language (`GlossaryEntry::original_for_reader`).
    pub gloss_with_original: &'static str,
    pub date: &'static str,
    pub place: &'static str,
    pub officials: &'static str,
    pub participants: &'static str,
    /// "{name} ({role})", one official in the header and on the title slide.
    pub official: &'static str,
    /// Between the items of a list of names: ", ".
    pub list_separator: &'static str,
    pub url_notice_heading: &'static str,
    pub dismiss: &'static str,
    /// Beside an opened file's problems: hands the file to the editor, to be fixed there.
    pub fix_in_editor: &'static str,
    /// Beside a file's JSON syntax error, which the editor cannot open: why, and how to fix it
    /// ("… correct it at line {line}, column {column} …").
    pub syntax_fix_hint: &'static str,
    /// "Ignored unknown {what} “{value}” in the address."
    pub url_unknown_value: &'static str,
    /// "Ignored the malformed part “{part}” of the address."
    pub url_malformed: &'static str,
    /// "… and {count} more parts of the address were ignored."
    pub url_more_notices: &'static str,
    /// "There is no slide {asked}: the presentation has {slides}. It opens at slide {shown}."
    pub url_slide_out_of_range: &'static str,
    /// "{count} slide", the count in `url_slide_out_of_range`.
    pub slide_count_one: &'static str,
    /// "{count} slides".
    pub slide_count_many: &'static str,
    pub url_field_industry: &'static str,
    pub url_field_status: &'static str,
    pub url_field_briefing: &'static str,
    pub url_field_project: &'static str,
    pub url_field_directive: &'static str,
    /// A fact of the briefing's header, as an address names it (`fact=date`).
    pub url_field_fact: &'static str,
    pub url_field_language: &'static str,
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
    /// Under the Source view's reading notes, shown a page at a time ("Show {count} more
    /// reading notes"): the paragraphs' own button says "Show {count} more" in the same region.
    pub show_more_notes: &'static str,
    /// Under a printed list cut at [`crate::model::handout::PRINTED_AT_MOST`] items.
    pub printed_at_most: &'static str,
    /// The Source view's pages before the first shown ("Show {count} earlier").
    pub show_earlier: &'static str,
    /// Which of a long source's paragraphs the Source view shows.
    pub source_paragraphs_shown: &'static str,
    pub open_file: &'static str,
    /// Opens the data on screen in the briefing editor (edit.html).
    pub edit_this_data: &'static str,
    pub privacy_note: &'static str,
    pub back_to_bundled: &'static str,
    pub bundled_data: &'static str,
    pub showing_file: &'static str,
    /// "Reading “{name}”: {loaded} of {total} MB…", a file of a megabyte or more
    /// (`checking::shows_bytes_read`).
    pub reading_file: &'static str,
    /// "Reading “{name}”…", a smaller file.
    pub reading_small_file: &'static str,
    pub validating_file: &'static str,
    /// A check's progress: `{name}`, `{step}` of `{steps}`, and the pass, one of the three below.
    pub validating_stage: &'static str,
    pub check_stage_syntax: &'static str,
    pub check_stage_records: &'static str,
    pub check_stage_meaning: &'static str,
    pub load_failed: &'static str,
    pub read_failed: &'static str,
    /// Several files dropped at once: "Drop one file at a time: {count} files were dropped…".
    pub several_files_dropped: &'static str,
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
    /// The description of a chart bar that selects its project: what pressing it does, which its
    /// name does not say.
    pub chart_bar_selects: &'static str,
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
    /// "{names} and {count} more": a shortened list of names and how many it leaves out.
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
    /// "Download CSV: {title}", its name in the table view, where it downloads the table.
    pub download_table_csv_of: &'static str,
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
    /// "{slide}: {heading}": what a screen reader hears at each move of the slides.
    pub slide_announced: &'static str,
    pub previous_slide: &'static str,
    pub next_slide: &'static str,
    pub exit_presentation: &'static str,
    pub exit_presentation_label: &'static str,
    /// The quiet line on the slide of a project without a stated capacity.
    pub slide_capacity_not_stated: &'static str,
    /// The heading of the slide listing every project in view.
    pub slide_overview_heading: &'static str,
    /// The presenter view's button on the slides and its accessible description.
    pub presenter_view: &'static str,
    pub presenter_view_hint: &'static str,
    /// "Presenter view: {title}", the presenter window's accessible name.
    pub presenter_label: &'static str,
    pub presenter_current: &'static str,
    pub presenter_next: &'static str,
    /// The presenter view's source sentences, which sit under the next slide but belong to the
    /// current one.
    pub presenter_sources: &'static str,
    /// In place of the next slide after the last one.
    pub presenter_no_next: &'static str,
    pub presenter_elapsed: &'static str,
    /// In place of notes on a slide that is not about one project.
    /// The presenter view's heading over a project's notes: the data's notes, which the
    /// audience's slide shows too, not notes kept for the speaker.
    pub presenter_notes: &'static str,
    pub presenter_no_notes: &'static str,
    /// Said in the presenter view's source sentences of a thing a slide shows (a briefing's
    /// date and place, a directive, a capacity) that the data gives no sentence for.
    pub presenter_no_sentence: &'static str,
    /// In the presenter view, over the title slide's sentences that state none of the header's
    /// facts, when others do.
    pub presenter_other_sentences: &'static str,
    /// In the presenter view, over a title slide's sentences of one of several briefings: the
    /// briefing's `{title}` and the `{facts}` they state ("Date · Officials").
    pub presenter_briefing_facts: &'static str,
    /// In the presenter view once the audience's window has left the slides.
    pub presenter_audience_left: &'static str,
    /// The presenter view's status while the audience's screen is blanked to black (`b`, `.`).
    pub presenter_audience_black: &'static str,
    /// The presenter view's status while the audience's screen is blanked to white (`w`).
    pub presenter_audience_white: &'static str,
    /// The slides' control that goes (back) into fullscreen, and its description.
    pub fullscreen: &'static str,
    pub fullscreen_hint: &'static str,
    /// Said to screen readers while the screen is blanked (`b`, `w`).
    pub slides_blanked: &'static str,
    /// The slides' button that opens the key help, after its "?" ("? Keys"), and its
    /// description.
    pub key_help_open: &'static str,
    pub key_help_open_hint: &'static str,
    /// The key help's heading, which names its dialog.
    pub key_help_heading: &'static str,
    /// Under the key help's list: how to close it.
    pub key_help_close_hint: &'static str,
    /// The key help's names of Space and of any key (which brings a blanked screen back), and
    /// of Page Down and Page Up as keyboards print them.
    pub key_space: &'static str,
    pub key_any: &'static str,
    pub key_page_down: &'static str,
    pub key_page_up: &'static str,
    /// What keys do, in the key help (`model::slides::key_help`); moving on and back are
    /// `next_slide` and `previous_slide`, ending the slides `exit_presentation_label`.
    pub key_help_first: &'static str,
    pub key_help_last: &'static str,
    pub key_help_black: &'static str,
    pub key_help_white: &'static str,
    /// The presenter view's `b`, `.` and `w`, which blank the audience's screen.
    pub key_help_audience_black: &'static str,
    pub key_help_audience_white: &'static str,
    pub key_help_unblank: &'static str,
    pub key_help_presenter: &'static str,
    pub key_help_toggle: &'static str,
    /// "of {what}", beside a project's capacity figure.
    pub slide_capacity_of: &'static str,
    pub slide_source_heading: &'static str,
    /// "Source: {title}"
    pub slide_source_of: &'static str,
    /// "Directives ({part} of {parts})", the heading of a directive slide when there are several.
    pub slide_directives_part: &'static str,
    /// "Projects in view ({part} of {parts})"
    pub slide_overview_part: &'static str,
    /// Under the last overview slide's table: "… and {count} more, each on a slide of its own"
    pub slide_more_projects: &'static str,
    /// Under the title slide's list: "… and {count} more briefings"
    pub slide_more_briefings: &'static str,
    /// A project's short name with its briefing's date, where a list holds two of that name:
    /// "{name} ({date})".
    pub project_of_date: &'static str,
    /// What a filtered deck shows, on its title slide: "Selection: {filters}".
    pub slide_selection: &'static str,
    /// Under an industry slide's charts: "… and 1 more capacity chart, in another unit"
    pub slide_more_charts_one: &'static str,
    /// "… and {count} more capacity charts, in other units"
    pub slide_more_charts_many: &'static str,
    /// "{theme} (continued)"
    pub slide_theme_continued: &'static str,
    pub closing_heading: &'static str,
    /// "{projects} of {total} and {directives} presented.", when a filter leaves some projects
    /// out: `{total}` and `{directives}` are counts with their nouns ("12 projects", "1
    /// directive", from `project_count_*` and `directive_count_*`).
    pub closing_summary: &'static str,
    /// "All {total} and {directives} presented.", counted as in `closing_summary`.
    pub closing_summary_all: &'static str,
    pub closing_hint: &'static str,
    /// The closing hint on a touch screen, which has no Esc key.
    pub closing_hint_touch: &'static str,
    // Exports and print (src/model/export.rs, src/app/components/export_buttons.rs).
    /// The CSV header: briefing id, project id, name, enterprise, industry, sector, status,
    /// capacity value, unit, period, what is counted, requests, notes, source quotes, the
    /// capacity's bound ("more than"), then the briefing's date, the sentence stating the status
    /// and the one stating the capacity, then whether the source states the industry or it is
    /// inferred, and the sentence an inferred one is inferred from (each added after the columns
    /// before it, so that those stand where they stood).
    pub csv_columns: [&'static str; 20],
    /// The directives CSV header: theme, summary, scope (project names), source quotes.
    pub directive_csv_columns: [&'static str; 5],
    pub download_csv: &'static str,
    /// The download buttons' own words, after the group's visible "Download" (`export_heading`):
    /// "CSV", "JSON", "Directives CSV". Each button's name says it all ("Download CSV of …").
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub export_directives_csv: &'static str,
    /// "Download CSV of the projects shown ({count})", the accessible name of the CSV button.
    pub download_csv_of: &'static str,
    /// "Download JSON of the projects shown ({count}), a dataset file this app can open"
    pub download_json_of: &'static str,
    /// "Download directives CSV: the {count} directives shown"
    pub download_directives_csv_of: &'static str,
    /// "Download directives CSV: the {count} directive shown", for one.
    pub download_directives_csv_of_one: &'static str,
    pub export_heading: &'static str,
    /// "This view: {url}", printed at the top of the project list.
    pub print_view_url: &'static str,
    /// The handout's line, in place of the view's address, for a file opened on the device.
    pub print_opened_file: &'static str,
    /// In place of the sharing controls for a file opened on the device, which no address shows.
    pub opened_file_unlinked: &'static str,
    /// In place of the sharing controls in the editor's preview of a draft, which no address shows.
    pub preview_unlinked: &'static str,
    /// Said over the slides when S asks for the presenter view of a file opened on the device,
    /// which has none: the view opens the briefing at its address.
    pub presenter_needs_address_file: &'static str,
    /// The same, in the editor's preview of a draft.
    pub presenter_needs_address_draft: &'static str,
    /// "{label}: {values}", one part of the handout's filter line ("Industry: New energy").
    pub print_filter_part: &'static str,
    /// The value of a filter that narrows nothing: "all".
    pub print_filter_all: &'static str,
    /// The value of an empty search: "none".
    pub print_filter_none: &'static str,
    /// "“{text}”", the search text on the handout's filter line.
    pub print_filter_search: &'static str,
    /// "The file could not be created ({error})."
    pub export_error: &'static str,
    // Why a browser operation failed, filled into the `{error}` of the messages above.
    pub error_no_canvas_context: &'static str,
    pub error_not_canvas: &'static str,
    pub error_no_png: &'static str,
    pub error_not_link: &'static str,
    pub error_no_body: &'static str,
    pub error_unknown: &'static str,
    pub error_cannot_read_files: &'static str,
    pub error_file_unreadable: &'static str,
    pub error_file_unopenable: &'static str,
    pub error_canvas_missing: &'static str,
    // Data read at run time, the site's datasets, embeds and sharing (src/model/site.rs,
    // src/model/embed.rs, src/model/chart/image.rs, src/app/data_source.rs, the share and embed
    // components).
    pub url_field_embed: &'static str,
    /// "“{name}” cannot be opened: {reason}."
    pub data_name_refused: &'static str,
    pub data_name_empty: &'static str,
    pub data_name_path: &'static str,
    pub data_name_character: &'static str,
    pub data_name_not_json: &'static str,
    pub data_name_too_long: &'static str,
    pub data_name_index: &'static str,
    pub site_index_unreadable: &'static str,
    /// The lead of the list's problems when no picker is offered (fewer than two entries read).
    pub site_index_problems_no_picker: &'static str,
    /// "data/index.json must be one object holding the list: {"datasets": [ … ]}."
    pub site_index_not_object: &'static str,
    /// "data/index.json is a web page, not the list of briefings: …" (the validator's words; the
    /// page takes a web page as no list).
    pub site_index_web_page: &'static str,
    /// "data/index.json is saved as {encoding}; save it as UTF-8."
    pub site_index_wide_encoding: &'static str,
    /// "data/index.json is not UTF-8 from byte {byte} on (…); save it as UTF-8."
    pub site_index_not_utf8: &'static str,
    pub site_index_duplicate: &'static str,
    pub site_index_bad_entry: &'static str,
    /// What is wrong in one field of an `index.json` entry: "title: contains …".
    pub site_index_field_problem: &'static str,
    pub site_index_problems: &'static str,
    pub loading_dataset: &'static str,
    pub data_error_heading: &'static str,
    /// "The dataset “{name}” is not on this site (HTTP {status})."
    pub dataset_not_found: &'static str,
    pub dataset_fetch_failed: &'static str,
    pub dataset_invalid: &'static str,
    pub dataset_invalid_one: &'static str,
    pub dataset_offline_only: &'static str,
    /// The one-file build's own data has problems: "The data in this file has {count} problems:".
    pub inline_data_invalid: &'static str,
    pub inline_data_invalid_one: &'static str,
    /// Said below that when the block looks cut short by an unescaped `<`.
    pub inline_data_cut_short: &'static str,
    pub open_default_dataset: &'static str,
    pub site_picker_label: &'static str,
    /// The picker's choice for a file the address names and the site does not list
    /// ("{name}"): it is not one of the site's briefings, and may not be shown at all.
    /// The picker's choice while a file opened on this device is shown.
    pub site_picker_opened: &'static str,
    pub site_picker_unlisted: &'static str,
    /// The page title: "{title} — {app_name}".
    pub document_title: &'static str,
    pub copy_link: &'static str,
    pub copy_link_hint: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub embed_button: &'static str,
    pub embed_heading: &'static str,
    pub embed_part: &'static str,
    pub embed_charts: &'static str,
    pub embed_cards: &'static str,
    pub embed_summary: &'static str,
    pub embed_preview: &'static str,
    pub embed_code_label: &'static str,
    pub embed_code_hint: &'static str,
    /// Embed, in a copy opened from disk: why there is no code.
    pub embed_needs_hosting: &'static str,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
    pub embed_address_label: &'static str,
    pub embed_address_hint: &'static str,
    pub copy_embed_address: &'static str,
    pub embed_address_copied: &'static str,
    pub close: &'static str,
    /// The embed code's iframe title: "{title}: {part}".
    pub embed_frame_title: &'static str,
    pub embed_full_view: &'static str,
    /// The description of an embed's links to the full view at a project's sentences (its
    /// cards' "Source", its chart bars): where they go, and that it is in a new tab.
    pub opens_full_view: &'static str,
    /// What an embedded summary's "Source" links to a header fact do, said once for them all.
    pub opens_full_view_fact: &'static str,
    pub embed_region: &'static str,
    /// An embedded part whose data could not be shown, in the article, for its readers: one line,
    /// with no file names or problems (the full view, one link away, lists those).
    pub embed_unavailable: &'static str,
    /// The source line of an exported image and an embed: "Source: {briefings}", and with what
    /// the source text is, "Source: {briefings} ({kind})".
    pub image_source: &'static str,
    pub image_source_of_kind: &'static str,
    /// Several briefings in a source line: "{count} briefings: {briefings}", each one
    /// "{title}, {date}" (`image_source_briefing`), joined by `image_source_separator`.
    pub image_source_many: &'static str,
    pub image_source_briefing: &'static str,
    pub image_source_separator: &'static str,
    /// A briefing whose source states no date, in a source line: "date not stated".
    pub image_date_not_stated: &'static str,
    pub image_all_projects: &'static str,
    pub image_search: &'static str,
    /// Between the parts of a filter in words (an exported image's, the handout's): " · ".
    pub filter_separator: &'static str,
    pub image_made_with: &'static str,
    /// "{projects}, {directives}" (each a count with its noun), in the embedded summary.
    pub summary_counts: &'static str,
    // The first screen (src/model/overview.rs, the header, the data bar, the filters).
    /// What the page is and what to do, in one line under the headline.
    pub intro: &'static str,
    /// "{count} directive"
    pub directive_count_one: &'static str,
    /// "{count} directives"
    pub directive_count_many: &'static str,
    /// "{count} with a stated capacity", in the summary line.
    pub glance_with_capacity: &'static str,
    /// "source: {kind}", in the summary line.
    pub glance_source: &'static str,
    /// Between the parts of the summary line and of filters in words: " · ".
    pub glance_separator: &'static str,
    /// The accessible name of the data bar's region.
    pub data_bar_label: &'static str,
    /// The narrow screen's disclosure button of the filters, with no filter active.
    pub filters_toggle: &'static str,
    /// "Filters ({count})", the same with the number of active filters.
    pub filters_toggle_count: &'static str,
    /// "No project or directive mentions all of “{text}”; …", when several words are matched
    /// one at a time.
    pub search_any_word: &'static str,
    /// The chart toggle while the table shows.
    pub show_as_chart: &'static str,
    /// Beside the highlighted source: back to the card whose "Source" was pressed.
    pub back_to_card: &'static str,
    /// The same for a directive.
    pub back_to_directive: &'static str,
    /// The same for a fact of the briefing's header.
    pub back_to_briefing_facts: &'static str,
    /// The header's facts as a sentence names them: "Source for the date", "the sentences
    /// behind the date".
    pub fact_date: &'static str,
    pub fact_place: &'static str,
    pub fact_officials: &'static str,
    pub fact_participants: &'static str,
    /// Right after a header fact that only the note on the source states, not its text, with
    /// its own separator (a space and brackets in English, full-width brackets in Chinese).
    pub fact_from_note: &'static str,
    /// The same after a header fact that no sentence of the source is found to state.
    pub fact_not_found: &'static str,
    /// The same after a header fact whose sentences name only some of its names: "{names}",
    /// those no sentence names (" (no sentence of the source names Wu Wei)").
    pub fact_partly: &'static str,
    /// The same where the names no sentence names are all in the note on the source:
    /// "{noted}", those names (" (only the source's note names Zhou Qiang)").
    pub fact_noted: &'static str,
    /// The same where some of those names are nowhere and some only in the note: "{names}"
    /// and "{noted}", as in `fact_partly` and `fact_noted`.
    pub fact_partly_noted: &'static str,
    /// The accessible name of such a fact's "Source": "Source for {name}, except {names}".
    pub show_source_for_partly: &'static str,
    /// Under such a fact's sentences in the presenter view: "No sentence of the source names
    /// {names}."
    pub presenter_fact_partly: &'static str,
    /// Under such a fact's sentences in the presenter view, for the names only the note on the
    /// source names: "Only the source's note names {noted}."
    pub presenter_fact_noted: &'static str,
    /// Before the last of several names none of which a sentence names ("Wu Wei or Huang Hui").
    pub names_or: &'static str,
    /// Before the last of several names all left out ("except Wu Wei and Huang Hui").
    pub names_and: &'static str,
}

/// The periods the data names in English (`year`, `month`, `day`), in one interface language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodWords {
    pub year: &'static str,
    pub month: &'static str,
    pub day: &'static str,
}

impl PeriodWords {
    /// `period` in this language: `year` or a Chinese dataset's `年` (as the editor writes a
    /// Chinese source's periods) is this language's word for a year, and so for months and days,
    /// so that an English page never reads "per 年". Any other word (a "shift") stays as it is.
    pub fn word<'a>(&self, period: &'a str) -> &'a str {
        match period {
            "year" | "年" => self.year,
            "month" | "月" => self.month,
            "day" | "日" => self.day,
            other => other,
        }
    }
}

/// Replaces each `{name}` in `template` with its value; unknown placeholders stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = template.to_string();
    for (name, value) in values {
        filled = filled.replace(&format!("{{{name}}}"), value);
    }
    filled
}

/// A template filled around one value that the page sets apart: a dataset's own word inside an
/// interface sentence ("Slide 3 of 13: New materials"), which the page puts in an element with
/// the data's `lang`, so that a screen reader speaks each part in its own voice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Around {
    pub before: String,
    pub value: String,
    pub after: String,
}

/// Fills `template` as [`fill`] does, with `value` for `{name}` kept apart: the text before
/// it, the value, the text after it. A template without `{name}` is all `before`, and the
/// value is left out (as `fill` leaves out a value it has no place for).
pub fn fill_around(template: &str, name: &str, value: &str, others: &[(&str, &str)]) -> Around {
    match template.split_once(&format!("{{{name}}}")) {
        Some((before, after)) => Around {
            before: fill(before, others),
            value: value.to_string(),
            after: fill(after, others),
        },
        None => Around { before: fill(template, others), ..Around::default() },
    }
}

/// A piece of a template filled with several of the data's own words ("Chen Zhichang（Mayor）"):
/// the interface's words, or a value filled in, which the page puts in an element of the data's
/// `lang`, so that the interface's brackets and separators are not spoken in the data's voice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// The interface's words.
    Words(String),
    /// The interface's words, kept on one line: a run of a told-apart name's date ("（2023年",
    /// "5月12日）"), which a narrow cell otherwise broke between any two of its Chinese
    /// characters, leaving "日）" alone on a line.
    Unbroken(String),
    /// The value filled in for the placeholder at `slot` of the names given to [`fill_pieces`].
    Value { slot: usize, text: String },
}

impl Piece {
    /// The piece's text, words or value alike.
    pub fn text(&self) -> &str {
        match self {
            Piece::Words(text) | Piece::Unbroken(text) | Piece::Value { text, .. } => text,
        }
    }
}

/// `pieces` as the one text they read as, for an accessible name or a test.
pub fn pieces_text(pieces: &[Piece]) -> String {
    pieces.iter().map(Piece::text).collect()
}

/// Fills `template` as [`fill`] does, each value kept apart as a [`Piece::Value`]; the words
/// between them, and a placeholder not among `values`, are [`Piece::Words`]. No piece is empty.
pub fn fill_pieces(template: &str, values: &[(&str, &str)]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut words = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let placeholder =
            rest[open + 1..].find('}').map(|close| &rest[open + 1..open + 1 + close]).and_then(
                |name| values.iter().position(|(slot, _)| *slot == name).map(|slot| (name, slot)),
            );
        match placeholder {
            Some((name, slot)) => {
                words.push_str(&rest[..open]);
                if !words.is_empty() {
                    pieces.push(Piece::Words(std::mem::take(&mut words)));
                }
                let text = values[slot].1;
                if !text.is_empty() {
                    pieces.push(Piece::Value { slot, text: text.to_string() });
                }
                rest = &rest[open + name.len() + 2..];
            }
            None => {
                words.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    words.push_str(rest);
    if !words.is_empty() {
        pieces.push(Piece::Words(words));
    }
    pieces
}
