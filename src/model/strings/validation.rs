//! Every sentence the validator and the `validate` command show a person, in one place, so that a
//! translation is one new constant and the validator does not change.
//!
//! Templates use `{name}` placeholders filled by [`super::fill`]. Values from the file (ids, field
//! names, quotes) arrive already shortened and escaped, so templates only add their own quotes.

/// The validator's text in one language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValidationStrings {
    // Whole-file problems, found before the JSON is read.
    /// "The file is {size} MB; the limit is {limit} MB. Split its briefings into several files."
    pub file_too_large: &'static str,
    /// "The file is larger than the limit of {limit} MB. Split …", for a device or pipe of unknown
    /// size.
    pub file_over_limit: &'static str,
    pub file_empty: &'static str,
    /// "This file is {encoding}; save it as UTF-8."
    pub file_wrong_encoding: &'static str,
    /// "This is not a JSON file (it looks like {kind})."
    pub file_not_json: &'static str,
    /// A site's list of datasets (`data/index.json`) opened or checked as a dataset.
    pub file_site_list: &'static str,
    pub kind_png: &'static str,
    pub kind_jpeg: &'static str,
    pub kind_gif: &'static str,
    pub kind_pdf: &'static str,
    pub kind_zip: &'static str,
    pub kind_gzip: &'static str,
    pub kind_binary: &'static str,
    /// A web page: what a host that sends its own page for a file it lacks (a single-page app's
    /// fallback) gives in place of a missing dataset, or a page opened as a file by mistake.
    pub kind_web_page: &'static str,
    /// "Byte {offset} is not valid UTF-8 …"; the line and column are the problem's location.
    pub invalid_utf8: &'static str,

    // JSON syntax, one template per kind of serde_json syntax error.
    pub syntax_end_of_file: &'static str,
    pub syntax_expected_value: &'static str,
    pub syntax_trailing_comma: &'static str,
    pub syntax_key_not_string: &'static str,
    pub syntax_expected_colon: &'static str,
    pub syntax_expected_comma_or_brace: &'static str,
    pub syntax_expected_comma_or_bracket: &'static str,
    pub syntax_trailing_characters: &'static str,
    pub syntax_control_character: &'static str,
    pub syntax_invalid_escape: &'static str,
    /// "a lone UTF-16 surrogate {escape} with no partner …": an escape of half a character.
    pub syntax_lone_surrogate: &'static str,
    pub syntax_invalid_number: &'static str,
    pub syntax_too_deep: &'static str,
    /// "{message}": a syntax error this table does not know, in serde_json's words.
    pub syntax_other: &'static str,
    /// "{message}; found {found}": a syntax error's message with the character at its line and
    /// column, which the author looks for there.
    pub syntax_found: &'static str,
    /// "The field “{key}” appears twice in {object} (first on line {first_line}) …"
    pub duplicate_key: &'static str,
    /// The object a duplicate key is in when it is the whole file's top-level object.
    pub top_level_object: &'static str,
    /// "contains the control character {character} …"
    pub control_character: &'static str,
    /// "the field name “{key}” contains the control character {character} …"
    pub control_character_in_key: &'static str,
    /// "contains the invisible character {code_point} ({name}), which turns the text around it
    /// …", for a bidirectional control.
    pub direction_control: &'static str,
    // The names of the bidirectional controls, U+202A to U+202E and U+2066 to U+2069.
    pub direction_lre: &'static str,
    pub direction_rle: &'static str,
    pub direction_pdf: &'static str,
    pub direction_lro: &'static str,
    pub direction_rlo: &'static str,
    pub direction_lri: &'static str,
    pub direction_rli: &'static str,
    pub direction_fsi: &'static str,
    pub direction_pdi: &'static str,

    // Shape: what the types expect against what the file has.
    /// "expected {expected}, found {found}"
    pub expected_found: &'static str,
    /// "expected field `{field}`, found nothing (it is required)"
    pub missing_field: &'static str,
    /// "unexpected field `{field}`; expected one of {known}"
    pub unknown_field: &'static str,
    /// "expected a number, found the text {found}: write it as {suggestion} …"
    pub number_as_text: &'static str,
    /// "expected a number, found the text {found}: write it in digits …", for a figure written
    /// with a Chinese scale word ("84万")
    pub scaled_number_as_text: &'static str,
    /// "expected a year such as 2024, found {found} …"
    pub year_not_a_number: &'static str,
    pub type_number: &'static str,
    pub type_whole_number: &'static str,
    pub type_small_whole_number: &'static str,
    pub type_string: &'static str,
    pub type_boolean: &'static str,
    pub type_list: &'static str,
    /// "one of {known}": a field that holds one of a few words (a capacity's `bound`).
    pub type_one_of: &'static str,
    pub type_object: &'static str,
    /// "an object ({name})"
    pub type_named_object: &'static str,
    /// "an object with `industries`, `statuses` and `briefings`"
    pub type_dataset: &'static str,
    pub found_null: &'static str,
    /// "boolean `{value}`"
    pub found_boolean: &'static str,
    /// "number `{value}`"
    pub found_number: &'static str,
    /// "the text {value}"
    pub found_string: &'static str,
    pub found_list: &'static str,
    pub found_object: &'static str,

    // Meaning: every record read, but something in it is wrong.
    /// "`{field}` is empty"
    pub field_empty: &'static str,
    /// "`{field}` is {length} characters long; the limit is {limit}"
    pub field_too_long: &'static str,
    /// "expected an id of lower-case letters …, found {id}"
    pub id_not_slug: &'static str,
    /// "the id {id} is already used by {first}"
    pub duplicate_id: &'static str,
    /// "{id} is reserved: leave `status` out …"
    pub reserved_status: &'static str,
    /// "{id} is reserved for the view of every briefing"
    pub reserved_briefing: &'static str,
    /// "expected a colour like `#1f77b4`, found {value}"
    pub bad_colour: &'static str,
    pub no_briefings: &'static str,
    /// "expected a month from 1 to 12, found {month}"
    pub bad_month: &'static str,
    /// "expected a day from 1 to {days}, found {day}"
    pub bad_day: &'static str,
    /// A date without its month (0): "the month is missing: …".
    pub month_missing: &'static str,
    /// A date without its day (0): "the day is missing: …".
    pub day_missing: &'static str,
    /// "expected a year from {min} to {max}, found {year} …"
    pub bad_year: &'static str,
    /// "unknown industry {id}; the industries are {known}"
    pub unknown_industry: &'static str,
    /// "no industry is chosen (the dataset's industries: {known})", for an empty one
    pub industry_missing: &'static str,
    /// "unknown status {id}; the statuses are {known} …"
    pub unknown_status: &'static str,
    /// Closes a shortened list of ids: "{ids} and {count} more".
    pub known_ids_more: &'static str,
    pub known_ids_none: &'static str,
    /// "expected a positive number, found {value} …"
    pub capacity_not_positive: &'static str,
    /// "expected a number from {min} to {max}, found {value}"
    pub capacity_out_of_range: &'static str,
    /// "expected at most two decimals …, found {value}"
    pub capacity_decimals: &'static str,
    /// "{written} would be shown as {shown}: above {limit} a number cannot keep two decimals …"
    pub capacity_decimals_lost: &'static str,
    /// "{written} would be shown as {shown}: a number keeps about 16 significant digits …"
    pub capacity_not_as_written: &'static str,
    /// "about {value}": a number read from a file whose written digits are not at hand.
    pub about_number: &'static str,
    pub no_quotes: &'static str,
    pub quote_empty: &'static str,
    /// "the quote is not verbatim …: “{matched}” matches, then the quote has “{quote_next}” where
    /// the source has “{source_next}”"
    pub quote_differs: &'static str,
    /// "the quote is not verbatim …; not even its first word occurs: “{quote}”"
    pub quote_absent: &'static str,
    /// "the quote differs … only in its quotation marks or apostrophes: the quote has
    /// “{quote_word}” where the source has “{source_word}”"
    pub quote_marks_differ: &'static str,
    /// "the term {term} does not occur in the source text"
    pub glossary_term_missing: &'static str,
    /// "the quote does not state the figure {value}; its figures are {figures} …"
    pub figure_not_in_quote: &'static str,
    /// "the quote states no figure, so {value} is not from the text …"
    pub figure_no_figures: &'static str,
    /// "the quote does not say {bound} next to the figure: none of {words} stands …"
    pub bound_not_in_quote: &'static str,
    /// "the quote says {bound} of the figure ({words}): give `bound` …"
    pub bound_unsaid: &'static str,
    /// "the quote says {said} of the figure ({words}), not {bound}: set `bound` to {said}"
    pub bound_other_said: &'static str,
    /// "expected \"{city_wide}\" or a list of project ids, found {value}"
    pub scope_bad_word: &'static str,
    /// "expected \"{city_wide}\" or at least one project id, found an empty list"
    pub scope_empty: &'static str,
    /// "unknown project {id} in this briefing"
    pub scope_unknown_project: &'static str,
    /// "project {id} is already in this scope at scope[{first}]"
    pub scope_repeated_project: &'static str,

    // The record a problem is in, as a person recognises it.
    /// "Industry “{name}”"
    pub record_industry: &'static str,
    /// "Status “{name}”"
    pub record_status: &'static str,
    /// "Briefing “{name}”"
    pub record_briefing: &'static str,
    /// "Project “{name}”"
    pub record_project: &'static str,
    /// "Directive “{name}”"
    pub record_directive: &'static str,
    /// "Glossary “{name}”": an entry, by its term.
    pub record_glossary: &'static str,
    /// "{record} ({path})"
    pub record_location: &'static str,
    /// "line {line}, column {column} (at `{excerpt}`)"
    pub text_location: &'static str,
    /// "{path} ({place})": a JSON path outside any record, with where its value starts.
    pub path_location: &'static str,
    /// "{path}, {place}": a JSON path with where its value starts, in a record's location.
    pub path_at_place: &'static str,
    /// "line {line}": where a value starts that leads its line (after its key).
    pub line_place: &'static str,
    /// "line {line}, column {column}": where a value starts on a line that holds others first.
    pub line_column_place: &'static str,
    pub whole_file: &'static str,

    // The report.
    /// "{count} problem"
    pub problem_count_one: &'static str,
    /// "{count} problems"
    pub problem_count_many: &'static str,
    /// "… and 1 more problem like this"
    pub more_like_this_one: &'static str,
    /// "… and {count} more problems like this"
    pub more_like_this_many: &'static str,
    /// "{briefings}, {projects}, {directives}, {industries}"
    pub summary: &'static str,
    pub briefing_count_one: &'static str,
    pub briefing_count_many: &'static str,
    pub project_count_one: &'static str,
    pub project_count_many: &'static str,
    pub directive_count_one: &'static str,
    pub directive_count_many: &'static str,
    pub industry_count_one: &'static str,
    pub industry_count_many: &'static str,

    // The `validate` command.
    pub cli_usage: &'static str,
    /// "{path}: valid: {summary}"
    pub cli_valid: &'static str,
    /// "{path}: {count}"; the count is `problem_count_*`.
    pub cli_problems: &'static str,
    /// "{path}: cannot read the file: {reason}"
    pub cli_cannot_read: &'static str,
    /// "{path}: it is not a file (a folder or a device)"
    pub cli_not_a_file: &'static str,
    /// "{path}: {message}"
    pub cli_refused: &'static str,
    /// "{files} of {total} files failed"
    pub cli_files_failed: &'static str,
    /// "cannot write the record {path}: {reason}"
    pub cli_cannot_write_record: &'static str,
    /// "{path}: checked in {milliseconds} ms; the report is {bytes} bytes"
    pub cli_timing: &'static str,
    /// "{path}: valid: the site's list of datasets ({count})"
    pub cli_site_index_valid: &'static str,
    /// "{path}: problems in the site's list of datasets:"
    pub cli_site_index_problems: &'static str,
    /// "data/index.json lists “{name}”, which is not in its folder"
    pub cli_site_index_missing: &'static str,

    // How values from the file sit in a sentence.
    /// An id, field name or other value from the file: "`{text}`" in the command line's
    /// output, "“{text}”" on the page (a page shows no Markdown).
    pub quoted_value: &'static str,
    /// Between the items of a list of ids or field names: ", "; "、" in Chinese.
    pub list_separator: &'static str,
}

