//! The third pass, over a dataset that fits the types: ids, references and text fields of the
//! whole dataset here; each briefing's dates, records and quotes in `records`.
//!
//! Every lookup goes through an index built once (a hash set of industry ids, a map of a
//! briefing's project ids), and each problem's message and path are written only if the report
//! shows it, so the pass stays linear however many records a file holds or repeats; the records'
//! paths are [`Path`]s, written out only then.

use std::collections::{HashMap, HashSet};
use std::fmt::Display;

use serde_json::Value;

use super::figures::WrittenNumbers;
use super::path::{split_list_item, Path, ProblemPath};
use super::report::{shown_value, Collector, Location, Problem, ProblemKind};
use crate::model::colour::parse_hex_color;
use crate::model::dataset::{
    Briefing, Dataset, Directive, GlossaryEntry, Industry, Project, Status,
};
use crate::model::format::format_western;
use crate::model::strings::fill;
use crate::model::strings::validation::ValidationStrings;
use crate::model::url::{ALL_BRIEFINGS, NOT_STATED};

pub(super) use crate::model::text::is_blank;

/// The longest id, in characters.
pub const ID_LIMIT: usize = 64;
/// The longest label, name, unit, place or theme, in characters.
pub const SHORT_TEXT_LIMIT: usize = 300;
/// The longest title, quote, summary, request or note, in characters (`source.text` has none).
pub const LONG_TEXT_LIMIT: usize = 5_000;
/// The years a briefing may state.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;
/// The smallest and largest capacity; the app shows at most two decimals.
pub const CAPACITY_MIN: f64 = 0.01;
pub const CAPACITY_MAX: f64 = 1e15;
/// How many known ids an "unknown industry" message lists before "and N more".
const KNOWN_IDS_SHOWN: usize = 5;

