//! Turning an untrusted file into a [`Dataset`], reporting its problems so that a person can fix
//! them, in time linear in the file whatever it holds.
//!
//! Passes, each naming where a problem is:
//! 1. bytes (`syntax`): size, encoding (a UTF-8 byte-order mark is accepted; UTF-16, images and
//!    Latin-1 are named as such), JSON syntax at a line and character column, and what a JSON
//!    reader would change silently: duplicate keys and control characters;
//! 2. shape (`shape`): the JSON path and what was expected against what was found, record by
//!    record, so that one bad project does not hide the problems of the next;
//! 3. meaning (`meaning`, `quotes`): ids, references, bounds, empty names, and quotes that are not
//!    verbatim in the briefing's source text.
//!
//! A problem of shape or meaning placed by its JSON path is then given the line (and, on a line
//! holding other values first, the column) where its value starts in the file (`value_starts`),
//! for the problems shown only, in one walk of the text for all of them; a valid file is not
//! walked, and a dataset checked without its file ([`check_draft`]) has no lines.
//!
//! Problems go into a [`Report`] that keeps at most [`SHOWN_PER_KIND`] of each kind and counts
//! the rest. Every sentence comes from a [`ValidationStrings`]. Nothing here panics on any input;
//! `tests/it/validation` checks that with property tests.

mod figures;
mod meaning;
mod mend;
mod number_text;
mod path;
mod quoted_figures;
mod quotes;
mod records;
mod report;
mod scan;
mod shape;
mod syntax;
mod typed_strings;
mod value_starts;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use meaning::{
    record_name_at, CAPACITY_MAX, CAPACITY_MIN, ID_LIMIT, LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, YEARS,
};
pub use mend::MendWords;
pub use path::split_list_item;
pub use quoted_figures::chinese_numerals_value;
pub use report::{
    escape_for_display, more_like_this, problem_count, JsonPath, Location, Problem, ProblemGroup,
    ProblemKind, Report, ValueStart, SHOWN_PER_KIND,
};
pub use scan::{control_character_message, direction_control_name, is_direction_control};
pub use syntax::{wide_encoding, UTF8_BYTE_ORDER_MARK};
pub use value_starts::ValueStarts;

use super::dataset::Dataset;
use super::strings::fill;
use super::strings::validation::{ValidationStrings, EN};
use report::Collector;

/// The largest dataset file the app and the validator accept, in bytes: 20 MB as a file manager
/// counts them (decimal megabytes, [`super::format::format_megabytes`]), so that a file it calls
/// 21.8 MB is not said to be 20.8 MB.
pub const MAX_DATASET_BYTES: usize = 20_000_000;

/// The passes a file goes through, in order, so that a long check can show how far it has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckStage {
    /// Encoding and JSON syntax.
    Syntax,
    /// Keys, strings and the shape of every record.
    Records,
    /// Ids, references, bounds and quotes.
    Meaning,
}

impl CheckStage {
    /// How many stages there are.
    pub const COUNT: usize = 3;

    /// The stage's place in the order, from 1.
    pub fn number(self) -> usize {
        match self {
            CheckStage::Syntax => 1,
            CheckStage::Records => 2,
            CheckStage::Meaning => 3,
        }
    }
}

/// How much of the check runs before a dataset is returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Depth {
    Whole,
    /// What showing the dataset relies on (syntax, shape, ids, references, dates, numbers, text
    /// fields), without what only checks the file's faithfulness: duplicate keys, control
    /// characters and quotes verbatim in the source. Those are most of the time a large file
    /// takes.
    ForView,
}

/// Parses and validates a dataset file given as bytes, as read from disk or from a browser's
/// `ArrayBuffer`, returning it only when it has no problem at all.
pub fn parse_dataset_bytes(bytes: &[u8], strings: &ValidationStrings) -> Result<Dataset, Report> {
    parse_dataset_bytes_in_stages(bytes, strings, |_| ())
}

/// [`parse_dataset_bytes`], telling `on_stage` as each pass begins.
pub fn parse_dataset_bytes_in_stages(
    bytes: &[u8],
    strings: &ValidationStrings,
    on_stage: impl FnMut(CheckStage),
) -> Result<Dataset, Report> {
    parse_to_depth(bytes, strings, Depth::Whole, on_stage)
}