impl ValidationStrings {
    /// `text` set off as a value from the file ([`ValidationStrings::quoted_value`]).
    pub fn quote(&self, text: &str) -> String {
        super::fill(self.quoted_value, &[("text", text)])
    }
}

/// English.
pub const EN: ValidationStrings = ValidationStrings {
    file_too_large: "The file is {size} MB; the limit is {limit} MB. Split its briefings into several files.",
    file_over_limit: "The file is larger than the limit of {limit} MB. Split its briefings into several files.",
    file_empty: "The file is empty.",
    file_wrong_encoding: "This file is {encoding}; save it as UTF-8.",
    file_not_json: "This is not a JSON file (it looks like {kind}).",
    file_site_list: "This is a site's list of datasets (`data/index.json`), not a dataset: open one of the files it lists. The list itself is read from a site's `data` folder, and the site's page names its mistakes above the briefing.",
    kind_png: "a PNG image",
    kind_jpeg: "a JPEG image",
    kind_gif: "a GIF image",
    kind_pdf: "a PDF document",
    kind_zip: "a ZIP archive, such as an Excel or Word file",
    kind_gzip: "a gzip-compressed file",
    kind_binary: "binary data, not text",
    kind_web_page: "a web page in HTML; if a site sent this in place of its data, the data file is probably missing there",
    invalid_utf8: "byte {offset} is not valid UTF-8 (the file may be saved as GBK, Latin-1 or Windows-1252); save the file as UTF-8",
    syntax_end_of_file: "the file ends before the JSON is complete (is a closing `}`, `]` or `\"` missing?)",
    syntax_expected_value: "expected a JSON value here (an object, a list, a string in double quotes, a number, `true`, `false` or `null`)",
    syntax_trailing_comma: "a comma before a closing bracket: remove the last comma",
    syntax_key_not_string: "expected a field name in double quotes",
    syntax_expected_colon: "expected `:` after the field name",
    syntax_expected_comma_or_brace: "expected `,` between fields or `}` to close the object (is a comma missing?)",
    syntax_expected_comma_or_bracket: "expected `,` between items or `]` to close the list (is a comma missing?)",
    syntax_trailing_characters: "unexpected text after the end of the JSON value",
    syntax_control_character: "a line break, tab or other control character inside a string: write it as `\\n` or `\\t`",
    syntax_invalid_escape: "an invalid escape after a backslash (write a backslash itself as `\\\\`)",
    syntax_lone_surrogate: "a lone UTF-16 surrogate {escape} with no partner: a character above U+FFFF is written as a pair (such as `\\ud83d\\ude00`), or as itself",
    syntax_invalid_number: "an invalid number",
    syntax_too_deep: "the JSON is nested too deeply",
    syntax_other: "{message}",
    syntax_found: "{message}; found {found}",
    duplicate_key: "the field “{key}” appears twice in {object} (first on line {first_line}); a JSON reader keeps only the last value, so remove one",
    top_level_object: "the top-level object",
    control_character: "contains the control character {character}; only `source.text` may contain line breaks and tabs",
    control_character_in_key: "the field name “{key}” contains the control character {character}",
    direction_control: "contains the invisible character {code_point} ({name}), which turns the text around it: remove it",
    direction_lre: "left-to-right embedding",
    direction_rle: "right-to-left embedding",
    direction_pdf: "pop directional formatting",
    direction_lro: "left-to-right override",
    direction_rlo: "right-to-left override",
    direction_lri: "left-to-right isolate",
    direction_rli: "right-to-left isolate",
    direction_fsi: "first strong isolate",
    direction_pdi: "pop directional isolate",
    expected_found: "expected {expected}, found {found}",
    missing_field: "expected field `{field}`, found nothing (it is required)",
    unknown_field: "unexpected field `{field}`; expected one of {known}",
    number_as_text: "expected a number, found the text {found}: write it without quotes or separators, as {suggestion}",
    scaled_number_as_text: "expected a number, found the text {found}: write it in digits, without quotes, as {suggestion}",
    year_not_a_number: "expected a year such as 2024, found {found}: leave `year` out when the source does not state it",
    type_number: "a number",
    type_whole_number: "a whole number",
    type_small_whole_number: "a whole number from 0 to 255",
    type_string: "a string",
    type_boolean: "`true` or `false`",
    type_list: "a list",
    type_one_of: "one of {known}",
    type_object: "an object",
    type_named_object: "an object ({name})",
    type_dataset: "an object with `industries`, `statuses` and `briefings`",
    found_null: "null",
    found_boolean: "boolean `{value}`",
    found_number: "number `{value}`",
    found_string: "the text {value}",
    found_list: "a list",
    found_object: "an object",
    field_empty: "`{field}` is empty",
    field_too_long: "`{field}` is {length} characters long; the limit is {limit}",
    id_not_slug: "expected an id of lower-case letters, digits and `-` (such as `new-energy` or `新能源`), found {id}",
    duplicate_id: "the id {id} is already used by {first}",
    reserved_status: "{id} is reserved: leave `status` out of a project when the source does not state it",
    reserved_briefing: "{id} is reserved for the view of every briefing",
    bad_colour: "expected a colour like `#1f77b4`, found {value}",
    no_briefings: "expected at least one briefing, found an empty list",
    bad_month: "expected a month from 1 to 12, found {month}",
    bad_day: "expected a day from 1 to {days}, found {day}",
    month_missing: "the month is missing: a date has its month and its day, or, where the source states no date, there is no date at all",
    day_missing: "the day is missing: a date has its month and its day, or, where the source states no date, there is no date at all",
    bad_year: "expected a year from {min} to {max}, found {year}; leave `year` out when the source does not state it",
    unknown_industry: "unknown industry {id}; the industries are {known}",
    industry_missing: "no industry is chosen (the dataset's industries: {known})",
    unknown_status: "unknown status {id}; the statuses are {known} (leave `status` out when the source does not state it)",
    known_ids_more: "{ids} and {count} more",
    known_ids_none: "none yet",
    capacity_not_positive: "expected a positive number, found {value} (leave `capacity` out when the source does not state it)",
    capacity_out_of_range: "expected a number from {min} to {max}, found {value}",
    capacity_decimals: "expected at most two decimals (the app shows two), found {value}",
    capacity_decimals_lost: "{written} would be shown as {shown}: above {limit} a number cannot keep two decimals, so write it as a whole number",
    capacity_not_as_written: "{written} would be shown as {shown}: a number keeps about 16 significant digits, so write the figure the app is to show",
    about_number: "about {value}",
    no_quotes: "expected at least one quote from the source, found none",
    quote_empty: "the quote is empty",
    quote_differs: "the quote is not verbatim in the briefing's source text: “{matched}” matches, then the quote has “{quote_next}” where the source has “{source_next}”",
    quote_absent: "the quote is not verbatim in the briefing's source text, and not even its first word occurs there: “{quote}”",
    quote_marks_differ: "the quote differs from the briefing's source text only in its quotation marks or apostrophes: the quote has “{quote_word}” where the source has “{source_word}”",
    glossary_term_missing: "the term {term} does not occur in the source text",
    figure_not_in_quote: "the quote does not state the figure {value}; its figures are {figures}: write the figure as the quote does, times its scale word (84万 is 840000, 1.2 million is 1200000), or as written with that word in the unit (84 with the unit 万套)",
    figure_no_figures: "the quote states no figure, so {value} is not from the text: quote the sentence that gives the figure",
    bound_not_in_quote: "the quote does not say {bound} next to the figure: none of {words} stands right before it or after its unit; leave `bound` out when the quote gives the figure exactly",
    bound_unsaid: "the quote says {bound} of the figure ({words}), and the capacity gives it as exact: set `bound` to {bound}, or quote a sentence that gives the figure exactly",
    bound_other_said: "the quote says {said} of the figure ({words}), not {bound}: set `bound` to {said}",
    scope_bad_word: "expected \"{city_wide}\" or a list of project ids, found {value}",
    scope_empty: "expected \"{city_wide}\" or at least one project id, found an empty list",
    scope_unknown_project: "unknown project {id} in this briefing",
    scope_repeated_project: "project {id} is already in this scope at scope[{first}]",
    record_industry: "Industry “{name}”",
    record_status: "Status “{name}”",
    record_briefing: "Briefing “{name}”",
    record_project: "Project “{name}”",
    record_directive: "Directive “{name}”",
    record_glossary: "Glossary “{name}”",
    record_location: "{record} ({path})",
    text_location: "line {line}, column {column} (at `{excerpt}`)",
    path_location: "{path} ({place})",
    path_at_place: "{path}, {place}",
    line_place: "line {line}",
    line_column_place: "line {line}, column {column}",
    whole_file: "(whole file)",
    problem_count_one: "{count} problem",
    problem_count_many: "{count} problems",
    more_like_this_one: "… and 1 more problem like this",
    more_like_this_many: "… and {count} more problems like this",
    summary: "{briefings}, {projects}, {directives}, {industries}",
    briefing_count_one: "{count} briefing",
    briefing_count_many: "{count} briefings",
    project_count_one: "{count} project",
    project_count_many: "{count} projects",
    directive_count_one: "{count} directive",
    directive_count_many: "{count} directives",
    industry_count_one: "{count} industry",
    industry_count_many: "{count} industries",
    cli_usage: "usage: validate [--time] [--record RECORD] FILE...\nChecks briefing dataset JSON files and lists the problems found in each.\n--time also prints how long each file took and the size of its report.\n--record writes the size and SHA-256 of each valid file to RECORD (JSON), for the site's index.html.\nA file named index.json is checked as the site's list of datasets.",
    cli_valid: "{path}: valid: {summary}",
    cli_problems: "{path}: {count}",
    cli_cannot_read: "{path}: cannot read the file: {reason}",
    cli_not_a_file: "{path}: this is not a file (a folder or a device)",
    cli_refused: "{path}: {message}",
    cli_files_failed: "{failed} of {total} files failed",
    cli_cannot_write_record: "cannot write the record {path}: {reason}",
    cli_timing: "{path}: checked in {milliseconds} ms; the report is {bytes} bytes",
    cli_site_index_valid: "{path}: valid: the site's list of datasets ({count})",
    cli_site_index_problems: "{path}: problems in the site's list of datasets:",
    cli_site_index_missing: "data/index.json lists “{name}”, which is not in its folder",
    quoted_value: "`{text}`",
    list_separator: ", ",
};