/// The record a problem is in, for a location a person recognises.
#[derive(Clone, Copy)]
pub(super) enum Record<'d> {
    Whole,
    Industry(&'d Industry),
    Status(&'d Status),
    Briefing(&'d Briefing),
    Project(&'d Project),
    Directive(&'d Directive),
    /// A glossary entry, named by its term, or by its briefing when it has none.
    Glossary(&'d Briefing, &'d GlossaryEntry),
}

/// Whether quotes are looked up in the source text (a quote's own emptiness and length are
/// checked either way).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Quotes {
    Checked,
    Skipped,
}

pub(super) struct Checker<'s, 'c> {
    pub(super) strings: &'s ValidationStrings,
    pub(super) quotes: Quotes,
    /// The capacities whose written text is not the number read, when the file's text was
    /// scanned (`None` when it was not, and written digits are not at hand).
    pub(super) written: Option<&'s WrittenNumbers>,
    collector: &'c mut Collector,
}

pub(super) fn check_meaning(
    dataset: &Dataset,
    strings: &ValidationStrings,
    quotes: Quotes,
    written: Option<&WrittenNumbers>,
    collector: &mut Collector,
) {
    let mut checker = Checker { strings, quotes, written, collector };
    let root = Path::Root;
    if let Some(title) = &dataset.title {
        checker.text(Record::Whole, root, "title", title, SHORT_TEXT_LIMIT, false);
    }
    checker.ids(root, "industries", Record::Industry, &dataset.industries, |industry| &industry.id);
    for (index, industry) in dataset.industries.iter().enumerate() {
        let record = Record::Industry(industry);
        let path = root.item("industries", index);
        checker.text(record, path, "label", &industry.label, SHORT_TEXT_LIMIT, true);
        if let Some(colour) =
            industry.color.as_deref().filter(|colour| parse_hex_color(colour).is_none())
        {
            checker.report(ProblemKind::BadColour, record, &path.field("color"), |strings| {
                fill(strings.bad_colour, &[("value", &format!("“{}”", shown_value(colour)))])
            });
        }
    }
    checker.ids(root, "statuses", Record::Status, &dataset.statuses, |status| &status.id);
    for (index, status) in dataset.statuses.iter().enumerate() {
        let record = Record::Status(status);
        let path = root.item("statuses", index);
        checker.text(record, path, "label", &status.label, SHORT_TEXT_LIMIT, true);
        if status.id == NOT_STATED {
            checker.report(ProblemKind::ReservedId, record, &path.field("id"), |strings| {
                fill(strings.reserved_status, &[("id", &strings.quote(NOT_STATED))])
            });
        }
    }
    if dataset.briefings.is_empty() {
        checker.report(ProblemKind::NoBriefings, Record::Whole, &"briefings", |strings| {
            strings.no_briefings.to_string()
        });
    }
    checker.ids(root, "briefings", Record::Briefing, &dataset.briefings, |briefing| &briefing.id);
    let vocabulary = Vocabulary {
        dataset,
        industries: dataset.industries.iter().map(|industry| industry.id.as_str()).collect(),
        statuses: dataset.statuses.iter().map(|status| status.id.as_str()).collect(),
    };
    for (index, briefing) in dataset.briefings.iter().enumerate() {
        let path = root.item("briefings", index);
        if briefing.id == ALL_BRIEFINGS {
            let record = Record::Briefing(briefing);
            checker.report(ProblemKind::ReservedId, record, &path.field("id"), |strings| {
                fill(strings.reserved_briefing, &[("id", &strings.quote(ALL_BRIEFINGS))])
            });
        }
        checker.briefing(&vocabulary, briefing, path);
    }
}

/// The dataset's ids, indexed once for every reference to them.
pub(super) struct Vocabulary<'d> {
    pub(super) dataset: &'d Dataset,
    pub(super) industries: HashSet<&'d str>,
    pub(super) statuses: HashSet<&'d str>,
}

impl<'d> Checker<'_, '_> {
    /// Reports a problem of `kind` in `record` at `path`; its path and `message` are written
    /// only if the report shows it. A path can be a [`Path`], a quote's place, a `&str` or
    /// `format_args!`, which all write themselves out only when asked.
    pub(super) fn report(
        &mut self,
        kind: ProblemKind,
        record: Record<'_>,
        path: &dyn Display,
        message: impl FnOnce(&ValidationStrings) -> String,
    ) {
        self.report_boxed(kind, record, path, Box::new(message));
    }

    /// What [`Checker::report`] does, in one copy for all its callers. Each message is a closure
    /// of its own type, and with the making of the problem compiled into each of the 25 places
    /// that report one, `check_meaning` was the largest function in the explorer's wasm: 30 KB
    /// after `wasm-opt`, now 12 KB (the wasm 10 KB smaller, 2 KB brotli). Only a problem is
    /// reported, so boxing its message costs a valid file nothing; the validator's worst cases,
    /// files of 14–18 MB with hundreds of thousands of problems, took as long as before
    /// (`make bench-validate`).
    #[inline(never)]
    fn report_boxed(
        &mut self,
        kind: ProblemKind,
        record: Record<'_>,
        path: &dyn Display,
        message: Box<dyn FnOnce(&ValidationStrings) -> String + '_>,
    ) {
        let strings = self.strings;
        self.collector.add(kind, || Problem {
            location: match (record_name(record, strings), path.to_string()) {
                (Some(record), path) => Location::Record { record, path: path.into() },
                (None, path) => Location::Path(path.into()),
            },
            message: message(strings),
        });
    }

    /// Checks a text field's length, and that it is not blank when `required`. An empty `field`
    /// means the value is the list item at `base` itself.
    pub(super) fn text(
        &mut self,
        record: Record<'_>,
        base: Path<'_>,
        field: &str,
        value: &str,
        limit: usize,
        required: bool,
    ) {
        self.text_at(record, &base.field(field), value, limit, required);
    }

    /// What [`Checker::text`] does, for a field at `path` (whose last step names the field in
    /// messages: `short_name`, `quotes[2]`).
    pub(super) fn text_at(
        &mut self,
        record: Record<'_>,
        path: &dyn ProblemPath,
        value: &str,
        limit: usize,
        required: bool,
    ) {
        if required && is_blank(value) {
            self.report(ProblemKind::EmptyField, record, path, |strings| {
                fill(strings.field_empty, &[("field", &path.last_step())])
            });
        }
        // A text of at most `limit` bytes has at most that many characters, which spares
        // reading most texts; a longer one is read at most one character past the limit, and
        // only a text over it whose problem is shown is counted whole, for its message.
        if value.len() > limit && value.chars().nth(limit).is_some() {
            self.report(ProblemKind::TooLong, record, path, |strings| {
                let length = value.chars().count();
                fill(
                    strings.field_too_long,
                    &[
                        ("field", &path.last_step()),
                        ("length", &format_western(length as f64)),
                        ("limit", &format_western(limit as f64)),
                    ],
                )
            });
        }
    }

    /// Checks that every id in the list `list` of `parent` is a slug ([`is_slug`]), and that none repeats an
    /// earlier one.
    pub(super) fn ids<T>(
        &mut self,
        parent: Path<'_>,
        list: &str,
        record: impl Fn(&'d T) -> Record<'d>,
        items: &'d [T],
        id_of: impl Fn(&'d T) -> &'d String,
    ) {
        let mut first_index: HashMap<&str, usize> = HashMap::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let id = id_of(item);
            let item_path = parent.item(list, index);
            let path = item_path.field("id");
            // An id within the limit in bytes is within it in characters, uncounted.
            if id.is_empty() || (id.len() > ID_LIMIT && id.chars().nth(ID_LIMIT).is_some()) {
                self.text(record(item), item_path, "id", id, ID_LIMIT, true);
            }
            if !id.is_empty() && !is_slug(id) {
                self.report(ProblemKind::IdNotSlug, record(item), &path, |strings| {
                    fill(strings.id_not_slug, &[("id", &strings.quote(&shown_value(id)))])
                });
            }
            if let Some(first) = first_index.get(id.as_str()) {
                self.report(ProblemKind::DuplicateId, record(item), &path, |strings| {
                    fill(
                        strings.duplicate_id,
                        &[
                            ("id", &strings.quote(&shown_value(id))),
                            ("first", &parent.item(list, *first).to_string()),
                        ],
                    )
                });
            } else {
                first_index.insert(id, index);
            }
        }
    }
}

/// The record a written JSON path is in, named as this check names it (`Project “BYD drive
/// motors”`): for a problem that the scan of the file places by its path alone (a control
/// character), where a person needs the record. None for a path outside every named record.
pub fn record_name_at(
    dataset: &Dataset,
    path: &str,
    strings: &ValidationStrings,
) -> Option<String> {
    let (list, index, rest) = split_list_item(path)?;
    let record = match list {
        "industries" => Record::Industry(dataset.industries.get(index)?),
        "statuses" => Record::Status(dataset.statuses.get(index)?),
        "briefings" => {
            let briefing = dataset.briefings.get(index)?;
            match split_list_item(rest) {
                Some(("projects", index, _)) => Record::Project(briefing.projects.get(index)?),
                Some(("directives", index, _)) => {
                    Record::Directive(briefing.directives.get(index)?)
                }
                Some(("glossary", index, _)) => {
                    Record::Glossary(briefing, briefing.glossary.get(index)?)
                }
                _ => Record::Briefing(briefing),
            }
        }
        _ => return None,
    };
    record_name(record, strings)
}

/// [`record_name_at`] in a file that does not fit the types, read as its JSON `value`: a
/// capacity written "15GWh" is in `Project “BYD drive motors”`, not only at
/// `briefings[0].projects[2].capacity.value`. The record is named by the fields
/// [`record_name`] names it by, those of them that are text; an entry of a glossary by its term
/// alone.
pub(super) fn record_name_in_value(
    value: &Value,
    path: &str,
    strings: &ValidationStrings,
) -> Option<String> {
    let (list, index, rest) = split_list_item(path)?;
    let outer = value.get(list)?.get(index)?;
    let inner = split_list_item(rest)
        .filter(|_| list == "briefings")
        .and_then(|(inner, index, _)| Some((inner, outer.get(inner)?.get(index)?)));
    let (list, record) = inner.unwrap_or((list, outer));
    let (template, fields): (&str, &[&str]) = match list {
        "industries" => (strings.record_industry, &["label", "id"]),
        "statuses" => (strings.record_status, &["label", "id"]),
        "briefings" => (strings.record_briefing, &["title", "id"]),
        "projects" => (strings.record_project, &["short_name", "name", "id"]),
        "directives" => (strings.record_directive, &["theme", "id"]),
        "glossary" => (strings.record_glossary, &["term"]),
        _ => return None,
    };
    let name = fields.iter().find_map(|field| {
        let text = record.get(field).and_then(Value::as_str)?.trim();
        (!text.is_empty()).then_some(text)
    })?;
    Some(fill(template, &[("name", &shown_value(name))]))
}

/// "Project “BYD drive motors”": the record by the name a person knows it by, falling back to
/// its id; `None` outside any record.
fn record_name(record: Record<'_>, strings: &ValidationStrings) -> Option<String> {
    let first_named = |names: &[&str]| {
        names.iter().find(|name| !name.trim().is_empty()).map(|name| shown_value(name.trim()))
    };
    let (template, name) = match record {
        Record::Whole => return None,
        Record::Industry(industry) => {
            (strings.record_industry, first_named(&[&industry.label, &industry.id]))
        }
        Record::Status(status) => {
            (strings.record_status, first_named(&[&status.label, &status.id]))
        }
        Record::Briefing(briefing) => {
            (strings.record_briefing, first_named(&[&briefing.title, &briefing.id]))
        }
        Record::Project(project) => (
            strings.record_project,
            first_named(&[&project.short_name, &project.name, &project.id]),
        ),
        // By its theme, as the editor's records list names it (the editor gives a directive an
        // id of its own, "directive-2", which its author never sees), or its id without one.
        Record::Directive(directive) => {
            (strings.record_directive, first_named(&[&directive.theme, &directive.id]))
        }
        // An entry without a term is named by its briefing, the record it is read in.
        Record::Glossary(briefing, entry) => match first_named(&[&entry.term]) {
            Some(term) => (strings.record_glossary, Some(term)),
            None => return record_name(Record::Briefing(briefing), strings),
        },
    };
    name.map(|name| fill(template, &[("name", &name)]))
}

/// "`a`, `b`, `c`, `d`, `e` and 9,995 more" (“a”、“b”… in Chinese): a few known ids, never all
/// of them.
pub(super) fn known_ids<'i>(
    ids: impl ExactSizeIterator<Item = &'i str>,
    strings: &ValidationStrings,
) -> String {
    let total = ids.len();
    if total == 0 {
        return strings.known_ids_none.to_string();
    }
    let shown: Vec<String> =
        ids.take(KNOWN_IDS_SHOWN).map(|id| strings.quote(&shown_value(id))).collect();
    let list = shown.join(strings.list_separator);
    if total > shown.len() {
        fill(
            strings.known_ids_more,
            &[("ids", &list), ("count", &format_western((total - shown.len()) as f64))],
        )
    } else {
        list
    }
}

/// Whether `id` is a slug: letters without an upper case, of any script, digits and `-`, so that
/// it reads the same in an address as in the data (`new-energy`, `新能源`), with no space, case
/// or punctuation that a link would have to escape or a reader could mistype.
fn is_slug(id: &str) -> bool {
    id.chars().all(|character| {
        character == '-' || (character.is_alphanumeric() && !character.is_uppercase())
    })
}