/// The checks [`parse_dataset_bytes`] makes that showing a dataset relies on, so that a large
/// dataset can be shown sooner: it leaves out duplicate keys, control characters and whether
/// quotes are verbatim in the source, which take most of a large file's time (about half of it at
/// 10,000 projects). `Ok` means only that the dataset is safe to show: the whole check
/// ([`parse_dataset_bytes`]) must still run before it counts as valid. A file that does not fit
/// the types gets the whole check here.
pub fn parse_dataset_bytes_for_view(
    bytes: &[u8],
    strings: &ValidationStrings,
) -> Result<Dataset, Report> {
    parse_to_depth(bytes, strings, Depth::ForView, |_| ())
}

fn parse_to_depth(
    bytes: &[u8],
    strings: &ValidationStrings,
    depth: Depth,
    mut on_stage: impl FnMut(CheckStage),
) -> Result<Dataset, Report> {
    on_stage(CheckStage::Syntax);
    let text = syntax::decode(bytes, strings)?;
    // A file that fits the types is read straight into them, which is several times faster than
    // going through a `Value`; only a file that does not fit takes the record-by-record pass,
    // which names every shape problem (and finds none in a file that fits).
    let typed = serde_json::from_str::<Dataset>(text);
    let value = match &typed {
        Ok(_) => None,
        Err(_) => Some(serde_json::from_str::<Value>(text).map_err(|error| {
            Report::single(ProblemKind::Syntax, syntax::syntax_problem(text, &error, strings))
        })?),
    };
    // A site's list of datasets, opened in place of one of them, is named as what it is: each
    // of its fields would otherwise be "unexpected", and each of a dataset's "missing".
    if value.as_ref().is_some_and(is_site_list) {
        let problem = Problem {
            location: Location::Path(String::new().into()),
            message: strings.file_site_list.to_string(),
        };
        return Err(Report::single(ProblemKind::SiteList, problem));
    }
    on_stage(CheckStage::Records);
    let mut collector = Collector::default();
    // serde_json keeps the last of two equal keys without a word, in a `Value` and in a struct
    // alike, and accepts escaped control characters; the scan reports both, whichever path ran.
    let depth = if typed.is_ok() { depth } else { Depth::Whole };
    // Without the scan, a capacity's written text is not at hand: its messages quote the number
    // read, "about" that number where it may not be the digits written.
    let written = (depth == Depth::Whole)
        .then(|| scan::check_keys_and_strings(text, strings, &mut collector));
    let dataset = match (typed, &value) {
        (Ok(dataset), _) => Some(dataset),
        (Err(_), Some(value)) => shape::shape_dataset(value, strings, &mut collector),
        (Err(_), None) => None,
    };
    if let Some(dataset) = &dataset {
        on_stage(CheckStage::Meaning);
        let quotes = match depth {
            Depth::Whole => meaning::Quotes::Checked,
            Depth::ForView => meaning::Quotes::Skipped,
        };
        meaning::check_meaning(dataset, strings, quotes, written.as_ref(), &mut collector);
    }
    match dataset {
        Some(dataset) if collector.is_empty() => Ok(dataset),
        _ => {
            let mut report = collector.into_report();
            name_records(&mut report, dataset.as_ref(), value.as_ref(), strings);
            value_starts::place_in_text(&mut report, text);
            Err(report)
        }
    }
}

/// Whether `value` is a site's list of datasets (`{"datasets": […]}`, `data/index.json`) and
/// not a dataset, which has no `datasets` field.
fn is_site_list(value: &Value) -> bool {
    value.get("datasets").is_some() && value.get("briefings").is_none()
}

/// A dataset file that does not fit the types, read as far as it can be, for the editor to open
/// what its author has still to fix: each value that does not fit is read as the number or text
/// it holds, left empty, or taken out (with its record, when the record cannot be kept without
/// it), and the report lists each with what was done, in `words`, and where the file has it
/// (its line, as the validator's problems say it). `None` when the file is no
/// JSON object: there is nothing to open. The dataset may still have problems of meaning, which
/// the editor's own checks show.
pub fn mend_dataset_bytes(
    bytes: &[u8],
    strings: &ValidationStrings,
    words: &MendWords,
) -> Option<(Dataset, Report)> {
    let text = syntax::decode(bytes, strings).ok()?;
    let value = serde_json::from_str::<Value>(text).ok()?;
    let mut collector = Collector::default();
    let dataset = shape::mend_dataset(&value, strings, words, &mut collector)?;
    let mut report = collector.into_report();
    name_records(&mut report, None, Some(&value), strings);
    value_starts::place_in_text(&mut report, text);
    Some((dataset, report))
}