/// English for the page (the explorer's and the editor's problem lists): the command line's
/// sentences with values in quotation marks instead of Markdown's backticks.
pub const EN_PAGE: ValidationStrings = ValidationStrings {
    file_site_list: "This is a site's list of datasets (“data/index.json”), not a dataset: open one of the files it lists. The list itself is read from a site's “data” folder, and the site's page names its mistakes above the briefing.",
    syntax_end_of_file: "the file ends before the JSON is complete (is a closing “}”, “]” or “\"” missing?)",
    syntax_expected_value: "expected a JSON value here (an object, a list, a string in double quotes, a number, true, false or null)",
    syntax_expected_colon: "expected “:” after the field name",
    syntax_expected_comma_or_brace: "expected “,” between fields or “}” to close the object (is a comma missing?)",
    syntax_expected_comma_or_bracket: "expected “,” between items or “]” to close the list (is a comma missing?)",
    syntax_control_character: "a line break, tab or other control character inside a string: write it as “\\n” or “\\t”",
    syntax_invalid_escape: "an invalid escape after a backslash (write a backslash itself as “\\\\”)",
    syntax_lone_surrogate: "a lone UTF-16 surrogate {escape} with no partner: a character above U+FFFF is written as a pair (such as “\\ud83d\\ude00”), or as itself",
    control_character: "contains the control character {character}; only “source.text” may contain line breaks and tabs",
    missing_field: "expected field “{field}”, found nothing (it is required)",
    unknown_field: "unexpected field “{field}”; expected one of {known}",
    year_not_a_number: "expected a year such as 2024, found {found}: leave “year” out when the source does not state it",
    type_boolean: "true or false",
    type_dataset: "an object with “industries”, “statuses” and “briefings”",
    found_boolean: "boolean {value}",
    found_number: "number {value}",
    field_empty: "“{field}” is empty",
    field_too_long: "“{field}” is {length} characters long; the limit is {limit}",
    id_not_slug: "expected an id of lower-case letters, digits and “-” (such as “new-energy” or “新能源”), found {id}",
    reserved_status: "{id} is reserved: leave “status” out of a project when the source does not state it",
    bad_colour: "expected a colour like “#1f77b4”, found {value}",
    bad_year: "expected a year from {min} to {max}, found {year}; leave “year” out when the source does not state it",
    unknown_status: "unknown status {id}; the statuses are {known} (leave “status” out when the source does not state it)",
    capacity_not_positive: "expected a positive number, found {value} (leave “capacity” out when the source does not state it)",
    bound_not_in_quote: "the quote does not say {bound} next to the figure: none of {words} stands right before it or after its unit; leave “bound” out when the quote gives the figure exactly",
    bound_unsaid: "the quote says {bound} of the figure ({words}), and the capacity gives it as exact: set “bound” to {bound}, or quote a sentence that gives the figure exactly",
    bound_other_said: "the quote says {said} of the figure ({words}), not {bound}: set “bound” to {said}",
    text_location: "line {line}, column {column} (at “{excerpt}”)",
    quoted_value: "“{text}”",
    ..EN
};

/// Simplified Chinese, for the app's problem list (the CLI stays English): values in quotation
/// marks, lists with 、.
pub const ZH: ValidationStrings = ValidationStrings {
    file_too_large: "文件大小为 {size} MB，上限为 {limit} MB。请将其中的简报拆分为几个文件。",
    file_over_limit: "文件超过了 {limit} MB 的上限。请将其中的简报拆分为几个文件。",
    file_empty: "文件为空。",
    file_wrong_encoding: "此文件的编码是 {encoding}，请将文件另存为 UTF-8 编码。",
    file_not_json: "这不是 JSON 文件（看起来是{kind}）。",
    file_site_list: "这是网站的数据集列表（data/index.json），不是数据集：请打开其中列出的某个文件。该列表本身从网站的 data 文件夹读取，其中的错误会列在网站页面的简报上方。",
    kind_png: "一张 PNG 图片",
    kind_jpeg: "一张 JPEG 图片",
    kind_gif: "一张 GIF 图片",
    kind_pdf: "一份 PDF 文档",
    kind_zip: "一个 ZIP 压缩包，例如 Excel 或 Word 文件",
    kind_gzip: "一个 gzip 压缩文件",
    kind_binary: "二进制数据，而不是文本",
    kind_web_page: "一个 HTML 网页；如果这是网站代替其数据返回的，该数据文件很可能不在那里",
    invalid_utf8: "第 {offset} 个字节不是有效的 UTF-8 编码（文件可能是以 GBK、Latin-1 或 Windows-1252 等编码保存的）；请将文件另存为 UTF-8 编码",
    syntax_end_of_file: "JSON 还没有结束，文件就已结束（是否缺少了结尾的“}”、“]”或“\"”？）",
    syntax_expected_value: "此处应为一个 JSON 值（对象、列表、双引号中的文本、数字、true、false 或 null）",
    syntax_trailing_comma: "右括号前多了一个逗号：请删除最后一个逗号",
    syntax_key_not_string: "此处应为用双引号括起来的字段名",
    syntax_expected_colon: "字段名后面应为冒号“:”",
    syntax_expected_comma_or_brace: "字段之间应有英文逗号“,”，或以“}”结束对象（是否漏了逗号？）",
    syntax_expected_comma_or_bracket: "列表项之间应有英文逗号“,”，或以“]”结束列表（是否漏了逗号？）",
    syntax_trailing_characters: "JSON 值结束之后还有多余的内容",
    syntax_control_character: "文本中有换行符、制表符或其他控制字符：请写成“\\n”或“\\t”",
    syntax_invalid_escape: "反斜杠后的转义无效（反斜杠本身请写成“\\\\”）",
    syntax_lone_surrogate: "孤立的 UTF-16 代理项 {escape}，缺少与之配对的另一半：U+FFFF 以上的字符须写成一对转义（如“\\ud83d\\ude00”），或直接写出该字符",
    syntax_invalid_number: "数字无效",
    syntax_too_deep: "JSON 嵌套层数过多",
    syntax_other: "JSON 语法错误：{message}",
    syntax_found: "{message}；该处实际为{found}",
    duplicate_key: "字段“{key}”出现了两次（所在对象：{object}；第一次出现在第 {first_line} 行）；JSON 读取时只保留最后一个值，请删除其中一个",
    top_level_object: "最外层对象",
    control_character: "包含控制字符 {character}；只有“source.text”可以包含换行符和制表符",
    control_character_in_key: "字段名“{key}”包含控制字符 {character}",
    direction_control: "包含不可见字符 {code_point}（{name}），它会使周围的文字倒转显示：请删除",
    direction_lre: "从左到右嵌入符",
    direction_rle: "从右到左嵌入符",
    direction_pdf: "弹出方向格式符",
    direction_lro: "从左到右覆盖符",
    direction_rlo: "从右到左覆盖符",
    direction_lri: "从左到右隔离符",
    direction_rli: "从右到左隔离符",
    direction_fsi: "首个强字符隔离符",
    direction_pdi: "弹出方向隔离符",
    expected_found: "应为{expected}，实际为{found}",
    missing_field: "缺少必填字段“{field}”，请添加该字段",
    unknown_field: "无法识别的字段“{field}”；此处可用的字段为：{known}",
    number_as_text: "应为数字，实际为文本{found}：请去掉引号和分隔符（逗号、空格等），写成 {suggestion}",
    scaled_number_as_text: "应为数字，实际为文本{found}：请去掉引号，全用阿拉伯数字写成 {suggestion}",
    year_not_a_number: "应为年份（如 2024），实际为{found}：原文未注明年份时，请删除“year”字段",
    type_number: "数字",
    type_whole_number: "整数",
    type_small_whole_number: "0 到 255 之间的整数",
    type_string: "文本",
    type_boolean: "布尔值 true 或 false",
    type_list: "列表",
    type_one_of: "以下之一：{known}",
    type_object: "对象",
    type_named_object: "对象（{name}）",
    type_dataset: "包含“industries”、“statuses”和“briefings”的对象",
    found_null: "空值 null",
    found_boolean: "布尔值 {value}",
    found_number: "数字 {value}",
    found_string: "文本{value}",
    found_list: "列表",
    found_object: "对象",
    field_empty: "“{field}”不能为空，请填写内容",
    field_too_long: "“{field}”有 {length} 个字符，超过了 {limit} 个字符的上限，请缩短",
    id_not_slug: "id 只能由小写字母（含汉字）、数字和“-”组成（如“new-energy”或“新能源”），不能有空格或大写字母，实际为{id}",
    duplicate_id: "id{id}已被 {first} 使用，请换一个 id",
    reserved_status: "{id}是保留 id：原文未注明项目状态时，请删除该项目的“status”字段",
    reserved_briefing: "{id}是保留 id，用于“全部简报”视图，请换一个 id",
    bad_colour: "应为形如“#1f77b4”的颜色值，实际为{value}",
    no_briefings: "应至少有一份简报，实际为空列表",
    bad_month: "月份应在 1 到 12 之间，实际为 {month}",
    bad_day: "日应在 1 到 {days} 之间，实际为 {day}",
    month_missing: "缺少月份：日期须有月和日；原文未注明日期时，则不填日期",
    day_missing: "缺少日：日期须有月和日；原文未注明日期时，则不填日期",
    bad_year: "年份应在 {min} 到 {max} 之间，实际为 {year}；原文未注明年份时，请删除“year”字段",
    unknown_industry: "未知的产业{id}；文件中定义的产业为：{known}",
    industry_missing: "未选择产业（数据集中的产业：{known}）",
    unknown_status: "未知的状态{id}；文件中定义的状态为：{known}（原文未注明状态时，请删除“status”字段）",
    known_ids_more: "{ids}及另外 {count} 个",
    known_ids_none: "暂无",
    capacity_not_positive: "应为正数，实际为 {value}（原文未注明产能时，请删除“capacity”字段）",
    capacity_out_of_range: "应为 {min} 到 {max} 之间的数，实际为 {value}",
    capacity_decimals: "最多只能有两位小数（应用只显示两位），实际为 {value}",
    capacity_decimals_lost: "{written} 会显示为 {shown}：超过 {limit} 的数无法保留两位小数，请写成整数",
    capacity_not_as_written: "{written} 会显示为 {shown}：数字只能保留约 16 位有效数字，请写成应用应显示的数值",
    about_number: "约 {value}",
    no_quotes: "应至少有一条摘自原文的引文，实际一条也没有",
    quote_empty: "引文为空",
    quote_differs: "引文与简报原文不完全一致：“{matched}”与原文相符，之后引文为“{quote_next}”，而原文为“{source_next}”",
    quote_absent: "引文与简报原文不完全一致，连引文的第一个词都未在原文中出现：“{quote}”",
    quote_marks_differ: "引文与简报原文仅在引号或撇号上不同：引文为“{quote_word}”，而原文为“{source_word}”",
    glossary_term_missing: "术语{term}未在原文中出现",
    figure_not_in_quote: "引文中没有数字 {value}，引文中的数字为 {figures}：请按引文的写法填写数字并乘以数量级（84万即 840000），或照写数字并将数量级写入单位（84，单位为“万套”）",
    figure_no_figures: "引文中没有任何数字，因此 {value} 并非出自原文：请引用写明该数字的句子",
    bound_not_in_quote: "引文中数字前后没有表示{bound}的词（{words}）：引文给出确切数字时，请删除“bound”字段",
    bound_unsaid: "引文说的是{bound}（{words}），而产能将其作为确切数字：请将“bound”设为{bound}，或引用给出确切数字的句子",
    bound_other_said: "引文说的是{said}（{words}），不是{bound}：请将“bound”设为{said}",
    scope_bad_word: "应为“{city_wide}”（全市）或由项目 id 组成的列表，实际为{value}",
    scope_empty: "应为“{city_wide}”（全市）或至少一个项目 id，实际为空列表",
    scope_unknown_project: "本简报中没有 id 为{id}的项目",
    scope_repeated_project: "项目{id}已在此范围的 scope[{first}] 中出现过，请删除重复项",
    record_industry: "产业“{name}”",
    record_status: "状态“{name}”",
    record_briefing: "简报“{name}”",
    record_project: "项目“{name}”",
    record_directive: "部署“{name}”",
    record_glossary: "术语“{name}”",
    record_location: "{record}（{path}）",
    text_location: "第 {line} 行第 {column} 列（位于“{excerpt}”）",
    path_location: "{path}（{place}）",
    path_at_place: "{path}，{place}",
    line_place: "第 {line} 行",
    line_column_place: "第 {line} 行第 {column} 列",
    whole_file: "（整个文件）",
    problem_count_one: "{count} 个问题",
    problem_count_many: "{count} 个问题",
    more_like_this_one: "……另有 1 个同类问题",
    more_like_this_many: "……另有 {count} 个同类问题",
    summary: "{briefings}、{projects}、{directives}、{industries}",
    briefing_count_one: "{count} 份简报",
    briefing_count_many: "{count} 份简报",
    project_count_one: "{count} 个项目",
    project_count_many: "{count} 个项目",
    directive_count_one: "{count} 条部署",
    directive_count_many: "{count} 条部署",
    industry_count_one: "{count} 个产业",
    industry_count_many: "{count} 个产业",
    cli_usage: "用法：validate [--time] [--record 记录文件] 文件...\n检查简报数据集 JSON 文件，并列出每个文件中发现的问题。\n--time 还会显示每个文件的检查用时及其报告的大小。\n--record 将每个有效文件的大小和 SHA-256 写入记录文件（JSON），供网站的 index.html 使用。\n名为 index.json 的文件按本站数据集列表检查。",
    cli_valid: "{path}：有效：{summary}",
    cli_problems: "{path}：{count}",
    cli_cannot_read: "{path}：无法读取文件：{reason}",
    cli_not_a_file: "{path}：这不是文件（而是文件夹或设备）",
    cli_refused: "{path}：{message}",
    cli_files_failed: "{total} 个文件中有 {failed} 个未通过检查",
    cli_cannot_write_record: "无法写入记录文件 {path}：{reason}",
    cli_timing: "{path}：检查用时 {milliseconds} 毫秒；报告大小为 {bytes} 字节",
    cli_site_index_valid: "{path}：有效：本站数据集列表（{count} 项）",
    cli_site_index_problems: "{path}：本站数据集列表有问题：",
    cli_site_index_missing: "data/index.json 列出了“{name}”，但它不在同一文件夹中",
    quoted_value: "“{text}”",
    list_separator: "、",
};