/// Gives each problem placed by its JSON path alone (by the scan of the file, or by the reading
/// of a record that does not fit its type) the record it is in, named as a person knows it:
/// from the dataset when the file fits the types, else from its JSON `value`.
fn name_records(
    report: &mut Report,
    dataset: Option<&Dataset>,
    value: Option<&Value>,
    strings: &ValidationStrings,
) {
    for problem in report.groups.iter_mut().flat_map(|group| group.shown.iter_mut()) {
        let Location::Path(path) = &problem.location else { continue };
        let record = match (dataset, value) {
            (Some(dataset), _) => meaning::record_name_at(dataset, path, strings),
            (None, Some(value)) => meaning::record_name_in_value(value, path, strings),
            (None, None) => None,
        };
        if let Some(record) = record {
            problem.location = Location::Record { record, path: path.clone() };
        }
    }
}

/// The problems [`parse_dataset_bytes`] would report for the file of `dataset` (as the editor
/// exports it), found without writing and reading that file, so that the editor can check its
/// draft on every change: the control characters, bidirectional controls and capacities not shown
/// as written that the scan of the file would find, then the meaning checks. Two differences remain: a file over [`MAX_DATASET_BYTES`] is only found on
/// export, and a capacity that is not a finite number (which JSON cannot hold) is reported here
/// as not positive and in the file as a value of the wrong type.
pub fn check_draft(dataset: &Dataset, strings: &ValidationStrings) -> Result<(), Report> {
    let mut collector = Collector::default();
    typed_strings::check_control_characters(dataset, strings, &mut collector);
    // The exported file writes each capacity as the shortest text of its number, so what it
    // writes is at hand, and no capacity is written otherwise.
    let written = figures::WrittenNumbers::default();
    let quotes = meaning::Quotes::Checked;
    meaning::check_meaning(dataset, strings, quotes, Some(&written), &mut collector);
    if collector.is_empty() {
        Ok(())
    } else {
        let mut report = collector.into_report();
        name_records(&mut report, Some(dataset), None, strings);
        Err(report)
    }
}

/// [`check_draft`] of the briefing at `briefing` alone, with the dataset's title, industries and
/// statuses: what one briefing's edits can break, in time that grows with that briefing, not
/// with the dataset (a dataset of 10,000 projects takes hundreds of milliseconds to check whole).
/// Paths name the briefing where it stands (`briefings[3].place`). What only the whole dataset
/// shows (two briefings with one id, an industry another briefing still uses) is for
/// [`check_draft`] of the whole, as the editor runs before a download.
pub fn check_briefing(
    dataset: &Dataset,
    briefing: usize,
    strings: &ValidationStrings,
) -> Result<(), Report> {
    let Some(edited) = dataset.briefings.get(briefing) else {
        return check_draft(dataset, strings);
    };
    let alone = Dataset {
        title: dataset.title.clone(),
        industries: dataset.industries.clone(),
        statuses: dataset.statuses.clone(),
        briefings: vec![edited.clone()],
    };
    check_draft(&alone, strings).map_err(|mut report| {
        let from = "briefings[0]";
        let to = format!("briefings[{briefing}]");
        for problem in report.groups.iter_mut().flat_map(|group| group.shown.iter_mut()) {
            if let Some(path) = problem.location.json_path_mut() {
                if let Some(rest) = path.strip_prefix(from) {
                    path.path = format!("{to}{rest}");
                }
            }
        }
        report
    })
}

/// [`parse_dataset_bytes`] in English for text already in memory, with the problems shown (at
/// most [`SHOWN_PER_KIND`] of each kind) as a list.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    parse_dataset_bytes(text.as_bytes(), &EN).map_err(Report::into_shown)
}

/// A one-line summary of a valid dataset: "1 briefing, 4 projects, 14 directives, 3 industries".
pub fn summary(dataset: &Dataset, strings: &ValidationStrings) -> String {
    let count = |count: usize, one: &str, many: &str| {
        fill(if count == 1 { one } else { many }, &[("count", &count.to_string())])
    };
    let projects = dataset.briefings.iter().map(|briefing| briefing.projects.len()).sum();
    let directives = dataset.briefings.iter().map(|briefing| briefing.directives.len()).sum();
    fill(
        strings.summary,
        &[
            (
                "briefings",
                &count(
                    dataset.briefings.len(),
                    strings.briefing_count_one,
                    strings.briefing_count_many,
                ),
            ),
            ("projects", &count(projects, strings.project_count_one, strings.project_count_many)),
            (
                "directives",
                &count(directives, strings.directive_count_one, strings.directive_count_many),
            ),
            (
                "industries",
                &count(
                    dataset.industries.len(),
                    strings.industry_count_one,
                    strings.industry_count_many,
                ),
            ),
        ],
    )
}