/// English for the editor's problem list. The author works in a form, not in the file: the
/// list names a field by its label beside each message (`model::editor::field_words`), so a
/// message does not name the field's JSON key again, and says what to do in the form's terms
/// ("remove the status", not "leave `status` out"). The other templates are the file's.
pub const EN_FORM: ValidationStrings = ValidationStrings {
    control_character: "contains the control character {character}; only the source text may contain line breaks and tabs",
    field_empty: "empty: fill it in",
    field_too_long: "{length} characters long; the limit is {limit}",
    duplicate_id: "the id {id} is already used by another record",
    reserved_status: "{id} is reserved: remove the status when the text does not state it",
    bad_year: "expected a year from {min} to {max}, found {year}; leave the year empty when the text does not state it",
    unknown_status: "unknown status {id}; the statuses are {known} (remove the status when the text does not state it)",
    capacity_not_positive: "expected a positive number, found {value} (remove the capacity when the text does not state it)",
    figure_not_in_quote: "the quote does not state {value}; its figures are {figures}: type the figure as the quote does, times its scale word (84万 is 840000), or as written with that word in the unit (84 with the unit 万套)",
    figure_no_figures: "the quote states no figure: quote the sentence that gives it",
    bound_not_in_quote: "the quote has none of the words that give this bound next to the figure ({words}): choose what the quote says",
    bound_unsaid: "the quote says {words} of the figure: choose that in the list beside the figure, or quote a sentence that gives the figure exactly",
    bound_other_said: "the quote says {words} of the figure, which is not this bound: choose that in the list beside the figure",
    scope_repeated_project: "project {id} is listed twice",
    industry_missing: "no industry is chosen; choose one in the list, or make a new one",
    ..EN_PAGE
};

/// Simplified Chinese for the editor's problem list (see [`EN_FORM`]).
pub const ZH_FORM: ValidationStrings = ValidationStrings {
    control_character: "包含控制字符 {character}；只有原文可以包含换行符和制表符",
    field_empty: "不能为空，请填写内容",
    field_too_long: "有 {length} 个字符，超过了 {limit} 个字符的上限，请缩短",
    duplicate_id: "id{id}已被另一条记录使用，请换一个 id",
    reserved_status: "{id}是保留 id：原文未注明项目状态时，请删除该状态",
    bad_year: "年份应在 {min} 到 {max} 之间，实际为 {year}；原文未注明年份时，请将年份留空",
    unknown_status: "未知的状态{id}；已定义的状态为：{known}（原文未注明状态时，请删除该状态）",
    capacity_not_positive: "应为正数，实际为 {value}（原文未注明产能时，请删除该产能）",
    figure_not_in_quote: "引文中没有数字 {value}，引文中的数字为 {figures}：请按引文的写法填写数字并乘以数量级（84万即 840000），或照写数字并将数量级写入单位（84，单位为“万套”）",
    figure_no_figures: "引文中没有任何数字：请引用写明该数字的句子",
    bound_not_in_quote: "引文中数字前后没有表示这一说法的词（{words}）：请选择引文所用的说法",
    bound_unsaid: "引文在数字前后写有{words}：请在数字旁的列表中选择相应的说法，或引用给出确切数字的句子",
    bound_other_said: "引文在数字前后写的是{words}，不是这一说法：请在数字旁的列表中选择相应的说法",
    scope_repeated_project: "项目{id}重复列出，请删除重复项",
    industry_missing: "未选择产业，请在列表中选择一个或新建一个",
    ..ZH
};
